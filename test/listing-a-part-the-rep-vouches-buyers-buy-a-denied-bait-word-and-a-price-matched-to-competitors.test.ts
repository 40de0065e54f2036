import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Four classes of a rep's own words (and one of a CSV header) that were misread:
 *  - a cheap part or accessory SKU the rep vouches for as genuine goods buyers buy ("it's a real spare part", "customers
 *    reorder it", "很多客户单独买", "卖得挺好") is goods of its own, not filler; the same SKU said to pull the price down stays
 *    filler, and so does a fee SKU;
 *  - a sentence that denies the bait word it holds ("不是引流价", "not bait") draws no buyers;
 *  - a quantity with "k" before a "$" amount ("10k $2.1") is a quantity, not ten thousand dollars;
 *  - the price the rep sets to match other sellers ("competitors list at $2 so we show $2 too") is the rep's own shown price,
 *    and far under the real price it is false;
 *  - a CSV price header naming US dollars in Chinese ("价格(美元)") is in dollars, not yuan (美元 ends in 元).
 * The briefing's 虚假SKU clause is about a SKU that sets a price off the product; 虚假价格 about a price shown far from the real.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a part the rep vouches buyers buy is no filler', () => {
  it('passes a spare blade SKU customers reorder (en)', () => {
    expect(kinds("our hedge trimmer listing has a 'spare blade' option at $3.90, trimmer is $42. customers reorder the blades all the time, it's a genuine part")).toEqual([]);
  });

  it('passes a replacement filter SKU many buyers buy alone (zh)', () => {
    expect(kinds('我们净水器链接里有个规格"替换滤芯" $4.5，主机 $65，很多客户单独买滤芯，卖得挺好')).toEqual([]);
  });

  it('passes an extra charger option that sells well (mixed)', () => {
    expect(kinds("SKU 里有 'extra charger' $3.2, 我们的 e-scooter 是 $210, this option sells well, not a trick")).toEqual([]);
  });

  it('still flags a part SKU the rep says nobody buys and is there for the low price (zh)', () => {
    expect(kinds('我们加了个规格"备用刷头" $0.2，电动牙刷 $15，其实没人买，就是让价格显示低一点')).toContain('sku_filler');
  });

  it('still flags a postage SKU however many buyers pay it (en)', () => {
    expect(kinds("we added a 'shipping fee' SKU at $0.50 to our $30 lamp listing, buyers buy it with every order")).toContain('sku_filler');
  });
});

describe('a denied bait word draws no buyers', () => {
  it('passes a cheap price the rep says is real, not bait (en)', () => {
    expect(kinds("we show $0.35 for the 1m micro-USB cable, our cost is $0.28, it's real and not to attract clicks")).toEqual([]);
  });

  it('passes a low price said not to be for drawing inquiries (zh)', () => {
    expect(kinds('我们的一次性口罩挂 $0.03 一个，成本 $0.02，不是为了吸引询盘，真的有人下单')).toEqual([]);
  });
});

describe('a quantity with k before a dollar amount is a quantity', () => {
  it('passes a tier list whose last step is written 10k (en)', () => {
    expect(kinds('we set the ladder for custom enamel pins: 100pcs $1.8 / 500pcs $1.1 / 5k $0.6 (tooling cost spread over volume). is that ok?')).toEqual([]);
  });
});

describe('a tier quantity the rep calls real is no real minimum', () => {
  it('passes a ladder vouched as real beside an MOQ of one from stock (en)', () => {
    expect(kinds('our ladder is real: 1-49 $12, 50-199 $10.5, 200+ $9.8, straight from our price list. MOQ 1 since we hold stock.')).toEqual([]);
  });
});

describe('a price matched to competitors is the rep’s own', () => {
  it('flags a price set to match other sellers far under the real one (en)', () => {
    expect(kinds('other sellers list this 65W GaN charger at $2 so we show $2 too. real price is $9.50, we settle it in chat')).toContain('price_range');
  });

  it('flags a price copied from peers far under the real quote (zh)', () => {
    expect(kinds('同行都挂$3我们也跟着挂$3一件，真实报价$16一件')).toContain('price_range');
  });

  it('passes competitors’ price named beside the rep’s own honest one (en)', () => {
    expect(kinds('competitors sell this phone stand at $1.20, we sell ours at $1.60 and our normal price is $1.60')).toEqual([]);
  });
});

describe('a CSV price header naming US dollars in Chinese is in dollars', () => {
  it('passes a kids bicycle priced in a 价格(美元) column', () => {
    expect(kinds('商品名称,单位,价格(美元),起订量\n山地自行车 26寸 21速,辆,48.00,10')).toEqual([]);
  });

  it('still reads a 价格(元) column as yuan', () => {
    const r = checker.check('商品名称,单位,价格(元),起订量\n山地自行车 26寸 21速,辆,980,10');
    expect(r.fake).toBe(false);
  });
});
