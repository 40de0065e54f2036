import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// A count asked of the April list's rows ("how many from Shenzhen", "因拉线下上榜的有几家") is the rows counted, with the
// total the list's heading states beside it (rules/policy/enforcement.yaml facts.count; the briefing's rows add up to
// fewer than its heading says), in the question's language.
const faq = createPolicyFaq({ llm: null });
const ask = (q: string) => {
  const a = faq.askLocal(q);
  expect(a.declined, q).toBe(false);
  return a;
};

describe('a count of the violator list rows', () => {
  it('states the rows counted and the heading total, in Chinese and English', () => {
    const zh = ask('名单里因为恶意引导站外沟通工具上榜的一共几家？');
    expect(zh.answer).toMatch(/共\d+家（按表格逐行统计；标题写本次共81个商家）/);
    const en = ask('How many merchants on the April list were named for steering buyers off-platform?');
    expect(en.answer).toMatch(/^\d+ merchants on the list .*\(counting the table rows; the heading says 81 in total\)/);
  });

  it('quotes the line that states the total when no row matches the place asked', () => {
    const a = ask('4月名单上有拉萨的公司吗');
    expect(a.answer).toMatch(/^没有/);
    expect(a.citations.some((c) => c.quote.includes('本次涉及共81个商家'))).toBe(true);
  });
});
