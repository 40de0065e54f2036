import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// "Call me <name>" names the rep; "text me — I mean here in the chat" corrects itself to the platform; the platform
// sending its own notices ("Alibaba will email you when ...") asks for nothing; a product made with the customers'
// own social account on it is product talk. Their near twins (a time after "call me", a contact given, an ask for
// the buyer's email for marketing, the rep's own account to follow) still leak.
const passes: Array<[string, string]> = [
  ['"call me" a name, a comma after it', 'Nice to meet you too! Call me Lily, by the way.'],
  ['"call me" a name, then the order', 'Hi, call me Carlos, I handle your order from today.'],
  ['"just call me" a name', 'Hi Ahmed, just call me Kevin, everyone does.'],
  ['a self-correction to this chat', 'Text me whenever you need — I mean here in the chat, of course.'],
  ['the platform notifies', 'Follow our store and Alibaba will notify you when we launch new models.'],
  ['平台会自动推送', '关注我们店铺，平台会自动推送新品通知，不用留邮箱。'],
  ['"no need for your email"', 'Follow our store on the app and the platform will notify you of new arrivals, no need for your email.'],
  ['customers\' own handle on a product', 'Many customers put their own Instagram handle on the neon sign; just send the text here.'],
  ['您自己的抖音账号 engraved', '激光刻字可以刻您自己的抖音账号，文字在这里发我就行'],
];

const leaks: Array<[string, string]> = [
  ['"call me" a time', 'call me tomorrow.'],
  ['"call me" a name and a number', 'Call me Jenny on +86 138 1234 5678'],
  ['the buyer\'s email for new products', 'Leave your email and we will send you our new products every month.'],
  ['the rep\'s own Instagram to follow', 'follow our Instagram account glowfactory for more videos'],
  ['a self-correction to a private mailbox', 'email me the details, I mean on my gmail'],
];

describe('a name to be called by, a self-correction to this chat and platform notices', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
