import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A free-shipping promotion that holds above an order value ("orders above US$ 300", "for orders > US$1,000", "满 US$ 100")
 * names that value, not a fee; and with such an offer on the page, a template fee for smaller orders is no freight
 * charged above a published zero, even under a banner that says free shipping alone. A sentence about freight that
 * states the goods' price or other sellers' ("product price is $7.90 ... vs competitors ~$5.50 + shipping") names no fee.
 * Unconditional free shipping beside a fee is still false shipping.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a free-shipping offer above an order value', () => {
  it('reads the order value in brackets or after a sign as no fee', () => {
    const a = 'Stainless Steel Tumbler 20oz Vacuum Insulated\nUS$1.90 - 2.40 / piece | 50 pieces (Min. Order)\nShipping: Free shipping (limited offer, orders over US$ 500)';
    expect(checker.parse(a).shipping).toEqual([]);
    expect(kinds(a)).toEqual([]);
    const b = 'Product: Silicone Baking Mat Set 2 pcs\nPrice: US$ 1.10 - 1.60 / set\nMOQ: 100 sets\nShipping: Free shipping (store event) to EU for orders ≥ US$800';
    expect(checker.parse(b).shipping).toEqual([]);
    expect(kinds(b)).toEqual([]);
  });

  it('passes a template fee for orders below the threshold under a free-shipping banner', () => {
    const zh = '【双十一包邮】\n商品：陶瓷马克杯 350ml 纯白\n价格：US$ 0.90 - 1.20 / 个\n起订量：48 个\n运费：活动期间欧美包邮（满 US$ 200）\n未满时运费模板：48 个约 US$ 41';
    expect(kinds(zh)).toEqual([]);
  });

  it('still flags a fee charged beside free shipping offered to every order', () => {
    expect(kinds('商品：陶瓷马克杯 350ml 纯白\n价格：US$ 0.90 - 1.20 / 个\n起订量：48 个\n运费：全场包邮\n下单后另收运费 US$ 41')).toContain('shipping');
    expect(kinds('Ceramic Mug 11oz Blank\nUS$0.70 - 0.90 / piece | 36 pieces (Min. Order)\nShipping: Free shipping\nShipping fee: US$ 48.00')).toContain('shipping');
  });
});

describe('prices beside freight words', () => {
  it("reads the goods' price and other sellers' prices in a freight sentence as no fee", () => {
    const t = "Our page says free shipping and the template really is 0 to the US; product price is $12.40 per piece vs other sellers ~$9 + shipping. Is that ok?\nProduct: Bluetooth Karaoke Microphone";
    expect(checker.parse(t).shipping).toEqual([]);
    expect(kinds(t)).toEqual([]);
  });
});
