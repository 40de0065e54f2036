import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a piece the page defines as one whole pack of the goods', () => {
  it('passes a piece that is one ball, skein, cone or bottle of the goods (en, zh)', () => {
    expect(kinds('Merino Wool Yarn DK for Knitting\n$1.10 - $1.30 / Piece | 50 Pieces (Min. Order)\nEach piece = 1 skein 100g')).toEqual([]);
    expect(kinds('毛线 牛奶棉 5股 钩针\nUS $0.40 / 件 | 100 件起订\n1件=1团 50克')).toEqual([]);
  });

  it('still flags a piece that is one part of the goods', () => {
    expect(kinds('Wall Clock Quartz 12 inch Silent\n$0.45 / Piece | 100 Pieces (Min. Order)\nEach piece = 1 clock hand')).toContain('price_unit');
  });
});
