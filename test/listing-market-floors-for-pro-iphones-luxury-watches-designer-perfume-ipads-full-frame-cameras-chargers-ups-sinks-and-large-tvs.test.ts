import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Branded goods below the market and common goods the reference table did not know: a Pro iPhone (named with or without
 * the brand), a Swiss luxury watch, a designer perfume, an iPad, a full-frame mirrorless body, a high-end graphics card,
 * an EV charger, a UPS by its kVA, a stainless kitchen sink, a power-tool battery, a wireless charger, a large TV (the
 * floor per inch), goods priced by weight sold per piece of a stated weight (hair bundles of 100 g). Honest prices pass,
 * and so do the look-alikes that are other goods: dupes "inspired by" a perfume, homage watches, a small TV, a sink strainer.
 */
const checker = createListingChecker();
const kinds = (t: string) => [...new Set(checker.check(t).findings.map((f) => f.kind))];
const page = (title: string, price: string, unit = 'Piece', moq = '1 Piece') => `${title}\n\n${price} / ${unit} | ${moq} (Min. Order)\n`;

describe('branded and common goods far below the market', () => {
  it('are flagged as a price range far from the market', () => {
    expect(kinds(page('Apple iPhone 14 Pro 128GB Unlocked Brand New', '$88.00 - $110.00'))).toContain('price_range');
    expect(kinds(page('Used Phone 12 Pro Max 128GB Grade A Unlocked', '$60.00 - $99.00'))).toContain('price_range');
    expect(kinds(page('Omega Seamaster Diver 300M Automatic Men Watch Original', '$45.00 - $60.00'))).toContain('price_range');
    expect(kinds(page('Chanel Coco Mademoiselle Eau de Parfum 100ml Original', '$2.20 - $3.00'))).toContain('price_range');
    expect(kinds(page('Apple iPad Pro 11 inch M2 256GB WiFi Sealed', '$70.00 - $90.00'))).toContain('price_range');
    expect(kinds(page('Canon EOS R5 Mirrorless Camera Body 45MP Original', '$150.00 - $199.00'))).toContain('price_range');
    expect(kinds(page('Gigabyte RTX 4080 16GB Gaming Graphics Card', '$99.00 - $120.00'))).toContain('price_range');
    expect(kinds(page('11kW EV Charger Wallbox Type 2 Three Phase WiFi', '$4.80 - $7.50'))).toContain('price_range');
    expect(kinds(page('6kVA Online UPS Pure Sine Wave Rack Mount', '$15.00 - $22.00', 'Set', '1 Set'))).toContain('price_range');
    expect(kinds(page('SUS304 Handmade Double Bowl Kitchen Sink 80x45cm', '$1.80 - $2.40', 'Set', '10 Sets'))).toContain('price_range');
    expect(kinds(page('18V 6.0Ah Replacement Battery for DeWalt Cordless Drill', '$0.90 - $1.50'))).toContain('price_range');
    expect(kinds(page('15W Magnetic Wireless Charger Pad Fast Charging', '$0.03'))).toContain('price_range');
    expect(kinds(page('75 inch 4K UHD Smart TV Android LED Television', '$69.00 - $95.00'))).toContain('price_range');
    expect(kinds(page('Brazilian Virgin Human Hair Bundles Body Wave 100g/bundle 12-28 inch', '$2.80 - $5.50', 'Bundle', '1 Bundle'))).toContain('price_range');
  });
});

describe('market prices and look-alikes', () => {
  it('pass', () => {
    expect(kinds(page('Apple iPhone 14 Pro 128GB Unlocked Used Grade A', '$520.00 - $580.00'))).toEqual([]);
    expect(kinds(page('Perfume Inspired by Chanel Coco Mademoiselle Eau de Parfum 50ml', '$2.20 - $3.00', 'Piece', '48 Pieces'))).toEqual([]);
    expect(kinds(page('Homage Diver Watch Automatic Men Sapphire Style Submariner', '$45.00 - $60.00'))).toEqual([]);
    expect(kinds(page('32 inch HD Smart TV Android LED Television', '$42.00 - $48.00'))).toEqual([]);
    expect(kinds(page('11kW EV Charger Wallbox Type 2 Three Phase WiFi', '$180.00 - $230.00'))).toEqual([]);
    expect(kinds(page('Kitchen Sink Strainer Stainless Steel Drain Basket', '$0.80 - $1.20', 'Piece', '100 Pieces'))).toEqual([]);
    expect(kinds(page('Brazilian Virgin Human Hair Bundles Body Wave 100g/bundle 12-28 inch', '$28.00 - $55.00', 'Bundle', '1 Bundle'))).toEqual([]);
  });
});

describe('a rep asking about a pasted page', () => {
  it('is no title: the page below is still placed in the market', () => {
    expect(kinds('帮忙看下这个链接 price ok吗\nHome > Vehicles & Accessories > EV Charging\n7kW EV Charger Wallbox Type 2 Single Phase\n$5.50 - $8.80 / Piece | 1 Piece (Min. Order)')).toContain('price_range');
  });
});
