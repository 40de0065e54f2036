import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A bulk material named for the goods it goes into ("Hot Melt Glue for Shoes", "Fibre Stuffing for Toys", "床垫填充 棉花")
 * is sold by weight like any material: the goods after "for" (or before 填充, after 用于) are its use, not the goods sold by
 * the piece. The goods' own name still counts ("Office Chair for Adults" priced per gram is still a chair).
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a bulk material named for the goods it goes into', () => {
  it('may be priced by weight', () => {
    expect(kinds('Hot Melt Adhesive Pellets for Shoes and Handbag Making\n$2.60 - $3.10 / Kilogram | 100 Kilogram (Min. Order)\n100 - 999 Kilograms  $3.10\n>= 1000 Kilograms  $2.60')).toEqual([]);
    expect(kinds('商品名称：床垫填充 再生棉 抱枕填充物\n价格：US $1.40 - $1.70 / 千克\n阶梯价：300-1999 千克 US $1.70；≥2000 千克 US $1.40\n最小起订量：300 千克')).toEqual([]);
  });

  it('still flags goods sold by the piece priced by weight', () => {
    expect(kinds('Office Chair for Adults Ergonomic Mesh\n$0.012 / Gram | 8000 Grams (Min. Order)')).toContain('price_unit');
  });
});
