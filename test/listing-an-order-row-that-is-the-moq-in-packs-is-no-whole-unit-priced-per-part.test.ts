import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * An order row that prices one drum, bag or roll at exactly the MOQ's quantity times the price shown ("$1.10 / Kilogram | 250
 * Kilograms (Min. Order)" over "1 drum Details $275.00") is the MOQ order counted in packs: the price per kilogram is the real
 * one, not a part of the unit sold (round 42, t42). A set row priced far above its pieces is still a price per part. Our own
 * wordings.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('an order row in packs', () => {
  it('that is the MOQ order passes', () => {
    expect(kinds('Glycerin USP 99.7% Liquid, 250kg Drum\n$1.10 / Kilogram | 250 Kilograms (Min. Order)\n1 drum  Details  $275.00\nShipping (Sea, LCL)  $310.00\nTotal  $585.00')).toEqual([]);
  });

  it('while a set row far above the price per piece is still flagged', () => {
    expect(kinds('Acacia Patio Dining Table and Chairs 5 Piece Set\nUS $31.00 / Piece | 1 Set (Min. Order)\n1 Set  Details\t$420.00')).toContain('price_unit');
  });
});
