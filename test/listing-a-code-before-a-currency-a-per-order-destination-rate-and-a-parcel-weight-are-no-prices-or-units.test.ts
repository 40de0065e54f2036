import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Legitimate look-alikes that were read as false prices: a grade or size code right before a currency that another amount
 * follows ("HOSO 21/25 USD 8.40", "VVS2 USD 380") is no amount in that currency; a destination's rate per order under a
 * freight template ("夏威夷：USD 22/单", "Hawaii: $22 per order") is no variant of the goods; and the weight of the parcel a
 * fee is for ("Shipping to Canada (2 pcs, 0.05 kg):") is no unit the goods are priced by.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('codes before a currency, per-order destination rates and parcel weights', () => {
  it('reads the amount after a grade or size code, not the code (backend zh and mixed)', () => {
    expect(kinds(['商品标题：Frozen Black Tiger Shrimp HOSO IQF', '价格区间：USD 6.20 - 8.40 / 千克', 'SKU 规格：HOSO 21/25 USD 8.40；HOSO 41/50 USD 7.10；HOSO 71/90 USD 6.20', '最小起订量：10000 千克', '运费模板：冷柜海运 CFR 报价'].join('\n'))).toEqual([]);
    expect(kinds(['商品标题：天然 钻石 裸钻 GIA 证书 1 克拉', '价格区间：USD 2800 - 4200 / 克拉', '计量单位：克拉', '最小起订量：1 克拉', 'SKU 规格：F 色 VVS2 USD 4200；G 色 VS1 USD 3400；H 色 SI1 USD 2800'].join('\n'))).toEqual([]);
  });

  it('passes a per-order rate for remote destinations under a free-shipping template (zh, en)', () => {
    expect(kinds(['商品标题：不锈钢 保温杯 500ml 双层 真空', '价格区间：USD 2.10 - 2.60 / 个', '最小起订量：10 个', '运费模板：美国包邮模板', '  美国本土：包邮', '  夏威夷 / 阿拉斯加：USD 22/单', '详情描述：304 不锈钢。'].join('\n'))).toEqual([]);
    expect(kinds(['Stainless Steel Vacuum Tumbler 500ml Double Wall', '$2.10 - $2.60 / Piece | 10 Pieces (Min. Order)', 'Shipping template: US free shipping', '  Mainland US: free', '  Hawaii / Alaska: $22 per order'].join('\n'))).toEqual([]);
  });

  it('passes the parcel weight a shipping row names', () => {
    expect(kinds(['Enamel Lapel Pin Custom Shape Stock Design', '$0.55 - $0.75 / Piece | 1 Piece (Min. Order)', 'Shipping to Canada (2 pcs, 0.05 kg):', '  Canada Post Small Packet  $4.10', '  UPS Express  $27.90'].join('\n'))).toEqual([]);
  });

  it('still flags a price per a sliver of a kilogram outside the shipping rows', () => {
    expect(kinds('Marble Mosaic Wall Tiles 300x300\n20000 - 99999 0.01 Square Meters\n$0.071\n>=100000 0.01 Square Meters\n$0.064\nShipping to United States (1 box, 18 kg): $95.00')).toContain('price_unit');
  });
});
