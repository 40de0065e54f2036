import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });

describe('a "how many" question counting sellers or vendors is answered by the line counting merchants', () => {
  it('answers the number of named merchants whichever word the asker counts them by', () => {
    for (const q of ['how many sellers ended up on the April list of serious violators?', 'how many vendors were publicly named as serious violators in April?']) {
      const a = faq.askLocal(q);
      expect(a.declined, q).toBe(false);
      expect(a.answer.split('\n')[0], q).toContain('81');
    }
  });

  it('does not take a membership name (Verified Supplier) or a table of company names for the counted thing', () => {
    const a = faq.askLocal('how many sellers can sign up for the live recruiting?');
    expect(a.answer.split('\n')[0]).not.toMatch(/scan|coupon|al\*+/i);
  });
});
