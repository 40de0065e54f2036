import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A rep who says a cheap trial-size or sample SKU is really sold and shipped ("试用装是真的在卖", "真拍真发"), that buyers buy it
 * first before a bulk order ("不少买家先拍试用装"), or that the SKUs hold no filler at all ("规格里没有塞配件", "不是凑数的 SKU",
 * "the trial size is a real product"), describes real goods: no filler. A SKU named as a fee or said to make the price look
 * low stays filler.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a sample or trial SKU the rep says is really sold', () => {
  it('is no filler when the rep says it is really sold and shipped (zh, mixed)', () => {
    expect(kinds('咖啡豆链接有个SKU是"20克尝鲜包"$1.2，这个是真的在卖的，好多买家先拍几包尝鲜再订大货。主款1公斤装$22。')).toEqual([]);
    expect(kinds('coffee trial pack 20g $1.2 放在 SKU 里, 主款 1kg bag $22。trial pack 真拍真发，不是凑数的 SKU')).toEqual([]);
  });

  it('is no filler when the rep says the SKUs hold no parts or filler (zh, en)', () => {
    expect(kinds('窗帘链接的 SKU 都是宽度，最窄 1 米 $12，最宽 4 米 $45，差价大是因为布料用得多，规格里没有塞配件')).toEqual([]);
    expect(kinds("our coffee listing has a 20g trial pack SKU at $1.20, the trial one is a real product we ship every day, the 1kg bag is $22")).toEqual([]);
  });

  it('still flags a cheap SKU the rep says is there to make the price look low (zh)', () => {
    expect(kinds('咖啡豆链接有个SKU是"尝鲜卡片"$0.05，主款1公斤装$22，就是让价格看起来便宜')).toContain('sku_filler');
  });
});
