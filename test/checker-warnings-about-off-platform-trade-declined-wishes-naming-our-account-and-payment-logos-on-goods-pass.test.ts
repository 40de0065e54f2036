import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Off-platform trade named only as unprotected; a reported wish that names the rep's own account, turned down in the next
// clause; payment brands' logos printed on the goods; an app name that is a product word or the ordinary word after an
// article; "call me X but"; a number the courier or driver will call that the buyer put on the order.
const passes: Array<[string, string]> = [
  ['off-platform trade warned of, in Chinese', '建议还是下信保订单，站外交易一旦出问题就没保障了'],
  ['off-platform trade warned of, in English', 'Trading off platform has no protection, so let us keep the order on Trade Assurance.'],
  ['a messenger move said to be against the rules', 'Some suppliers ask buyers to move to Telegram, but that is against Alibaba\'s rules.'],
  ['a wish to pay our account declined', '您说想直接转到我们公司账户省点手续费，这个不行哦，只能走信保订单'],
  ['a group idea declined', '关于你提的微信群，我们不搞这个，新品我都在这里发你'],
  ['payment logos on a sign', '这个收款立牌可以丝印支付宝和微信支付的logo，PVC材质'],
  ['QQ糖 as the goods', '这批是QQ糖，葡萄味，每箱24袋'],
  ['the production line on a video call here', 'I can walk you through the line on a video call here in this chat.'],
  ['call me picky but', 'Call me picky but I would use the thicker carton.'],
  ['the number put on the order', 'The driver may ring the number you put on the order (+61 412 345 678) before he arrives.'],
  ['the contact shown on the order', 'Please check the site contact as shown on the order: Ms. Ada, 0803 555 0123. The truck will call her.'],
];
const leaks: Array<[string, string]> = [
  ['off-platform trade conceded after the warning', '站外交易有风险，但是我们合作很久了，加微信聊吧'],
  ['off-platform trade proposed', 'Let\'s trade off platform, it is cheaper.'],
  ['a wish to move to WeChat granted', '您说想要视频，我们加个微信吧'],
  ['paying the rep\'s Alipay', '请把货款转到我的支付宝账户'],
  ['QQ to add', '加我QQ聊吧'],
  ['Line with a handle', 'my line is shop_th2'],
  ['call me tomorrow', 'Call me tomorrow at 3pm about the order.'],
  ['the rep\'s own delivery contact to call', 'Our delivery contact is 0803 555 0123, call him anytime.'],
  ['the rep\'s WeChat Moments', '更多样品图在我朋友圈，加一下就能看到'],
  ['an app nickname with the rep\'s name there', '小绿书上我叫“明辉灯饰”，有事那边找我'],
  ['which number to call the buyer on', 'Our engineer will call you tomorrow. Which number is best for you?'],
  ['which number to call, in Chinese', '我们经理明天打给您，哪个号码方便联系您？'],
];

describe('warnings about off-platform trade, declined wishes naming our account and payment logos on goods pass', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
