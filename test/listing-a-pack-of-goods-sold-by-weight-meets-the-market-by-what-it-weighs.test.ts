import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Commodities the market prices per ton (meat, grain, oil) listed per carton, bag or sack with the pack's weight on the page
 * ("20kg net per carton", "50 kg PP bags", "每箱 20公斤"): the weight converts the pack's price for the market comparison. A
 * pack priced at what one kilogram costs is a price per kilogram shown per pack (price_unit); a pack at a real price passes.
 * Our own wordings (round 46).
 */
const checker = createListingChecker({ arbiter: false });
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a pack of goods sold by weight', () => {
  it('reads the pack weight in English and Chinese', () => {
    const sizes = checker.parse('Frozen Pork Belly Boneless\nUS $5.10 / Carton | 600 Cartons (Min. Order)\nPacking: 20kg net per carton').unitSizes;
    expect(sizes?.map((z) => [z.unit.id, z.qty, z.of.id])).toEqual([['carton', 20, 'kilogram']]);
    const sacks = checker.parse('Yellow Corn Grade 2\nUS $9.00 / Bag | 3000 Bags (Min. Order)\nPacking: 50 kg woven sacks').unitSizes;
    expect(sacks?.map((z) => [z.unit.id, z.qty, z.of.id])).toEqual([['bag', 50, 'kilogram']]);
  });

  it('a carton at a kilogram price is a price per kilogram shown per carton', () => {
    expect(kinds('Frozen Pork Belly Boneless\nUS $5.10 / Carton | 600 Cartons (Min. Order)\nPacking: 20kg net per carton')).toEqual(['price_unit']);
    expect(kinds('冻猪肉 五花肉 带皮\n价格：US$ 3.90 / 箱\n起订量：1000 箱\n包装：22公斤/箱')).toEqual(['price_unit']);
  });

  it('a carton at a real price passes', () => {
    expect(kinds('Frozen Pork Belly Boneless\nUS $78.00 / Carton | 600 Cartons (Min. Order)\nPacking: 20kg net per carton')).toEqual([]);
    expect(kinds('Yellow Corn Grade 2\nUS $14.50 / Bag | 3000 Bags (Min. Order)\nPacking: 50 kg woven sacks')).toEqual([]);
  });
});
