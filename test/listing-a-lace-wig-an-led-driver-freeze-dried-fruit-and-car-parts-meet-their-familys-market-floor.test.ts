import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Session 38 (issue 15, market-knowledge misses): product families whose floor every trader knows, written as data
 * (reference-prices.yaml) by family, not by item: lace-front human-hair wigs by their length, LED drivers by their wattage,
 * full-face bicycle helmets, freeze-dried and dried tropical fruit, floor tiles named in the singular, car parts (A/C
 * compressors, starters, turbochargers, headlamp assemblies, brake discs, floor jacks), lead-acid batteries by their kWh,
 * MPPT controllers by their amperes, GPS trackers, shrimp. Each is flagged only far below its floor; a real price passes,
 * and so do the cheaper goods of a neighbouring family (a driver board, a road helmet, a drill "driver", a bike frame).
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);
const page = (title: string, price: string, moq: string) => `${title}\n${price} | ${moq} (Min. Order)\nLead Time: 20 days`;

describe('a family far below its floor is a false price range', () => {
  it('a 22-inch lace frontal human hair wig at $11-$16', () => {
    expect(kinds(page('13x6 Lace Frontal Human Hair Wig 22 inch Deep Wave Peruvian', 'US $11.00 - $16.00/Piece', '2 Pieces'))).toContain('price_range');
  });
  it('a lace front wig of real hair named in Chinese at $5', () => {
    expect(kinds('商品名称：13x4 蕾丝前头套 真人发 18寸 直发\n计量单位：顶\n价格：US $5.00 - $7.50/顶\n最小起订量：1 顶')).toContain('price_range');
  });
  it('a 200 W waterproof LED driver at $1.10', () => {
    expect(kinds(page('24V 200W Constant Voltage LED Driver IP67 Waterproof Outdoor', 'US $1.10 - $1.40/Piece', '100 Pieces'))).toContain('price_range');
  });
  it('a full-face downhill bike helmet at $4', () => {
    expect(kinds(page('Full Face Downhill Bike Helmet Enduro ASTM Certified', 'US $4.10 - $5.20/Piece', '100 Pieces'))).toContain('price_range');
  });
  it('freeze-dried mango at $1.50 a kilogram', () => {
    expect(kinds('Product: Freeze Dried Mango Dices FD Fruit\nPrice: US $1.50 - $1.90 / Kilogram\nMOQ: 200 Kilograms')).toContain('price_range');
  });
  it('dried pineapple at $0.30 a kilogram', () => {
    expect(kinds('产品名称: 菠萝干 无添加\n计量单位: 公斤\n价格: US $0.30 - $0.38/公斤\n最小起订量: 1000 公斤')).toContain('price_range');
  });
  it('a glazed floor tile in the singular at $0.40 a square metre', () => {
    expect(kinds(page('Glazed Porcelain Floor Tile 800x800 Polished', 'US $0.40 - $0.55/Square Meter', '500 Square Meters'))).toContain('price_range');
  });
  it('a turbocharger at $12', () => {
    expect(kinds(page('Turbocharger GT2256V for Ford Transit 2.4 TDCi', 'US $12.00 - $15.00/Piece', '2 Pieces'))).toContain('price_range');
  });
  it('a car A/C compressor at $7', () => {
    expect(kinds('新品：汽车空调压缩机 适用大众速腾 1.4T，价格 $7.20/个 起订 4 个，帮看下标题')).toContain('price_range');
  });
  it('a 12 V 200 Ah gel battery at $3', () => {
    expect(kinds(page('12V 200Ah Gel Battery Deep Cycle for Solar Storage', 'US $3.00 - $4.00/Piece', '10 Pieces'))).toContain('price_range');
  });
  it('an 80 A MPPT controller at $2.50', () => {
    expect(kinds(page('MPPT Solar Charge Controller 80A 12/24V LCD', 'US $2.50 - $3.20/Piece', '5 Pieces'))).toContain('price_range');
  });
});

describe('a Chinese title naming the vehicle it fits first', () => {
  it('适用<车型> then the part: the part meets its market', () => {
    expect(kinds('首页 > 汽车配件 > 制动系统\n适用本田雅阁 2018-2022 后刹车盘 42510-TVA-A00 灰铸铁\nUS $0.70 - $1.10 / 件｜20 件（最小起订量）')).toContain('price_range');
  });
  it('the same part at a real price passes', () => {
    expect(kinds('首页 > 汽车配件 > 制动系统\n适用本田雅阁 2018-2022 后刹车盘 42510-TVA-A00 灰铸铁\nUS $14.00 - $17.50 / 件｜20 件（最小起订量）')).toEqual([]);
  });
  it('a car A/C compressor is no air conditioner, at a real price', () => {
    expect(kinds('汽车空调压缩机 适用丰田凯美瑞 2.5L\nUS $68.00 - $85.00 / 个｜4 个（最小起订量）')).toEqual([]);
  });
});

describe('real prices and neighbouring families pass', () => {
  it('a 22-inch lace frontal wig at $95', () => {
    expect(kinds(page('13x6 Lace Frontal Human Hair Wig 22 inch Deep Wave Peruvian', 'US $95.00 - $120.00/Piece', '1 Piece'))).not.toContain('price_range');
  });
  it('a synthetic lace wig at $6', () => {
    expect(kinds(page('Synthetic Lace Front Wig Heat Resistant Fiber 22 inch', 'US $6.00 - $7.50/Piece', '5 Pieces'))).not.toContain('price_range');
  });
  it('a 200 W LED driver at $14', () => {
    expect(kinds(page('24V 200W Constant Voltage LED Driver IP67 Waterproof Outdoor', 'US $14.00 - $16.50/Piece', '100 Pieces'))).not.toContain('price_range');
  });
  it('a bulb driver board at $0.18', () => {
    expect(kinds(page('Non-isolated 5-12W LED Driver Board for Bulb', 'US $0.16 - $0.18/Piece', '5,000 Pieces'))).not.toContain('price_range');
  });
  it('a cordless drill driver with an LED at $9', () => {
    expect(kinds(page('12V Cordless Drill Driver with LED Work Light', 'US $9.00 - $11.00/Set', '10 Sets'))).not.toContain('price_range');
  });
  it('a road bike helmet at $6', () => {
    expect(kinds(page('Adult Road Bike Helmet In-Mold EPS CE EN1078', 'US $6.00 - $7.20/Piece', '100 Pieces'))).not.toContain('price_range');
  });
  it('freeze-dried strawberries at $16 a kilogram', () => {
    expect(kinds('Product: Freeze Dried Strawberry Slices FD\nPrice: US $16.00 - $19.00 / Kilogram\nMOQ: 100 Kilograms')).not.toContain('price_range');
  });
  it('a rustic floor tile at $3 a square metre', () => {
    expect(kinds(page('Rustic Matt Ceramic Floor Tile 400x400 Anti-slip', 'US $3.00 - $3.40/Square Meter', '1,000 Square Meters'))).not.toContain('price_range');
  });
  it('a carbon road bike frame with a disc brake mount is no brake disc', () => {
    expect(kinds(page('Carbon Road Bike Frame Disc Brake 700C', 'US $260.00 - $320.00/Piece', '1 Piece'))).not.toContain('price_range');
  });
  it('a 12 V 7 Ah lead-acid battery at $5', () => {
    expect(kinds(page('12V 7Ah Sealed Lead Acid Battery for Alarm', 'US $4.90 - $5.60/Piece', '100 Pieces'))).not.toContain('price_range');
  });
});
