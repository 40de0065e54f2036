import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Session 38 (issue 15, misses): an MOQ of single items whose whole order is worth cents ("1 张" of labels at $0.012, one
 * washer at $0.008) is no quantity anyone sells; a set the page defines as several parts the title does not name ("'Set' =
 * 6 spoke nipples" under a bicycle wheel); a CSV "sku" column whose options start with a fraction ("3/4 inch $4.10 | ...").
 * Near-misses: a carton MOQ of cheap goods, an item MOQ worth a few dimes, a set defined as the goods themselves or as a count.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('an MOQ of one item worth cents', () => {
  it('one sticker sheet at a cent', () => {
    expect(kinds('首页 > 包装与印刷 > 标签\n定制 圆形 不干胶贴纸 铜版纸\nUS $0.009 - $0.012/张 | 1 张(最小起订量)\n交期：10天')).toContain('moq');
  });
  it('one washer at under a cent', () => {
    expect(kinds('Product: M6 Flat Washer Stainless 304 DIN125\nPrice: US $0.006 - $0.008 / Piece\nMOQ: 1 Piece')).toContain('moq');
  });
  it('a carton MOQ of cheap goods passes', () => {
    expect(kinds('Product: M6 Flat Washer Stainless 304 DIN125\nPrice: US $0.006 - $0.008 / Piece\nMOQ: 1 Carton (10,000 pcs)')).not.toContain('moq');
  });
  it('an item MOQ worth a few dimes passes', () => {
    expect(kinds('Product: Silicone Phone Case for iPhone 14\nPrice: US $0.45 - $0.60 / Piece\nMOQ: 1 Piece')).not.toContain('moq');
  });
});

describe('a page title that starts with 定制 is the product, not a customisation heading', () => {
  it('its price line is the headline and its MOQ the MOQ', () => {
    const p = checker.parse('首页 > 包装与印刷 > 纸箱\n定制 三层 瓦楞纸箱 印刷LOGO\nUS $0.30 - $0.65/个 | 500 个(最小起订量)\n交期：12天');
    expect(p.title).toContain('瓦楞纸箱');
    expect(p.moq?.qty).toBe(500);
    expect(p.customMoqs).toEqual([]);
  });
  it('a customisation heading over its own options stays one', () => {
    const p = checker.parse('Kraft Paper Bag with Handle\nUS $0.12 - $0.20/Piece | 1,000 Pieces (Min. Order)\n定制 (可选)\n定制LOGO (起订量 5000 个)');
    expect(p.moq?.qty).toBe(1000);
    expect(p.customMoqs.map((q) => q.qty)).toContain(5000);
  });
});

describe('a set defined as several parts', () => {
  it("'Set' = 6 spoke nipples under a wheel", () => {
    expect(kinds("Product Name: 700C Aluminium Road Bicycle Wheel Rim Brake\nUnit of Measure: Set\nPrice Setting: $1.20 - $1.60/Set\nMin. Order Quantity: 50\nInternal Remark: 'Set' = 6 spoke nipples; the wheel itself is $38.")).toContain('price_unit');
  });
  it('a set of the goods themselves passes', () => {
    expect(kinds('Product Name: 700C Aluminium Road Bicycle Wheel Rim Brake\nUnit of Measure: Set\nPrice Setting: $68.00 - $76.00/Set\nMin. Order Quantity: 50\nRemark: Set = 2 wheels (front + rear)')).not.toContain('price_unit');
  });
  it('a set defined as a count of pieces passes', () => {
    expect(kinds('Product Name: Stainless Steel Cutlery Set 24pcs\nUnit of Measure: Set\nPrice Setting: $6.80 - $7.50/Set\nMin. Order Quantity: 100\nRemark: 1 set = 24 pieces')).not.toContain('price_unit');
  });
});

describe('a CSV sku column whose options start with a fraction', () => {
  it('a penny option among sized options is filler', () => {
    const csv = 'product_title,unit,moq,price_type,price,sku\n"Brass Ball Valve Full Port",Piece,200,range,"$4.10 - $5.30/Piece","3/4 inch $4.10 | 1 inch $5.30 | Thread tape 1pc $0.01"';
    expect(kinds(csv)).toContain('sku_filler');
  });
  it('sized options alone pass', () => {
    const csv = 'product_title,unit,moq,price_type,price,sku\n"Brass Ball Valve Full Port",Piece,200,range,"$4.10 - $5.30/Piece","3/4 inch $4.10 | 1 inch $5.30"';
    expect(kinds(csv)).toEqual([]);
  });
});
