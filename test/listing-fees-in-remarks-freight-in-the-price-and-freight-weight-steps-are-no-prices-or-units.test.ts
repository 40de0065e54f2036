import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Legitimate look-alikes the parser misread: a set-up fee named in a remark ("含版费（约 $450）", "(cylinder fee $80/color)")
 * is neither a price tier nor an option; a price that says freight is in it ("含运费", "incl. shipping") names no freight
 * fee; the weight steps of a freight template ("首重0.5kg", "续重0.5kg") and a tare counted in the weight ("纸管 0.3kg 计重")
 * are not the unit the goods are priced in; a weight beside the price on one row is a field of its own. The same pages
 * with a real bait still flag.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a set-up fee in a remark', () => {
  it('is no tier or option', () => {
    expect(kinds('商品名称：定制彩盒 Custom Printed Color Box\n阶梯价：\n≥1000 个\tUS $0.95\n≥5000 个\tUS $0.40\n≥20000 个\tUS $0.28\n最小起订量：1000 个\n备注：1000个档含印版+刀模费（约 $380），5000个以上摊薄')).toEqual([]);
    expect(kinds('Custom Printed Stand Up Pouch Kraft Zipper Bag\n$0.03 - $0.30 / Piece | 1000 Pieces (Min. Order)\nSize:\n10x15cm\t$0.03\n14x20cm\t$0.06\n20x30cm\t$0.30\nPrinting: Digital up to 3000pcs / Gravure above (plate fee $60/color)')).toEqual([]);
  });

  it('still leaves a bait tier flagged', () => {
    expect(kinds('商品名称：定制彩盒 Custom Printed Color Box\n阶梯价：\n≥1000 个\tUS $0.95\n≥5000 个\tUS $0.40\n≥20000 个\tUS $0.02\n最小起订量：1000 个\n备注：1000个档含印版+刀模费（约 $380），5000个以上摊薄')).toContain('price_ladder');
  });
});

describe('a price that carries its freight', () => {
  it('names no freight fee beside free shipping', () => {
    expect(kinds('商品名称：DDP 包税 瑜伽服套装\n单价：US $8.20 /套（含运费含税，美国）\n最小起订量：30 套\n运费：运费模板「包邮-美国」US $0.00')).toEqual([]);
    expect(kinds('Yoga Set Women 2 Piece DDP\nPrice: US $8.20 / Set (incl. shipping to USA)\nMOQ: 30 Sets\nShipping: Free shipping US $0.00')).toEqual([]);
  });
});

describe('freight weight steps and tares', () => {
  it('are not the unit the goods are priced in', () => {
    expect(kinds('商品名称：电烤箱 30L 家用\n单价：US $21.00 /台    最小起订量：1 台\n包装后重量：7.5 kg\n运费模板「小家电-国际快递」\n 美国\t首重0.5kg $9.0\t续重0.5kg $2.6')).toEqual([]);
    expect(kinds('商品名称：打包带 PP Strapping Band 手用\n计量单位：千克\n阶梯价：≥500 千克 $1.60；≥3000 千克 $1.50\n最小起订量：500 千克\n包装：每卷约 10kg，纸芯 0.4kg 计重')).toEqual([]);
  });
});

describe('a weight beside the price on one row', () => {
  it('leaves the price read', () => {
    expect(checker.parse('商品名称：Mini Tracker\n单价：US $1.20 /件   重量 0.2kg').headline?.min.usd).toBe(1.2);
    expect(checker.parse('Mini Tracker Key Finder\nPrice: US $1.20 / Piece   Weight 0.2 kg').headline?.min.usd).toBe(1.2);
  });
});
