import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });

describe('a rule stated only for merchants who did something', () => {
  it('declines the penalty for a merchant outside that scope instead of quoting the rule as if it applied', () => {
    const en = faq.askLocal("We haven't signed up for Trade Assurance at all. If we turn down a buyer's online order, what penalty applies?");
    expect(en.declined).toBe(true);
    expect(en.answer).toMatch(/outside the rule's stated scope/);
    const zh = faq.askLocal('我们没开通信保，拒绝买家走线上交易的话怎么处罚');
    expect(zh.declined).toBe(true);
  });

  it('answers a yes/no about such a merchant with "no" and the scope', () => {
    const a = faq.askLocal('没签信保协议的商家，拒绝买家用信保也算违规吗');
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/^不适用/);
  });

  it('still quotes the rule for a merchant inside the scope', () => {
    const a = faq.askLocal('买家要用信保，我们拒绝了，会怎么罚');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('信用保障');
  });
});
