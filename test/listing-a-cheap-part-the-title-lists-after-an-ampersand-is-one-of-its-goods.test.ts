import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A title that lists a part in the plural beside other goods with an ampersand ("Replacement Carafes & Rubber Gaskets",
 * "Gaskets & Lids for ...") offers that part as goods of its own: its cheap "gasket only" SKU is one of the listing's
 * products, as with "and". A title that names only the product keeps such a SKU far below the others as filler.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

const page = (title: string) =>
  `Home > Home & Garden > Kitchen > Coffee Maker Parts\n${title}\nOption:\n  Rubber gasket only        $0.09\n  Glass carafe 1.5L     $4.40\n  Glass carafe 1.8L $5.10\n300 Pieces (Min. Order)`;

describe('a cheap part the title lists after an ampersand', () => {
  it('is one of the listing\'s goods (ampersand before or after the part)', () => {
    expect(kinds(page('Replacement Glass Carafes & Rubber Gaskets for 12-Cup Drip Coffee Makers'))).toEqual([]);
    expect(kinds(page('Rubber Gaskets & Glass Carafes Replacement Set for 12-Cup Coffee Makers'))).toEqual([]);
  });

  it('is still filler when the title names only the product', () => {
    expect(kinds(page('Replacement Glass Carafe for 12-Cup Drip Coffee Makers'))).toContain('sku_filler');
  });
});
