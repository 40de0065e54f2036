import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A parcel fee under the normal-parcel amount is still inflated when the goods cost under a dollar and the fee is more
 * than thirtyfold what it ships; an express fee for one item dearer than that, or a modest multiple, passes.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a parcel fee many times cheap goods', () => {
  it('flags a $40 first-piece fee on $0.20 earrings and $45 for one $0.80 cable', () => {
    expect(kinds('商品名称：合金耳钉 小号 简约\n价格：US $0.20 / 对\n最小起订量：2 对\n运费：运费模板「饰品」：首件 US $40.00，续件 US $0.30')).toContain('shipping');
    expect(kinds('Lightning Cable 1m Nylon Braided\n$0.80/ Piece | 1 Piece(Min. Order)\n1 Piece  Details  $0.80\nShipping  $45.00\nTotal  $45.80')).toContain('shipping');
  });

  it('passes express freight for one item over a dollar and a modest fee on cheap goods', () => {
    expect(kinds('Silicone Spatula Set Heat Resistant\n$2.60/ Piece | 1 Piece(Min. Order)\n1 Piece  Details  $2.60\nShipping  $39.00\nTotal  $41.60')).toEqual([]);
    expect(kinds('Lightning Cable 1m Nylon Braided\n$0.80/ Piece | 10 Piece(Min. Order)\n10 Pieces  Details  $8.00\nShipping  $18.00\nTotal  $26.00')).toEqual([]);
  });
});
