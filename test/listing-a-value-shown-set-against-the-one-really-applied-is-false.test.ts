import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Session 39 (issue 15, recall of the "internal" kind): the listing's own text gives a value twice, the one shown and the one
 * really applied (rules/listing/shown-real.yaml, src/listing/shown-real.ts), or the rep confesses in loose words that the shown
 * value draws the buyer in and another is charged, quoted or refused later, or says the price is for one part of goods sold
 * whole. Each wording here is new (other goods, other labels, both languages); the same shapes vouching for the value, or
 * within a small gap, keep their verdict.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('two readings of one attribute: shown against real', () => {
  it('a backend MOQ field beside an actual MOQ in another unit', () => {
    expect(kinds('Product: Kraft paper roll 80gsm\nMOQ: 2 rolls\nActual MOQ (production): 5 tons')).toContain('moq');
  });
  it('CSV columns: the page MOQ and the MOQ orders are really taken at', () => {
    expect(kinds('品名,页面最小起订量,单位,真实接单量\n不锈钢螺丝M6,10,个,50000个')).toContain('moq');
  });
  it('CSV: a bare page MOQ counted by the unit column against a real MOQ by weight', () => {
    expect(kinds('品名,页面起订量,计量单位,实际起订量\n打包带,2,卷,1吨')).toContain('moq');
  });
  it('an internal note refusing orders below a pallet beside an MOQ field of one', () => {
    expect(kinds('MOQ field: 1\nMOQ unit: Box\nWarehouse note (internal): never accept < 1 pallet (180 boxes)')).toContain('moq');
  });
  it('a displayed freight against the freight really invoiced', () => {
    expect(kinds('Freight shown on page: $6 per box\nFreight we invoice in practice: $70-95 per box')).toContain('shipping');
  });
  it('a price form with min/max far below the internal quote', () => {
    expect(kinds('商品名称：实木餐桌 1.6米\n最低价：2\n最高价：5\n单位：张\n内部备注：实际报价 320-380美金')).toContain('price_range');
  });
  it('a template freight in one clause, the real one clauses later', () => {
    expect(kinds('我们沙发的运费模板写的是每件8刀，实际发货时让买家另外付，一般150刀左右')).toContain('shipping');
  });
  it('a real price within the gap of the shown one is no contradiction', () => {
    expect(kinds('Product: Ceramic mug 350ml\nPrice: $1.80 - $2.40 / Piece\nMOQ: 500 Pieces\nInternal note: actual quote $2.10 FOB Ningbo')).toEqual([]);
  });
  it('a remark whose only figure is a count of revisions is no price', () => {
    expect(kinds('Product Name\tEmbroidered patches\nPrice Setting\t$0.30 - $0.45/Piece\nMin. Order Quantity\t300\nInternal Remark\tPrice covers 2 proof rounds; digitizing fee $25 as its own SKU.')).toEqual([]);
  });
});

describe('loose confessions', () => {
  it('a low price listed and the real one quoted after the inquiry', () => {
    expect(kinds('跑步机我们挂了19.9刀，客户询盘过来再报430刀')).toContain('price_range');
  });
  it('a zero freight on the page and a surcharge after the order', () => {
    expect(kinds('Our page shows freight $0 for the marble slabs; after the order is placed we add a $900 crating and freight charge')).toContain('shipping');
  });
  it('an MOQ written as one while small orders are refused', () => {
    expect(kinds('MOQ写的1个，其实散单我们不做，要500个起')).toContain('moq');
  });
  it('a cheap option there so the price looks lower', () => {
    expect(kinds("on the desk lamp listing the cheapest option is 'Spare bulb' $0.30 — it's only there so the listing looks cheaper")).toContain('sku_filler');
  });
  it('a price set so the listing comes up first in a price sort', () => {
    expect(kinds('we list the rowing machine at $45 so it shows up first in lowest-price sorting; the quote we send is 610 FOB')).toContain('price_range');
  });
  it('a unit chosen so the price looks cheaper', () => {
    expect(kinds('地毯我们报的是每平方英尺的价，单位却选了平方米，看起来比别家便宜很多')).toContain('price_unit');
  });
  it('a range filled in at random beside the one price it sells at', () => {
    expect(kinds('价格区间填的 1-900 美金，其实只有一个型号，卖260，区间随便写的')).toContain('price_range');
  });
  it('a free-shipping template and a courier fee put in by a price change after payment', () => {
    expect(kinds('Product: Yoga mat 瑜伽垫\nShipping template: Free shipping 包邮\nRemark: 付款后 we add the FedEx fee by 改价')).toContain('shipping');
  });
  it('a low price that really is the price keeps its verdict', () => {
    expect(kinds('垫片 M8 镀锌：10000个起 $0.004，后台单位是"个"。页面写的价格看着便宜但真的就这个价')).not.toContain('price_range');
  });
  it('free shipping that only reaches the home country', () => {
    expect(kinds('Shipping template: Free shipping\nNote: free within mainland China only, overseas buyers pay freight after ordering')).toContain('shipping');
  });
  it('an EXW price with freight quoted after the order is no confession', () => {
    expect(kinds('页面价格写的是出厂价，买家下单后按实际运费另外报价，这样可以吗')).toEqual([]);
  });
  it('a rep saying nothing is added after the order is no confession', () => {
    expect(kinds('页面写的运费0元，下单后不会再加运费，全部含在货价里')).toEqual([]);
    expect(kinds("Our page shows free shipping on the lamps; freight is built into the unit price and we won't add a charge after the order")).toEqual([]);
  });
  it('a plain question about whether a range is allowed is no purpose', () => {
    expect(kinds('we sell spare filters as their own SKU at 1.20, the purifier is 89, so the range shows 1.20-89. ok?')).not.toContain('price_range');
  });
});

describe('a price for one component of goods sold whole', () => {
  it('a price per bit while the bit set is sold complete', () => {
    expect(kinds('title,price,unit,note\n42pcs Screwdriver Bit Set,0.12,Piece,price per bit; the set of 42 is sold complete only')).toContain('price_unit');
  });
  it('a per-metre price on a rope sold as a whole coil', () => {
    expect(kinds('产品名称,价格,单位,说明\n尼龙绳50米,0.09,卷,0.09为每米价格，整卷50米售价4.50')).toContain('price_unit');
  });
  it('a page price said to be one rotor of a whole machine', () => {
    expect(kinds('农业喷洒无人机 10L\nUS $180.00 / 台 | 1 台（起订量）\n* 页面价格为单个电机价格，整机价格请联系客服')).toContain('price_unit');
  });
  it('a per-metre price on goods priced per metre is their unit', () => {
    expect(kinds('Nylon rope 8mm\n$0.09 / meter | 500 meters (Min. Order)\nPrice per meter; full coil 200 m also available')).not.toContain('price_unit');
  });
});
