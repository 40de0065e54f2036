import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A fraction of a kilogram named as the item's gross or net weight ("Glass Vase, gross 0.62kg", "N.W. 0.85 kg") is what one
 * item weighs, for the freight template, not a unit cut down so the price looks small (round 43). A price per "0.01 Square
 * Meters" still is. Our own wordings.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe("an item's weight beside a freight template", () => {
  it('is no fractional price unit', () => {
    expect(kinds('Shipping template: Seller custom\nZone EU: $7.20 first 0.5kg + $3.10 each extra 0.5kg\nItem: Glass Flower Vase 20cm, gross 0.62kg\nShown shipping (1 pc to EU): $7.20')).toEqual([]);
    expect(kinds('Bamboo Serving Tray Large, N.W. 0.85 kg\nUS $3.20 - $3.60 / Piece | 200 Pieces (Min. Order)')).toEqual([]);
  });

  it('while tiers per a hundredth of a square metre are still a false unit', () => {
    expect(kinds('Ceramic Wall Tiles 200x300 Glossy\n30000 - 99999 0.01 Square Meters\n$0.058\n>=100000 0.01 Square Meters\n$0.051')).toContain('price_unit');
  });
});
