import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// Wordings written for this test (no question set holds them). A penalty table's header line ("违规情形 产品处罚") names
// its columns and states nothing: an answer that quotes it must quote the row under it, which holds the penalty. And a
// figure written with thousands separators ("$22,899,929.67") is one figure: the comma is not a clause break, so the
// answer's lead never cuts it to "$22".
const faq = createPolicyFaq({ llm: null });

describe('a table header picked to answer', () => {
  it.each([
    'so what is the punishment on the item itself when it gets caught with a bogus price?',
    'penalty for a listing with a fake price, what happens to that listing?',
  ])('brings the row that holds the penalty: %s', (q) => {
    const a = faq.askLocal(q);
    expect(a.declined).toBe(false);
    if (a.answer.includes('违规情形')) expect(a.answer).toMatch(/产品0分下架/);
  });
});

describe('a figure with thousands separators', () => {
  it.each([
    '石英砖的例子里运费和总价分别显示的是多少',
    '石英砖那个例子最后合计要付多少钱',
  ])('is quoted whole in the lead: %s', (q) => {
    const a = faq.askLocal(q);
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/22,905,729\.67/);
    expect(a.answer).not.toMatch(/\$22(?![,\d])/);
  });
});
