import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Freight and MOQ said in words the earlier readers missed: a freight rate quoted per kilogram above any international
 * rate, an order's freight the seller modified above the published template, a minimum of one container written in
 * prose under an MOQ of one kilogram, and a real MOQ in pairs under a "1 Piece" field. Ordinary rates, freight as
 * published and container goods with container MOQs pass.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a freight rate per kilogram', () => {
  it('is flagged far above any international rate', () => {
    expect(kinds('商品名称：纯棉 T恤 男款 圆领\n价格：US$ 2.60 / 件\n最小起订量：50 件\n运费：空运 US$ 120.00 / 公斤')).toEqual(['shipping']);
    expect(kinds('Cotton Socks Men Crew 5 Pairs Pack\n$1.90 / Pack | 20 Packs (Min. Order)\nShipping: Air express US$ 95.00 / kg')).toEqual(['shipping']);
  });

  it('passes ordinary air and express rates', () => {
    expect(kinds('商品名称：纯棉 T恤 男款 圆领\n价格：US$ 2.60 / 件\n最小起订量：50 件\n运费：空运 US$ 9.50 / 公斤')).toEqual([]);
    expect(kinds('Cotton Socks Men Crew 5 Pairs Pack\n$1.90 / Pack | 20 Packs (Min. Order)\nShipping: Express US$ 14.00 / kg')).toEqual([]);
  });
});

describe('freight the seller modified on the order', () => {
  it('is charged above the published fee', () => {
    expect(kinds('Folding Beach Chair Aluminium\n$8.40/ Piece | 20 Pieces (Min. Order)\nShipping: $45.00 for 20 pieces (shipping template)\nOrder: 20 x Beach Chair $168.00\nShipping (supplier adjusted) $390.00')).toEqual(['shipping']);
  });

  it('passes when the order carries the published fee', () => {
    expect(kinds('Folding Beach Chair Aluminium\n$8.40/ Piece | 20 Pieces (Min. Order)\nShipping: $45.00 for 20 pieces (shipping template)\nOrder: 20 x Beach Chair $168.00\nShipping $45.00')).toEqual([]);
  });
});

describe('a container minimum written in prose', () => {
  it('makes an MOQ of one kilogram false', () => {
    expect(kinds('Product: Frozen Mackerel Whole Round 300-500g\nPrice: US$1.10 / Kilogram\nMOQ: 1 Kilogram\nRemark: minimum order 1 x 40ft reefer, around 26 tons')).toEqual(['moq']);
  });

  it('passes a container MOQ stated as such', () => {
    expect(kinds('Product: Frozen Mackerel Whole Round 300-500g\nPrice: US$1,100 / Ton\nMOQ: 26 Tons\nRemark: minimum order 1 x 40ft reefer, around 26 tons')).toEqual([]);
  });
});

describe('a real MOQ in pairs under a "1 Piece" field', () => {
  it('is a second, far larger MOQ', () => {
    expect(kinds('Women Canvas Sneakers Low Top\nMin. Order: 1 Piece\n$4.20 - $5.10/ Piece\nNote: orders below 500 pairs per style will not be produced')).toEqual(['moq']);
  });

  it('passes when the pairs agree with the pieces', () => {
    expect(kinds('Women Canvas Sneakers Low Top\nMin. Order: 500 Pieces\n$4.20 - $5.10/ Piece\nNote: orders below 500 pairs per style will not be produced')).toEqual([]);
  });
});
