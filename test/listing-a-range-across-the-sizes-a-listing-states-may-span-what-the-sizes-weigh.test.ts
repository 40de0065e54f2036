import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A headline range with no tiers or SKUs wider than range.maxSpread is a bait range, unless the listing states the sizes
 * it spans: goods weigh, and cost, about as their size cubed (thresholds.yaml sizeSpanExponent), so a range across
 * "10-400mm" may span far more than one across "10-20mm"; a listing of ten or more sizes gets the made-to-order room.
 * A bait range beyond even that room is still flagged.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a range across stated sizes', () => {
  it('passes when the sizes explain it, in English and Chinese', () => {
    expect(kinds('HDPE Drainage Pipe SN8 Double Wall 110mm - 800mm\nUS $0.90 - $320.00 / Meter\n200 Meters (Min. Order)')).toEqual([]);
    expect(kinds('产品名称：不锈钢法兰 DN15-DN500 304 平焊\n价格区间：US$ 0.80 - 420.00 /个\n最小起订量：50 个')).toEqual([]);
    expect(kinds('Our gasket listing covers 36 sizes, so the range is $0.05 - $30 and each size has its own price in the option table.\nUS $0.05 - $30.00 / Piece\nMOQ 500 Pieces')).toEqual([]);
  });

  it('is still flagged when the sizes are close or the range is bait', () => {
    expect(kinds('HDPE Drainage Pipe SN8 Double Wall 110mm - 160mm\nUS $0.90 - $320.00 / Meter\n200 Meters (Min. Order)')).toContain('price_range');
    expect(kinds('产品名称：不锈钢法兰 DN15-DN500 304 平焊\n价格区间：US$ 0.01 - 999.00 /个\n最小起订量：50 个')).toContain('price_range');
    expect(kinds('HDPE Drainage Pipe SN8 Double Wall\nUS $0.90 - $320.00 / Meter\n200 Meters (Min. Order)')).toContain('price_range');
  });
});
