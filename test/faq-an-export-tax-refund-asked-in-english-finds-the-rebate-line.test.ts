import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

/**
 * The briefing says compliant settlement through Pay allows a tax rebate ("阳光合规结汇可退税"). Exporters ask it as a
 * "tax refund"; the glossary held only "tax rebate", so the question found no section and was declined. "tax refund"
 * is the same concept (rules/glossary.yaml tax-rebate); a refund of money paid is still the refund ask.
 */
const faq = createPolicyFaq({ llm: null });

describe('an export tax refund asked in English', () => {
  it('is answered from the rebate line', () => {
    const a = faq.askLocal('If we settle through Alibaba.com Pay, can we still claim the export tax refund?');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('退税');
  });

  it('a refund of money paid is not a tax rebate', () => {
    expect(faq.askLocal('Will Alibaba refund my membership fee if my store is closed?').declined).toBe(true);
  });
});
