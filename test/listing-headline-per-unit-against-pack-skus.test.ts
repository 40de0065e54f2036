import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A headline priced per metre, kilogram or litre is compared with SKUs that hold several of that unit ("10m roll",
 * "25kg bag", "5升桶") per unit: $0.60 a metre is the real price of a $6.00 ten-metre roll. A SKU with no such measure
 * is compared as it stands, so a headline far below every price on the page is still a price_range finding.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a per-unit headline over SKUs sold as rolls or bags of that unit', () => {
  it('passes when the SKUs come to the headline per unit', () => {
    expect(kinds('PVC Edge Banding Tape 22mm Woodgrain\n$0.60 - $0.75 / Meter | 10 Meters (Min. Order)\nLength:\t10m roll\t$6.00\n\t50m roll\t$29.00\n\tTrimmer tool\t$4.20')).not.toContain('price_range');
    expect(kinds('商品名称：食品级 白砂糖 细砂\n价格区间：US $0.90 - $1.10 / kg\nSKU 规格与价格：\n  规格=5公斤袋  US $5.00\n  规格=25公斤袋  US $23.50\n最小起订量：5 kg')).not.toContain('price_range');
  });

  it('still flags a headline that no SKU comes to per unit', () => {
    expect(kinds('PVC Edge Banding Tape 22mm Woodgrain\n$0.06 - $0.75 / Meter | 10 Meters (Min. Order)\nLength:\t10m roll\t$6.00\n\t50m roll\t$29.00\n\tTrimmer tool\t$4.20')).toContain('price_range');
  });
});
