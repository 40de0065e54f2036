import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A page that publishes a token freight ($0.01, US$0.5) and says in its own words that the freight shown is not what
 * the buyer pays charges above the published fee; a freight the page says holds part of the goods' price is a low
 * price with inflated shipping. A real fee with an honest "final freight confirmed after order" passes.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a token freight the page disowns', () => {
  it('flags it in English and Chinese', () => {
    expect(kinds("Stainless Steel Water Bottle 750ml Vacuum\nPrice: $2.60 / Piece\nMOQ: 50 Pieces\nShipping: US$0.10\nRemark: the freight shown is not accurate, the real shipping will be charged after payment")).toContain('shipping');
    expect(kinds("Hydraulic Log Splitter 12 Ton\nPrice: US$890.00 / Set\nMOQ: 1 Set\nShipping: $0.01\nNote: displayed freight cannot be used, we quote actual freight by email")).toContain('shipping');
    expect(kinds('标题：户外折叠桌 铝合金\n价格：US$18.50 /张\n起订量：10 张\n运费：US$0.20\n说明：页面运费不准，付款后补运费差价')).toContain('shipping');
    expect(kinds('标题：商用蒸烤箱 十盘\n价格：US$1,150 /台\n起订量：1 台\n运费：US$0.8\n备注：木箱包装费、报关费另计约US$300，下单后补')).toContain('shipping');
  });

  it('passes a real fee shown as an estimate with the final freight confirmed later', () => {
    expect(kinds('Stainless Steel Water Bottle 750ml Vacuum\nPrice: $2.60 / Piece\nMOQ: 50 Pieces\nShipping: US$38.00 (estimate for 50 pcs by express)\nFinal freight is confirmed with you before payment')).toEqual([]);
    expect(kinds('标题：户外折叠桌 铝合金\n价格：US$18.50 /张\n起订量：10 张\n运费：US$95（预估，按实际物流）')).toEqual([]);
  });
});

describe('freight that holds part of the price', () => {
  it('flags shipping said to include a product price adjustment', () => {
    expect(kinds("Folding Electric Bike 20 inch 350W\nPrice: US$210.00 / Piece\nMOQ: 1 Piece\nShipping to Germany: US$1,150.00 / piece (Seller's Shipping Method)\nNote: freight includes the product price difference")).toContain('shipping');
    expect(kinds('标题：电动自行车 20寸 折叠\n价格：US$210 /台\n起订量：1 台\n运费：US$1,150 /台（运费含商品差价）')).toContain('shipping');
  });

  it('passes shipping that includes insurance or duties', () => {
    expect(kinds("Folding Electric Bike 20 inch 350W\nPrice: US$210.00 / Piece\nMOQ: 1 Piece\nShipping to Germany: US$160.00 / piece\nNote: shipping price includes insurance and duties")).toEqual([]);
  });
});
