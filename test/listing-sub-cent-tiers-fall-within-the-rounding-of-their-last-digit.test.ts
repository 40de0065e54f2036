import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Tiers of goods priced below a cent (washers, rivets, screws) are written to the tenth of a cent: a step of one or two
 * units of that last digit ($0.003 -> $0.001) may be a real fall of 1.7x as well as 3x, so it is read as gently as the
 * rounding allows, as cent prices are ($0.03 -> $0.01). A fall of many units ($0.038 -> $0.001) is still a bait tier.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('sub-cent tiers', () => {
  it('fall within the rounding of their last digit (en, zh)', () => {
    expect(kinds('Flat Washer M4 Zinc Plated Carbon Steel DIN125\n$0.001 - $0.004 / Piece | 20000 Pieces (Min. Order)\n20000 - 199999 Pieces   200000 - 999999 Pieces   >= 1000000 Pieces\n$0.004                  $0.003                   $0.001')).toEqual([]);
    expect(kinds('首页 > 五金 > 紧固件 > 铆钉\n铝制抽芯铆钉 3.2mm 开口型\nUS$0.001 - US$0.007 / 个 | 30000 个（起订量）\n30000 - 99999 个   100000 - 299999 个   300000 - 999999 个   >=1000000 个\nUS$0.007   US$0.005   US$0.003   US$0.001')).toEqual([]);
  });

  it('still flag a fall of many units', () => {
    expect(kinds('Flat Washer M4 Zinc Plated Carbon Steel DIN125\n$0.001 - $0.040 / Piece | 20000 Pieces (Min. Order)\n20000 - 199999 Pieces   200000 - 999999 Pieces   >= 1000000 Pieces\n$0.040                  $0.038                   $0.001')).toContain('price_ladder');
    expect(kinds('首页 > 五金 > 紧固件 > 铆钉\n铝制抽芯铆钉 3.2mm 开口型\nUS$0.001 - US$0.030 / 个 | 30000 个（起订量）\n30000 - 299999 个   300000 - 2999999 个   >=3000000 个\nUS$0.030   US$0.028   US$0.001')).toContain('price_ladder');
  });
});
