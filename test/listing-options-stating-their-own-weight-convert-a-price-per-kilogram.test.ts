import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Options that state what one of them weighs or measures ("300m（约 3kg）", "(approx. 2.5 kg)") let a buyer convert a price
 * per kilogram quoted elsewhere on the page (another roll size, a bulk rate) to the rolls the MOQ counts, as a "1卷=约3kg"
 * line would: no price in a unit that cannot be converted. Without any stated weight the odd unit is still flagged.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('options stating their own weight', () => {
  it('convert a price per kilogram elsewhere on the page', () => {
    expect(kinds('商品名称：PE 保护膜 透明 自粘 60cm Protective Film Roll\n价格：US $2.40 - $3.10 / 卷\n最小起订量：500 卷\nSKU 规格与价格：\n  60cm×50μ×100m（约 2.8kg）$2.40\n  60cm×50μ×200m（约 5.5kg）$3.10\n另：大卷按公斤报价 US $1.60/kg\n运费：海运')).not.toContain('price_unit');
  });

  it('leave the odd unit flagged when no option states a weight', () => {
    expect(kinds('商品名称：PE 保护膜 透明 自粘 60cm Protective Film Roll\n价格：US $2.40 - $3.10 / 卷\n最小起订量：500 卷\nSKU 规格与价格：\n  60cm×50μ×100m $2.40\n  60cm×50μ×200m $3.10\n另：大卷按公斤报价 US $1.60/kg\n运费：海运')).toContain('price_unit');
  });
});
