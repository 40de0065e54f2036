import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// "我们可以无理由拒绝吗": asking whether we may do what a rule lists as a violation. Without 可以吗 at its end it read as a
// question of fact, and the violation line, which negates nothing, answered "可以。".
const faq = createPolicyFaq({ llm: null });
const lead = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, q).toBe(false);
  return a.answer.split('\n')[0]!;
};

describe('"we may do it?" asked in Chinese is a permission question', () => {
  it('an act a rule lists as a violation: not allowed', () => {
    expect(lead('买家坚持要走信保，我们可以直接拒绝吗？')).toMatch(/^不可以/);
  });

  it('an act the briefing allows: allowed', () => {
    expect(lead('我们可以在下单时问买家要电话用于物流吗？')).toMatch(/^可以/);
  });
});
