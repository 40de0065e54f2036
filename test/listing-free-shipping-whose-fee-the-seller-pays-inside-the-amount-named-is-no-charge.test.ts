import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A rep saying the free shipping is real because the seller pays the fee and it sits inside the amount named ("it's rolled
 * into the $2.40", "we absorb the Cainiao logistics fee ourselves") names the goods' price, not a freight charged above a
 * free one (round 43). Freight the buyer pays after payment beside free shipping is still flagged. Our own wordings.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('free shipping the seller pays inside the price', () => {
  it('the fee folded into the amount itself', () => {
    expect(kinds('phone cases w/ free shipping are genuinely free, we absorb the Cainiao logistics fee ourselves - it is rolled into the $2.40')).toEqual([]);
    expect(kinds('silk scrunchies: the free shipping is real, it is folded into the $0.95')).toEqual([]);
  });

  it('while freight billed after payment beside free shipping is still a shipping finding', () => {
    expect(kinds('candle jars listed with free shipping, but the buyer is charged $2.60 shipping per piece after payment')).toEqual(['shipping']);
  });
});
