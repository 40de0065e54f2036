import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * The page's own words say its price is for another unit than the one shown: a whole roll's price shown per metre, or a
 * single item's price while the unit priced is defined as a carton ("1 件 = 1 箱"). Both make the unit price false.
 * A price per pair shown "/ Piece" with no such definition (shoes counted by the pair), a note restating the unit shown,
 * and a line converting to another unit with its own price ("price for a roll: $38") say nothing false.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a price the page says is for another unit', () => {
  it('flags a pack price shown per metre', () => {
    expect(kinds('商品标题：硅胶软管 8mm 食品级 100米\n计量单位：米\n价格：US$ 38.00/米\n起订量：1 米\n（其实是一卷100米的价格）')).toContain('price_unit');
    expect(kinds('Garden Hose 1/2 inch PVC 50 m\nUS$ 21.00 / Meter\nMin. Order: 1 Meter\nNote: the price is actually for a roll of 50 m')).toContain('price_unit');
  });

  it("flags a single item's price when the unit priced is defined as a carton", () => {
    expect(kinds('商品标题：一次性 筷子 竹制 独立包装\n价格：US$ 0.01/件\n起订量：1 件\n备注：1件=1箱（3000双），标价为单双价格')).toContain('price_unit');
    expect(kinds('Disposable Bamboo Chopsticks Individually Wrapped\nUS$ 0.01 / Piece\nMin. Order: 1 Piece\nNote: 1 piece = 1 carton (3000 pairs); price shown is per pair')).toContain('price_unit');
    expect(kinds('商品标题：一次性 纸杯 加厚\n价格：US$ 0.01/个\n起订量：1 个\n备注：1个=1箱（1000个），标价为单个价格')).toContain('price_unit');
  });

  it('passes shoes counted by the pair, a note restating the unit, and a conversion with its own price', () => {
    expect(kinds("Men's Leather Loafers Casual\nUS$ 14.50 / Piece\nMin. Order: 30 Pieces\nNote: price shown is per pair")).toEqual([]);
    expect(kinds('Garden Hose 1/2 inch PVC 50 m\nUS$ 21.00 / Roll\nMin. Order: 10 Rolls\nNote: price is per roll of 50 m')).toEqual([]);
    expect(kinds('Garden Hose 1/2 inch PVC\nUS$ 0.42 / Meter\nMin. Order: 500 Meters\nNote: price for a roll of 50 m is US$ 21.00')).toEqual([]);
  });
});
