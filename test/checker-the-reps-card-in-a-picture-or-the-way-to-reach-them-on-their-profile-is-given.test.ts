import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// The rep's name card said to be in a picture, or the buyer sent to the rep's profile or avatar to learn how to reach
// them, gives the contact (主动给出联系方式). A card holder shown in a photo, or the buyer's own card, does not.
describe("the rep's card in a picture or the way to reach them on their profile is given", () => {
  itPassesAndStillLeaks(
    checker,
    [
      ['a card holder product', '名片盒在第三张图里，有银色和金色两款'],
      ['the buyer card read back', '您的名片在附件里我收到了，公司地址已经记下'],
      ['the profile for certificates', 'Check our profile for the CE and RoHS certificates.'],
    ],
    [
      ['the business card in a picture', 'our business card is in the last photo of the listing'],
      ['how to reach the rep is on the profile', 'look at my profile, how to contact me is all there'],
      ['Chinese: the card in a picture', '名片放在最后一张图片里了'],
      ['Chinese: the avatar tells how to reach', '点开我头像，就知道怎么找我了'],
    ],
  );
});
