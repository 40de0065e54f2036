import { describe, expect, it } from 'vitest';
import { createListingChecker, loadListingRules } from '../src/listing/index.js';

const rules = loadListingRules();
const checker = createListingChecker();

describe('titles that name their goods in the plural', () => {
  it('knows "Toys", "Chairs" and "Helmets" are goods sold by the piece', () => {
    for (const t of ['Plush Stuffed Animal Toys for Kids', 'Stackable Plastic Garden Chairs', 'Motorcycle Helmets Full Face DOT']) expect(rules.soldByCount(t)).toBe(true);
  });

  it('flags wooden toys priced per gram', () => {
    const text = ['Wooden Stacking Rainbow Toys Montessori Baby Learning', '$0.005 - $0.007/ Gram | 8000 Gram/Grams(Min. Order)', 'Weight: about 600g/set'].join('\n');
    expect(checker.check(text).findings.map((f) => f.kind)).toContain('price_unit');
  });
});
