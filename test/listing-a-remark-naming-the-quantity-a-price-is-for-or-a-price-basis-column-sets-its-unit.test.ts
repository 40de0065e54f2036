import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A remark that names the quantity the price is really for without 每 ("价格为20厘米价格", "单价是50克的价格") and a
 * price-basis column ("price_basis: per piece" beside a price per box) state the unit the price is for; a remark naming
 * the very unit shown ("价格为1米价格") is no contradiction.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('the unit a price is really for', () => {
  it('is read from a remark that names a smaller quantity without 每', () => {
    expect(kinds('商品标题,计量单位,价格(美元),备注\n涤纶网布 150cm宽,米,0.20,价格为20厘米价格')).toContain('price_unit');
    expect(kinds('商品：散装绿茶\n单位：公斤\n价格：US$1.10 / 公斤\n备注：单价是50克的价格')).toContain('price_unit');
  });
  it('is read from a price-basis column', () => {
    expect(kinds('product,unit,price_usd,pack,price_basis\nZinc Plated Wood Screws 4x30 (bag of 500),Bag,0.01,500 pcs/bag,per piece')).toContain('price_unit');
  });
  it('is no contradiction when the remark names the unit shown', () => {
    expect(kinds('商品标题,计量单位,价格(美元),备注\n涤纶网布 150cm宽,米,1.60,价格为1米价格')).not.toContain('price_unit');
    expect(kinds('product,unit,price_usd,price_basis\nZinc Plated Wood Screws 4x30,Piece,0.01,per piece')).not.toContain('price_unit');
  });
});
