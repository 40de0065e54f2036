import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });
const answer = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, q).toBe(false);
  return a.answer;
};

describe('counts, table cells and speakers come from the table or line that holds them', () => {
  it('"how many X" counts the rows of the table whose header names X, and names them', () => {
    const a = answer('绿色工厂评价表里一共有多少个维度？');
    expect(a).toMatch(/^共7个维度/);
    expect(a).toContain('总体绩效');
  });

  it('a price in a screenshot table names no column: a yes/no about a $0.01 SKU is not a table lookup', () => {
    expect(answer('挂一个$0.01的小卡片SKU把起价拉低，这样ok吗？').split('\n')[0]).toMatch(/^不/);
  });

  it("the violator list's rule link is answered by the link line, not by counting the list's rows", () => {
    expect(answer('MOQ违规公示的规则链接，ruleId是多少？')).toContain('20000421');
  });

  it('"哪个小二讲的" asks for the presenter', () => {
    expect(answer('Alibaba.com Pay这部分是哪个小二讲的？')).toContain('殷钦');
  });

  it('"is there a standard for our industry" finds the category rows of the topic even when other lines match better', () => {
    expect(answer("We're a skincare brand. Is there a sustainable factory standard for our industry?").split('\n')[0]).toMatch(/^Yes: .*Daily chemicals/);
  });
});
