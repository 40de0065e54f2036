import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a price per piece of goods sold only as an N-piece set', () => {
  it('catches "sold as complete 24-piece set only" beside a price per piece, and passes a price per set', () => {
    const set = (price: string, note: string) => `Product name: Stainless Steel Cutlery Set 24pcs\nPrice: US $${price}\nMOQ: 24 Pieces\nDescription: ${note}`;
    expect(kinds(set('0.35 / Piece', 'price shown per piece; sold as complete 24-piece set only'))).toContain('price_unit');
    expect(kinds(set('0.60 / Piece', 'price quoted per piece, sold as a full 12 pcs set only'))).toContain('price_unit');
    expect(kinds(set('8.40 / Set', 'sold as complete 24-piece set only').replace('MOQ: 24 Pieces', 'MOQ: 10 Sets'))).toEqual([]);
  });
});

describe('a minimum counted in packs of packs or written "min N unit"', () => {
  it('counts cartons of boxes of pieces against an MOQ in pieces', () => {
    const gloves = (moq: string, min: string) => `Disposable Vinyl Gloves Clear 100pcs/box\n💲$0.03 / Piece\nMOQ: ${moq}\nsold by carton only (10 boxes/ctn), ${min}`;
    expect(kinds(gloves('1000 Pieces', 'min 50 cartons'))).toContain('moq');
    expect(kinds(gloves('50000 Pieces', 'min 50 cartons'))).toEqual([]);
  });

  it('reads "min N packs" beside an MOQ of single items', () => {
    const sticks = (moq: string) => `Product name: Bamboo Chopsticks 10 pairs/pack\nPrice: US $0.03 / Pair\nMOQ: ${moq}\nDescription: sold by pack only, min 200 packs`;
    expect(kinds(sticks('10 Pairs'))).toContain('moq');
    expect(kinds(sticks('2000 Pairs'))).toEqual([]);
    // "min 2 colours" counts no goods.
    expect(kinds('Product name: Bamboo Chopsticks\nPrice: US $0.03 / Pair\nMOQ: 2000 Pairs\nDescription: mixed colours welcome, min 2 colours per order')).toEqual([]);
  });
});
