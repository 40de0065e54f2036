import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// "要求几天内改完？也是14天吗？": two sentences, a question for the figure and a yes/no proposing one. Answered part by
// part, the yes/no part ("也是14天吗") had no subject of its own and was compared with another topic's figure, after
// the figure; the whole question's lead, which compares the proposed figure with the subject's lines, now stands.
const faq = createPolicyFaq({ llm: null });
const lead = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, q).toBe(false);
  return a.answer.split('\n')[0]!;
};

describe('a question for a figure, then a yes/no on a proposed figure, leads with the verdict', () => {
  it('a wrong figure proposed: no, with the stated one, then the figure asked', () => {
    expect(lead('公示名单上的商家几天内要改完？也是14天吗？')).toMatch(/^不是。简报写的是7天。/);
    expect(lead('对公提现手续费最低是多少？是千分之三吗？')).toMatch(/^不是.*0\.125%/);
  });

  it('the right figure proposed: yes', () => {
    expect(lead('法人提现手续费多少？是0.3%吗？')).toMatch(/^是/);
  });
});
