import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A freight table with one row per quantity ("5 pieces → $640", "a 40HQ, about 80 pieces → $5,200") ships the goods of
 * that quantity: each row is compared with what that many cost, not with the one-piece MOQ. A row for one piece whose
 * freight is many times the piece is still a low price with inflated shipping.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('freight rows that name their quantity', () => {
  it('pass when each row fits the goods it ships', () => {
    expect(kinds('商品名称：实木衣柜 三门 North American Oak Wardrobe\n价格区间：US $260.00 - $340.00 / 件\n最小起订量：1 件\nSKU 规格与价格：1.2m $260 / 1.5m $300 / 1.8m $340\n运费：卖家自定义运费\n  1 件 → 悉尼（海运拼箱+木架）US $450.00\n  6 件 → US $1,150.00\n  整柜 40HQ（约 80 件）→ US $5,200.00')).not.toContain('shipping');
    expect(kinds('Cast Iron Bathtub Freestanding 1700mm\nUS $310.00 - $360.00 / Piece | 1 Piece (Min. Order)\nShipping by sea:\n  1 piece to Hamburg: US $520.00\n  20GP container (approx. 45 pieces): US $3,900.00')).not.toContain('shipping');
  });

  it('still flag a one-piece row far above the piece', () => {
    expect(kinds('商品名称：实木衣柜 三门 North American Oak Wardrobe\n价格区间：US $26.00 / 件\n最小起订量：1 件\n运费：卖家自定义运费\n  1 件 → 悉尼 US $1,450.00\n  整柜 40HQ（约 80 件）→ US $5,200.00')).toContain('shipping');
  });
});
