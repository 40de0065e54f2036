import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A bicycle helmet or a bicycle tyre is goods of its own: a kids' helmet at $4 or a 26" MTB tyre at $2.50 is its trade's
 * price, not a bicycle's far under the market (reference-prices.yaml bicycle excludes them, and their own categories
 * carry their floors: a helmet from about $3, a full-face downhill helmet from about $18, a tyre from about $1.20).
 * Far under those floors the range is still false.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a bicycle helmet or tyre meets its own market', () => {
  it('passes at its trade price (en, zh)', () => {
    expect(kinds('Toddler Bike Helmet Dinosaur Pattern\nUS $3.90 - $4.60/Piece | 300 Pieces(Min. Order)')).toEqual([]);
    expect(kinds('产品名称：骑行头盔 公路车 一体成型 透气\n计量单位：个\n价格设置：区间价：$6.20 - $7.10/个\n最小起订量：100')).toEqual([]);
    expect(kinds('Folding Bike Tire 20x1.75 Kevlar Bead\nUS $2.10 - $2.60/Piece | 200 Pieces(Min. Order)')).toEqual([]);
    expect(kinds('产品名称：山地车外胎 27.5x2.1 防刺\n计量单位：条\n价格设置：区间价：$3.20 - $3.80/条\n最小起订量：300')).toEqual([]);
  });

  it('is flagged far under its own floor', () => {
    expect(kinds('Toddler Bike Helmet Dinosaur Pattern\nUS $0.55 - $0.70/Piece | 300 Pieces(Min. Order)')).toContain('price_range');
    expect(kinds('Enduro Full Face MTB Helmet Downhill Helmet Carbon Look\nUS $4.20 - $5.10/Piece | 50 Pieces(Min. Order)')).toContain('price_range');
    expect(kinds('Folding Bike Tire 20x1.75 Kevlar Bead\nUS $0.18 - $0.25/Piece | 200 Pieces(Min. Order)')).toContain('price_range');
  });

  it('leaves a bicycle itself under the bicycle floor', () => {
    expect(kinds('Kids Bicycle 16 inch with Training Wheels\nUS $2.50 - $3.10/Piece | 100 Pieces(Min. Order)')).toContain('price_range');
  });
});
