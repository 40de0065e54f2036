import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });
const lead = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, q).toBe(false);
  return a.answer.split('\n')[0]!;
};

describe('a condition the answering line names, denied by the asker, answers no', () => {
  it('a personal account that is not the legal representative\'s', () => {
    expect(lead('出纳想把钱提到他本人的个人银行卡上，他并不是法定代表人，这样能提吗？')).toMatch(/^不.*法人/);
    expect(lead("Our bookkeeper is not the legal rep. Can the money go to her personal account?")).toMatch(/^No\b.*legal representative/);
  });

  it('the legal representative asking, or no one denied, keeps the line\'s yes', () => {
    expect(lead('我是公司法人，能提到我个人的银行卡吗？')).toMatch(/^(能|可以|是)/);
    expect(lead('Can I withdraw to a personal account?')).toMatch(/^Yes\b/);
    // a question opening on "Isn't" leads; it denies nothing
    expect(lead("Isn't the legal representative's withdrawal paid out in RMB only?")).not.toMatch(/legal representative \(/);
  });
});
