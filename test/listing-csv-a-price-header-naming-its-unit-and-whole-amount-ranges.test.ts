import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A pasted table without a unit column often names the unit in the price header ("Price (USD/ton)", "price_usd_per_kg",
 * "单价(元/吨)"), and writes a range of whole amounts in the price cell ("620-680"). Both are read: the range is a
 * price range in that unit, so a commodity priced honestly passes (and is checked against the market at all), and one
 * priced per kilogram under a per-ton header is found.
 */
const checker = createListingChecker();
const r = (t: string) => checker.check(t);
const kinds = (t: string) => [...new Set(r(t).findings.map((f) => f.kind))];

describe('a price header naming its unit', () => {
  it('reads a whole-amount range in that unit and passes a market price', () => {
    const ok = 'Product,Grade,Price (USD/ton),MOQ\nHot Rolled Steel Coil,Q235B,540-590,100 tons\n';
    expect(r(ok).status).toBe('checked');
    expect(kinds(ok)).toEqual([]);
    expect(checker.parse(ok).headline?.unit?.id).toBe('ton');
  });
  it('flags a price per kilogram under a per-ton header', () => {
    expect(kinds('Product,Grade,Price (USD/ton),MOQ\nHot Rolled Steel Coil,Q235B,0.55,100 tons\n').length).toBeGreaterThan(0);
    expect(kinds('品名,规格,单价(元/吨),起订量\n螺纹钢,HRB400 12mm,3.9,50 吨\n').length).toBeGreaterThan(0);
  });
});
