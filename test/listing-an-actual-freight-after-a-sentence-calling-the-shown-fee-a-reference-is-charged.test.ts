import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * "The shipping fee shown above is for reference only. Actual freight $15.00/piece will be charged by a separate link":
 * the reference words are about the page's fee; the actual freight, in a sentence of its own, is what is charged. An
 * actual freight its own sentence calls approximate stays an estimate.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);
const page = (note: string) => `Ready to Ship\nMini Resin Figurine Cute Animal Desk Decoration\n$0.30 / Piece | 10 Pieces (Min. Order)\n10 Pieces  Details  $3.00\nShipping  $4.00   Standard Shipping\nTotal  $7.00\nNote: ${note}`;

describe('an actual freight after a reference note', () => {
  it('is charged freight', () => {
    expect(kinds(page('the shipping fee shown above is for reference only. Actual freight $15.00/piece will be charged by a separate link after you place the order.'))).toContain('shipping');
  });
  it('a shown fee said to be a reference alone passes', () => {
    expect(kinds(page('the shipping fee shown above is for reference only, final freight depends on the destination.'))).not.toContain('shipping');
  });
});
