import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Leaks a held-out set showed in classes: a Trade Assurance price that "becomes" another figure, Trade Assurance kept
// for samples while bulk works "only with T/T", the platform itself skipped ("skip Alibaba and do it direct"), a payee
// that is the rep's other company ("our HK company") buried in an order update, and the rep's own collection QR code.
const leaks: Array<[string, string]> = [
  ['the TA price becomes another', 'With Trade Assurance the price becomes 12.6 per set, T/T price is 12.'],
  ['bulk only with T/T', 'Trade Assurance is OK for the sample, but for the bulk order we only work with 30% T/T deposit and 70% before shipment.'],
  ['skip Alibaba in an order update', 'Hi Sam, PO#A-118 ready: 4 pallets, 1.1 CBM each. Photos attached. For next orders we can skip Alibaba and do it direct, saves both of us the fee. Forwarder pickup Tuesday 10am.'],
  ['our HK company as payee', 'Order 5521 update: 1500 sets packed, labels checked, loading Wednesday. Pay the balance to the account on the new PI (our HK company this time), then I release the B/L. Tracking will follow.'],
  ['扫我收款码', '样品费不多，微信扫我收款码就行，省得在平台上建订单。'],
];

const passes: Array<[string, string]> = [
  ['the same TA price', 'With Trade Assurance the price is 12 per set, same as quoted; deposit 30% and balance before shipment, all inside the order.'],
  ['an order update kept here', "Hi John, all 800 chairs are packed, 2 x 40HQ loading on Friday. Fumigation cert and CO ready. I'll post the forklift photos here. Balance due before B/L release through the Trade Assurance order as per PI."],
  ['a 收款码 stand as the product', '我们的收款码台卡支持微信和支付宝扫码。'],
  ['a refusal kept here', "Sorry, I can't give you my WhatsApp — platform rules. Everything we need can be done here: photos, videos, calls in the Alibaba app."],
];

describe('TA price changes, T/T-only bulk, the platform skipped and the rep\'s own payee are leaks', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
