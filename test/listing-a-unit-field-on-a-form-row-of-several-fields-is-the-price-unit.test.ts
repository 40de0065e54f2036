import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A backend form row that holds several fields ("单位：公斤　区间价：US $1.70 - $2.20　起订量：...", "Unit: kg   Price range: ...")
 * states the unit its price is per before the amounts: the price is per kilogram, not per the drum the title packs the goods
 * in ("290公斤/桶"), so bulk honey at under a few dollars a kilogram is at its market.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a unit field on a form row of several fields', () => {
  it('is the unit of the price on the same row (zh, en)', () => {
    expect(kinds('产品：洋槐蜂蜜 原蜜 散装 290公斤/桶\n单位：公斤　区间价：US $1.70 - $2.20　起订量：1 个20尺柜（约 23 吨）')).toEqual([]);
    expect(kinds('Product: Acacia Honey Raw Bulk 290 kg/drum\nUnit: kg    Price range: US $1.70 - $2.20    MOQ: 1 x 20ft container (approx. 23 tons)')).toEqual([]);
  });
});
