import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A rep's one-line description names the product before its price (after a colon, or in quotes): that name places the
 * goods in the reference-price table. New floors (developer estimates): truck tyres, digital pianos, generators rated in
 * kVA, rosewood furniture, genuine-leather three-seaters, camping chairs. Honest prices of the same goods pass.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('the product a rep names in a sentence', () => {
  it('is read after a colon or in quotes', () => {
    expect(checker.parse('帮同事看看这个：红木雕花屏风 六扇 老挝大红酸枝，$45/套，MOQ 1套').title).toMatch(/红木雕花屏风/);
    expect(checker.parse('copied from the page: "Android Smart TV 65 inch 4K" — 1-49 pcs $30.00, 50+ pcs $29.00, MOQ 1').title).toBe('Android Smart TV 65 inch 4K');
  });

  it('flags goods priced far under their market and passes an honest price', () => {
    expect(kinds('帮同事看看这个：红木雕花屏风 六扇 老挝大红酸枝，$45/套，MOQ 1套')).toContain('price_range');
    expect(kinds('帮同事看看这个：红木雕花屏风 六扇 老挝大红酸枝，$680/套，MOQ 1套')).toEqual([]);
    expect(kinds('copied from the page: "Android Smart TV 65 inch 4K" — 1-49 pcs $30.00, 50+ pcs $29.00, MOQ 1')).toContain('price_range');
  });
});

describe('new reference floors', () => {
  it('flags a truck tyre, a digital piano and a 200kVA generator at toy prices', () => {
    expect(kinds('商品名称：全钢子午线卡车轮胎 315/80R22.5 20PR\n价格：US $18.00 / 条\n最小起订量：100 条')).toContain('price_range');
    expect(kinds('Product name: 88 Keys Hammer Action Digital Piano with Stand\nPrice: US $24.00 / piece\nMOQ: 5 pieces')).toContain('price_range');
    expect(kinds('Product name: Silent Diesel Generator 200kVA Water Cooled\nPrice: US $2,900 / set\nMOQ: 1 set')).toContain('price_range');
    expect(kinds('Product name: Genuine Leather Sofa Cowhide 3 Seater Living Room\nPrice: US $95.00 / piece\nMOQ: 2 pieces')).toContain('price_range');
  });

  it('passes the same goods at market prices', () => {
    expect(kinds('商品名称：全钢子午线卡车轮胎 315/80R22.5 20PR\n价格：US $135.00 / 条\n最小起订量：100 条')).toEqual([]);
    expect(kinds('Product name: 88 Keys Hammer Action Digital Piano with Stand\nPrice: US $260.00 / piece\nMOQ: 5 pieces')).toEqual([]);
    expect(kinds('Product name: Silent Diesel Generator 200kVA Water Cooled\nPrice: US $12,500 / set\nMOQ: 1 set')).toEqual([]);
    expect(kinds('Product name: Folding Camping Chair Oxford Steel Frame\nPrice: US $3.80 / piece\nMOQ: 100 pieces')).toEqual([]);
  });
});
