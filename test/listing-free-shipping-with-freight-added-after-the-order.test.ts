import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Free shipping advertised, and a note that freight is added once the order is placed or paid ("运费拍下后另补",
 * "shipping will be invoiced after you place the order"): the freight charged is above the published zero even before
 * its amount is known. Free shipping that covers something else (samples, one country, all but remote areas) while other freight is quoted
 * later says nothing false, and neither does a note about freight on a page that never promised free shipping.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('free shipping with freight added after the order', () => {
  it('is flagged in either language', () => {
    expect(kinds('商品标题：折叠 露营椅 户外 便携\n价格：US$ 6.20/把 起订量 20 把\n运费模板：包邮\n备注：运费拍下后另补，按实际重量')).toContain('shipping');
    expect(kinds('Folding Camping Chair Portable Outdoor\nUS$ 6.20 / Piece | 20 Pieces (Min. Order)\nShipping: Free shipping\nSeller note: shipping will be invoiced after you place the order')).toContain('shipping');
  });

  it('passes free shipping for samples or one country, with other freight quoted after the order', () => {
    expect(kinds('商品标题：折叠 露营椅 户外 便携\n价格：US$ 6.20/把 起订量 20 把\n备注：样品包邮，大货运费下单后按实际核算')).toEqual([]);
    expect(kinds('Folding Camping Chair Portable Outdoor\nUS$ 6.20 / Piece | 20 Pieces (Min. Order)\nNote: free shipping to the US; other countries, freight is quoted after you place the order')).toEqual([]);
    expect(kinds('商品标题：折叠 露营椅 户外 便携\n价格：US$ 6.20/把 起订量 20 把\n运费模板：包邮\n备注：偏远地区运费付款后另补')).toEqual([]);
  });

  it('passes a freight note on a page without free shipping', () => {
    expect(kinds('Folding Camping Chair Portable Outdoor\nUS$ 6.20 / Piece | 20 Pieces (Min. Order)\nNote: freight is quoted after you place the order, by weight and destination')).toEqual([]);
  });
});
