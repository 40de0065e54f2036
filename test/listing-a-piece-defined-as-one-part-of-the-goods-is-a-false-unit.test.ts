import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * "1 piece = 1 chain link" under a necklace, "1 pc = one glass bead" under a curtain, "1件=1颗水晶" under a chandelier: the
 * page defines the piece it prices as one part of the goods the title names, so the price shown is for no item anyone
 * buys. A piece defined as the goods themselves ("1 piece = 1 pillow"), as a pack, or a fee link's "1 unit = 1 USD" is not.
 */
const checker = createListingChecker();
const kinds = (t: string) => [...new Set(checker.check(t).findings.map((f) => f.kind))];

describe('the priced piece is one part of the goods', () => {
  it('flags a piece defined as a part the title does not name', () => {
    expect(kinds('Stainless Steel Curb Chain Bracelet Men Hip Hop 12mm\n$0.05 / Piece | 2000 Piece/Pieces (Min. Order)\nPrice note: 1 pc = 1 single link, bracelet 20cm uses about 18 pcs')).toContain('price_unit');
    expect(kinds('Crystal Bead Door Curtain Hanging Room Divider 90x180cm\n$0.03 / Piece | 500 Piece/Pieces (Min. Order)\nNote: 1 piece = one glass bead, each curtain about 1,200 beads')).toContain('price_unit');
    expect(kinds('商品名称：水晶吊灯 客厅 酒店大堂 K9 金色\n价格：US$ 0.90 /件\n最小起订量：100 件\n备注：1件=1颗水晶，直径80cm 灯约用680颗，请按尺寸计算总价')).toContain('price_unit');
  });
  it('passes a piece that is the goods, a pack, or a fee link', () => {
    expect(kinds('Hotel Down Alternative Pillow Queen Size 50x75cm\n$3.20 / Piece | 100 Piece/Pieces (Min. Order)\nNote: 1 piece = 1 pillow, packed 10 pieces per carton')).toEqual([]);
    expect(kinds('Loose Glass Seed Beads 4mm Mixed Colors for Jewelry Making\n$0.60 / Bag | 50 Bag/Bags (Min. Order)\nNote: 1 bag = 1 pack of 1000 beads')).toEqual([]);
    expect(kinds('商品名称：真丝连衣裙 夏季 定制尺码\n价格设置：根据SKU设置价格\nSKU属性：\n  黑色 / S\t$48\n  白色 / M\t$48\n  藏青 / L\t$52\n运费补拍链接（1件=1美金）\t$1\n最小起订量：1 件')).not.toContain('price_unit');
    expect(kinds('Freshwater Pearl Beads Strand 6-7mm Potato Shape\n$2.80 / Piece | 10 Piece/Pieces (Min. Order)\nNote: 1 piece = 1 strand of beads, about 38cm')).toEqual([]);
  });
});
