import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });

describe('an English yes/no asking whether an act reaches a thing', () => {
  it('is declined when no line picked holds the thing reached', () => {
    expect(faq.askLocal('If my account gets frozen, does that freeze the money sitting in Alibaba.com Pay too?').declined).toBe(true);
    expect(faq.askLocal('Does a warning on the April list affect our Pay withdrawals?').declined).toBe(true);
  });

  it('is answered when a line holds it', () => {
    expect(faq.askLocal('Does the 6-point deduction apply to refusing Trade Assurance?').declined).toBe(false);
    expect(faq.askLocal('Does a repeat offence count toward the 6 points per time?').declined).toBe(false);
  });
});
