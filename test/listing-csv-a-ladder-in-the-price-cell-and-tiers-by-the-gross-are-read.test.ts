import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A CSV price cell holding a ladder ("50-499 gross: 4.20 | 500+ gross: 3.90") is the product's tiers, not one price with
 * its first steps lost; and a gross (twelve dozen) is a count goods are tiered and ordered in. An MOQ far below where
 * such a ladder starts is still false.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a ladder in a CSV price cell', () => {
  it('reads every step, in grosses', () => {
    const t = 'product_id,title,unit,moq,price_usd\n1600000000001,"Wooden Pencils HB Natural Unsharpened",Gross,50,"50-499 gross: 4.20 | 500+ gross: 3.90"';
    expect(checker.parse(t).tiers.map((x) => [x.min, x.price.value, x.unit?.id])).toEqual([
      [50, 4.2, 'gross'],
      [500, 3.9, 'gross'],
    ]);
    expect(kinds(t)).toEqual([]);
  });

  it('still flags an MOQ far below the first step', () => {
    expect(kinds('product_id,title,unit,moq,price_usd\n1600000000001,"Wooden Pencils HB Natural Unsharpened",Gross,1,"500-4999 gross: 4.20 | 5000+ gross: 3.90"')).toContain('moq');
  });
});
