import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A freight table by order size under a heading that names freight ("Sea freight by order size:", "运费参考：") lists what
 * each bracket costs to ship; freight rises with the order, so read as price tiers it looked like a ladder that climbs.
 * Its rows are freight, each compared with the goods of the bracket's smallest order; a bracket whose freight is many
 * times its goods is still inflated shipping.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('freight rows by order size under a freight heading', () => {
  it('are freight, not a rising ladder', () => {
    expect(kinds('Rattan Garden Lounge Chair Outdoor\n$64.00 - $72.00 / Piece | 4 Pieces (Min. Order)\n4 - 39 Pieces  $72.00\n40 - 159 Pieces  $68.00\n>= 160 Pieces  $64.00\nSea freight by order size (to Felixstowe):\n4 - 20 pieces  $390\n21 - 80 pieces  $980\n81 - 160 pieces  $2,100')).toEqual([]);
    expect(kinds('商品名称：藤编休闲椅 户外\n阶梯价：4-39 把 US $72；40-159 把 US $68；≥160 把 US $64\n最小起订量：4 把\n运费参考：\n  4-20 把 US $390\n  21-80 把 US $980\n  81-160 把 US $2,100')).toEqual([]);
  });

  it('still flags a bracket whose freight is far above its goods', () => {
    expect(kinds('商品名称：藤编休闲椅 户外\n阶梯价：4-39 把 US $7.20；≥40 把 US $6.80\n最小起订量：4 把\n运费参考：\n  4-20 把 US $390\n  21-80 把 US $980')).toContain('shipping');
  });
});
