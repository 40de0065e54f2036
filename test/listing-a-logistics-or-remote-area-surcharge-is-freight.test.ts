import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * "Free shipping on this item" over "Remote area / logistics surcharge: $29.00 per piece added at checkout": a surcharge
 * for logistics, a remote area or delivery is freight, read as such; a small one beside dearer goods is real freight.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a logistics surcharge', () => {
  it('is freight added to a free-shipping page', () => {
    expect(kinds('Wireless Earbuds TWS Bluetooth 5.3 Noise Cancelling\n$0.99 / Piece | 1 Piece/Pieces (Min. Order)\nFree shipping on this item\nRemote area / logistics surcharge: $29.00 per piece added at checkout')).toContain('shipping');
  });
  it('a small surcharge on dearer goods passes', () => {
    expect(kinds('Wireless Earbuds TWS Bluetooth 5.3 Noise Cancelling\n$12.50 / Piece | 10 Pieces (Min. Order)\nShipping: $18.00 by express\nRemote area surcharge: $6.00 per order for some postcodes')).not.toContain('shipping');
  });
});
