import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A sample sold by the bag or box beside a price per piece holds several pieces: unsized, it is no evidence that the piece
 * is part of what is sold, and sized ("1000 pcs/bag") it converts. A sample set of goods priced per piece still is.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a sample bag beside a price per piece', () => {
  it('passes an unsized sample bag and a bag whose content the page gives', () => {
    expect(kinds('Assorted Metal Eyelets and Grommets Wholesale\n$0.01 - $0.04/ Piece | 1000 Pieces(Min. Order)\nSamples: $4.00/Bag')).toEqual([]);
    expect(kinds('Bamboo Toothpicks Individually Wrapped 65mm\n$0.0012 - $0.0016/ Piece | 200000 Pieces (Min. Order)\nPackaging: 1000 pcs/bag, 40 bags/carton\nSamples: $3.50/Bag | 1 Bag (Min. Order)')).toEqual([]);
  });

  it('still flags a per-piece price beside a sample set many times dearer', () => {
    expect(kinds('Professional Makeup Brush Set 12 Pieces with Case\n$0.35/ Piece | 120 Pieces(Min. Order)\nSamples: $9.80/Set')).toContain('price_unit');
  });
});
