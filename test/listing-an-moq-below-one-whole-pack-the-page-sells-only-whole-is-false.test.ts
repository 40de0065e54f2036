import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A page that sells only whole cartons or rolls ("Sold by carton only", "整卷出货，不裁切") and says what one holds in
 * the unit priced ("1 carton = 500 pcs", "每卷 1.5m×30m (45 ㎡)") has a real MOQ of at least one pack: an MOQ of a
 * piece or a square metre is false (moq). Without the sold-whole statement a packing size is no MOQ.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('an MOQ below one whole pack', () => {
  it('is false when the page sells only whole packs', () => {
    expect(kinds('Disposable PE Gloves Transparent Food Service\n$0.004 - $0.006 / Piece | 5 Pieces (Min. Order)\nPackaging Details: 100 pcs/bag, 50 bags/carton\nSold by carton only, 1 carton = 5000 pcs.\nLead Time: 7 days')).toContain('moq');
    expect(kinds('商品名称：PVC Floor Mat Roll Anti-slip\n计量单位：平方米\n最小起订量：1 平方米\n阶梯价：≥1 ㎡ US$3.20；≥300 ㎡ US$2.90\n规格：每卷 1.5m×30m (45 ㎡)，整卷出货，不裁切')).toContain('moq');
  });
  it('passes when the MOQ is a pack or the page does not sell whole packs only', () => {
    expect(kinds('商品名称：PVC Floor Mat Roll Anti-slip\n计量单位：平方米\n最小起订量：45 平方米\n阶梯价：≥45 ㎡ US$3.20；≥450 ㎡ US$2.90\n规格：每卷 1.5m×30m (45 ㎡)，整卷出货，不裁切')).not.toContain('moq');
    expect(kinds('Disposable PE Gloves Transparent Food Service\n$0.004 - $0.006 / Piece | 5 Pieces (Min. Order)\nPackaging Details: 100 pcs/bag, 50 bags/carton\nLead Time: 7 days')).not.toContain('moq');
  });
});
