import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });

describe('a figure on a sibling attribute line, and "加价" outside an exchange', () => {
  it('answers the fee of the account a labelled line names ("支持账户：法人个人账户" and its fee line)', () => {
    const a = faq.askLocal('钱提到法人自己的个人账户，手续费率多少');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('0.3%');
  });

  it('keeps declining a figure of another statement in a paragraph section (Walmart labels vs the EU tariff year)', () => {
    const a = faq.askLocal('by which year must Walmart suppliers carry carbon footprint labels');
    expect(a.declined).toBe(true);
  });

  it('reads "加价" as an exchange markup only beside an exchange', () => {
    const refuse = faq.askLocal('买家要用信保，我们要求他加价才同意，屡次这样信保资格关多久');
    expect(refuse.declined).toBe(false);
    expect(refuse.answer).toContain('90天');
    expect(faq.askLocal('换汇的时候汇率会加价多少').declined).toBe(true);
  });
});

describe('a comparison of two listed options is no membership question', () => {
  it('does not answer "is it cheaper to use A or B" with whether A is listed', () => {
    const a = faq.askLocal('Is it cheaper to take money out to our company account or to the legal rep personal account?');
    expect(a.answer).not.toMatch(/not listed/);
    expect(a.answer).not.toMatch(/^(Yes|No)\b/);
  });
});
