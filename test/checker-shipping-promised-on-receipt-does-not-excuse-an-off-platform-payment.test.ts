import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// "收到" (received) makes a paying sentence safe when money has come in or come back (rules/detection/payment.yaml,
// PAY_SAFE); "收到马上发货" (we ship the moment it arrives) is the lure of the payment outside, not a receipt, and no
// longer excuses it. A payment received on the platform still passes.
describe('shipping promised on receipt does not excuse an off-platform payment', () => {
  it.each([
    '余款走西联给我个人就行，收到立即发货',
    '样品费支付宝转我，收到当天发货',
  ])('flags %s', (t) => expect(checker.checkLocal(t).leak).toBe(true));

  it.each([
    '信保订单的尾款已经收到了，收到马上发货，今天就安排',
    '您在平台订单里付款就行，收到后马上发货',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));
});
