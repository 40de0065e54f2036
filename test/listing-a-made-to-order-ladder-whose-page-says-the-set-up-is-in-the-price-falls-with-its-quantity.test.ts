import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Session 35: a made-to-order page that says its set-up is in the price ("plate cost included", "含版费") spreads that cost
 * over the order, so a step may fall as fast as its quantity rises, as when a page says the small-order price carries the
 * set-up. Without the statement the same cliff is a false ladder.
 */
const checker = createListingChecker();
const kinds = (t: string) => [...new Set(checker.check(t).findings.map((f) => f.kind))];

describe('set-up said to be in the price', () => {
  it('passes a steep first step of printed goods whose page includes the plates', () => {
    expect(kinds('Custom Printed Gift Boxes Rigid Cardboard with Logo\n300 - 2999 Pieces | 3000 - 9999 Pieces | >= 10000 Pieces\n$2.40              $0.36                $0.31\nPrinting: CMYK + spot (plate cost included)')).toEqual([]);
    expect(kinds('定制印刷 礼品盒 硬纸板 logo\n阶梯价：300-2999个 US$2.40 | 3000-9999个 US$0.36 | ≥10000个 US$0.31\n印刷：四色加专色（含版费）')).toEqual([]);
  });
  it('flags the same cliff on a page that says nothing of the set-up', () => {
    expect(kinds('Custom Printed Gift Boxes Rigid Cardboard with Logo\n300 - 2999 Pieces | 3000 - 9999 Pieces | >= 10000 Pieces\n$2.40              $0.36                $0.31\nPrinting: CMYK + spot')).toEqual(['price_ladder']);
  });
});
