import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Goods decorated with the buyer's design by decal, sublimation, heat transfer, pad or screen printing (丝印, 热转印, 烤花) are
 * made to order: a small run is set up and decorated by hand, so a ladder that falls steeply at its first step and then
 * steadily with its quantity is volume pricing. A cliff after gentle steps is still a bait tier.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('goods decorated by a printing method named in the listing', () => {
  it('fall steeply with their quantity as volume pricing (mixed message, en page)', () => {
    expect(kinds('tumbler 阶梯 48 pcs $3.20 / 600 pcs $1.10 / 6000 pcs $0.66，买家问为什么差这么多，小单手工 sublimation，大单上机器')).toEqual([]);
    expect(kinds('Home > Drinkware > Tumblers\nStainless Tumbler 20oz Pad Printing Your Artwork\n48 - 599 Pieces $3.20\n600 - 5999 Pieces $1.10\n>= 6000 Pieces $0.66\n48 Pieces (Min. Order)')).toEqual([]);
    expect(kinds('首页 > 餐具 > 陶瓷杯\n陶瓷马克杯 热转印 来图印照片 11oz\n48-599个 US $3.20\n600-5999个 US $1.10\n≥6000个 US $0.66\n起订量：48个')).toEqual([]);
  });

  it('still flag a cliff after gentle steps', () => {
    expect(kinds('Home > Drinkware > Tumblers\nStainless Tumbler 20oz Pad Printing Your Artwork\n48 - 599 Pieces $3.20\n600 - 5999 Pieces $3.00\n>= 6000 Pieces $0.40\n48 Pieces (Min. Order)')).toContain('price_ladder');
  });
});
