import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A product page's order summary ("10 Pairs  Details  $12.00 / Shipping  $0.00 / Total  $12.00") printed right under a
 * "Shipping: Free shipping (...)" field, or on a Chinese page labelled 详情 ("100 片  详情  US $18.00   运费 US $0.00   合计
 * US $18.00"), states the goods' amount, the zero freight and the total. The goods' amount was read as a freight rate of
 * the shipping field above it, so honest free shipping was flagged as charged. A real fee under free shipping still is.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('an order summary under a free shipping field, or labelled 详情, is goods and total, not freight', () => {
  it('passes a multi-line summary under a free shipping field (page, en)', () => {
    const page = [
      'Ready to Ship  Free shipping',
      '3D Mink Lashes 25mm Fluffy Wispy Handmade Strip Eyelashes',
      '$0.85 - $1.20/ Pair | 10 Pair/Pairs(Min. Order)',
      '10 - 99 Pairs $1.20 | 100 - 499 Pairs $0.98 | >=500 Pairs $0.85',
      "Shipping: Free shipping (Seller's Shipping Method - ePacket, 7-15 days, orders up to 2kg)",
      '10 Pairs  Details  $12.00',
      'Shipping  $0.00',
      'Total     $12.00',
    ].join('\n');
    expect(kinds(page)).not.toContain('shipping');
  });

  it('passes a one-line summary labelled 详情 (page, zh)', () => {
    const page = [
      '现货  包邮',
      'iPhone 13 / 13 Pro 钢化膜 全屏覆盖 9H 防爆 高清',
      'US $0.12 - $0.18 / 片 | 100 片（起订量）',
      '100 - 999 片 $0.18 | 1000 - 4999 片 $0.15 | ≥5000 片 $0.12',
      '运费：包邮（卖家发货方式：小包挂号，限 2kg 以内）',
      '100 片  详情  US $18.00   运费 US $0.00   合计 US $18.00',
    ].join('\n');
    expect(kinds(page)).not.toContain('shipping');
  });

  it('still flags a fee charged in the summary of a free-shipping page (page, zh)', () => {
    const page = [
      '现货  包邮',
      'iPhone 13 钢化膜 全屏覆盖 9H',
      'US $0.12 - $0.18 / 片 | 100 片（起订量）',
      '100 片  详情  US $18.00   运费 US $25.00   合计 US $43.00',
    ].join('\n');
    expect(kinds(page)).toContain('shipping');
  });
});
