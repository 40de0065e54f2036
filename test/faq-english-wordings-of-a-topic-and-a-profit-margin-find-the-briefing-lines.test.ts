import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });

describe('English wordings of a topic find the lines the Chinese aliases already found', () => {
  it('tools to climb star levels are the operations references of the star section', () => {
    const a = faq.askLocal('Which tools are recommended to help a store climb star levels?');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('数据参谋');
  });

  it('"penalize" is a penalty word, and reasonable grounds are what the penalty line states', () => {
    const a = faq.askLocal('Could my company be penalised just because the platform has reasonable grounds, even without proof?');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('合理理由');
  });

  it('a city asked of the violator list is counted on the list, not looked up among the Pay account banks', () => {
    const a = faq.askLocal('4月名单里有没有杭州的公司？');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('杭州');
    expect(a.answer).not.toContain('花旗');
  });
});

describe('a markup or a margin is an exchange margin only when the question is about exchange', () => {
  it('recouping a margin on freight is the false-shipping rule, answered', () => {
    const a = faq.askLocal('We list at a very low price and recoup the margin on freight, is that against the rules?');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('运费显著高于一般水平');
  });

  it('a markup on the unit price for Trade Assurance buyers is the conditional refusal, answered', () => {
    const a = faq.askLocal('If we put a 5% markup on the unit price for buyers who pay through Trade Assurance, is that a problem?');
    expect(a.declined).toBe(false);
    expect(a.answer).toMatch(/^Yes/);
  });

  it('a markup on a currency conversion is still the margin the briefing never states', () => {
    const a = faq.askLocal('What markup does Pay add when it converts USD into RMB?');
    expect(a.declined).toBe(true);
    expect(a.answer).toContain('exchange margin');
  });
});
