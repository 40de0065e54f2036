import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// Wordings written for this test (no question set holds them). A version the briefing never names ("金品2.0") was
// answered from the 3.0 course lines as if they compared the two.
const faq = createPolicyFaq({ llm: null });

describe('a version the briefing never names', () => {
  it.each(['金品2.0和3.0的权益差在哪', 'Gold Supplier 2.0 vs 3.0 — what changed in the benefits?'])('is not stated: %s', (q) => {
    const a = faq.askLocal(q);
    expect(a.declined).toBe(true);
    expect(a.unstated).toBe('type:period');
  });

  it.each([
    ['这次的金品官方课是3.0还是别的版本？', /3\.0/],
    ['提现1.5万美金手续费多少', /0\.125%/],
  ])('leaves a named version or an amount alone: %s', (q, fact) => {
    const a = faq.askLocal(q);
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(fact);
  });
});
