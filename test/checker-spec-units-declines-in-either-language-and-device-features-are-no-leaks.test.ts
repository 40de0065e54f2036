import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Classes of false alarm on legitimate drafts:
// - a number run followed by a prefixed or rate unit (MHz, Mbps, kWh, sqm) is a spec, not a phone;
// - 站外 before mail, talk or links ("我们不看站外邮件") is no payment route;
// - a channel the buyer or a friend mentioned, declined in the same breath, is no invitation even after "our";
// - a decline in English inside a Portuguese or Spanish draft (or "podemos conversar aqui") rules the app out;
// - "pay directly on the order page / in the Alibaba app" pays on the platform;
// - a camera or doorbell that streams to a messenger mini program is a product feature.
// The look-alikes that still leak are beside them.
const passes: Array<[string, string]> = [
  ['a dual-band frequency', 'This repeater covers 850/1900MHz and reaches about 300 sqm, USD 45 per unit.'],
  ['a data rate and a power figure', 'Router spec: 2400/5000 Mbps, 1200 kWh yearly rating, price EUR 33.'],
  ['off-site mail not read', '抱歉，我们这边不处理站外邮件，图纸请直接在这里上传附件。'],
  ['off-site links refused', '不好意思，我们不点站外链接，麻烦把规格截图发在聊天里。'],
  ['a recommended official account declined', '您提到同事给您推荐了我们的微信公众号，抱歉，我们不方便提供站外账号，新款都会上架到店铺里。'],
  ['a portuguese ask declined in english', 'Oi Bruno, você pediu meu Zap — sorry, the platform doesn\'t allow it, mas podemos conversar aqui mesmo.'],
  ['a spanish draft that stays here', 'Hola Marta, sobre el WhatsApp: podemos seguir hablando aquí, la cotización va en este chat.'],
  ['paying on the order page', 'The order is ready: you can pay by card or bank transfer directly on the Alibaba order page, it stays protected.'],
  ['paying in the app', 'Please pay directly in the Alibaba app once you accept the order.'],
  ['a doorbell feature', '这款门铃摄像头有人按铃会推送到手机，支持微信小程序实时查看视频和回放。'],
  ['a camera live view', 'The camera sends a video call to the owner and you can watch the playback on a WeChat mini program.'],
];
const leaks: Array<[string, string]> = [
  ['a plain number to call', 'Call me on 850 1900 2231 after lunch.'],
  ['paying off site', '货款可以付到站外账户，手续费更低。'],
  ['a recommended account taken up', '您说朋友推荐了我们的公众号，对的，加我微信 mei_8866 吧。'],
  ['a portuguese invitation', 'Oi Bruno, me chama no WhatsApp +55 21 98765 4321 que é mais rápido.'],
  ['paying us directly', 'You can pay us directly and skip the platform fee.'],
  ['paying on the seller site', 'Pay directly on our website checkout to get the discount.'],
  ['factory videos on a messenger', '工厂实拍视频我微信发您，您加我一下。'],
];

describe('spec units, declines in either language and device features are no leaks', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
