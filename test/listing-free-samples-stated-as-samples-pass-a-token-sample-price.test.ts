import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A page that gives its samples free ("swatch cards free", "样品免费") shows a $0.01 sample price as the free sample's
 * placeholder in the order form: no sample cost moves into freight. A token sample on a page that says nothing of free
 * samples is still a shipping finding.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('free samples stated as samples', () => {
  it('pass a token sample price', () => {
    expect(kinds('Linen Cotton Blend Fabric 55/45 Slub 145cm Width\n$2.40 - $2.90 / Meter | 500 Meter/Meters (Min. Order)\n500 - 2999 Meters  $2.90\n>= 3000 Meters  $2.40\nSamples: $0.01/Meter | 1 Meter (Min. Order)  Buy Samples\n  - colour cards free, hanger samples on request')).not.toContain('shipping');
    expect(kinds('商品名称：亚麻棉混纺面料 竹节 145cm\n阶梯价：500-2999 米 US $2.90；≥3000 米 US $2.40\n最小起订量：500 米\n样品：$0.01 / 米（色卡样品免费）')).not.toContain('shipping');
  });

  it('leave a token sample flagged when nothing says the samples are free', () => {
    expect(kinds('Linen Cotton Blend Fabric 55/45 Slub 145cm Width\n$2.40 - $2.90 / Meter | 500 Meter/Meters (Min. Order)\n500 - 2999 Meters  $2.90\n>= 3000 Meters  $2.40\nSamples: $0.01/Meter | 1 Meter (Min. Order)  Buy Samples')).toContain('shipping');
  });
});
