import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });

describe('an acronym the briefing uses in one place finds its line, whatever the wording around it', () => {
  it('a colloquial Chinese question with "课件上" and an acronym', () => {
    const a = faq.askLocal('课件上Pay讲到的GPI到底是干嘛用的');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('汇款链路可视化');
  });

  it('an English question', () => {
    const a = faq.askLocal('Pay slide had something called GPI, what is that exactly?');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('GPI');
    expect(a.answer.toLowerCase()).toContain('remittance');
  });

  it('a detail about it the briefing never states is still declined', () => {
    expect(faq.askLocal('GPI 查询要另外收费吗').declined).toBe(true);
  });
});
