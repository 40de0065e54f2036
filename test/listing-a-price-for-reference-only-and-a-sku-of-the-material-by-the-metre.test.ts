import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A page that says its price is for reference only, that buyers should ask for the real quote, or (in Chinese) that the
 * price was filled in at random, shows no price anyone pays. A SKU sold per metre or kilogram beside the product's
 * pieces sells the material, not the product. Honest notes and per-metre goods pass.
 */
const checker = createListingChecker();
const kinds = (t: string) => [...new Set(checker.check(t).findings.map((f) => f.kind))];

describe('a price the page disowns', () => {
  it('is a false price range', () => {
    expect(kinds('Cotton Bath Towel 70x140cm Hotel White\n\n$59.00 - $590.00 / Piece | 200 Pieces (Min. Order)\n\nPlease contact us for the real quotation.\n')).toContain('price_range');
    expect(kinds('商品名称：不锈钢餐叉 加厚\n价格：US$399 / 个\n最小起订量：500 个\n备注：价格是随便填的，具体请询价')).toContain('price_range');
  });
  it('passes a page that only says prices follow quantity or the market', () => {
    expect(kinds('Cotton Bath Towel 70x140cm Hotel White\n\n$2.10 - $2.60 / Piece | 200 Pieces (Min. Order)\n\nPrice depends on quantity, contact us for a detailed quotation.\n')).toEqual([]);
  });
});

describe('a SKU of the material by the metre', () => {
  it('beside the product is not the product', () => {
    expect(kinds('Title,Variant,Price USD\nVelvet Accent Chair Gold Legs,Green,85.00\nVelvet Accent Chair Gold Legs,Pink,85.00\nVelvet Accent Chair Gold Legs,Navy,88.00\nVelvet Accent Chair Gold Legs,Velvet (per meter),3.20\n')).toContain('sku_filler');
  });
  it('passes goods all sold by the metre', () => {
    expect(kinds('Title,Variant,Price USD\nVelvet Upholstery Fabric 280gsm,Green (per meter),3.20\nVelvet Upholstery Fabric 280gsm,Pink (per meter),3.20\nVelvet Upholstery Fabric 280gsm,Navy (per meter),3.40\n')).toEqual([]);
  });
});
