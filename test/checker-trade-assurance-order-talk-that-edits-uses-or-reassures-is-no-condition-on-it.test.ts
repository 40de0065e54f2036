import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Order talk around the Trade Assurance order is no condition put on it: the order edited (a quantity changed), used
// (sent, drafted, paid "via the TA order", the TA order "includes" something), a warranty or a low price said of it,
// a freight to requote after another change, a delay with another cause, and scam warnings about private transfers.
// A higher price, a fee, a shorter warranty or a delay tied to Trade Assurance still is one.
const passes: Array<[string, string]> = [
  ['TA order quantity changed, zh', '好的，信保订单已经改成 1500 套了，单价没变，您刷新一下。'],
  ['TA order quantity changed, en', 'The Trade Assurance order is revised: quantity changed from 300 to 600 sets, please check and pay.'],
  ['TA order link sent after agreeing', 'If you agree with the sample result, I will send the Trade Assurance order link tonight.'],
  ['a free gift inside the TA order', 'We will add a free sample of the walnut colour in the Trade Assurance order.'],
  ['deposit and balance via the TA order', 'You can pay 30% first and the rest later, both via the Trade Assurance order.'],
  ['a holiday delay', 'Lead time for the TA order is 4 days longer due to the National Day holiday.'],
  ['a warranty with TA', '我们的产品都支持信保，质保三年，坏了免费换新。'],
  ['not expensive with TA', '走信保价格也不贵，您放心。'],
  ['freight to count later', '信保订单已经发您了，但是运费还没算，等您定好港口再说。'],
  ['a requote after switching to air', '信保订单里的运费是按海运算的，如果改空运我再重新报价。'],
  ['a scam warning about private transfers', '温馨提示：任何让您私下转账到个人账户的都是骗子，我们只在阿里收款。'],
];
const leaks: Array<[string, string]> = [
  ['TA dearer', '走信保的话价格要贵一点，T/T便宜。'],
  ['no warranty with TA', '信保订单没有质保，T/T的话保修一年。'],
  ['freight up with TA', '走信保可以，但是运费要加100美金。'],
  ['TA order updated with a fee', 'TA order updated: unit price 4.35 instead of 4.10 because of the platform fee.'],
  ['TA order edited, then a fee', '信保订单我已经修改好了，不过要加3%手续费。'],
  ['TA refused even though the order link is named', 'Sorry, our store can\'t open TA orders this month, please pay by bank transfer.'],
  ['direct payment to save the fee', '私下转账给我们可以省手续费'],
];

describe('Trade Assurance order talk that edits, uses or reassures is no condition on it', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
