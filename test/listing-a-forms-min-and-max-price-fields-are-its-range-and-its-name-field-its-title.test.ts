import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Session 38 (issue 15, misses): a backend form that gives its range as two fields, "Min price:" and "Max price:" (最低价 /
 * 最高价), on one line or on two, and names the product in a bare "Name:" field. The range was never read, so a robot vacuum
 * at $2.50-$3.20 met no market at all. Now the two fields are the headline and the Name field the title.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('min and max price fields', () => {
  it('on two lines, far below the market', () => {
    const form = 'Product Info\nName: Cordless Stick Vacuum Cleaner 25kPa Brushless\nPrice type: Range price\nMin price: US$ 1.80\nMax price: US$ 2.40\nMOQ: 100 Units';
    expect(checker.parse(form).headline?.max?.value).toBe(2.4);
    expect(kinds(form)).toContain('price_range');
  });
  it('on two lines, in Chinese', () => {
    const p = checker.parse('产品信息\n名称: 无线吸尘器\n最低价: US$0.30\n最高价: US$0.60\n起订量: 100 台');
    expect(p.headline?.min.value).toBe(0.3);
    expect(p.headline?.max?.value).toBe(0.6);
  });
  it('a real range in the same fields passes', () => {
    const form = 'Product Info\nName: Robot Vacuum Cleaner LDS Navigation 4000Pa\nPrice type: Range price\nMin price: US$ 96.00\nMax price: US$ 118.00\nMOQ: 50 Units';
    expect(checker.parse(form).title).toContain('Robot Vacuum');
    expect(kinds(form)).toEqual([]);
  });
  it("a shipping template's Name field is no product title", () => {
    expect(checker.parse('[Shipping Template]\nName: Free Worldwide - Gifts\nRegions: All\nFee: US$ 0.00').title ?? '').not.toBe('Free Worldwide - Gifts');
  });
});
