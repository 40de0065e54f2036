import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// The briefing's false-price examples are English product-page screenshots; merchants ask about them in Chinese
// (头发, 克, 交期, 定制logo) and in English. The glossary bridges the words, the example section is found by the
// product's name, and the hair page's lead-time table is a passage of its own.
const faq = createPolicyFaq({ llm: null });

describe('an example product named in Chinese finds its English screenshot line', () => {
  it('the customised-logo minimum of the hair example, asked in Chinese with 克', () => {
    const a = faq.askLocal('那个卖越南真人发的例子，定制logo最少要订多少克？');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('10000000');
  });

  it('the lead time (交期 / lead time) of the hair example for the smallest quantity', () => {
    for (const q of ['接发那个虚假价格的例子，100克以内交货期是几天？', 'In the human hair example, what lead time did the page give for up to 100 grams?']) {
      const a = faq.askLocal(q);
      expect(a.declined, q).toBe(false);
      expect(a.answer, q).toMatch(/Est\. Time\(days\) \| 7/);
    }
  });

  it('the quartz-tile example named by its product still answers with the pattern it shows', () => {
    const a = faq.askLocal('石英砖那个例子，运费是商品价的几倍？');
    expect(a.declined).toBe(false);
    expect(a.answer).toContain('3948');
  });

  it('look-alikes: a merchant’s own lead time or customisation is not the screenshot’s', () => {
    for (const q of ['我们自己产品的交期写错了会不会算违规？', 'Our own custom-logo orders: does the briefing set a minimum?']) {
      const a = faq.askLocal(q);
      expect(a.answer, q).not.toMatch(/Est\. Time|10000000/);
    }
  });
});
