import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Session 39 (issue 15, false alarms on legitimate listings): a rep who says an accessory SKU is really sold on its own
 * ("真实单卖", "可以单买") vouches for it, and a denial that follows the words about ordering ("含运费，买家下单后不会再收")
 * takes back the charge after the order. A vouched part in one clause does not vouch for a cent-level SKU another clause
 * says pulls the lowest price down.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a part the rep says is really sold alone', () => {
  it('mixed English and Chinese, a spare blade', () => {
    expect(kinds('lawn mower spare blade SKU $18, 真实单卖 price, mower 本身 $240')).not.toContain('sku_filler');
  });
  it('Chinese, a charger the buyer can buy alone', () => {
    expect(kinds('电动滑板车充电器单独挂了一个SKU，35美金；整车420美金。充电器是真的可以单买的')).not.toContain('sku_filler');
  });
  it('a vouched frame does not vouch for a cent-level cloth that sets the lowest price', () => {
    expect(kinds('水杯链接SKU分了“杯子”和“杯子+杯套”，杯子3.2刀是真的单卖的，然后又加了个“吸管刷”0.02刀，现在最低价显示0.02')).toContain('sku_filler');
  });
});

describe('a denial after the words about the order', () => {
  it('freight and duty in the price, nothing charged after ordering', () => {
    expect(kinds('这款跑步机美国仓包邮，560美金已经含运费和关税，买家下单后不会再收任何费用')).not.toContain('shipping');
  });
  it('free shipping with freight charged after the order is still false', () => {
    expect(kinds('跑步机页面写包邮，运费和关税买家下单后我们再改价补上')).toContain('shipping');
  });
});
