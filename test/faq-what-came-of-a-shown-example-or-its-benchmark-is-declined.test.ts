import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

// The briefing shows its false-SKU, false-shipping and false-price examples as listings with the flaw named; it never
// says what happened to those sellers nor what market price an example was judged against. Such asks were answered
// with the example's own lines (rules/ask/asks.yaml example-outcome). Wordings written for this test.
const faq = createPolicyFaq({ llm: null });

describe('what came of a shown example, or its benchmark, is declined', () => {
  it('the example seller\'s penalty is declined, in Chinese, English and mixed wording', () => {
    const zh = faq.askLocal('那个假发虚假价格的案例，卖家后来被怎么处理的？');
    expect(zh.declined).toBe(true);
    expect(zh.answer).toMatch(/这个例子的处理结果/);
    const en = faq.askLocal('For the bread basket fake SKU example, was the seller penalized?');
    expect(en.declined).toBe(true);
    expect(en.answer).toMatch(/what came of that example/);
    expect(faq.askLocal('瓷砖那个 example 的商家 最终被罚了多少分？').declined).toBe(true);
  });

  it('the benchmark an example was judged against is declined', () => {
    expect(faq.askLocal('面包篮那个例子，平台拿什么市场价来比的？').declined).toBe(true);
    expect(faq.askLocal('In the quartz tiles example, what benchmark shipping rate did they use?').declined).toBe(true);
  });

  it("an example's own figures and the general penalty are still answered", () => {
    expect(faq.askLocal('虚假运费那个例子运费是商品价的几倍').answer).toMatch(/3948/);
    expect(faq.askLocal('In the fake SKU example, which SKU was the cheapest one?').declined).toBe(false);
    expect(faq.askLocal('what penalty applies to fake price listings like the hair example?').declined).toBe(false);
  });
});
