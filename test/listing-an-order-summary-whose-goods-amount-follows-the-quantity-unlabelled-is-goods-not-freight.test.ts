import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A page's one-line order summary may give the goods amount right after the quantity with no label ("50 Pieces  $140.00
 * Shipping $0.00  Total $140.00", "40 个  $62.00  运费 $0.00  合计 $62.00"): that amount is the goods', not the freight of
 * the line that names shipping, so a free-shipping page showing freight 0 there is honest. Freight charged in the same
 * summary is still read.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('an order summary whose goods amount follows the quantity unlabelled', () => {
  it('is goods, not freight (en, zh)', () => {
    expect(kinds('Ready to Ship\nCollapsible Silicone Water Bottle 600ml\n$2.80 / Piece | 50 Pieces\nShipping: FREE (seller-paid, to US/UK)\n50 Pieces  $140.00  Shipping $0.00  Total $140.00')).toEqual([]);
    expect(kinds('现货\n折叠硅胶水杯 600ml\nUS$1.55 / 个 | 起订量 40 个\n运费：包邮（卖家承担）\n40 个  $62.00   运费 $0.00   合计 $62.00')).toEqual([]);
  });

  it('still reads freight charged in it beside free shipping', () => {
    expect(kinds('Ready to Ship\nCollapsible Silicone Water Bottle 600ml\n$2.80 / Piece | 50 Pieces\nShipping: FREE (seller-paid, to US/UK)\n50 Pieces  $140.00  Shipping $38.00  Total $178.00')).toContain('shipping');
  });
});
