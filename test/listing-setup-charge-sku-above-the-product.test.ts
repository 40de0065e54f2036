import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A one-off customisation charge (a logo set-up, a mould, a printing plate) sold as a SKU costs more than one item by
 * nature: it is no placeholder. Postage set up as a SKU above the product, or a charge priced below it that sets the
 * headline price, is still filler.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a set-up charge SKU dearer than the product', () => {
  it('passes in either layout', () => {
    expect(kinds('Stainless Steel Tumbler 20oz Double Wall Insulated\nColor :\t\tSilver ...\t$2.10\t-\t0\t+\n\t\tMatte Black\t$2.10\t-\t0\t+\n\t\tNavy\t$2.10\t-\t0\t+\n\t\tLaser engraving setup fee\t$35.00\t-\t0\t+\nMin. Order: 100 Pieces')).not.toContain('sku_filler');
    expect(kinds('商品名称：硅胶 手机支架 定制\nSKU 规格与价格：\n  颜色=黑色  US $0.65\n  颜色=白色  US $0.65\n  颜色=灰色  US $0.65\n  颜色=开模费  US $300.00\n最小起订量：500 个')).not.toContain('sku_filler');
  });

  it('still flags postage set up as a dear SKU', () => {
    expect(kinds('Stainless Steel Tumbler 20oz Double Wall Insulated\nColor :\t\tSilver ...\t$2.10\t-\t0\t+\n\t\tMatte Black\t$2.10\t-\t0\t+\n\t\tNavy\t$2.10\t-\t0\t+\n\t\tExpress shipping fee\t$35.00\t-\t0\t+\nMin. Order: 100 Pieces')).toContain('sku_filler');
  });
});
