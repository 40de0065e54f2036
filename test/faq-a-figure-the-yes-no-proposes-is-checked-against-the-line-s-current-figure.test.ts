import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });
const lead = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, q).toBe(false);
  return a.answer.split('\n')[0]!;
};

describe('a figure the yes/no question proposes is checked against the figure of the same unit the line states', () => {
  it('the stated figure: yes (a line that also says 未 does not make it a no)', () => {
    expect(lead('Do I get 14 days to fix a product that is pending rectification?')).toMatch(/^Yes\b/);
    expect(lead('法人提现的手续费是0.3%吗？')).toMatch(/^是/);
  });

  it('another figure: no, with the line\'s own', () => {
    expect(lead('待整改的产品只有7天整改时间吗？')).toMatch(/^(不|没有).*14天/);
  });

  it('a changed figure: its old value is a no, with the value now', () => {
    expect(lead('新手期还是15天吗？')).toMatch(/^不.*30/);
    expect(lead('Is the starter task still to publish 30 potential products?')).toMatch(/^No\b.*50/);
  });

  it('a date is no figure of days', () => {
    expect(lead('FollowMe第三期的话题，5月10日还能投稿吗？')).toMatch(/^(能|可以)/);
  });
});
