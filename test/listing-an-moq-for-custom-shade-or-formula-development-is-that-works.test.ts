import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * "Custom shade development: $150 per color (MOQ 3000 pcs)": a minimum for developing a custom shade, formula or scent
 * is that work's MOQ, not a second MOQ of the goods as listed.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('an MOQ for custom development', () => {
  it('is no second MOQ of the goods', () => {
    expect(kinds('Private Label Lip Gloss Vegan Moisturizing 30 Colors\n50 - 499 Pieces\t500 - 1999 Pieces\t>= 2000 Pieces\n$0.95\t$0.80\t$0.65\nMin. Order: 50 Pieces\nCustom shade development: $120 per color (MOQ 2000 pcs)\nSamples: $2.00/Piece')).not.toContain('moq');
    expect(kinds('Private Label Perfume Oil 10ml Roll On\n$1.20 - $1.60 / Piece | 100 Pieces (Min. Order)\nCustom fragrance: formula development $200 (MOQ 5000 pcs)')).not.toContain('moq');
  });
});
