import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A backend tier table of two columns, "最小起订量（件） | FOB价格(USD)" over rows of bare amounts, is a price ladder (it was
 * read as options named "≥50"); its bait tier is flagged and a gentle ladder passes. "Custom Fit" (mats cut to a car model)
 * is no work to the buyer's design, so such goods get no made-to-order allowance for a steep step.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a quantity column beside a price column', () => {
  it('is read as tiers', () => {
    const p = checker.parse('商品名称：Stainless Steel Lunch Box 3 Layer\n最小起订量（件）\tFOB价格(USD)\n≥100\t3.40\n≥1000\t3.10\n≥5000\t2.90');
    expect(p.tiers.map((x) => x.min)).toEqual([100, 1000, 5000]);
    expect(p.skus).toEqual([]);
    expect(checker.parse('Stainless Steel Lunch Box 3 Layer\nMOQ (pcs)\tUnit Price (USD)\n≥100\t3.40\n≥1000\t3.10').tiers.length).toBe(2);
  });

  it('flags a bait tier and passes a gentle ladder', () => {
    expect(kinds('商品名称：Stainless Steel Lunch Box 3 Layer\n最小起订量（件）\tFOB价格(USD)\n≥100\t3.40\n≥1000\t3.10\n≥5000\t0.45')).toContain('price_ladder');
    expect(kinds('商品名称：Stainless Steel Lunch Box 3 Layer\n最小起订量（件）\tFOB价格(USD)\n≥100\t3.40\n≥1000\t3.10\n≥5000\t2.90')).toEqual([]);
  });
});

describe('custom fit goods', () => {
  it('get no made-to-order allowance', () => {
    expect(kinds('商品名称：Custom Fit Leather Car Seat Covers Full Set For Toyota\n阶梯价：\n最小起订量\t价格（USD/套）\n≥10 套\t35.00\n≥100 套\t31.00\n≥1000 套\t7.50')).toContain('price_ladder');
    expect(kinds('商品名称：Custom Fit Leather Car Seat Covers Full Set For Toyota\n阶梯价：\n最小起订量\t价格（USD/套）\n≥10 套\t35.00\n≥100 套\t31.00\n≥1000 套\t27.50')).toEqual([]);
  });
});
