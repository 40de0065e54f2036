import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a price per component of goods the page says hold many of them', () => {
  it('catches "price is per bead, each bracelet has 22 beads" and "price per tile, 36 tiles per mosaic sheet"', () => {
    expect(kinds('Tiger Eye Stone Bracelet 8mm\nPrice: $0.03 / piece\nMOQ: 1 piece\nprice is per bead, each bracelet has 22 beads')).toContain('price_unit');
    expect(kinds('Glass Mosaic Sheet 300x300mm Kitchen Backsplash\nPrice: US $0.05 / piece\nMOQ: 10 piece\nNote: price is per chip, 100 chips on one sheet')).toContain('price_unit');
  });

  it('passes a component the title sells, and a price per item with the count of its parts', () => {
    expect(kinds('Tiger Eye Loose Beads 8mm\nPrice: $0.03 / piece\nMOQ: 500 piece\nprice is per bead, 46 beads per strand')).toEqual([]);
    expect(kinds('Tiger Eye Stone Bracelet 8mm\nPrice: $1.20 / piece\nMOQ: 10 piece\nprice is per bracelet, each bracelet has 22 beads')).toEqual([]);
  });
});
