import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';
import { createParser } from '../src/listing/parse.js';
import { loadListingRules } from '../src/listing/rules.js';

/**
 * Option rows under a heading ("Grade:", "Size:") may carry a number in their name ("screen 18+", "age 3+", "size 40+"):
 * it names the option, it is no quantity the price starts at, so it sets no MOQ and no ladder. A real tier row
 * ("500+ Kilograms $4.10") is still a tier.
 */
const checker = createListingChecker();
const parser = createParser(loadListingRules());
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

const page = (row: string) =>
  `Dried Red Kidney Beans Light Speckled Export Quality\n$0.95 - $1.60 / Kilogram | 1000 Kilogram (Min. Order)\nGrade:\n  Machine cleaned, mixed sizes     $0.95/kg\n  Hand picked                      $1.20/kg\n  ${row}\nMoisture 14% max`;

describe('a number inside an option row', () => {
  it('is part of the option name', () => {
    const p = parser.parse(page('Hand picked, size 180+ grains  $1.60/kg'));
    expect(p.tiers).toHaveLength(0);
    expect(p.skus.map((s) => s.name).join(' ')).toContain('180+');
    expect(kinds(page('Hand picked, size 180+ grains  $1.60/kg'))).not.toContain('moq');
  });

  it('is still a tier when the row is a quantity with its unit', () => {
    expect(parser.parse('Dried Red Kidney Beans\n1000 - 4999 Kilograms  $1.20\n5000+ Kilograms  $1.05').tiers).toHaveLength(2);
  });
});
