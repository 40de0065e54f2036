import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });
const answer = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, q).toBe(false);
  return a.answer;
};

describe('fees are worked out from the stated rates', () => {
  it('amounts sent through modes with different rates are each charged at their own rate, the waiver on the month total', () => {
    const a = answer('This month: 250k USD overseas payment, then 90k USD to the legal representative. Total fees?');
    expect(a).toMatch(/340,000 USD/);
    expect(a).toMatch(/40,000 USD above USD 300,000 is free/);
    expect(a).toMatch(/250,000 × 0\.125% = 312\.5 USD/);
    expect(a).toMatch(/90,000 × 0\.3% = 270 USD/);
    expect(a).toContain('超出部分免提现手续费用');
  });

  it('Chinese names the mode before the amount', () => {
    const a = answer('对公提现5万美元，海外付款8万美元，法人提现2万美元，这个月手续费分别多少？');
    expect(a).toMatch(/50,000 × 0\.125% = 62\.5美元/);
    expect(a).toMatch(/20,000 × 0\.3% = 60美元/);
  });

  it('a yes/no on whether any part is free leads with the answer', () => {
    expect(answer('Sending $120k corporate + $200k overseas payment this month: does any part go fee-free?')).toMatch(/^Yes\. Together 320,000 USD/);
  });

  it('the fee on an amount equal to the waiver threshold is computed when it is asked', () => {
    expect(answer('这个月海外付款正好30万美元，手续费是多少？')).toMatch(/375美元/);
  });
});
