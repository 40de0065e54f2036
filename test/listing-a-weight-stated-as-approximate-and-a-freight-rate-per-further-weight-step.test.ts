import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * The backend form's 物流 lines state what a parcel weighs ("50 片 含包装约 0.9 kg"): an approximate weight is a
 * measurement, not a unit cut to a fraction to make the price look small. Its freight template states a first weight
 * and a rate for each further step ("首重 0.5kg US$25，续重每 0.5kg US$8"): that rate is a price per its weight, and one
 * far above any international rate per kilogram moves the goods' price into the freight.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('backend freight lines', () => {
  it('an approximate parcel weight is no fractional unit', () => {
    expect(kinds('商品名称：Phone Case Silicone for iPhone 15\n计量单位：个\n最小起订量：50 个\n阶梯价：≥50 US$0.40；≥500 US$0.32\n物流：\n  50 个 含包装约 0.8 kg\n  运费：DHL 约 US$26 (美国)，按实际重量计算')).toEqual([]);
  });

  it('a further-weight rate is read per its weight', () => {
    const base = '商品名称：Foldable Camping Chair Aluminium\n计量单位：把\n最小起订量：1 把\n价格：US$18.00 / 把\n物流：\n  单位重量：4 kg\n  运费模板：按重量计费 ';
    expect(kinds(base + '首重 0.5kg US$22，续重每 0.5kg US$6')).not.toContain('shipping');
    expect(kinds(base + '首重 0.5kg US$40，续重每 0.5kg US$40')).toContain('shipping');
  });
});
