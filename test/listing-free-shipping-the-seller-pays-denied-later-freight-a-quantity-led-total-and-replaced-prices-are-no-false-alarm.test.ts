import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Session 35: a rep's honest words about a listing are read for what they say. Free shipping whose cost the rep says sits
 * inside the price or the seller pays ("the postage is in the price", "运费我们自己承担") is true; words that mention freight
 * after the order only to deny it ("付款后也不会再补运费") bill nothing; an order summary led by its quantity ("20 Pieces
 * Total $31.00") is the goods' total, not a fee. Prices the listing says were replaced or removed ("switched from range
 * price $0.50-$9 to tiers", "原价格区间" over "整改后价格区间", "之前…挂的是…，现在…删了") are no prices shown. Freight that
 * really is billed later, and a replacement that keeps a bait price, are still caught.
 */
const checker = createListingChecker();
const kinds = (t: string) => [...new Set(checker.check(t).findings.map((f) => f.kind))];

describe('free shipping the seller pays', () => {
  it('passes freight said to sit inside the price or paid by the seller', () => {
    expect(kinds('Our desk lamps show FREE SHIPPING to Canada. the price went from $6.10 to $8.40 so the shipping is in the price, buyers pay nothing more.')).toEqual([]);
    expect(kinds('这款保温杯写的包邮到英国，单价 $4.60，价格里已经包含了大约 $1.80 的运费，下单以后不会再收其他钱。')).toEqual([]);
    expect(kinds('这是包邮款，运费我们自己承担，已经摊进单价里了（欧洲专线），付款后也不会再补运费。')).toEqual([]);
  });
  it('reads a quantity-led total under a free shipping field as the goods', () => {
    expect(kinds('Free shipping Silicone Baking Mat Set Non-stick 3pcs\n$1.55 / Set | 20 Sets (Min. Order)\nShipping: Free (ePacket 10-18 days)\n20 Sets Total $31.00')).toEqual([]);
  });
  it('reads a price field that says freight and duty are in it as the goods', () => {
    expect(kinds('[Freight 物流]\nShipping template 运费模板: Free shipping to UK 英国包邮\nPrice 单价: US$14.60 (已含 DDP 运费+税 freight & duty included)')).toEqual([]);
    expect(kinds('[Freight 物流]\nShipping template 运费模板: Free shipping to UK 英国包邮\nShipping fee 运费: US$14.60 per order')).toEqual(['shipping']);
  });
  it('still flags free shipping whose freight is billed after the order', () => {
    expect(kinds('页面写的包邮，但是付款后我们会再补一个运费链接，一般每单 $25 左右。')).toContain('shipping');
  });
});

describe('prices the listing says were replaced', () => {
  it('reads only the prices that hold now', () => {
    expect(kinds('we switched the listing from range price $0.50-$9 to real tiers: 50-199 pcs $7.80, 200-999 $7.10, 1000+ $6.40. all are what we invoice.')).toEqual([]);
    expect(kinds('商品诊断中心 - 整改记录\n产品：不锈钢保温杯 500ml\n原价格区间：US$ 0.01 - 6.50\n整改后价格区间：US$ 4.20 - 6.50（已删除0.01规格）\n状态：已完成')).toEqual([]);
    expect(kinds('改好了：之前最低的规格挂的是“邮费补差 0.5刀”，现在那个规格已经删了，只剩三个颜色，5.6-6.2刀，再帮我看看')).toEqual([]);
  });
  it('still flags a bait price that stays', () => {
    expect(kinds('商品诊断中心 - 待整改产品\n产品：不锈钢保温杯 500ml\n当前价格区间：US$ 0.01 - 6.50\n卖家回复：0.01 是贴纸规格，暂不修改')).not.toEqual([]);
  });
});
