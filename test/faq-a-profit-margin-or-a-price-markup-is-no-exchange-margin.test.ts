import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });

describe('a markup or a margin is an exchange margin only when the question is about exchange', () => {
  it('recouping a margin on freight is the false-shipping rule, answered', () => {
    const a = faq.askLocal('We list at a very low price and recoup the margin on freight, is that against the rules?');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('运费显著高于一般水平');
  });

  it('a markup on the unit price for Trade Assurance buyers is the conditional refusal, answered', () => {
    const a = faq.askLocal('If we put a 5% markup on the unit price for buyers who pay through Trade Assurance, is that a problem?');
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/^Yes/);
  });

  it('a markup on a currency conversion is still the margin the briefing never states', () => {
    const a = faq.askLocal('What markup does Pay add when it converts USD into RMB?');
    expect(a.declined).toBe(true);
    expect(a.answer).toContain('exchange margin');
  });
});
