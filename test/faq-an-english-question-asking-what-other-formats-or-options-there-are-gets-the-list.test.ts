import { describe, expect, it } from 'vitest';
import { createPolicyFaq } from '../src/faq/index.js';

const faq = createPolicyFaq({ llm: null });

describe('"what other …", "which … formats/options" asks for the items of a list, as 哪些/哪几种 does', () => {
  it.each([
    'besides New Arrivals, what other formats can SNS smart share post?',
    'Which share options are there in SNS smart share apart from new arrivals?',
  ])('%s', (q) => {
    const a = faq.askLocal(q);
    expect(a.declined).toBe(false);
    for (const f of ['featured products', 'discounted products', 'merchant capability']) expect(a.answer).toContain(f);
  });

  it('in Chinese as before', () => {
    const a = faq.askLocal('除了新品，SNS智能分享还有哪些形式？');
    for (const f of ['特色商品', '优惠商品', '商家能力']) expect(a.answer).toContain(f);
  });
});
