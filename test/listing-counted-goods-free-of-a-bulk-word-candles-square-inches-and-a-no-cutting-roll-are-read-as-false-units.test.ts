import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('units the goods are not sold by', () => {
  it('reads a bulk word the title says the goods are free of as no bulk goods', () => {
    expect(kinds('Product name: Oil-Free Electric Rice Cooker 3L 700W\nPrice: US $0.004 / gram\nMOQ: 3,000 grams')).toContain('price_unit');
    expect(kinds('商品名称：无油 空气炸锅 4.5L 家用 1400W\n价格：US $0.005 / 克\n起订量：2,000 克')).toContain('price_unit');
  });

  it('flags a candle priced per gram of its wax', () => {
    expect(kinds('Product name: Scented Candle in Tin 120g Lavender\nPrice: US $0.012 - $0.015 / gram\nMOQ: 1,200 grams')).toContain('price_unit');
  });

  it('reads a square inch as a small unit of area', () => {
    expect(kinds('Product name: Ceramic Wall Tile 300x600mm Glossy\nPrice: US $0.006 / Square Inch\nMOQ: 80,000 Square Inches')).toContain('price_unit');
  });

  it('flags a price per centimetre of goods whose rolls are not cut', () => {
    expect(kinds('商品名称：雪尼尔 沙发面料 幅宽 140cm 30米/卷\n价格：US $0.031 / 厘米\n起订量：100 厘米\n备注：整卷发货，不零剪')).toContain('price_unit');
  });

  it('passes bulk goods by weight, wax for candle making, and fabric per metre in whole rolls', () => {
    expect(kinds('Product name: Soy Wax Flakes for Candle Making 20kg/bag\nPrice: US $2.10 - $2.60 / kg\nMOQ: 500 kg')).toEqual([]);
    expect(kinds('商品名称：雪尼尔 沙发面料 幅宽 140cm 30米/卷\n价格：US $3.10 / 米\n起订量：300 米\n备注：整卷发货，不零剪')).toEqual([]);
  });
});
