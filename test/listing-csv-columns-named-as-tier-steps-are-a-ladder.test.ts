import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A CSV export whose price columns name their quantity step as a tier or price ("tier_1_49, tier_50_499, tier_500_plus",
 * "price_10_99") is a ladder, one step per column (round 43): a last step at a tenth of the one before is a bait tier, and a
 * gentle ladder passes. Our own wordings.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('tier-step columns', () => {
  it('a cliff in the last column is a bait tier', () => {
    expect(kinds('title,unit,moq,tier_1_49,tier_50_499,tier_500_plus\nRoasted Cashew Nuts 500g pouch,Bag,1,7.40,6.90,0.69')).toEqual(['price_ladder']);
  });

  it('a gentle ladder passes', () => {
    const text = 'title,unit,moq,price_10_99,price_100_999,price_1000_plus\nRoasted Cashew Nuts 500g pouch,Bag,10,7.40,6.90,6.30';
    expect(checker.parse(text).tiers).toHaveLength(3);
    expect(kinds(text)).toEqual([]);
  });
});
