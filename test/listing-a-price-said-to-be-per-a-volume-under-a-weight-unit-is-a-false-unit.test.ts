import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A page whose unit is a weight while its remark says the price is per a small volume ("Unit of measure: Kilogram" over
 * "3.80 = price per 15ml bottle"), or the reverse, shows the price in a unit it is not for: a gram is about a millilitre,
 * so 15 ml is a sixtieth of a kilogram (round 43). A weight and a volume about the same size ("per kg, about 1.1 L") are
 * no false unit. Our own wordings.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a weight shown and a volume priced', () => {
  it('far apart is a false unit', () => {
    expect(kinds('Product: Tea Tree Essential Oil Pure\nUnit of measure: Kilogram\nPrice: USD 3.80\nRemark: 3.80 = price per 15ml bottle (no bottle unit in the system)')[0]).toBe('price_unit');
  });

  it('about the same size is none', () => {
    expect(kinds('Product: Coconut Oil Virgin\nUnit of measure: Liter\nPrice: USD 4.20\nRemark: price per kg, about 1.1 L')).toEqual([]);
  });
});
