import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Rows whose "quantity" is a size range ("16-20 inch", "40-60 cm") priced per gram or per piece are the goods' options,
 * not volume tiers: a longer size costing more is no ladder that rises with the quantity.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('size ranges priced in another unit', () => {
  it('reads them as options and passes the listing', () => {
    const text = 'Clip In Hair Extensions Remy Brazilian\nPrice by length:\n  12-16 inch  $0.60/g\n  18-22 inch  $0.85/g\n  24-28 inch  $1.20/g\nMOQ: 100 Grams';
    expect(checker.parse(text).tiers).toEqual([]);
    expect(checker.parse(text).skus.length).toBe(3);
    expect(kinds(text)).toEqual([]);
  });

  it('keeps quantity ranges in grams as tiers, and a rising one is still flagged', () => {
    const text = 'Clip In Hair Extensions Remy Brazilian\n100-499 g  $0.60/g\n500-999 g  $0.85/g\n>=1000 g  $1.20/g\nMOQ: 100 Grams';
    expect(checker.parse(text).tiers.length).toBe(3);
    expect(kinds(text)).toContain('price_ladder');
  });
});
