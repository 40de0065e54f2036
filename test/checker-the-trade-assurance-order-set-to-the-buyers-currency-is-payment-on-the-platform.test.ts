import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// The Trade Assurance order switched to the buyer's currency, and the buyer spared a currency exchange, is the
// platform taking the payment (Alibaba.com Pay receives it), not a condition put on Trade Assurance. A surcharge or a
// refusal in the same breath still is one.
const passes: Array<[string, string]> = [
  ['currency switched in the TA order', 'Paying in AUD is fine: I\'ve switched the Trade Assurance order currency to AUD, please refresh the order page.'],
  ['set the order currency', 'Sure, I will set the TA order currency to GBP so your bank does not convert it.'],
  ['信保订单币种改成欧元', '可以用欧元付，我把信保订单的币种改成EUR了，您刷新一下订单页面就行。'],
  ['不用换汇', '阿里巴巴的信保订单可以直接收日元，您那边不用换汇，币种我已经调好了。'],
  ['不用兑换美元', '您用英镑付就可以，信保订单支持英镑，不用兑换成美元。'],
];

const leaks: Array<[string, string]> = [
  ['currency changed, but a surcharge on TA', 'Trade Assurance is OK but the price is 4% higher; I changed the TA order currency to EUR.'],
  ['币种改了，但信保加手续费', '信保可以，但是要加3个点手续费，币种我改成欧元了。'],
];

describe('the Trade Assurance order set to the buyer\'s currency is payment on the platform', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
