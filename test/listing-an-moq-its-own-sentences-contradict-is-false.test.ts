import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * An MOQ field contradicted by the listing's own prose: a description line, a remark cell, an internal note, a rep's
 * message that says the seller takes nothing below a far larger quantity. One reader (contradictions.yaml, contradictions.ts)
 * reads every sentence for a floor, whatever the layout; a floor the gap above the stated MOQ makes the MOQ false.
 * A floor for another offer (a custom logo, a sample), a rep saying small orders DO ship, and a floor matching the MOQ pass.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('an MOQ its own sentences contradict', () => {
  it('is false on a page, a backend form, a CSV remark and a message', () => {
    expect(kinds('陶瓷马克杯 简约 350ml\nUS $1.80 / 件 | 2件起批\n商品详情：少于2件不拍，整箱起发，最少一箱（144件）才发货。')).toContain('moq');
    expect(kinds('Bamboo Cutting Board Set\n$3.40 - $4.10 / Piece | 1 Piece (Min. Order)\nDescription: orders under 300 pieces will not be shipped, sorry.')).toContain('moq');
    expect(kinds('Product: Cotton Tote Bag\nPrice: 0.90\nMOQ: 1 pc\nRemark: actual MOQ 1 bale = 500pcs, we do not split bales')).toContain('moq');
    expect(kinds('title,category,unit,moq,price_min,price_max,tiers,skus,shipping,remark\n"Ankle Socks 袜子",Apparel,Pair,2,0.30,0.45,,,,"每色最少1200双"')).toContain('moq');
    expect(kinds('our listing shows MOQ 20 kg for the resin.\nhonestly we cannot produce less than 5 tons per batch.')).toContain('moq');
    expect(kinds('Produkt: Kabelbinder 200mm\nPrice: 0.01\nMOQ: 1 bag\nInternal: MOQ set low for ranking, we only sell by 800 bags per pallet')).toContain('moq');
  });

  it('leaves a floor for another offer, small orders that do ship, and a matching floor alone', () => {
    expect(kinds('帆布双肩包 男女通用\nUS $7.20 - $8.60 / 件 | 2件起批\n商品详情：定制logo最少1000件起做，不接受小单。')).toEqual([]);
    expect(kinds('Canvas Backpack Unisex\n$7.20 - $8.60 / Piece | 2 Pieces (Min. Order)\nDescription: with your printed logo we cannot produce less than 1000 pieces.')).toEqual([]);
    expect(kinds('Silicone Baking Mat\n$1.10 / Piece | 1 Piece (Min. Order)\nWe do ship single pieces; wholesale buyers usually take 200 pieces or more.')).toEqual([]);
    expect(kinds('硅胶烘焙垫\nUS $1.10 / 件 | 1件起批\n商品详情：1件也发，批发客户一般200件起。')).toEqual([]);
    expect(kinds('不锈钢汤勺 加厚\nUS $0.35 / 件 | 500件起批\n商品详情：少于500件不发货，谢谢理解。')).toEqual([]);
    expect(kinds('商品名称：PP 打包带\n价格：US$ 1.30 / 千克\n最小起订量：10 千克（即 1 万克）')).toEqual([]);
  });
});
