import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Two false alarms of one root, numbers read more exactly than they are written or meant:
 * - a ladder of cent prices ($0.03 -> $0.01 on business cards, ¥0.02 -> ¥0.01): a price written to the cent may be half a
 *   cent either way, so the fall is read as gently as the rounding allows; a cliff of $0.10 -> $0.01 is still a bait tier;
 * - a single item below the packs' price per item is the quantity changed, unless other singles, priced as singles are
 *   beside the packs, sit near it (single brushes of different kinds at $0.12, $0.28, $0.35 beside a 12-piece set).
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('cent prices in a ladder', () => {
  it('pass a fall of one or two cents', () => {
    expect(kinds('Business Cards Printing 350gsm Matte Lamination Double Sided\n\n$0.01 - $0.03 / Piece | 1000 Piece/Pieces (Min. Order)\n\n1000 - 4999 Pieces\t>= 5000 Pieces\n$0.03\t$0.01')).toEqual([]);
    expect(kinds('Disposable Paper Napkins 2 Ply\n\n$0.01 - $0.03 / Piece | 5000 Piece/Pieces (Min. Order)\n\n5000 - 19999 Pieces\t>= 20000 Pieces\n$0.03\t$0.01')).toEqual([]);
    expect(kinds('商品名称：一次性牙签 独立包装\n价格区间：US$0.01 - 0.02 /个\n阶梯价：10000-49999个 US$0.02 ；≥50000个 US$0.01\n最小起订量：10000 个')).toEqual([]);
  });

  it('still flag a cliff of many cents', () => {
    expect(kinds('Disposable Paper Napkins 2 Ply\n\n$0.01 - $0.10 / Piece | 5000 Piece/Pieces (Min. Order)\n\n5000 - 19999 Pieces\t>= 20000 Pieces\n$0.10\t$0.01')).toContain('price_ladder');
    expect(kinds('商品名称：一次性牙签 独立包装\n价格区间：US$0.01 - 0.12 /个\n阶梯价：10000-49999个 US$0.12 ；≥50000个 US$0.01\n最小起订量：10000 个')).toContain('price_ladder');
  });
});

describe('singles of different kinds beside a set', () => {
  it('pass when other singles sit near the cheap one', () => {
    expect(kinds('Makeup Brushes Wholesale 化妆刷 单支 & 套装 synthetic hair\nSKU:\n Single eyeshadow brush     US$0.12\n Single foundation brush    US$0.28\n Single powder brush        US$0.35\n 12pcs set w/ PU bag        US$3.60\nMOQ 50 pcs')).toEqual([]);
    expect(kinds('商品名称：美甲工具 单件 & 套装\n按规格报价：\n 单件 指甲锉        US$0.10\n 单件 死皮剪        US$0.30\n 单件 指甲刀        US$0.26\n 10件套（含收纳包）  US$3.20\n最小起订量 100 件')).toEqual([]);
  });

  it('still flag a lone single far below the packs per item', () => {
    expect(kinds('商品名称：硅胶保鲜盖\nSKU：\n 单件 US$0.50\n 5件套 US$6.80\n 8件套 US$9.90\n 10件套 US$12.00\n最小起订量 10 件')).toContain('sku_filler');
    expect(kinds('Silicone Stretch Lids\nSKU:\n Single lid  US$0.40\n Single lid (blue)  US$0.45\n 6pcs set  US$5.40\n 12pcs set  US$9.60\nMOQ 10 sets')).toContain('sku_filler');
  });
});
