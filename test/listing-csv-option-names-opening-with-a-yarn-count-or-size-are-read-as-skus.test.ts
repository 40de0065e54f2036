import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A CSV options cell whose names open with a spec of numbers joined by "/" or "x" ("40/2 Bleached $6.10", "16x20 Gallery
 * Wrap $3.40") was not read at all, so a give-away among the options went unseen. Such names are read as SKUs: a cent
 * colour card among them is filler, and options that differ only by their spec pass.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);
const H = 'product_title,unit,moq,price_type,price,sku,shipping,sample_price,remark';

describe('CSV option names opening with a yarn count or a size', () => {
  it('are read: a cent give-away among them is filler', () => {
    expect(kinds(`${H}\n"Combed Cotton Yarn for Knitting",Kilogram,500,range,"$5.60 - $6.10/Kilogram","40/2 Raw White $5.60 | 40/2 Bleached $6.10 | Shade card 1pc $0.01",,,`)).toContain('sku_filler');
    expect(kinds(`${H}\n"Blank Stretched Canvas Cotton",Piece,200,range,"$1.90 - $3.40/Piece","12x16 Gallery Wrap $1.90 | 16x20 Gallery Wrap $3.40 | Thank you card $0.01",,,`)).toContain('sku_filler');
  });

  it('pass when the options differ only by their spec', () => {
    expect(kinds(`${H}\n"Combed Cotton Yarn for Knitting",Kilogram,500,range,"$5.60 - $6.40/Kilogram","40/2 Raw White $5.60 | 40/2 Bleached $6.10 | 60/2 Raw White $6.40",,,`)).toEqual([]);
  });
});
