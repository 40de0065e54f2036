import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });
const lead = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, q).toBe(false);
  return a.answer.split('\n')[0]!;
};

describe('a table cell is found by the English name of its column and by a place in a ranking', () => {
  it('an English column name the header rendering gives ("rising board") picks the column', () => {
    expect(lead('Top 10 on the rising board, what do they receive?')).toMatch(/更多同行热门视频/);
  });

  it('"Top 100" spaced apart is the Top100 row, not Top10, and an empty cell is "no" with the rows that do get something', () => {
    expect(lead('Does Top 100 of the conversion board receive a prize?')).toMatch(/^No\b.*only Top10: 精准买家Push/);
  });

  it('a place the asker gives falls in the smallest Top N that holds it', () => {
    expect(lead('We came 250th on the rising board — anything for us?')).toMatch(/^No\b.*Top 300/);
    expect(lead('我们在转化榜排第6名，有奖励吗？')).toMatch(/^是的.*精准买家Push/);
  });

  it('a data row whose rendering names one value is no header: "MOQ" in a question names no column of the violator list', () => {
    expect(faq.askLocal('MOQ违规公示的规则链接，ruleId是多少？').answer).toContain('20000421');
  });
});
