import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * "MOQ: 50 cartons for stock items" beside "Packaging Details: 24 rolls/carton": the page's own words put the real MOQ at
 * 1,200 rolls, so a "1 Piece/Pieces (Min. Order)" on tape priced per roll is a false MOQ. An MOQ of one carton that
 * matches the Min. Order field passes.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('an MOQ claim in cartons of known content', () => {
  it('counts the content against the Min. Order field', () => {
    expect(kinds('Masking Tape 24mm x 50m Beige General Purpose\n$0.21 - $0.26 / Roll | 1 Piece/Pieces (Min. Order)\nPackaging Details: 24 rolls/carton\nProduct Description\nMOQ: 50 cartons for stock items. Samples available.')).toContain('moq');
  });
  it('passes when the two agree', () => {
    expect(kinds('Masking Tape 24mm x 50m Beige General Purpose\n$0.21 - $0.26 / Roll | 24 Rolls (Min. Order)\nPackaging Details: 24 rolls/carton\nProduct Description\nMOQ: 1 carton. Samples available.')).not.toContain('moq');
  });
});
