import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// A messenger account said to be on the rep's own avatar, profile or card picture is given (zoomed in, it is there).
describe("a messenger account on the rep's own avatar or profile picture is given", () => {
  itPassesAndStillLeaks(
    checker,
    [['the store banner on Alibaba', '店铺首页的 banner 上有我们的新品图，您可以看看']],
    [
      ['zh, on the avatar', '亲，威信号就在我头像上，截图放大就能看到'],
      ['zh, written on the card', 'WhatsApp 写在我名片上了，您直接加'],
      ['en, on the profile picture', 'my Telegram id is on my profile photo, just zoom in'],
    ],
  );
});

// "到账" followed by what the rep will then do is a condition for shipping, not money already received: a private route
// named before it stays a leak. Money said to have arrived still passes.
describe('a private route with "once it arrives we ship" is still a leak', () => {
  itPassesAndStillLeaks(
    checker,
    [
      ['money received', '定金已经到账了，谢谢，下周一排产'],
      ['paid in the order, then shipped', '您在信保订单里付款，到账后我们立即安排发货'],
    ],
    [
      ['zh, a personal Alipay, ship on arrival', '货款转我支付宝个人账户就可以：15967781234（李娜），到账立即发货'],
      ['zh, a personal card, produce on arrival', '打到我个人卡上，到账后安排生产'],
    ],
  );
});
