import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

const checker = createListingChecker();

describe('samples and whole units the page sizes itself', () => {
  it('reads a sample quantity written before its amount and compares the sample per that unit', () => {
    const text = ['Loose Dried Rose Buds Organic Flower Tea Wholesale by Weight', '500 - 1999 Grams\t2000 - 9999 Grams\t>=10000 Grams', '$0.06\t$0.05\t$0.045', 'Min. Order: 500 Grams', 'Samples: trial 50g pouch $4.50'].join('\n');
    const s = checker.parse(text).sample;
    expect(s?.unit?.id).toBe('gram');
    expect(s?.price.usd).toBeCloseTo(0.09, 3);
    expect(checker.check(text).verdict).toBe('ok');
  });

  it('passes a per-gram price whose sample is a whole unit the page sizes in grams ("1 bundle = 100g")', () => {
    const text = ['Remy Human Hair Weft Straight 12A Double Drawn', '100 - 499 Grams\t500 - 1999 Grams\t>=2000 Grams', '$0.95\t$0.90\t$0.86', '1 bundle = 100g', 'Samples: $92.00/Bundle | 1 Bundle (Min. Order)'].join('\n');
    expect(checker.parse(text).unitSizes?.[0]).toMatchObject({ qty: 100 });
    expect(checker.check(text).findings.map((f) => f.kind)).not.toContain('price_unit');
  });

  it('still flags a per-gram price whose whole unit, at the size the page states, costs far more', () => {
    const text = ['Remy Human Hair Weft Straight 12A Double Drawn', '100 - 499 Grams\t500 - 1999 Grams\t>=2000 Grams', '$0.09\t$0.08\t$0.07', '1 bundle = 100g', 'Samples: $92.00/Bundle | 1 Bundle (Min. Order)'].join('\n');
    expect(checker.check(text).findings.map((f) => f.kind)).toContain('price_unit');
  });
});
