import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });

// A forwarder is the merchant's counterparty in the story ("pay our forwarder", "the forwarder raised the rate"),
// not a firm the question asks the briefing about; named carriers and logistics services stay out of scope.
describe('a forwarder named in the story does not take the question out of scope (LLM off)', () => {
  it('answers the fee of a payment made to a forwarder, with the stated rate applied', () => {
    const en = faq.askLocal('Our forwarder wants 2,000 USD through overseas payment. What fee do we pay?');
    expect(en.declined).toBe(false);
    expect(en.answer).toContain('0.125%');
    expect(en.answer).toContain('2.5');
    const zh = faq.askLocal('货代让我们用海外付款付5000美元，手续费多少');
    expect(zh.declined).toBe(false);
    expect(zh.answer).toContain('6.25');
  });

  it('still declines questions about carriers and logistics services themselves', () => {
    for (const q of ['Can DHL ship my goods?', 'Does Alibaba recommend a freight forwarder?', '海运拼箱多少钱一方']) {
      expect(faq.askLocal(q).declined, q).toBe(true);
    }
  });
});
