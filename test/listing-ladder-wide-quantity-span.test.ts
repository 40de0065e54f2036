import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A ladder of gentle steps over a thousandfold quantity span (custom print runs) is a real discount even when
 * its whole fall passes maxTotalRatio; a bait ladder still drops in one step, and a steep gentle ladder over a
 * narrow span is still flagged.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('gentle steps over a wide span', () => {
  it('passes a print-run ladder that falls 11x over 2,000x the quantity', () => {
    expect(kinds('Custom Printed Paper Labels Roll\n100 - 999 Pieces $0.090\n1000 - 9999 Pieces $0.040\n10000 - 99999 Pieces $0.018\n>= 200000 Pieces $0.008')).toEqual([]);
  });

  it('flags the same fall over a narrow span', () => {
    expect(kinds('Custom Printed Paper Labels Roll\n100 - 149 Pieces $0.090\n150 - 199 Pieces $0.040\n200 - 249 Pieces $0.018\n>= 250 Pieces $0.008')).toContain('price_ladder');
  });

  it('flags one bait step however wide the span', () => {
    expect(kinds('Custom Printed Paper Labels Roll\n100 - 999 Pieces $0.090\n1000 - 9999 Pieces $0.080\n>= 100000 Pieces $0.010')).toContain('price_ladder');
  });
});
