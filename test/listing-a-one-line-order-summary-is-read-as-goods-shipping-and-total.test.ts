import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A buyer's page ends in a one-line order summary: "20 Pieces  Details $112.00  Shipping $0.00  Total $112.00"
 * (明细 / 运费 / 合计). Its first amount is the goods', not the freight of the line that names shipping: a page that
 * ships free and shows freight 0 there is honest. Written in our own words after the class seen on listings-s25.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a one-line order summary', () => {
  it('reads the goods, the freight and the total apart, in English and Chinese', () => {
    const en = checker.parse('Ready to Ship  Free shipping\nSilicone Baking Mat 40x60cm\n$3.10 / Piece | 50 Pieces (Min. Order)\nShipping: Free shipping to Canada via Alibaba.com Logistics\n50 Pieces  Details $155.00   Shipping $0.00   Total $155.00');
    expect(en.shipping.map((s) => s.amount.usd)).toEqual([0]);
    expect(en.order?.subtotal.usd).toBe(155);
    expect(en.order?.qty).toBe(50);
    expect(en.total?.usd).toBe(155);
    const zh = checker.parse('现货 | 快速发货\n加厚硅胶隔热垫\nUS $0.80 - $1.10 / 个 | 20 个（起订量）\n运费：满 US $50 免运费\n20 个  明细 $16.00  运费 $6.50  合计 $22.50');
    expect(zh.shipping.map((s) => s.amount.usd)).toEqual([6.5]);
    expect(zh.order?.subtotal.usd).toBe(16);
    expect(zh.total?.usd).toBe(22.5);
  });

  it('passes free shipping with freight 0 in the summary, and still finds free shipping charged in it', () => {
    expect(kinds('Ready to Ship  Free shipping 包邮\nLED Desk Lamp Foldable\n$6.40 / Piece | 10 Pieces (Min. Order)\nShipping: Free to US via Alibaba.com Logistics Economy\n10 Pieces  Details $64.00  Shipping $0.00  Total $64.00')).toEqual([]);
    expect(kinds('现货 | 包邮到英国\n不锈钢保温杯 500ml\nUS $2.20 / 个 | 30 个（起订量）\n配送：免运费 阿里巴巴物流 标准型\n30 个  明细 $66.00  运费 $18.00  合计 $84.00')).toContain('shipping');
  });
});
