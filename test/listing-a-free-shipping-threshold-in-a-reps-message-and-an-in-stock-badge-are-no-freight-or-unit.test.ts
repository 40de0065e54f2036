import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * In a rep's message the order value a free-shipping offer starts at ("free shipping on orders over US $300", "满 US$150 包邮")
 * is neither freight nor a price: it was read as a $300 fee many times the goods. And a page's "Ready to Ship  In Stock"
 * badges say the goods are on hand, not that they sell by the "stock": a price per square metre beside them is no false
 * unit. A real fee far above cheap goods, and a rep who says the goods only sell by the box, are still read.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a free-shipping threshold and an in-stock badge', () => {
  it('the threshold is no freight (en, zh, mixed)', () => {
    expect(kinds('can u check: Stainless Steel Lunch Box 3 Layer, price shows US $4.10 - $4.60/pc, MOQ 20 pcs. Shipping: free shipping on orders over US $300 / any problem?')).toEqual([]);
    expect(kinds('帮我看下：不锈钢饭盒 三层，挂的价格 US $4.10 - $4.60/个，起订 20个，运费：满 US $150 包邮，有问题吗？')).toEqual([]);
    expect(kinds('pls看下 不锈钢饭盒 三层，price挂的 US $4.10 - $4.60/个 / MOQ 20 个。Shipping: Free delivery for orders above US $250 / 有risk吗')).toEqual([]);
  });

  it('a real fee far above cheap goods is still inflated shipping', () => {
    expect(kinds('can u check: Stainless Steel Lunch Box, price shows US $0.41/pc, MOQ 20 pcs. Shipping: US $300 per order / any problem?')).toContain('shipping');
  });

  it('an in-stock badge is no unit the goods sell by', () => {
    expect(kinds('Home > All Industries > Construction & Real Estate > Flooring\nReady to Ship  In Stock  Fast Dispatch\nSPC Vinyl Plank Flooring 5mm Click Lock Oak\nUS $6.40 - $7.90/Square Meter | 500 Square Meters(Min. Order)')).toEqual([]);
  });

  it('goods a rep says sell by weight are no false unit per gram', () => {
    expect(kinds('our raw cuticle hair bundles are priced per gram since hair is sold by weight - 100g bundle = $52 at $0.52/g, MOQ 300g, is that ok?')).toEqual([]);
  });

  it('a unit the rep says the goods only sell by still is one', () => {
    expect(kinds('our tile listing shows $0.09 per square inch but we only sell by the box, each box is 1.44 sqm, ok?')).toContain('price_unit');
  });
});
