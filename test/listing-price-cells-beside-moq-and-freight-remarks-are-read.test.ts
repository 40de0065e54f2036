import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Layouts the reader used to drop: the page's price and its MOQ cell one tab apart, a shipping field labelled "Shipping
 * fee:" beside the "Seller's Shipping Method" link, and a backend price field remarking that freight is not included
 * ("（不含运费）"). Each holds the listing's real numbers; read right, a fair listing still passes.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a price and its MOQ cell on one line, a tab apart', () => {
  it('reads both: the headline price and the MOQ', () => {
    const p = checker.parse('Bamboo Cutting Board Set 3 pcs\nUS$4.60 / Set\t20 Sets (Min. Order)');
    expect(p.headline?.min.value).toBe(4.6);
    expect(p.moq?.qty).toBe(20);
  });

  it('so freight far above that price is flagged, and a fair parcel fee passes', () => {
    expect(kinds("Chest Freezer 200L Commercial\nUS$6.50 / Piece\t1 Piece (Min. Order)\nShipping fee: US$380.00\tSeller's Shipping Method")).toContain('shipping');
    expect(kinds("Chest Freezer 200L Commercial\nUS$265.00 / Piece\t1 Piece (Min. Order)\nShipping fee: US$380.00\tSeller's Shipping Method")).toEqual([]);
  });
});

describe('a backend price field that says freight is not included', () => {
  it('is the price, not a shipping fee', () => {
    const p = checker.parse('商品标题：铸铁 浴缸 独立式\n价格：US$ 0.50/件（不含运费）\n运费模板：US$ 160.00/件');
    expect(p.headline?.min.value).toBe(0.5);
    expect(p.shipping.map((s) => s.amount.value)).toEqual([160]);
    expect(kinds('商品标题：铸铁 浴缸 独立式\n价格：US$ 0.50/件（不含运费）\n运费模板：US$ 160.00/件')).toContain('shipping');
  });

  it('passes when the price is real and the freight fits it', () => {
    expect(kinds('商品标题：铸铁 浴缸 独立式\n价格：US$ 420.00/件（不含运费）\n运费模板：US$ 160.00/件')).toEqual([]);
  });
});

describe('option rows under a named heading', () => {
  it('"Variations (3):" opens SKU rows, so a part sold alone at a token price is filler', () => {
    const text = 'Electric Scooter 10 inch 36V\nVariations (3):\nRange 25km - $310.00\nRange 40km - $365.00\nBrake pad only - $0.50\nPrice: US$0.50-365.00 /piece  MOQ 1';
    expect(kinds(text)[0]).toBe('sku_filler');
  });

  it('"Extra:" and "Add-on:" rows are SKUs too, and a real add-on passes', () => {
    expect(kinds("Ring Light 18 inch with Stand\n$0.01 - $26.00 /piece  MOQ 2\nColor: White\t$26.00\nExtra: 'Freight link'\t$0.01")).toContain('sku_filler');
    expect(kinds('Ring Light 18 inch with Stand\n$24.00 - $26.00 /piece  MOQ 2\nColor: White\t$26.00\nAdd-on: Phone holder kit\t$24.00')).toEqual([]);
  });
});
