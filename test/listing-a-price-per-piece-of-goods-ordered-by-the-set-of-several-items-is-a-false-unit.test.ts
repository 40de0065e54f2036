import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a set of several items priced per item while ordered by the set', () => {
  it('flags a price per piece or seat when the MOQ counts sets and the title or a note says a set holds several items', () => {
    expect(kinds('Product name: Stainless Steel Cookware Set 5pcs Induction Pots\nPrice: US $3.10 - $5.60 / piece\nMOQ: 200 sets')).toContain('price_unit');
    expect(kinds('商品名称：陶瓷餐具四件套 碗盘杯勺\n价格：US $0.85 - $1.60 / 件\n起订量：500 套')).toContain('price_unit');
    expect(kinds('Product name: Leather Sectional Sofa Set 3+1+1 Modern\nPrice: US $95.00 - $160.00 / seat\nMOQ: 10 sets')).toContain('price_unit');
    expect(kinds('Product name: Bedding Set Queen Duvet Cover Pillowcases\nPrice: US $2.20 - $3.40 / piece\nMOQ: 100 sets\nRemarks: sold as 4pcs set only')).toContain('price_unit');
  });

  it('passes a set priced per set, one item priced per piece, and a page that says what one set is in pieces', () => {
    expect(kinds('Product name: Stainless Steel Cookware Set 5pcs Induction Pots\nPrice: US $15.50 - $28.00 / set\nMOQ: 200 sets')).toEqual([]);
    expect(kinds('Product name: 20kW Diesel Generator Set Silent Type\nPrice: US $2,400 - $3,100 / piece\nMOQ: 1 set')).toEqual([]);
    expect(kinds('商品名称：陶瓷餐具四件套 碗盘杯勺\n价格：US $0.85 - $1.60 / 件\n起订量：2,000 件')).not.toContain('price_unit');
  });
});
