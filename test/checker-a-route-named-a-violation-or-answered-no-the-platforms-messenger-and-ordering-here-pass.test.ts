import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Rule talk and refusals: an off-platform payment route named as a violation, the buyer's proposal echoed as a question
// and answered no, the platform's own Messenger and its video call, and ordering "here directly" (this chat's order
// link). Proposing the route or the app stays a leak.
const passes: Array<[string, string]> = [
  ['paying by MoneyGram named as a violation', 'To be clear, asking a buyer to pay by MoneyGram outside the order counts as a violation on Alibaba, so we only accept payment through Trade Assurance.'],
  ['线下付款属于违规', '引导买家用西联线下付款属于违规，我们只收信保订单的款。'],
  ['the buyer\'s proposal answered no', 'Wise transfer outside Alibaba? Sorry, no. You can pay by card or T/T on the Trade Assurance order page.'],
  ['走西联？不行', '走西联直接打款？不好意思，不行哈，信保订单里也能T/T。'],
  ['the platform\'s Messenger video chat', 'Open Alibaba.com Messenger on your laptop, the video chat button is at the top right of this conversation.'],
  ['ordering here directly', 'You can place the trial order here directly through the order link I sent; we ship within 5 days of payment.'],
  ['pay here directly', 'Please pay here directly on the Trade Assurance order, card or T/T both work.'],
];

const leaks: Array<[string, string]> = [
  ['a route proposed, no rule named', 'Please pay by MoneyGram to my name, it is faster.'],
  ['ordering with the rep directly', 'Next time you can order with us directly, no need for Alibaba.'],
  ['a video call on Messenger', 'Let\'s have a video call on Messenger tomorrow at 3pm.'],
];

describe('a route named a violation or answered no, the platform\'s messenger and ordering here pass', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
