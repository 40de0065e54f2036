import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a sample piece beside goods sold by weight, and a customisation MOQ column', () => {
  it('passes goods sold by the gram whose sample is priced per piece of unstated weight', () => {
    expect(kinds('Gold Plated Brass Rope Chain Necklace 3mm-8mm Sold by Weight\n$0.42 - $0.55/ Gram | 200 Grams (Min. Order)\n200 - 999 Grams\t1000 - 4999 Grams\t>=5000 Grams\n$0.55\t$0.48\t$0.42\nSamples: $18.00/Piece | 1 Piece (Min. Order)')).toEqual([]);
  });

  it('still flags a sample sized in the unit priced that costs far more than that many units', () => {
    expect(kinds('Body Wave Human Hair Bundles\n$0.03 - $0.035/ Gram | 100 Grams (Min. Order)\n1 bundle = 100g\nSamples: $95.00/Bundle | 1 Bundle (Min. Order)')).toContain('price_unit');
  });

  it('reads a private-label or logo MOQ column as the customisation, not a second MOQ', () => {
    const csv = 'product_id,title,unit,moq,price_usd,logo_moq\n1001,"Silicone Baby Bib Waterproof Adjustable",Piece,50,0.85,500';
    expect(kinds(csv)).toEqual([]);
    const zh = '商品ID,商品名称,单位,起订量,价格,定制起订量\n2002,"硅胶婴儿围兜 防水 可调节",个,50,0.85,500';
    expect(kinds(zh)).toEqual([]);
  });
});
