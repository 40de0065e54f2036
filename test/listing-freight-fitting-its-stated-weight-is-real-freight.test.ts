import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Heavy or bulky goods cost more to ship than they cost to buy: a cast-iron weight plate at $18 ships for $190. When the
 * shipping field states the weight and the fee is at an express rate or below per kilogram, the freight is real, not
 * product cost moved into it. A fee far above any rate for its weight, or freight many times penny goods, is still
 * flagged, and so is a fee with no weight that dwarfs the goods.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('freight with a stated weight', () => {
  it('passes at an express rate per kilogram, labelled or in parentheses', () => {
    expect(kinds('Cast Iron Weight Plate 25 kg Olympic\nUS$ 18.00 / Piece\nMin. Order: 1 Piece\nShipping: US$ 190.00 (gross weight 26 kg)')).toEqual([]);
    expect(kinds('商品标题：铸铁 杠铃片 25公斤\n价格：US$ 18.00/片\n起订量：1 片\n运费模板：US$ 190.00（约 26kg，快递）')).toEqual([]);
  });

  it('flags a fee far above any rate for its weight', () => {
    expect(kinds('Cast Iron Weight Plate 25 kg Olympic\nUS$ 18.00 / Piece\nMin. Order: 1 Piece\nShipping: US$ 1,900.00 (gross weight 26 kg)')).toContain('shipping');
  });

  it('flags freight many times penny goods, whatever its weight', () => {
    expect(kinds('Silicone Phone Case for Galaxy S24\nUS$ 0.02 / Piece\nMin. Order: 10 Pieces\nShipping: US$ 9.50 (weight 0.5 kg)')).toContain('shipping');
  });

  it('flags a fee with no weight that dwarfs the goods', () => {
    expect(kinds('Cast Iron Weight Plate 25 kg Olympic\nUS$ 1.80 / Piece\nMin. Order: 1 Piece\nShipping: US$ 190.00')).toContain('shipping');
  });
});
