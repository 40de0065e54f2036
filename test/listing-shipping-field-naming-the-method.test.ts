import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * The page's shipping field often names the carrier option beside its fee ("Shipping: $2,400.00 via Seller's Shipping
 * Method"). The fee is still the listing's freight and is judged against the goods; a bare "Shipping method: ..." line
 * outside that field states no fee.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe("a shipping field that names the seller's shipping method", () => {
  it('is read as freight, and freight far above the goods is flagged', () => {
    expect(kinds("Silicone Ice Cube Tray 15 cavity\n50 - 499 Pieces\t$0.48\n>=500 Pieces\t$0.41\nMin. Order: 50 Pieces\nShipping: $2,400.00 via Seller's Shipping Method for 50 pieces")).toContain('shipping');
    expect(kinds("Bench Grinder 6 inch 250W\n1 - 9 Pieces  $32.00   >=10 Pieces  $29.50\nShipping: Seller's Shipping Method  $48,000.00\nMin. Order: 1 Piece")).toContain('shipping');
  });

  it('passes a fair fee named with its method', () => {
    expect(kinds("Silicone Ice Cube Tray 15 cavity\n50 - 499 Pieces\t$0.48\n>=500 Pieces\t$0.41\nMin. Order: 50 Pieces\nShipping: $18.00 via Seller's Shipping Method for 50 pieces")).toEqual([]);
  });

  it('reads a shipping field without a colon, its fee before the method ("Shipping  $310.00 (Seller\'s Shipping Method 1)")', () => {
    const page = (fee: string) => `Ready to Ship\nFoldable Laptop Stand Aluminium\n10 - 99 Pieces $2.10 | >=100 Pieces $1.85\n10 Pieces  Details  $21.00\nShipping  ${fee} (Seller's Shipping Method 1)`;
    expect(kinds(page('$310.00'))).toContain('shipping');
    expect(kinds(page('$16.00'))).toEqual([]);
  });
});
