import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A rep who says the page's free shipping is real because the goods' price already holds the freight ("we priced the
 * courier into the $2.40 per piece", "the $35 covers it", "售价 $88 已经含了") names the goods' price in a freight
 * sentence: that amount is no fee charged above the free shipping (contradictions.yaml freightInPrice, round 44).
 * Free shipping with a fee really charged on top stays false shipping.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('an amount said to already cover the freight beside free shipping is the goods price', () => {
  it.each([
    'our yoga block listing says free shipping and that is true, we priced the courier into the $2.40 per piece so nothing is added later',
    'the desk lamp listing says free shipping and it really is free, the $35 already covers it, we ship with the platform logistics',
    'Free shipping on the camping chair is real, the $18.50 includes the shipping to US warehouses, nothing extra',
  ])('passes an English note: %s', (t) => {
    expect(kinds(t)).not.toContain('shipping');
  });

  it.each([
    '电动牙刷页面运费显示 "Shipping: $0" 包邮是真的, 售价 $12 已经含了。',
    '咖啡机页面写 free shipping，真的包邮，price US$88 里面已经包了',
    '收纳箱 listing 运费显示 $0（海外仓发货），是真包邮，$6.50 已含在内',
  ])('passes a Chinese note: %s', (t) => {
    expect(kinds(t)).not.toContain('shipping');
  });

  it('still flags free shipping with a fee charged after payment', () => {
    expect(kinds('the page says free shipping but after payment we charge $45 shipping through a new order')).toContain('shipping');
    expect(kinds('页面写包邮，下单后再补运费 $30，客户都不知道')).toContain('shipping');
  });
});
