import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Small versions of goods were measured against the full-size goods' floor (round 44, reference-prices.yaml): a folding or
 * dorm mini washer at $14 against a $60 washing machine, a 2 ml perfume sample vial at $0.30 against a $1 bottle of perfume.
 * Each now has its own category, as a mini fridge has; a bait price below the small goods' own floor is still flagged, and a
 * full-size washer at a mini washer's price still is.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('mini washers and perfume sample vials are measured against their own market', () => {
  it.each([
    'Perfume Sample Vial 2ml Eau de Parfum Long Lasting\n$0.25 - $0.40 / Piece | 100 Pieces (Min. Order)',
    '香水 小样 2ml 试管装 持久淡香\nUS$ 0.22 - 0.35 / 支 ｜ 200 支起订',
    '产品名称：迷你折叠洗衣机 宿舍用 便携\n计量单位：台\n价格：US$13.80 - US$16.50\n最小起订量：50 台',
    'Portable Mini Washing Machine Foldable Silicone 8L for Camping\n$11.50 - $14.00 / Piece | 20 Pieces (Min. Order)',
  ])('passes %s', (t) => {
    expect(checker.check(t).fake).toBe(false);
  });

  it.each([
    'Perfume Tester 3ml for Retail Counter\n$0.01 / Piece | 1 Piece (Min. Order)',
    'Mini Washing Machine Portable Foldable\n$1.20 - $1.60 / Piece | 10 Pieces (Min. Order)',
    'Fully Automatic Front Load Washing Machine 8kg Inverter\n$14.00 - $16.00 / Piece | 50 Pieces (Min. Order)',
  ])('flags %s', (t) => {
    expect(kinds(t)).toContain('price_range');
  });
});
