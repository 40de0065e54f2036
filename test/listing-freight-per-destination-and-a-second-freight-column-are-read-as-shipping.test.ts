import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Freight written as one row per destination under "Shipping to:" is a freight table, not SKUs: one destination priced
 * to keep buyers away is false shipping. A CSV export with a second freight column ("freight_charged_usd" after
 * "freight_listed_usd") reads its bare amount in the table's currency and by its header words, so freight invoiced far
 * above the freight shown is found. Even freight tables and matching columns pass.
 */
const checker = createListingChecker();
const kinds = (t: string) => [...new Set(checker.check(t).findings.map((f) => f.kind))];

describe('freight per destination', () => {
  it('flags one destination priced out of reach as shipping, not a SKU', () => {
    expect(kinds('Stainless Steel Garlic Press Kitchen Tool\n\n$0.95 / Piece | 50 Pieces (Min. Order)\n\nShip to:\n  Germany\t$6.10\n  France\t$6.40\n  Brazil\t$2,450.00\n')).toEqual(['shipping']);
  });
  it('passes an even freight table', () => {
    expect(kinds('Stainless Steel Garlic Press Kitchen Tool\n\n$0.95 / Piece | 50 Pieces (Min. Order)\n\nShip to:\n  Germany\t$6.10\n  France\t$6.40\n  Brazil\t$14.80\n')).toEqual([]);
  });
});

describe('a second freight column', () => {
  it('flags freight charged far above the freight listed', () => {
    expect(kinds('product,price_usd,freight_listed_usd,freight_charged_usd\nSilicone Baking Mat 40x30cm,0.90,5.00,19.00\n')).toContain('shipping');
  });
  it('passes the same freight in both columns', () => {
    expect(kinds('product,price_usd,freight_listed_usd,freight_charged_usd\nSilicone Baking Mat 40x30cm,0.90,5.00,5.00\n')).toEqual([]);
  });
});
