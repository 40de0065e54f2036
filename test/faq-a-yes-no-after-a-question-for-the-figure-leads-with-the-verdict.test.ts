import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// "潜力品要发多少个 还是30个吗": a question for the figure, then a yes/no proposing one. The question word of the first
// clause used to make the whole question "not a plain yes/no", so the answer gave the figure with no verdict on the
// figure the asker proposed.
const faq = createPolicyFaq({ llm: null });
const lead = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, q).toBe(false);
  return a.answer.split('\n')[0]!;
};

describe('a yes/no after a question for the figure leads with the verdict on the proposed figure', () => {
  it('a proposed figure the briefing changed or never states: no, with the stated one', () => {
    expect(lead('发多少个潜力品 还是30个吗')).toMatch(/^不.*50个/);
    expect(lead('新手期多长时间 还是15天吗')).toMatch(/^不是.*30天/);
  });

  it('a question for the figure alone is answered with the figure, no verdict', () => {
    expect(lead('潜力品要发多少个？')).not.toMatch(/^(是|不)/);
  });
});
