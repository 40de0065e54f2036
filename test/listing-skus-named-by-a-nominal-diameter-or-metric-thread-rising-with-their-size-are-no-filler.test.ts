import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Pipe fittings named by their nominal diameter (DN15 ... DN600) and fasteners by their metric thread (M6 ... M36) cost
 * more as they grow, by up to the cube of the size step, like sizes written in millimetres: the small size is no filler
 * pulling the range down. A size priced far below the series' own steps still is.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);
const page = (skus: string) => `首页 > 全部行业 > 五金 > 管件 > 球阀\n不锈钢 316 螺纹球阀 DN15-DN300 国标\nUS $2.10 - $150.00 / 个 | 10 个（起订量）\n规格：${skus}`;

describe('SKUs named by a nominal size', () => {
  it('pass when the price rises with the size', () => {
    expect(kinds(page('DN15 US$2.10 | DN25 US$4.60 | DN50 US$12.80 | DN100 US$41.00 | DN300 US$150.00'))).toEqual([]);
    expect(kinds('Hex Socket Cap Screw Grade 12.9 Black Oxide\n$0.02 - $1.90 / Piece | 1000 Pieces (Min. Order)\nSize:\n  M4x10   $0.02\n  M8x30   $0.09\n  M16x60  $0.55\n  M30x120 $1.90')).toEqual([]);
  });

  it('still flag a size priced far below its neighbours', () => {
    expect(kinds(page('DN15 US$0.05 | DN20 US$4.60 | DN50 US$12.80 | DN100 US$41.00 | DN300 US$150.00'))).toContain('sku_filler');
  });
});
