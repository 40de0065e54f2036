import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * The reference table's session-37 rows: commodity chemicals per ton, garments whose named fibre costs more than the price
 * shown, and goods with a known floor. A price far below the floor is price_range in either language; one a thousand
 * times too dear in the unit shown (a per-kilogram figure labelled per gram) is price_unit; real prices pass.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('market floors (developer estimates)', () => {
  it('flags chemicals far under their market, in both languages', () => {
    expect(kinds('Oxalic Acid 99.6% Industrial Grade\nPrice: US$ 0.04 - 0.05 / Kilogram\nMOQ: 5000 Kilograms')).toContain('price_range');
    expect(kinds('产品名称：硫酸铜 农用 98%\n计量单位：公斤\n单价：US$ 0.30\n最小起订量：1000 公斤')).toContain('price_range');
  });

  it('reads a per-kilogram figure labelled per gram as a false unit', () => {
    expect(kinds('Sodium Bicarbonate Food Grade 99%\n$0.30 - $0.34 / Gram | 20000 Grams (Min. Order)')).toContain('price_unit');
  });

  it('passes real commodity prices', () => {
    expect(kinds('Oxalic Acid 99.6% Industrial Grade\nPrice: US$ 0.75 - 0.90 / Kilogram\nMOQ: 5000 Kilograms')).toEqual([]);
    expect(kinds('Titanium Dioxide Anatase A101\n$2.10 - $2.40 / Kilogram | 1000 Kilograms (Min. Order)')).toEqual([]);
  });

  it('flags garments priced under their fibre, and passes real ones', () => {
    expect(kinds('Men 100% Merino Wool Cardigan V Neck\n$3.10 / Piece | 30 Pieces (Min. Order)')).toContain('price_range');
    expect(kinds('商品名称：桑蚕丝 睡裙 女 夏\n价格：US$ 2.90 / 件\n起订量：10 件')).toContain('price_range');
    expect(kinds('Men 100% Merino Wool Cardigan V Neck\n$21.50 / Piece | 30 Pieces (Min. Order)')).toEqual([]);
    expect(kinds('Satin Silk Pajama Set Women Polyester\n$3.40 / Set | 50 Sets (Min. Order)')).toEqual([]);
  });
});
