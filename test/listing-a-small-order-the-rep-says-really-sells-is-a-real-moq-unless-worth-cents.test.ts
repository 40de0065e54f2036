import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A rep who says an order as small as the MOQ shown really sells ("我们真的 1 克也卖（尝鲜装）", "yes we also sell 1 g trial
 * vials") states a real small order of dear goods priced by the gram: an order worth most of a dollar is no unit cut down
 * nor a false MOQ (round 43). Without those words, or for an order worth cents, it still is. Our own wordings.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a small order the rep says really sells', () => {
  it('passes when it is worth more than cents', () => {
    expect(kinds('藏红花我们真的 1 克也卖（尝鲜装），所以起订量填 1 克，$0.90/克，500克装 $0.72/克')).toEqual([]);
    expect(kinds('saffron threads: MOQ 1 gram at $0.85/g, yes we also sell 1 g trial vials, bulk 1kg is $0.70/g')).toEqual([]);
  });

  it('is still flagged unsaid, or worth cents', () => {
    expect(kinds('saffron threads: MOQ 1 gram at $0.85/g')).toEqual(expect.arrayContaining(['moq', 'price_unit']));
    expect(kinds('绿茶 起订量写 1 克，$0.04/克，我们 1 克也卖')).toEqual(expect.arrayContaining(['moq', 'price_unit']));
  });
});
