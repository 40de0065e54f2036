import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A price per millilitre or per gram, or per a "piece" the page defines as one small item, while the page says the goods
 * are sold only in bottles, jars or sheets: the price shown is for a part of what anyone can buy. A price per piece on
 * goods packed in cartons is how wholesale pages price, and passes.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a price per part of the unit sold', () => {
  it('flags a price per millilitre on goods sold only in bottles', () => {
    expect(kinds('Title: Rosehip Face Oil Private Label 30ml\nPrice: $0.05/ml\nMOQ: 30 ml\nNote: sold only in 30ml bottles, 500 bottles minimum')).toContain('price_unit');
  });

  it('flags a price per chip on mosaic sold only in sheets', () => {
    const text = 'Glass Mosaic Tiles Kitchen Backsplash Square\nPrice: $0.60 / Piece (piece = 1 chip 2.5x2.5cm)\nMOQ: 1 Piece\nSold in: sheets of 30x30cm only';
    expect(checker.parse(text).headline?.min.value).toBe(0.6);
    expect(kinds(text)).toContain('price_unit');
  });

  it('passes a price per piece on goods packed in cartons', () => {
    expect(kinds('Title: Ceramic Coffee Mug 350ml\nPrice: $1.20 / Piece (1 carton = 48 pcs)\nMOQ: 480 Pieces\nPacking: 48 pcs per carton')).toEqual([]);
    expect(kinds('Title: Rosehip Face Oil 30ml\nPrice: $1.50 / Bottle\nMOQ: 500 Bottles\nSold in cartons of 100 bottles')).toEqual([]);
  });
});
