import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A heading that names the ladder by its steps or its buyers ("Tier pricing", "Bulk pricing", "Quantity price (USD):", "Price
 * breaks", "价格阶梯") over indented rows of a range and a bare amount is a price ladder in US dollars, as "Tiered price:" is;
 * and a yard is written "yd" / "yds" as often as in full. Our own wordings (round 46).
 */
const checker = createListingChecker({ arbiter: false });
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a ladder heading named by its steps or buyers', () => {
  it('a last step at a tenth of the others is a bait tier', () => {
    expect(kinds('Bulk pricing\n  10-199 sets:   8.40\n  200-999 sets:  7.90\n  >=1000 sets:   0.79\nProduct: Ceramic dinner plate set')).toEqual(['price_ladder']);
    expect(kinds('Price breaks\n  100-499 rolls: 12.50\n  500-999 rolls: 11.80\n  1000+ rolls: 1.18\nName: Kraft packing tape 48mm')).toEqual(['price_ladder']);
  });

  it('a gentle ladder under such a heading is read and passes', () => {
    const text = 'Quantity price (USD):\n  1 - 49 pcs      4.20\n  50 - 499 pcs    3.80\n  >= 500 pcs      3.40\nItem: canvas tote bag';
    expect(checker.parse(text).tiers.map((t) => t.price.usd)).toEqual([4.2, 3.8, 3.4]);
    expect(kinds(text)).toEqual([]);
  });
});

describe('a yard written yd', () => {
  it('a ladder by the yard in a sentence is read step by step', () => {
    const tiers = checker.parse('corduroy tiers: 800-2999 yds $3.10, 3000-7999 $2.95, 8000+ $0.29').tiers;
    expect(tiers.map((t) => [t.min, t.price.usd])).toEqual([[800, 3.1], [3000, 2.95], [8000, 0.29]]);
  });

  it('a gentle one passes', () => {
    expect(kinds('corduroy tiers: 800-2999 yds $3.10, 3000-7999 yds $2.95, 8000+ yds $2.80')).toEqual([]);
  });
});
