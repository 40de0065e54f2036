import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a price the listing says is for the packaging, not the goods', () => {
  it('flags a price said to be the empty box\'s or the outer carton\'s (en, zh)', () => {
    expect(kinds('Ceramic Coffee Mug 350ml Matte Black\n$0.06 / Carton | 20 Cartons (Min. Order)\nPacking: 24 pcs / carton\nRemark: price listed is for the empty carton box, mug price on request')).toContain('price_unit');
    expect(kinds('商品名称：香薰蜡烛 玻璃杯 200g\n价格：US$ 0.04 / 箱\n起订量：50 箱\n说明：价格为外箱价格，蜡烛价格另议')).toContain('price_unit');
  });

  it('passes a carton of the goods priced as a carton', () => {
    expect(kinds('Ceramic Coffee Mug 350ml Matte Black\n$19.20 / Carton | 20 Cartons (Min. Order)\nPacking: 24 pcs / carton\nRemark: price is for a carton of 24 mugs')).toEqual([]);
  });
});
