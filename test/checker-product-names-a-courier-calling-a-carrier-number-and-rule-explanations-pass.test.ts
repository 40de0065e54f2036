import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// False alarms of a kind: a slogan that names the goods after an article ("the 'Ring Me' desk lamp"), a product line
// named after an app, a courier (not the rep) who will call the consignee's number, a carrier's own number named by
// the carrier, the platform's sanction told in a mixed sentence, the mail ruled out in Chinese, and the buyer's
// quoted ask answered "I'm afraid … only here".
describe('product names, a courier calling, a carrier\'s number and rule explanations pass', () => {
  itPassesAndStillLeaks(
    checker,
    [
      ['a slogan that names the goods after an article', 'The "Text Me Later" phone case comes in matte black and clear.'],
      ['a slogan product after "our new"', 'Our new "Call Us" tote bag has a zip pocket inside.'],
      ['a product line named after an app', '这批 Viber 系列帆布包下周可以出货'],
      ['a courier who will call the waybill number', '面单上的电话就是您下单时填的收件号码，派送前快递员会打这个号。'],
      ['a carrier\'s own number, named by the carrier', '中通国际的客服电话是 95311，清关进度可以问他们'],
      ['the sanction said in English inside Chinese', '我懂 Telegram 更快，但是我们会被 banned 的，还是这边聊吧'],
      ['the mail ruled out with 不会', '您留的 email 我们看到了，不过我们不会用邮件跟您联系，都在这里回复'],
      ['a handle the buyer wants on a sign, said a clause later', '霓虹灯牌尺寸 80cm，上面写“Find us @your_store”，字体您选一下'],
      ['a quoted ask answered "I\'m afraid"', '"Could you mail me the brochure?" I\'m afraid we can only share it here, attached below.'],
    ],
    [
      ['a call invited after a full stop', 'The sample is ready. Call me tomorrow morning.'],
      ['the rep\'s own number to call', '有问题您打这个号 139 2233 4455'],
      ['an app offered, the sanction dodged', '平台会罚分，你加我 Telegram 吧'],
      ['the rep\'s own handle next to a sign', '灯牌做好了，实拍在我 IG @glow_sign88 上'],
    ],
  );
});
