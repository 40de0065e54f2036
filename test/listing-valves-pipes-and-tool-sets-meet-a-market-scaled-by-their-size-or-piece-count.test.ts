import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';
import { nominalSize } from '../src/listing/rules.js';

/**
 * Goods whose market price follows a size in the title (reference-prices.yaml, session 39): a valve by its nominal size
 * (DN, inches or an outer diameter), a stainless tube priced per metre by the weight its diameter and wall give, a hand-tool
 * set by its piece count. A part of such goods (a valve's handle or seat, an empty tool case) is other goods, in either
 * language. Floors are developer estimates, flagged only below half.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a nominal size read from a title', () => {
  it('reads DN, inches, fractions and outer diameters as millimetres, the largest', () => {
    expect(nominalSize('Flanged Gate Valve DN300 PN16')).toBe(300);
    expect(nominalSize('Brass Ball Valve 3/4" BSP')).toBe(18.75);
    expect(nominalSize('Check Valve 1-1/2 inch NPT')).toBe(37.5);
    expect(nominalSize('碳钢无缝管 Φ114×6')).toBe(114);
    expect(nominalSize('Butterfly Valve DN50-DN200')).toBe(200);
    expect(nominalSize('Ball Valve in stock 2 in 1 kit')).toBe(0);
  });
});

describe('valves meet a market scaled by their size', () => {
  it('passes real prices of small and large valves, metal, plastic and actuated (en, zh)', () => {
    expect(kinds('Forged Brass Ball Valve 1/2" Female Thread Red Handle\nUS $1.10 - $1.45/Piece | 1000 Pieces(Min. Order)')).toEqual([]);
    expect(kinds('产品名称：球墨铸铁 软密封闸阀 DN250 PN16\n计量单位：台\n价格设置：区间价：$118.00 - $135.00/台\n最小起订量：5')).toEqual([]);
    expect(kinds('UPVC True Union Ball Valve DN25 for Irrigation\nUS $0.42 - $0.55/Piece | 2000 Pieces(Min. Order)')).toEqual([]);
    expect(kinds('Pneumatic Actuated Butterfly Valve DN100 Stainless Disc\nUS $78.00 - $96.00/Set | 2 Sets(Min. Order)')).toEqual([]);
  });

  it('flags a valve priced far under what its size costs (en, zh)', () => {
    expect(kinds('Cast Steel Globe Valve DN250 Flanged Class 150\nUS $4.80 - $7.20/Piece | 2 Pieces(Min. Order)')).toContain('price_range');
    expect(kinds('产品名称：不锈钢 止回阀 DN100 法兰连接\n计量单位：个\n价格设置：区间价：$1.10 - $1.90/个\n最小起订量：10')).toContain('price_range');
    expect(kinds('Motorized Ball Valve DN80 24V Electric Actuator\nUS $3.50 - $6.00/Set | 1 Set(Min. Order)')).toContain('price_range');
  });

  it('leaves a valve part alone at a part price (en, zh)', () => {
    expect(kinds('Gate Valve Handwheel DN200 Cast Iron Replacement\nUS $1.20 - $1.80/Piece | 100 Pieces(Min. Order)')).toEqual([]);
    expect(kinds('产品名称：蝶阀 阀座 EPDM DN300\n计量单位：个\n价格设置：区间价：$0.90 - $1.40/个\n最小起订量：50')).toEqual([]);
  });
});

describe('a stainless tube priced per metre meets its market by weight', () => {
  it('passes a real price per metre or foot and flags one far under the metal it holds', () => {
    // φ76×3 weighs about 5.4 kg a metre: $14 a metre is about $2.60 a kilogram.
    expect(kinds('316L Stainless Seamless Tube OD76 x 3mm ASTM A269\nUS $13.50 - $16.00/Meter | 60 Meters(Min. Order)')).toEqual([]);
    expect(kinds('316L Stainless Seamless Tube OD76 x 3mm ASTM A269\nUS $0.45 - $0.70/Meter | 60 Meters(Min. Order)')).toContain('price_range');
    expect(kinds('产品名称：304 不锈钢无缝管 DN80 化工用\n计量单位：米\n价格设置：区间价：$0.20 - $0.35/米\n最小起订量：100')).toContain('price_range');
    expect(kinds('304 Stainless Seamless Pipe 3 inch Sch10\nUS $1.40 - $1.90/Foot | 200 Feet(Min. Order)')).toEqual([]);
  });
});

describe('a hand-tool set meets a market scaled by its piece count', () => {
  it('passes real set prices and flags a set priced as a piece (en, zh)', () => {
    expect(kinds('82pcs Socket Wrench Set Chrome Vanadium with Plastic Case\nUS $9.80 - $12.50/Set | 200 Sets(Min. Order)')).toEqual([]);
    expect(kinds('产品名称：家用五金工具套装 25件\n计量单位：套\n价格设置：区间价：$3.20 - $3.90/套\n最小起订量：500')).toEqual([]);
    // Priced per set far under what its pieces cost: a false price. Labelled per piece at one piece's price: a false unit.
    expect(kinds('82pcs Socket Wrench Set Chrome Vanadium with Plastic Case\nUS $0.60 - $0.90/Set | 200 Sets(Min. Order)')).toContain('price_range');
    expect(kinds('产品名称：汽修 套筒扳手套装 150件\n计量单位：套\n价格设置：区间价：$1.20 - $2.00/套\n最小起订量：100')).toContain('price_range');
    expect(kinds('82pcs Socket Wrench Set Chrome Vanadium with Plastic Case\nUS $0.21/Piece | 1 Piece(Min. Order)')).toContain('price_unit');
  });

  it('leaves tool kits of other trades and empty tool cases alone', () => {
    expect(kinds('Manicure Tool Kit 12pcs Nail Clippers Set\nUS $0.20 - $0.28/Set | 500 Sets(Min. Order)')).toEqual([]);
    expect(kinds('Empty Tool Box Only 3 Layers Plastic Tool Organizer\nUS $0.90 - $1.20/Piece | 100 Pieces(Min. Order)')).toEqual([]);
  });
});
