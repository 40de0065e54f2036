import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A spreadsheet row per SKU ("title, sku_name, sku_price"), pasted one row at a time: when that row's option is a
 * give-away, card or wrapping at a token price, the product is listed at that price (sku_filler), as with a fee or postage
 * option. The SKU's price column holds bare amounts beside the option's name: it is the row's price, not a cell of
 * options. A real option at a real price, or a give-away name at a real price, is not filler.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a single csv row whose option is a give-away at a cent', () => {
  it('is filler, in English and Chinese', () => {
    expect(kinds('item_no,title,sku_name,sku_price,stock\nTB-220,"Bamboo Cutting Board Set 3pcs Kitchen","Greeting card",0.01,99999')).toContain('sku_filler');
    expect(kinds('商品编号,商品标题,SKU名称,SKU价格,库存\nH-31,"陶瓷马克杯 北欧 简约 350ml","赠品贴纸",0.02,99999')).toContain('sku_filler');
  });

  it('passes for a real option, or a give-away name at a real price', () => {
    expect(kinds('item_no,title,sku_name,sku_price,stock\nTB-220,"Bamboo Cutting Board Set 3pcs Kitchen","Natural 3pcs",6.40,800')).toEqual([]);
    expect(kinds('商品编号,商品标题,SKU名称,SKU价格,库存\nH-31,"陶瓷马克杯 北欧 简约 350ml","礼盒装 2只",7.80,500')).toEqual([]);
  });
});
