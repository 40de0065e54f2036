import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });

describe('a figure asked of two sides ("A vs B") is a comparison, not a choice between them', () => {
  it('is answered by a line stating the figure for each side, whatever words the sides share', () => {
    const a = faq.askLocal('how many days do global receipts vs local TT receipts need to arrive?');
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/1-5/);
    expect(a.answer).toMatch(/1-2/);
  });

  it('a choice of two kinds neither of which a line states is still declined as a choice', () => {
    const a = faq.askLocal('Is the penalty for a fake MOQ a fine or a deposit deduction?');
    expect(a.declined).toBe(true);
    expect(a.answer).toMatch(/names neither/);
  });
});
