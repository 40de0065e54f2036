import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A rep who describes a listing in their own words, instead of pasting it, states the numbers and how they relate:
 * "the page shows X but we really sell at Y", "MOQ says A, in fact we start at B", "we added a SKU 'N' at $p", "we
 * price per hour of burn time, so one candle is $b". Those relations are what is false, in English and in Chinese.
 * Messages that only ask, report a suggestion, or state honest numbers pass.
 */
const checker = createListingChecker();
const kinds = (t: string) => [...new Set(checker.check(t).findings.map((f) => f.kind))];

describe('a shown price far below the price the rep says is real', () => {
  it('is a false price range', () => {
    expect(kinds('our silicone spatula set is displayed at $0.40 in search but the actual selling price is about $2.80 per set. fine?')).toContain('price_range');
    expect(kinds('我们的LED台灯页面显示 $1.50，实际都是按 $9.80 成交的，这样有风险吗')).toContain('price_range');
  });
  it('moved into freight is false shipping', () => {
    expect(kinds('for our bamboo cutting board (normally $4.50) we now show $0.90/pc and set shipping at $7 per piece so the buyer pays about the same')).toContain('shipping');
  });
  it('set to draw clicks is a false price even without the real one', () => {
    expect(kinds('we list the 18k gold ring at $5 to attract buyers clicks, the real price is given on inquiry')).toContain('price_range');
  });
  it('passes a competitor who sells lower, and a factory price quoted ex works', () => {
    expect(kinds('a competitor lists the same yoga mat at $0.70 and a buyer called our price fake. ours is $4.20 which is our real price for 200+ pcs')).toEqual([]);
    expect(kinds('我们页面价格写的是 $2.10-$2.60，是出厂价，客户要到港价我们另外报。这样写可以吗')).toEqual([]);
  });
});

describe('an MOQ the listing states far from the one the rep says is real', () => {
  it('is a false MOQ', () => {
    expect(kinds('the MOQ on our tote bag listing is 1 piece, but in fact we only sell by the carton of 200 pcs')).toContain('moq');
    expect(kinds('我们毛巾的起订量写的是 2 条，其实最少 3000 条才接单，客户下小单我们都让他取消')).toContain('moq');
  });
  it('passes an MOQ that is only questioned or that a colleague suggests changing', () => {
    expect(kinds('our MOQ shows 20 tons for the urea fertilizer at $480-520/t. my manager says we should change it to 1 kg MOQ, thoughts?')).toEqual([]);
    expect(kinds('我们的MOQ是100件，定制logo的起订量是1000件，这样不一致算违规吗')).toEqual([]);
  });
});

describe('a SKU the rep added', () => {
  it('far cheaper than the product, or a fee, is filler', () => {
    expect(kinds('we added an option called "Lid only" at $0.20 to the thermos listing, the thermos itself is $6.50-7.00')).toContain('sku_filler');
    expect(kinds('我们在SKU里加了一个“运费补差价”，$0.01，其他规格都是 $12 左右的蓝牙音箱')).toContain('sku_filler');
  });
  it('passes a SKU priced like the product', () => {
    expect(kinds('we added a SKU "Large 1.5L" at $7.20 beside the 1L one at $6.50 for our glass teapot')).toEqual([]);
  });
});

describe('a price per unit of one item’s property', () => {
  it('with the rep’s own sum for one item is an odd unit', () => {
    expect(kinds('we now price our rechargeable desk fans by runtime: $0.05 per hour, so the 30-hour fan is $1.50')).toContain('price_unit');
    expect(kinds('我们的充电宝按容量报价 $0.0005/mAh，10000mAh 的就是 $5.00，搜索里显示 $0.0005')).toContain('price_unit');
  });
  it('passes goods that trade by that measure and a carton defined in pieces', () => {
    expect(kinds('we sell cotton fabric at $2.40 per meter, so a 50 meter roll is $120. MOQ 1 roll. ok?')).toEqual([]);
    expect(kinds('our MOQ is 1 carton and we wrote 1 carton = 120 pieces of dish cloths, tiers 1-9 cartons $15, 10+ cartons $13.50. is carton ok?')).toEqual([]);
  });
});

describe('a rep’s own sum of a price per unit of goods', () => {
  it('says the units convert: a price per metre with an MOQ in rolls, panels per watt', () => {
    expect(kinds('we sell garden hose by the meter at $0.42/m, so the 50m reel is $21. MOQ 10 reels. fine?')).toEqual([]);
    expect(kinds('we list our mono panels at $0.19 per watt, so a 550W panel is $104.50. MOQ 50 panels. ok?')).toEqual([]);
  });
  it('still flags an appliance priced per watt and a price set low to rank', () => {
    expect(kinds('我们的电饭煲按功率报价 $0.03/瓦，700W 的就是 $21，搜索里显示 $0.03 起')).toContain('price_unit');
    expect(kinds('on the phone holder listing we set the price at $0.06 so it ranks higher, the actual price is $1.40')).toContain('price_range');
  });
});

describe('stated and real MOQs in one clause, and minimums for another offer', () => {
  it('reads the stated MOQ before the real-MOQ words and the real one after', () => {
    expect(kinds('MOQ set to 1 but we only sell by the pallet (about 600 boxes). is that ok?')).toContain('moq');
  });
  it('passes a higher minimum for OEM or a custom logo', () => {
    expect(kinds('our MOQ is 2 sets for the standard model, but for OEM at least 300 sets. is that fine?')).toEqual([]);
    expect(kinds('我们的起订量是 20 件，印logo的话至少 2000 件，这样写可以吗')).toEqual([]);
  });
  it('passes a headline price that is the real price of the smallest size', () => {
    expect(kinds('hi, our headline price is $0.20 because it is the real price of the 5ml tube, the 30ml tube is $0.85. fine?')).toEqual([]);
  });
});

describe('the price before, the other colours, and a reason that is no other offer', () => {
  it('reads a former price as the real one and the other colours as the product', () => {
    expect(kinds('拖鞋链接我们现在挂 $0.30，运费设成每双 $6，跟以前 $2.50 的总价差不多')).toContain('shipping');
    expect(kinds('我们在SKU里加了一个"仅鞋盒"，价格 $0.04，其他颜色都是 $7.60 的运动鞋')).toContain('sku_filler');
  });
  it('reads a minimum that printing forces as the real MOQ', () => {
    expect(kinds('our calendar listing: MOQ says 1 piece but actually we need 2000 pcs minimum because of the printing setup')).toContain('moq');
  });
  it('passes customers who order more than the MOQ, and a logo minimum said in Chinese', () => {
    expect(kinds('our MOQ is 50 pcs but regular customers usually order 800+. is that a problem?')).toEqual([]);
    expect(kinds('我们的起订量是 30 件，定制logo的话至少 500 件，这样写可以吗')).toEqual([]);
  });
});

