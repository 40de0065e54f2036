import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// Wordings written for this test (no question set holds them). A merchant asks whether Pay can settle a bill they owe
// someone else (a warehouse, a forwarder, customs, a supplier): the "fees" named are what is paid, not a fee Pay
// charges, so "the briefing states no fee for that" is the wrong decline; the overseas-payment lines answer it.
const faq = createPolicyFaq({ llm: null });

describe('a bill the merchant pays through Pay', () => {
  it.each([
    'Can we pay our overseas warehouse storage fees with Alibaba.com Pay?',
    '能用Pay给海外仓付仓储费用吗',
    'can Pay cover our logistics invoices and overseas tax bills?',
  ])('is answered by the overseas-payment lines, not declined as an unstated fee: %s', (q) => {
    const a = faq.askLocal(q);
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/物流仓储|海外税款/);
  });

  it('leaves a fee Pay itself charges asked as before', () => {
    const a = faq.askLocal('提现要收手续费吗');
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/0\.125%|0\.3%/);
  });
});
