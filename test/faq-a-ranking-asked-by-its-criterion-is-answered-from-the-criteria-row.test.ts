import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });
const lead = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, q).toBe(false);
  return a.answer.split('\n')[0]!;
};

describe("a yes/no on what a ranking is judged by is answered from the table's criteria row", () => {
  it("the column's own criterion is a yes", () => {
    expect(lead('On the conversion list, is the rate the store or product visitors divided by the viewers?')).toMatch(/^Yes\b.*进店进品人数\/播放人数/);
    expect(lead('转化榜是按转化数据来评的吗？')).toMatch(/^是.*转化数据最高者/);
  });

  it("another column's criterion proposed is a no, with the asked column's own", () => {
    expect(lead('Is the rising list ranked by conversion?')).toMatch(/^No\b.*进步/);
    expect(lead('优质榜 是 按 conversion 来评选 的吗?')).toMatch(/^不是.*优质视频最多者/);
  });

  it('a reward cell is still read from its Top N row', () => {
    expect(lead('转化榜Top100有奖励吗？')).toMatch(/^没有/);
  });
});

describe('an English yes/no may open with a clause before a comma', () => {
  it('is led by yes or no', () => {
    expect(lead('For new sellers who skip the newbie tasks for 30 days, do they lose star rating forever?')).toMatch(/^No\b/);
  });
});
