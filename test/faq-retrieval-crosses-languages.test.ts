import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq();

describe('retrieval survives rewording and language switches', () => {
  it('answers the same question in Chinese and English with the same figures', () => {
    const zh = faq.askLocal('提到法人卡要收多少手续费？');
    const en = faq.askLocal('what fee do I pay to cash out to the legal rep personal account');
    expect(zh.sources).toEqual(['pay.withdraw-legal-rep']);
    expect(en.sources).toEqual(['pay.withdraw-legal-rep']);
    expect(zh.answer).toContain('0.3%');
    expect(en.answer).toContain('0.3%');
    expect(zh.lang).toBe('zh');
    expect(en.lang).toBe('en');
  });

  it('finds a section through glossary synonyms (信保 / Trade Assurance, 拉线下 / off-platform)', () => {
    expect(faq.askLocal('buyer wants TA but I refuse, what happens?').sources[0]).toBe('offplatform.refuse-trade-assurance');
    expect(faq.askLocal('第二次被抓到拉线下扣几分').answer).toContain('扣3分/次');
  });

  it('tolerates misspellings in English', () => {
    const a = faq.askLocal('how many days is the rectifcation periood for pending products');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('14');
  });

  it('cites a quoted line from the source with the section title', () => {
    const a = faq.askLocal('产品被0分下架了怎么办');
    expect(a.citations[0]?.sectionId).toBe(a.sources[0]);
    expect(a.citations[0]?.quote).toMatch(/0分下架/);
    expect(a.stage).toBe('extractive');
  });

  it('uses the previous topic for short follow-ups', () => {
    const first = faq.askLocal('对公提现手续费多少');
    expect(first.sources).toEqual(['pay.withdraw-corporate']);
    const zh = faq.askLocal('那法人呢？', { previousSectionIds: first.sources });
    expect(zh.sources).toEqual(['pay.withdraw-legal-rep']);
    expect(zh.answer).toContain('0.3%');
    const en = faq.askLocal('and for the legal representative?', { previousSectionIds: first.sources, lang: 'en' });
    expect(en.sources).toEqual(['pay.withdraw-legal-rep']);
  });

  it('declines what the policy does not say and offers the closest topics', () => {
    for (const q of ['What is the refund policy for buyers?', '增值税税率是多少', 'Can you ship my goods to Mars?']) {
      const a = faq.askLocal(q);
      expect(a.declined, q).toBe(true);
      expect(a.answer).toContain('rulechannel.alibaba.com');
      expect(a.suggestions.length).toBeGreaterThan(0);
    }
  });

  it('serves the full cited passage and the section list', () => {
    expect(faq.source('pay.fee-waiver', 'zh')).toContain('30万美金');
    expect(faq.source('pay.fee-waiver', 'en')).toContain('300,000');
    expect(faq.source('no.such-section', 'en')).toBeNull();
    expect(faq.sections().length).toBeGreaterThan(30);
  });
});
