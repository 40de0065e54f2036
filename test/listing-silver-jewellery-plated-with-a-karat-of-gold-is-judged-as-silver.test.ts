import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A karat of gold plated on another metal ("镀14K金", "14K gold plated") is no gold jewellery, and a sterling-silver piece
 * in gold colour is silver: it meets the silver market, not solid gold's floor. Solid gold at a few dollars is still a
 * false price.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('silver plated with gold', () => {
  it('passes sterling silver plated with a karat of gold at a silver price', () => {
    expect(kinds('商品名称：S925纯银耳环 珍珠 简约 镀14K金\n价格：US $2.60 - $6.90 / 对\n起订量：20 对\n运费：快递，按重量计算')).toEqual([]);
    expect(kinds('Product name: 925 Sterling Silver Hoop Earrings 14K Gold Plated\nPrice: US $2.60 - $6.90 / pair\nMOQ: 20 pairs')).toEqual([]);
  });

  it('still flags solid gold at a few dollars', () => {
    expect(kinds('商品名称：14K金 实心 耳环 Au585\n价格：US $2.60 - $6.90 / 对\n起订量：20 对')).toContain('price_range');
  });
});
