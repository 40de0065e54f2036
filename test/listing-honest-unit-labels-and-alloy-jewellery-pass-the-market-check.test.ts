import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * The market check must not mistake an honest label for a false one: panels the page prices per watt are priced per
 * watt, and alloy jewellery with only its posts in 925 silver is not sterling-silver jewellery.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('the market reference', () => {
  it('passes panels the page itself prices per watt, even when its tiers count panels', () => {
    expect(kinds('标题：单晶太阳能板 450W 半片\n价格：US$0.17 - 0.21 /瓦\n阶梯：1-49块 US$0.21/W | ≥50块 US$0.17/W\n起订量：1 块')).toEqual([]);
  });

  it('still flags panels priced per piece at a per-watt figure', () => {
    expect(kinds('标题：单晶太阳能板 450W 半片\n价格：US$0.21 /块\n起订量：1 块')).not.toEqual([]);
  });

  it('does not hold alloy earrings with 925 posts to the sterling-silver floor', () => {
    expect(kinds('标题：合金耳环 925银针 复古 珍珠款\n价格：US$0.32 /对\n起订量：12 对')).toEqual([]);
    expect(kinds('Title: Zinc Alloy Hoop Earrings with 925 Silver Posts\nPrice: $0.30 / Pair\nMOQ: 12 Pairs')).toEqual([]);
  });

  it('still holds solid sterling-silver earrings to it', () => {
    expect(kinds('标题：925纯银耳环 复古 珍珠款\n价格：US$0.32 /对\n起订量：12 对')).toContain('price_range');
  });
});

describe('silver jewellery priced by the gram', () => {
  it('flags 925 silver priced below the metal it is made of', () => {
    expect(kinds('标题：S925纯银手链 女 简约\n价格：US$0.10 /克\n起订量：20 克\n单件约5克')).toContain('price_range');
    expect(kinds('Title: 925 Sterling Silver Cuban Chain Necklace\nPrice: $0.08 / Gram\nMOQ: 50 Grams')).toContain('price_range');
  });

  it('passes 925 silver at a real price per gram', () => {
    expect(kinds('标题：S925纯银手链 女 简约\n价格：US$1.10 /克\n起订量：20 克\n单件约5克')).toEqual([]);
  });
});
