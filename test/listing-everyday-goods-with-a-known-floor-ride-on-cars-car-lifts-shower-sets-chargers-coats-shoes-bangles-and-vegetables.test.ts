import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Session 35: common goods whose cheapest real price the reference table now knows (developer estimates): a child's
 * ride-on electric car, a two-post car lift, a shower set, a laptop charger, a pure-cashmere coat, Goodyear-welted shoes,
 * a sterling-silver or natural-jade bangle, fresh onions and potatoes by the ton. Far below it is a false price range; their
 * parts, spares and look-alikes, and honest prices, pass.
 */
const checker = createListingChecker();
const kinds = (t: string) => [...new Set(checker.check(t).findings.map((f) => f.kind))];

describe('goods priced far below their floor', () => {
  it('flags each', () => {
    expect(kinds('Kids Ride On Car 12V Battery Powered with Parent Remote\n$4.50 - $6.00 / Piece | 5 Pieces (Min. Order)')).toEqual(['price_range']);
    expect(kinds('2 Post Car Lift 4.5T Hydraulic Garage Hoist\n$120.00 / Set | 1 Set (Min. Order)')).toEqual(['price_range']);
    expect(kinds('商品名称：恒温淋浴花洒套装 黄铜 增压\n价格区间：US$ 0.90 - 1.40 /套\n最小起订量：2 套')).toEqual(['price_range']);
    expect(kinds('Product: 90W Laptop Charger Universal 19V Adapter\nPrice: US$ 0.40 - 0.70 / Piece\nMOQ: 10 Pieces')).toEqual(['price_range']);
    expect(kinds('Women Pure Cashmere Overcoat Belted Camel Long\n$7.50 - $9.00 / Piece | 2 Pieces (Min. Order)')).toEqual(['price_range']);
    expect(kinds('Goodyear Welted Chelsea Boots Men Suede Leather\n$5.00 - $6.50 / Pair | 2 Pairs (Min. Order)')).toEqual(['price_range']);
    expect(kinds('商品名称：足银手镯 999 实心 古法\n价格区间：US$ 1.10 - 1.80 /个\n最小起订量：1 个')).toEqual(['price_range']);
    expect(kinds('商品名称：缅甸翡翠手镯 A货 冰种 带证书\n价格区间：US$ 1.50 - 2.50 /个\n最小起订量：1 个')).toEqual(['price_range']);
    expect(kinds('Fresh Yellow Onion 5-7cm New Crop Mesh Bag\n$12.00 - $18.00 / Ton | 25 Tons (Min. Order)')).toEqual(['price_range']);
  });
});

describe('their parts, spares and honest prices', () => {
  it('passes each', () => {
    expect(kinds('商品名称,规格名,规格价格,库存\n儿童电动车 可坐人,备用6V4.5Ah电池,7.50,200')).toEqual([]);
    expect(kinds('Kids Ride On Car 12V Battery Powered with Parent Remote\n$48.00 - $62.00 / Piece | 5 Pieces (Min. Order)')).toEqual([]);
    expect(kinds('Car Lift Rubber Pads Arm Pad for 2 Post Lift\n$2.00 - $3.50 / Piece | 20 Pieces (Min. Order)')).toEqual([]);
    expect(kinds('商品名称：恒温淋浴花洒套装 黄铜 增压\n价格区间：US$ 38.00 - 52.00 /套\n最小起订量：2 套')).toEqual([]);
    expect(kinds('Laptop Charger DC Tip Connector 7.4x5.0mm Replacement\n$0.20 - $0.35 / Piece | 100 Pieces (Min. Order)')).toEqual([]);
    expect(kinds('Cashmere Feel Coat Women Wool Blend Long\n$9.00 - $12.00 / Piece | 2 Pieces (Min. Order)')).toEqual([]);
    expect(kinds('Goodyear Welted Chelsea Boots Men Suede Leather\n$48.00 - $56.00 / Pair | 2 Pairs (Min. Order)')).toEqual([]);
    expect(kinds('商品名称：合金手镯 镀银 复古\n价格区间：US$ 0.60 - 0.90 /个\n最小起订量：12 个')).toEqual([]);
    expect(kinds('Fresh Yellow Onion 5-7cm New Crop Mesh Bag\n$210.00 - $260.00 / Ton | 25 Tons (Min. Order)')).toEqual([]);
    expect(kinds('Dehydrated Onion Flakes Dried Onion Slices\n$1.10 - $1.40 / Kilogram | 1000 Kilograms (Min. Order)')).toEqual([]);
  });
});
