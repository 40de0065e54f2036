import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A copy from the product page can glue the cells of the price table together ("$2.10$1.95$0.02", "1 - 49 Rolls50 - 199
 * Rolls") or put the row of prices above the row of quantities. Both are still a ladder; model names stay whole.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);
const tiers = (t: string) => checker.parse(t).tiers.map((x) => [x.min, x.unit?.id, x.price.value]);

describe('cells glued together', () => {
  it('are split into tiers, and a cell cut to "Me..." is metres, not metric tons', () => {
    const text = 'Kraft Paper Tape 48mm\n1 - 49 Rolls50 - 199 Rolls200 - 999 Me...>=1000 Rolls\n$2.10$1.95$1.80$0.02\nMin. Order: 1 Roll';
    expect(tiers(text)).toEqual([
      [1, 'roll', 2.1],
      [50, 'roll', 1.95],
      [200, 'meter', 1.8],
      [1000, 'roll', 0.02],
    ]);
    expect(kinds(text)).toContain('price_ladder');
  });

  it('keep a gentle glued ladder legitimate', () => {
    expect(kinds('Silicone Baking Mat 40x30cm\n10 - 99 Pieces100 - 499 Pieces>=500 Pieces\nUS$1.60US$1.45US$1.30\nMin. Order: 10 Pieces')).toEqual([]);
  });

  it('leave model numbers whole', () => {
    expect(checker.parse('Used Komatsu PC200-8 Excavator\n$42,000.00 / Unit | 1 Unit (Min. Order)').title).toContain('PC200-8');
  });
});

describe('a row of prices above its row of quantities', () => {
  it('pairs each price with the quantity under it', () => {
    const text = '$56.00$52.00$0.30\n1 - 9 Sets\t10 - 99 Sets\t>=100 Sets\n无线 电钻 套装 Cordless Drill Set 12V\nMin. Order: 1 Set';
    expect(tiers(text)).toEqual([
      [1, 'set', 56],
      [10, 'set', 52],
      [100, 'set', 0.3],
    ]);
    expect(kinds(text)).toContain('price_ladder');
  });

  it('passes an honest ladder pasted the same way', () => {
    expect(kinds('$4.20$3.90$3.60\n2 - 99 Pieces\t100 - 999 Pieces\t>=1000 Pieces\nStainless Steel Water Bottle 750ml\nMin. Order: 2 Pieces')).toEqual([]);
  });
});
