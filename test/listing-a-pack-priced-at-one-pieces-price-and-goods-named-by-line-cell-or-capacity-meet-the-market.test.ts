import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Market knowledge as data (reference-prices.yaml): goods counted by the piece but sold by the box or carton are compared
 * per pack when the page prices a pack (perPack), so a box of gloves at a glove's price is a price per piece shown per box;
 * priced per piece, the piece's floor holds. Families the earlier rounds missed meet their floors: cylindrical lithium
 * cells, Samsung flagships named by line, power stations by their capacity or output, chicken feet by the ton, stone
 * countertops by the square metre, solar panels priced per watt. "Sealed Box" and "100pcs/box" say how the goods are
 * packed, not that a box is sold instead of them.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a pack priced at what one piece of it costs', () => {
  it('is a price per piece shown per pack, in English and Chinese', () => {
    expect(kinds('Blue Nitrile Examination Gloves Powder Free Size L\nUS $0.025 - $0.031 / Box\n500 Boxes (Min. Order)')).toContain('price_unit');
    expect(kinds('商品名称：丁腈检查手套 无粉 黑色 200只/盒\n价格区间：US$ 0.02 - 0.04 /盒\n最小起订量：300 盒')).toContain('price_unit');
    expect(kinds('商品名称：一次性打包盒 1000ml 长方形 带盖\n价格区间：US$ 0.05 - 0.07 /箱\n包装：400个/箱\n最小起订量：20 箱')).toContain('price_unit');
  });

  it('passes at a real pack price, and a price per piece is held to the piece floor', () => {
    expect(kinds('Blue Nitrile Examination Gloves Powder Free Size L\nUS $2.40 - $3.10 / Box\n500 Boxes (Min. Order)')).toEqual([]);
    expect(kinds('商品名称：丁腈检查手套 无粉 黑色\n价格区间：US$ 0.021 - 0.030 /只\n最小起订量：50000 只')).toEqual([]);
    expect(kinds('商品名称：一次性打包盒 1000ml 长方形 带盖\n价格：US$ 0.045 /个\n最小起订量：10000 个')).toEqual([]);
    // Polyethylene food-prep gloves cost a fraction of a cent: no nitrile or latex floor for them.
    expect(kinds('商品名称：一次性PE手套 透明 食品级 烘焙\n价格：US$ 0.0015 /只\n最小起订量：200000 只')).toEqual([]);
    expect(kinds('Disposable Clear PE Gloves Food Prep Polyethylene\nUS $0.0010 - $0.0016 / Piece\n100000 Pieces (Min. Order)')).toEqual([]);
  });

  it('flags a paper cup range starting at a sliver of a cent, but not cupcake liners that cost that', () => {
    expect(kinds('Disposable Paper Cups 12oz Double Wall Hot Drink\nUS $0.0005 - $0.06 / Piece\n20000 Pieces (Min. Order)')).toContain('price_range');
    expect(kinds('Disposable Paper Cups 12oz Double Wall Hot Drink\nUS $0.028 - $0.06 / Piece\n20000 Pieces (Min. Order)')).toEqual([]);
    expect(kinds('商品名称：烘焙纸杯 蛋糕纸托 6cm\n价格：US$ 0.0018 /个\n最小起订量：50000 个')).toEqual([]);
  });
});

describe('families named by line, cell or capacity', () => {
  it('are flagged far under their floor', () => {
    expect(kinds('21700 Li-ion Cell 4800mAh 3.6V High Drain Grade A\nUS $0.30 - $0.42 / Piece\n200 Pieces (Min. Order)')).toContain('price_range');
    expect(kinds('商品名称：18650 圆柱电芯 2500mAh 动力型\n价格区间：US$ 0.20 - 0.35 /个\n最小起订量：500 个')).toContain('price_range');
    expect(kinds('Samsung Galaxy S23 Ultra 256GB Unlocked Global Version Brand New Sealed Box\nUS $95.00 - $118.00 / Piece\n2 Pieces (Min. Order)')).toContain('price_range');
    expect(kinds('Outdoor Portable Power Station 1500W 1536Wh Camping Solar Generator\nUS $48.00 - $66.00 / Piece\n1 Piece (Min. Order)')).toContain('price_range');
    expect(kinds('Frozen Chicken Paws Grade A Halal Certified\nUS $250 - $380 / Metric Ton\n25 Metric Tons (Min. Order)')).toContain('price_range');
    expect(kinds('Marble Vanity Top Bathroom Carrara White Polished\nUS $0.09 - $0.12 / Square Meter\n100 Square Meters (Min. Order)')).toContain('price_range');
    expect(kinds('Half Cut Mono Solar Panel 410W Black Frame\nUS $0.03 - $0.04 / Watt\n50000 Watts (Min. Order)')).toContain('price_range');
  });

  it('pass at real prices, and clones, packs and accessories keep their own floors', () => {
    expect(kinds('21700 Li-ion Cell 4800mAh 3.6V High Drain Grade A\nUS $1.90 - $2.40 / Piece\n200 Pieces (Min. Order)')).toEqual([]);
    expect(kinds('Samsung Galaxy S23 Ultra 256GB Unlocked Global Version Brand New Sealed Box\nUS $520.00 - $610.00 / Piece\n2 Pieces (Min. Order)')).toEqual([]);
    expect(kinds('S23 Ultra 7.3 inch Android Smartphone 16GB 1TB Dual SIM\nUS $62.00 - $78.00 / Piece\n1 Piece (Min. Order)')).toEqual([]);
    expect(kinds('Case for Samsung Galaxy S23 Ultra Shockproof Clear\nUS $0.45 - $0.80 / Piece\n50 Pieces (Min. Order)')).toEqual([]);
    expect(kinds('Outdoor Portable Power Station 1500W 1536Wh Camping Solar Generator\nUS $380.00 - $460.00 / Piece\n1 Piece (Min. Order)')).toEqual([]);
    expect(kinds('Frozen Chicken Paws Grade A Halal Certified\nUS $1,150 - $1,400 / Metric Ton\n25 Metric Tons (Min. Order)')).toEqual([]);
    expect(kinds('Half Cut Mono Solar Panel 410W Black Frame\nUS $0.11 - $0.14 / Watt\n50000 Watts (Min. Order)')).toEqual([]);
  });
});
