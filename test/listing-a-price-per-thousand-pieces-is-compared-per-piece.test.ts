import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Fasteners, cups and labels are priced per thousand pieces ("/ 千个", "/ 1000 pcs", a form whose unit of measure is
 * "1000 Pieces" and whose price is "/ unit"): the price is compared with the market per piece, a thousandth of it, not as
 * the price of one piece (round 43). A quantity's 千 stays a multiplier: "5千个 $0.29" is 5,000 pieces at $0.29 each.
 * Our own wordings.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a price per thousand pieces', () => {
  it('is no price per piece far above the market', () => {
    expect(kinds('一次性纸杯 12盎司 加厚 咖啡\nUS $28.00 - $35.00 / 千个 | 起订量：20 千个')).toEqual([]);
    expect(kinds('Disposable Paper Cup 8oz Double Wall\nUS $18.50 - $22.00 / 1000 pcs | 30 (Min. Order)')).toEqual([]);
    expect(kinds('Product name: PET Cold Drink Cup 12oz\nUnit: 1000 Pieces\nMOQ: 15\nFOB price: USD 31.00 - 36.00 / unit')).toEqual([]);
  });

  it('is still judged against the market per piece', () => {
    // $0.40 for a thousand cups is $0.0004 a cup: far below any real cup.
    expect(kinds('一次性纸杯 12盎司 加厚 咖啡\nUS $0.40 - $0.60 / 千个 | 起订量：20 千个')).toContain('price_range');
  });

  it('a quantity written with 千 is still pieces', () => {
    const p = checker.parse('纸杯 8oz\n起订量：10千只\n价格 US $0.03 /只');
    expect(p.moq?.qty).toBe(10000);
    expect(p.moq?.unit?.id).toBe('piece');
  });
});
