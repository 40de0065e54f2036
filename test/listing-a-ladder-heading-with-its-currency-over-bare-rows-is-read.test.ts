import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * The ladder's own name as a heading, its currency and unit in brackets ("阶梯价 tiered (USD/Meter):", "Tiered price:"), over
 * indented rows of a range and a bare amount ("  100-999: 1.85", "  1 - 49 pcs      4.20"), is a price ladder in US dollars
 * (round 43): a last step at a hundredth is a bait tier, a gentle ladder passes. Our own wordings.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a ladder heading over bare rows', () => {
  it('a cliff is a bait tier', () => {
    expect(kinds('Product: Satin ribbon 水溶 25mm\n阶梯价 tiered (USD/Meter):\n 100-999: 1.85\n 1000-4999: 1.70\n >=5000: 0.018')).toEqual(['price_ladder']);
  });

  it('a gentle ladder passes', () => {
    const text = 'Product: Blank Canvas Tote 12oz\nTiered price:\n  1 - 49 pcs      4.20\n  50 - 499 pcs    2.80\n  500 - 4999 pcs  2.10\n  >= 5000 pcs     1.60';
    expect(checker.parse(text).tiers).toHaveLength(4);
    expect(kinds(text)).toEqual([]);
  });
});
