import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Legitimate listings that looked false: free weights priced per kilogram under a "Gym Equipment" label (the label is
 * no machine), Chinese wire named by its metal (铜线, 钢丝) with the use it serves (电机绕组用) in the title, container
 * freight beside goods priced per metre with an MOQ of one container, and a kit SKU that states its piece count in
 * parentheses among single parts. Each still flags its false look-alike.
 */
const checker = createListingChecker();
const kinds = (t: string) => [...new Set(checker.check(t).findings.map((f) => f.kind))];

describe('priced by weight', () => {
  it('passes free weights and wire sold by the kilogram', () => {
    expect(kinds('Rubber Coated Hex Dumbbell 2.5-50kg Fitness Equipment\n\n$1.30 / Kilogram | 1000 Kilograms (Min. Order)\n')).toEqual([]);
    expect(kinds('商品名称：镀锌钢丝 2.0mm 捆扎用 电机厂适用\n计量单位：千克\n价格：US$1.05 / 千克\n最小起订量：1000 千克')).toEqual([]);
  });
  it('still flags a machine or an appliance priced per kilogram', () => {
    expect(kinds('Commercial Treadmill Motorized Gym Machine 3HP\n\n$4.50 / Kilogram | 100 Kilograms (Min. Order)\n')).toContain('price_unit');
  });
});

describe('an MOQ of whole containers', () => {
  it('passes ocean freight beside goods priced per metre', () => {
    expect(kinds('Granite Paving Stone Kerb G654 Dark Grey Bush Hammered\n\n$9.80 / Meter | 1 Twenty-Foot Container (Min. Order)\n\nShipping: $1,900.00 (estimated sea freight to Antwerp)\n')).toEqual([]);
  });
  it('still flags freight far above goods with an MOQ in pieces', () => {
    expect(kinds('Granite Paving Stone Kerb G654 Dark Grey Bush Hammered\n\n$9.80 / Meter | 1 Meter (Min. Order)\n\nShipping: $1,900.00\n')).toContain('shipping');
  });
});

describe('a kit SKU with its count in parentheses', () => {
  it('is compared per piece among single parts', () => {
    expect(kinds('商品名称：十字绣工具 批发\nSKU规格与价格：\n  绣花针（单支）：US$0.01\n  穿针器：US$0.03\n  剪线刀：US$0.12\n  工具收纳盒（120件）：US$1.80\n最小起订量：500 件')).toEqual([]);
  });
  it('still flags a give-away among products', () => {
    expect(kinds('商品名称：不锈钢保温杯 500ml\nSKU规格与价格：\n  黑色：US$3.40\n  白色：US$3.40\n  蓝色：US$3.50\n  感谢卡：US$0.01\n最小起订量：50 件')).toContain('sku_filler');
  });
});
