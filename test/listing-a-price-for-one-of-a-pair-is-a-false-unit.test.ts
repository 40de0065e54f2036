import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('goods sold by the pair priced per single item', () => {
  it('flags a price per piece when the page says a pair is two pieces or the price is per single item', () => {
    expect(kinds('Nitrile Coated Work Gloves Industrial\n$0.21 - $0.26/ Piece | 6000 Piece/Pieces(Min. Order)\nPacking: 12 pairs/bag\nNote: 1 pair = 2 pieces')).toContain('price_unit');
    expect(kinds('商品名称：女士 高跟 凉鞋 夏季\n价格：US $4.20 / 只\n最小起订量：60 只\n备注：按只计价')).toContain('price_unit');
    // The note need not name a pair at all: "per single shoe" says the piece is a half.
    expect(kinds('Women Leather Ankle Boots Winter\n$6.80 - $7.90/ Piece | 50 Pieces(Min. Order)\nPrice is per single boot')).toContain('price_unit');
  });

  it('passes shoes priced per pair, and per piece with no word that the piece is a half', () => {
    expect(kinds('Nitrile Coated Work Gloves Industrial\n$0.42 - $0.52/ Pair | 3000 Pair/Pairs(Min. Order)\nPacking: 12 pairs/bag')).toEqual([]);
    expect(kinds('Kids Canvas Sneakers Low Top\n$3.20 - $3.90/ Piece | 120 Pieces(Min. Order)\nSold in pairs, 12 pairs/carton')).toEqual([]);
  });
});
