import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

// Issue 15: legitimate look-alikes. A band of sizes in centimetres priced per piece is an option, not a quantity tier that
// rises; a packing line's weight is no fraction of the priced unit; express freight for the gross weight the page states
// under the fee is what heavy goods cost to ship.
describe('size bands, packing weights and a parcel\'s gross weight', () => {
  it('reads children\'s size bands in cm under a price per piece as options, not a ladder that rises', () => {
    expect(kinds('* 产品名称：童装 卫衣 加绒 库存尾货 按件批发\n计量单位：件\n价格区间：US$1.10 - 1.60 / 件\n  100-120cm  US$1.10\n  130-160cm  US$1.60\n最小起订量：300 件\n运费：海运拼箱')).toEqual([]);
    expect(kinds('商品名称：婴儿连体衣 纯棉 短袖\n计量单位：件\n价格区间：US$0.90 - 1.30 / 件\n阶梯价：\n  59-73cm   US$0.90\n  80-90cm   US$1.30\n最小起订量：200 件')).toEqual([]);
  });

  it('reads a packing line\'s weight as the parcel\'s, not a fraction of the priced unit', () => {
    expect(kinds('Bluetooth Speaker Portable Waterproof IPX5 Outdoor\n$7.80 - $9.20/ Piece | 2 Pieces (Min. Order)\nPackaging: 1pc/color box, 0.42kg\nShipping: Express')).toEqual([]);
    expect(kinds('商品名称：陶瓷马克杯 350ml 北欧\n计量单位：个\n价格区间：US$1.20 - 1.50 / 个\n最小起订量：100 个\n包装：1个/彩盒，0.35kg')).toEqual([]);
  });

  it('passes express freight a stated gross weight explains, and still flags freight far above it', () => {
    const heavy = (fee: string) => `Cast Iron Bathtub Freestanding Clawfoot 1700mm Enamel\n$95.00 - $110.00/ Set | 1 Set (Min. Order)\n1 Set Details\t$95.00\nShipping\t${fee}\nSeller's Shipping Method: Express (DHL) · G.W. 62kg · 1 wooden crate\nTotal\t$95.00`;
    expect(kinds(heavy('$820.00'))).toEqual([]);
    expect(kinds(heavy('$4,900.00'))).toContain('shipping');
  });
});
