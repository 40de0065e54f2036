import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Column headers that are quantity steps ("1-49, 50-499, ≥500", "qty_1_19, qty_20_plus") make each row's cells under
 * them its price ladder: a last step that collapses is a false ladder, a steady discount is volume pricing. Headers of
 * bare numbers that are no ladder (years) are not read as one.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('quantity steps as CSV headers', () => {
  it('flags a last step that collapses', () => {
    expect(kinds('产品,单位,1-49,50-499,≥500\n"实木 收纳凳 折叠",张,9.80,8.90,0.03')).toContain('price_ladder');
    expect(kinds('name,unit,qty_1_19,qty_20_199,qty_200_plus\n"Yoga Mat TPE 6mm",Piece,7.40,6.80,0.06')).toContain('price_ladder');
  });

  it('passes a steady discount', () => {
    expect(kinds('产品,单位,1-49,50-499,≥500\n"实木 收纳凳 折叠",张,9.80,8.90,8.10')).toEqual([]);
    expect(kinds('name,unit,qty_1_19,qty_20_199,qty_200_plus\n"Yoga Mat TPE 6mm",Piece,7.40,6.80,6.20')).toEqual([]);
  });
});
