import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Freight the listing says is already inside the goods' price is the freight's share of that price, charged on top of
 * nothing: "free shipping" beside it is true, whether the note names the freight's amount before the words that fold it in
 * ("运费约 $25/台，已含在单价 $289 中"), names the carrier ("price includes ePacket", "单价含小包运费"), or sits in an internal
 * cost note a reader takes for the real fee ("shipping cost ~USD 1.10/pc absorbed in unit price 3.80"). And a free-shipping
 * badge with no amount, first in a page's price line ("Free shipping | $4.50 / piece | 50 pieces (Min. Order)"), is a field
 * of its own: the cells after it are the price and the MOQ, not a fee. Freight billed after the order stays false shipping.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('freight said to be in the unit price', () => {
  it('passes an amount of freight named before the words that fold it into the price', () => {
    expect(kinds('产品名称：LED 落地灯\n运费模板：包邮（西班牙、葡萄牙）\n备注：海外仓发货，运费约 $12/台，已含在售价 $96 中')).toEqual([]);
    expect(kinds('产品名称：折叠椅\n运费模板：包邮\n备注：运费大概 $8/把，已经算进单价 $35 了')).toEqual([]);
  });

  it('passes a cost note that says the freight is absorbed in the unit price', () => {
    const t = 'Product name: Silicone Baby Bib\nShipping template: Free shipping (US, CA)\nInternal cost note: postage ~USD 0.90/pc absorbed in unit price 2.60; no extra charges';
    expect(kinds(t)).toEqual([]);
  });

  it('passes a price that includes the named carrier', () => {
    expect(kinds('Kids Smart Watch GPS\nFree shipping to EU | $7.80 / piece | 20 pieces (Min. Order)\nPrice includes ePacket')).toEqual([]);
    expect(kinds('儿童水杯 500ml\n包邮 | $1.60 / 个 | 50 个起订\n单价含快递运费')).toEqual([]);
  });

  it('still flags freight billed after the order beside free shipping', () => {
    expect(kinds('产品名称：LED 落地灯\n运费模板：包邮\n备注：运费约 $12/台，下单后另收')).toContain('shipping');
    expect(kinds('Product name: Silicone Baby Bib\nShipping template: Free shipping (US)\nInternal note: actual postage USD 3/pc invoiced separately')).toContain('shipping');
  });
});

describe('a free-shipping badge first in the price line', () => {
  it('reads the cells after it as the price and the MOQ', () => {
    const p = checker.parse('Kids Smart Watch GPS\nFree shipping | $7.80 / piece | 20 pieces (Min. Order)');
    expect(p.shipping).toEqual([]);
    expect(p.headline?.min.usd).toBe(7.8);
    expect(p.moq?.qty).toBe(20);
  });

  it('still reads a fee charged on a later line as freight above the free shipping shown', () => {
    expect(kinds('Kids Smart Watch GPS\nFree shipping | $7.80 / piece | 20 pieces (Min. Order)\nShipping fee: US$ 35.00 per order')).toContain('shipping');
  });
});
