import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A title's electrical rating ("1500W", "20000mAh") marks a device sold by the piece, so a price per kilogram for it is
 * a price_unit finding. A grade or model code that merely starts with such a letter ("W450 W210" for a nut grade,
 * "V60 V90" for a coffee grade) is no rating: bulk goods with such codes are rightly quoted per ton or kilogram.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a letter-number grade code in the title', () => {
  it('does not make bulk food a device', () => {
    expect(kinds('Dried Macadamia Kernels Style 0 1 W450 W210 export grade\n$9,800.00 / Ton | 2 Tons (Min. Order)\nShipping: FOB, freight negotiable')).not.toContain('price_unit');
  });

  it('still reads a real rating in the title as a device', () => {
    expect(kinds('Cordless Hand Blender 800W stainless steel\n$2.40 / Kilogram | 100 Kilograms (Min. Order)')).toContain('price_unit');
  });
});
