import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A rep who says a cheap SKU, option or 规格 is there to pull the price shown down ("so the listing shows from $0.05", "nice
 * for ranking", "只是让价格好看", "就是让价格显示低一点", "拉低起价", "搜索价格排序能靠前") describes filler: the SKU is not the
 * product and sets a false price, whatever the product itself costs (the rep often names no product price). Such notes were
 * missed, or named as a false range. A rep asking about a wide range whose SKUs are each priced right stays clean.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a SKU a rep says pulls the price shown down is filler', () => {
  it('flags a sample card SKU added so the listing shows from its price (en)', () => {
    expect(kinds('added a "sample colour card" SKU at $0.05 so the listing shows from $0.05 😅 the card isnt really for sale, we send it free with orders anyway')).toContain('sku_filler');
  });

  it('flags a gift bag SKU added only to make the price look good (mixed)', () => {
    expect(kinds("SKU 里加了个 'Gift bag only' $0.02, buyer 其实不能单买这个, 只是让价格好看")).toContain('sku_filler');
  });

  it('flags a fabric swatch option added to make the price show lower (zh)', () => {
    expect(kinds('婚纱链接加了一个"面料小样 0.1美金"的规格，其实我们不单卖面料，就是让价格显示低一点')).toContain('sku_filler');
  });

  it('flags a fee SKU that makes the listing show from two cents for ranking (en)', () => {
    expect(kinds("We added 'Extra logo printing fee' as a SKU at $0.02. technically it IS something we charge, but it makes the listing show 'from $0.02' which is nice for ranking")).toContain('sku_filler');
  });

  it('passes a wide range the rep says is each SKU priced right (en)', () => {
    const r = checker.check('our inverter listing covers everything from a 50W micro unit at $45 to a 30kW hybrid at $2,000, each SKU priced right. is a wide range ok?');
    expect(r.findings.map((f) => f.kind)).not.toContain('sku_filler');
  });
});
