import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Half-English half-Chinese pointers give the contact as the one-language ones do: the rep's card in a numbered picture,
// the profile photo that tells how to reach the rep, a code scanned to join the rep's group, and the messenger id told
// as the platform account name changed a little. A card holder, the buyer's own card or login, and a product's code
// scanned for a manual do not.
describe('code-switched cards, profiles, codes and derived ids are given', () => {
  itPassesAndStillLeaks(
    checker,
    [
      ['a card holder in a picture', '名片夹 在 picture 3，有两种颜色'],
      ['the buyer card', 'your business card in photo 2 looks great, we will print the same font'],
      ['the buyer login', '您的用户名去掉下划线后就能登录后台'],
    ],
    [
      ['the name card in a picture', 'Business card 在第二张 photo，all info there'],
      ['the profile photo tells', '平台不让发，你 see 我的 avatar 就知道了'],
      ['a code to join the group', 'scan 下面的 QR code 加入我们的 VIP group，每天更新'],
      ['the id derived from the account name', '微信号就是我的旺旺名去掉空格'],
      ['English: the id derived from the username', 'my WhatsApp id is my alibaba username without the dash'],
    ],
  );
});
