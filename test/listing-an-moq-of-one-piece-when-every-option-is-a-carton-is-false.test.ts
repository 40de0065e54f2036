import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A price per piece with an MOQ of one piece, while every option the page sells is a carton or box of hundreds: the
 * smallest order anyone can place is that carton, so the MOQ is false. The carton's price per piece is what the
 * headline states, so the headline itself is not a false range. A carton MOQ, or single pieces on sale, pass.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('every option a carton of many pieces', () => {
  it('makes an MOQ of one piece false, in either language', () => {
    expect(kinds('Wooden Coffee Stirrers 140mm Disposable\n$0.004/ Piece | 1 Piece (Min. Order)\nPackage:  1 box (1000 pcs)\t$4.00\t-\t0\t+')).toEqual(['moq']);
    expect(kinds('商品名称：一次性 竹筷子 独立包装\n价格：US$ 0.01 / 个\n最小起订量：1 个\nSKU 规格与价格：\n 整箱(3000个) US$ 30.00')).toContain('moq');
  });

  it('passes an MOQ of one carton, and a page that also sells single pieces', () => {
    expect(kinds('Wooden Coffee Stirrers 140mm Disposable\n$0.004/ Piece | 1000 Pieces (Min. Order)\nPackage:  1 box (1000 pcs)\t$4.00\t-\t0\t+')).toEqual([]);
    expect(kinds('Ceramic Coffee Mug 350ml\n$1.20 - $1.60/ Piece | 1 Piece (Min. Order)\nOption:  single mug\t$1.60\t-\t0\t+\n\tcarton (24 pcs)\t$28.80\t-\t0\t+')).toEqual([]);
  });
});
