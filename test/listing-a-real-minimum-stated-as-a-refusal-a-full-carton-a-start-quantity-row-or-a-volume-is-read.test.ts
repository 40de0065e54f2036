import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('the real minimum the page or the rep states in other words', () => {
  it('reads a ladder table whose rows give only the quantity each tier starts at', () => {
    const table = (moq: string) => `商品名称: Stainless Steel Kitchen Sink Double Bowl Handmade 304\n最小起订量: ${moq}\n阶梯价 (起始数量 / 单价):\n500 件\tUS$ 23.80\n1000 件\tUS$ 22.50\n3000 件\tUS$ 21.00\n运费: 海运`;
    expect(checker.parse(table('500 件')).tiers.map((x) => x.min)).toEqual([500, 1000, 3000]);
    expect(kinds(table('500 件'))).toEqual([]);
    expect(kinds(table('1 件'))).toContain('moq');
  });

  it('takes a refusal below a quantity in more words (不够…不开单, 低于…不接单, …起印) for the real minimum', () => {
    expect(kinds('老板让我把这个链接的起订量改成1件，说询盘会多：\n欧式真皮床 1.8m 含床垫，价格 US$ 389/套，页面写 Min. Order 1 Set\n但是工厂那边明确说了不够20套不开单，客户来问1套我们都是拒的。这样挂没问题吧？')).toContain('moq');
    const bag = (moq: string) => `商品名称：定制LOGO 帆布袋 棉布购物袋 印字 环保袋\n最小起订量：${moq}\n阶梯价：1-99 个 US$0.85；100-999 个 US$0.62；≥1000 个 US$0.48\n商品详情（节选）：本价格含定制印刷，最少 3000 个起印，低于3000个不接单`;
    expect(kinds(bag('1 个'))).toContain('moq');
    // A customisation minimum beside a product sold plain stays the customisation's.
    expect(kinds('Custom 3D Embroidered Baseball Cap 6 Panel\nUS $1.81 - 6.44\nMin. order: 50 pcs\n50-499 pcs\tUS $6.44\n500-4,999 pcs\tUS $4.22\n≥5,000 pcs\tUS $2.76\nCustomization: Graphic customization (min. 250 pcs)')).toEqual([]);
    // The item itself custom-made for a project, 200 from the detail page, 1 in the MOQ field.
    expect(kinds('商品名称：酒店 大堂 定制 弧形 沙发 工程 沙发\n最小起订量：1 件\n阶梯价：1-9 件 US$ 1,380；≥10 件 US$ 1,260\n商品详情（第2屏）：本款为工程定制，200 件起订，不零售，不接样品单')).toContain('moq');
  });

  it('takes "full carton only (N pieces per carton)" for a minimum of N, and a stated carton MOQ passes', () => {
    const ties = (moq: string) => `Wholesale Nylon Hair Ties Seamless Elastic Bands Black Thin 4mm\n$0.01 - $0.02/ Piece | ${moq}(Min. Order)\n1 - 9999 Pieces\t>=10000 Pieces\n$0.02\t$0.01\nSelling Units: Full carton only (20,000 pieces per carton), no mixed cartons`;
    expect(kinds(ties('1 Piece/Pieces'))).toContain('moq');
    const zh = (moq: string) => `商品名称：尼龙 发圈 无缝 黑色\n价格：US$ 0.02 / 个\n最小起订量：${moq}\n包装：只卖整箱（每箱 20000 个），不混箱`;
    expect(kinds(zh('1 个'))).toContain('moq');
    expect(kinds(zh('20000 个'))).toEqual([]);
    expect(kinds(ties('20000 Piece/Pieces').replace('1 - 9999 Pieces\t>=10000 Pieces\n$0.02\t$0.01', '20000 - 99999 Pieces\t>=100000 Pieces\n$0.02\t$0.01'))).toEqual([]);
  });

  it('reads a minimum in volume by the count it gives in parentheses', () => {
    const desk = (moq: string) => `Modern Home Office Furniture L Shaped Computer Desk with Drawers Walnut\n$86.00 - $95.00/ Piece | ${moq} Piece/Pieces(Min. Order)\n${moq} - 199 Pieces\t>=200 Pieces\n$95.00\t$86.00\nPackaging & delivery: we accept orders of minimum 15 CBM per shipment (approx. 60 pcs), single pieces not shipped`;
    expect(kinds(desk('1'))).toContain('moq');
    expect(kinds(desk('60'))).toEqual([]);
  });
});
