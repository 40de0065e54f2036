import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// An order or shipping word excuses an ask for the buyer's contact (FAQ 二) only when it is the reason given;
// a draft that denies it ("not for shipping", 不是为了发货) is asking for marketing.
describe('a denied order reason does not excuse an ask for the buyer\'s contact', () => {
  it.each([
    'Could you share your phone number? Not for the shipment, our sales team just wants to keep in touch.',
    'May I have your email? It is not about your order, we send a newsletter every month.',
    '您的电话方便留一下吗？不是为了发货，是我们销售想回访',
  ])('blocks: %s', (draft) => {
    expect(checker.checkLocal(draft).verdict).toBe('block');
  });

  it.each([
    'Could you share your phone number for the shipment? The courier needs it on the label.',
    'May I have your email for the invoice? Finance will send it today.',
    '您的电话方便留一下吗？快递员派送时需要联系您',
  ])('passes when the order is the reason: %s', (draft) => {
    expect(checker.checkLocal(draft).verdict).toBe('pass');
  });
});
