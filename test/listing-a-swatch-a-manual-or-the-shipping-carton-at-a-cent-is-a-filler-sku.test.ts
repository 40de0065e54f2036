import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A fabric swatch, a colour card, a manual or the shipping carton set up as a SKU at a cent ("Fabric swatch" $0.01 under a
 * sofa, "包装纸箱" $0.03 under a desk) is not the product but a filler option that pulls its price down (sku.yaml fillerNames,
 * round 43). A real option of the product at its price is none. Our own wordings.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a swatch, manual or carton SKU at a cent', () => {
  it('is a filler SKU', () => {
    expect(kinds('parent_title,sku_name,sku_price,stock\nVelvet Sofa 3 Seater Grey,Fabric swatch,0.01,0')).toContain('sku_filler');
    expect(kinds('父商品,SKU名称,SKU价格,库存\n实木书桌 1.2米,包装纸箱,0.03,99999')).toContain('sku_filler');
  });

  it('a real option is none', () => {
    expect(kinds('parent_title,sku_name,sku_price,stock\nVelvet Sofa 3 Seater Grey,Left chaise,389.00,12')).toEqual([]);
  });
});
