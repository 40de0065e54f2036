import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * An accessory set sells its items singly as well: a charger or a battery beside a kit SKU that names it ("套装（2电池+充电器）",
 * "Kit with 2 batteries + charger") is the kit's own item, not filler. A give-away no SKU names is still filler.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a part named by a kit SKU', () => {
  it('passes', () => {
    expect(kinds('商品名称：Cordless Impact Wrench 18V Brushless\n计量单位：套\n最小起订量：10 套\nSKU 规格与价格：\n  单机（不含电池）  US$32.00\n  套装（2电池+充电器）  US$52.00\n  备用电池 4.0Ah  US$12.50\n  充电器  US$6.00')).not.toContain('sku_filler');
  });
  it('a thank-you card beside the kit is still filler', () => {
    expect(kinds('商品名称：Cordless Impact Wrench 18V Brushless\n计量单位：套\n最小起订量：10 套\nSKU 规格与价格：\n  单机（不含电池）  US$32.00\n  套装（2电池+充电器）  US$52.00\n  套装（1电池+充电器）  US$45.00\n  感谢卡  US$0.01')).toContain('sku_filler');
  });
});
