import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A sample sent by the buyer's own courier ("运费到付", "freight collect" on the sample's line) has no freight of the
 * seller's its cost could move into, even when the page quotes freight for the goods' bulk orders (sea freight for a
 * pallet is not the sample's postage). A token sample with no word of who carries it is still a shipping finding.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a token sample sent freight collect', () => {
  it('passes beside sea freight quoted for the goods', () => {
    expect(kinds('商品名称：PVC 地板革 2mm 家用 PVC Floor Covering\n阶梯价：\n  ≥ 100 平方米   US $4.20\n  ≥ 1000 平方米  US $3.70\n最小起订量：100 平方米（约 200kg）\n样品：$0.01（A5 色卡小样，运费到付）\n运费：100 平方米 → 迪拜 海运拼箱 US $640')).not.toContain('shipping');
    expect(kinds('Galvanized Steel Wire Mesh Panel 2x1m\n50 - 499 Pieces  $6.80\n>= 500 Pieces    $6.10\nMin. Order: 50 Pieces\nSamples: $0.01/Piece (small cut piece, freight collect)\nShipping: 50 pieces to Rotterdam by sea LCL approx. US $520')).not.toContain('shipping');
  });

  it('is still a shipping finding when nothing says who carries the sample', () => {
    expect(kinds('商品名称：PVC 地板革 2mm 家用 PVC Floor Covering\n阶梯价：\n  ≥ 100 平方米   US $4.20\n  ≥ 1000 平方米  US $3.70\n最小起订量：100 平方米\n样品：$0.01\n运费：样品快递 US $45')).toContain('shipping');
  });
});
