import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * The briefing's $0.01 sample moves the sample's cost into its freight. When the buyer's own courier carries the
 * sample ("freight collect", "运费到付") and the page sets no freight, there is no freight to hide it in; a token
 * sample with the seller's freight on the page is still a shipping finding.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a token sample price', () => {
  it('passes when the buyer arranges the courier and no freight is stated', () => {
    expect(kinds('Custom Printed Paper Coffee Cups 8oz\n5000 - 19999 Pieces   $0.38\n>=20000 Pieces   $0.31\nSample: $0.01 / Piece, freight collect\nMin. Order: 5000 Pieces')).not.toContain('shipping');
    expect(kinds('商品名称：不锈钢 保温杯 500ml\n阶梯价：100-499 个 US $3.20；≥500 个 US $2.90\n样品：US $0.01（运费到付）\n最小起订量：100 个')).not.toContain('shipping');
  });

  it('is still a shipping finding without the buyer paying the courier', () => {
    expect(kinds('商品名称：不锈钢 保温杯 500ml\n阶梯价：100-499 个 US $3.20；≥500 个 US $2.90\n样品：US $0.01\n最小起订量：100 个')).toContain('shipping');
  });
});
