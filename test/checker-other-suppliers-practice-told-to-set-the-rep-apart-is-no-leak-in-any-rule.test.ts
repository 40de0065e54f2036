import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

// "Some suppliers will ask you to move to WhatsApp or pay outside — we don't do that": other sellers' practice told
// only to set the rep apart (refusals.yaml OTHERS_WE_DONT). The messenger rule already read it as a refusal; the payment
// and deal-direct rules now do too, in English, Chinese and both mixed. "We don't mind" is no refusal, others asking for Trade Assurance while the rep does not is the opposite, and a route the
// rep offers in its own sentence still blocks. Round 37's writer wrote three; wordings invented.
const checker = createDraftChecker({ llm: null });
const verdict = (t: string) => checker.checkLocal(t).verdict;

describe('other suppliers’ practice told to set the rep apart is no leak in any rule', () => {
  it('passes', () => {
    for (const t of [
      'Many vendors want buyers to pay off the platform to skip fees, but we never do that. Everything goes through your Trade Assurance order',
      '不少工厂会让买家线下付款省点钱，我们从来不这样，放心在平台下单',
      'Other factories 会让你 pay outside 或者加 Telegram, 我们从来不做, all in Alibaba order',
    ]) expect(verdict(t), t).toBe('pass');
  });

  it('"we don’t mind" is no refusal, and a route offered in its own sentence still blocks', () => {
    for (const t of [
      "Other suppliers ask you to pay outside — we don't mind, send it to our PayPal and save the fee",
      '有些供应商会让您线下付款，我们也可以，直接转到我们支付宝就行',
      'Other sellers ask you to pay outside, we do not. But for you: pay us directly by T/T to save the fee.',
      // (others asking for the platform's own way, and the rep not, is the opposite)
      'Other suppliers ask you to use Trade Assurance, we dont need it, just pay T/T to our account',
      '其他供应商都要您走信保，我们不用，直接T/T给我们就行',
    ]) expect(verdict(t), t).toBe('block');
  });
});
