import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A remark that the seller only takes a quantity and up, with no "orders" named ("we only accept 2,000+ sets", "only sell
 * 500+ pcs"), states the real minimum: beside an MOQ of 1 the MOQ shown is false. The same words beside an MOQ that
 * already says that quantity are no contradiction.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);
const H = 'product_title,unit,moq,price_type,price,sku,shipping,sample_price,remark';

describe('a remark that the seller only accepts a quantity and up', () => {
  it('sets the real MOQ against an MOQ of one', () => {
    expect(kinds(`${H}\n"Cast Iron Dutch Oven 5.5 Qt Enamelled",Set,1,range,"$14.80 - $16.90/Set",,,,"Page shows MOQ 1 but we only accept 2,000+ sets, smaller orders are refunded."`)).toContain('moq');
    expect(kinds('Product Name: Cast Iron Dutch Oven 5.5 Qt\nPrice: US $14.80 - $16.90 / set\nMOQ: 1 set\nInternal note: we only sell 500+ sets')).toContain('moq');
  });

  it('is no contradiction beside an MOQ of that quantity', () => {
    expect(kinds(`${H}\n"Cast Iron Dutch Oven 5.5 Qt Enamelled",Set,2000,range,"$14.80 - $16.90/Set",,,,"We only accept 2,000+ sets per order."`)).toEqual([]);
  });
});
