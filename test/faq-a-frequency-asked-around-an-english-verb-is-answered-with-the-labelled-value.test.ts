import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });

describe('"多久 <English verb> 一次" asks how often, and a labelled figure leads with its value', () => {
  it('a mixed-language frequency question is answered with the stated refresh interval', () => {
    const a = faq.askLocal('SNS那个自动生成的图片多久 update 一次？');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('每小时');
  });

  it('the lead is the label with its value, not the label alone', () => {
    const a = faq.askLocal('SNS智能分享的图片多久更新一次');
    expect(a.answer.split('\n')[0]).toContain('每小时更新');
  });

  it('a frequency the briefing never gives stays declined though an English verb sits in between', () => {
    expect(faq.askLocal('违规名单多久 refresh 一次？').declined).toBe(true);
  });

  it('two clauses are not one frequency ask: "多久" then "一次" after a comma', () => {
    const a = faq.askLocal('开户要多久，一次能开几个账户？');
    expect(a.answer).not.toContain('更新频率');
  });
});
