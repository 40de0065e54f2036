import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Goods counted by the piece or set (a cutlery set, a business card, an interior door) priced per gram, per square
 * centimetre or per centimetre of themselves quote a price per no unit a buyer orders: the price looks tiny. Goods the
 * market prices per piece are never traded by such a sliver (a door per square metre is how doors are quoted, and
 * passes), while goods the trade prices by weight or volume (oud oil per ml, gold chains per gram) pass.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('counted goods priced per a sliver of themselves', () => {
  it('flags cutlery sets and business cards priced per gram or square centimetre, in English and Chinese', () => {
    expect(kinds('Rose Gold Stainless Steel Cutlery Set 24 Pieces Flatware Set Gift Box\n\n$0.005 / Gram | 1000 Grams (Min. Order)\n\nPacking: 24pcs per color box, approx 1.45kg per set')).toContain('price_unit');
    expect(kinds('商品名称：不锈钢西餐餐具套装 刀叉勺 4件套\n价格：US$0.004 /克\n最小起订量：2000 克')).toContain('price_unit');
    expect(kinds('Custom Wooden Business Card Laser Engraved Walnut\n\n$0.02 / Square Centimeter | 5000 Square Centimeters (Min. Order)\n\nSize: 90 x 54 mm (48.6 cm²)')).toContain('price_unit');
    expect(kinds('商品名称：高档名片 烫金 定制\n价格：US$0.001 /平方厘米\n最小起订量：50000 平方厘米')).toContain('price_unit');
  });

  it('flags doors priced per centimetre or millimetre', () => {
    expect(kinds('Solid Wood Interior Door 实木室内门 modern, pre-hung\nUnit: centimeter (height)\nPrice US$0.18 / cm\nMOQ: 200 cm\nStandard size 2100mm x 900mm')).toContain('price_unit');
    expect(kinds('商品名称：实木门 室内门 卧室门\n价格：US$0.02 /毫米\n最小起订量：2000 毫米')).toContain('price_unit');
    expect(kinds('Steel Security Door for Apartment\nPrice: $0.35 / Centimeter\nMOQ: 100 Centimeters')).toContain('price_unit');
  });

  it('passes doors per square metre and goods the trade prices by weight or volume', () => {
    expect(kinds('Solid Wood Interior Door modern\nPrice: US$95.00 / Square Meter\nMOQ: 10 Square Meters')).not.toContain('price_unit');
    expect(kinds('Pure Agarwood Oil Oud Oil Cambodian 3ml Bottle\n$18.00 / Milliliter | 3 Milliliters (Min. Order)')).toEqual([]);
    expect(kinds('Real 18K Solid Gold Cuban Link Chain Necklace AU750\n$62.00 / Gram | 10 Grams (Min. Order)')).toEqual([]);
  });
});
