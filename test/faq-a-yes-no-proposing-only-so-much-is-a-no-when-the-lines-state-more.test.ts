import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// A yes/no that proposes a restriction ("是不是就只…", "是否仅…", "is it only …") is put to the test: the quoted lines
// must state that restriction, and a list holding more than the asked item makes it a no.
const faq = createPolicyFaq({ llm: null });
const NO = /^(no|not|否|不|没有)/i;
const YES = /^(yes|是|是的|可以|能|会|对)/i;

describe('a yes/no proposing only so much is a no when the lines state more', () => {
  it('"only a record, no real penalty" against a line that also applies penalties', () => {
    const a = faq.askLocal('被买家投诉拉线下核实了，是不是只会在后台留个记录，不会真罚？');
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(NO);
  });

  it('"only USD" against a currency list that also holds RMB, in both languages', () => {
    const zh = faq.askLocal('提现到对公账户是否仅支持美元？');
    expect(zh.answer).toMatch(NO);
    expect(zh.answer).toContain('人民币');
    const en = faq.askLocal('Is it only USD that a withdrawal to the corporate account supports?');
    expect(en.answer).toMatch(NO);
  });

  it('look-alikes: the same question without "only", and a list that holds the asked item alone, stay yes', () => {
    expect(faq.askLocal('提现到对公账户支持美元吗？').answer).toMatch(YES);
    expect(faq.askLocal('法人提现是不是只能提人民币？').answer).toMatch(YES);
  });

  it('look-alike: 只要 ("as long as") proposes no restriction', () => {
    const a = faq.askLocal('是不是只要绑定了领英账号就能用SNS分享？');
    expect(a.answer).not.toMatch(/^不是/);
  });
});
