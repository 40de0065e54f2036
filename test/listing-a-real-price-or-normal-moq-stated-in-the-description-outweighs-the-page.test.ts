import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * The description gives the real price or MOQ beside the page's: "Actual EXW price for this model is USD 540-600/unit",
 * "Single piece is USD 18", "实际出厂价格 USD 95/台", "Normal MOQ is 2000 pcs". Such a sentence is no headline of the page,
 * and a real price several times the page's dearest, or a normal MOQ far above the MOQ field, is false price information.
 * A stated price that matches the page passes.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a real price or normal MOQ stated in the description', () => {
  it('flags a real price with an incoterm, and a single-unit price, far above the page (page en, backend mixed)', () => {
    const page = ['Electric Standing Desk Dual Motor Height Adjustable Office Desk', '1 - 9 Sets | 10 - 49 Sets | >= 50 Sets', '$79.00 | $72.00 | $65.00', 'Min. order: 1 set', '', 'Product Description', 'Please note the page price is a display price. Actual EXW price for this model is USD 540-600/set, send us an inquiry.'].join('\n');
    expect(kinds(page)).toContain('price_range');
    const form = ['商品标题：Smart Robot Vacuum Cleaner LDS Navigation Mop', '价格区间：USD 0.90 - 1.20 / 台', '最小起订量：1 台', '运费模板：按重量', '详情描述：', '*USD 0.90 is our price for 20,000 units. Single unit is USD 120, contact us first.'].join('\n');
    expect(kinds(form).length).toBeGreaterThan(0);
  });

  it('flags a normal MOQ far above the MOQ field', () => {
    const form = ['商品标题：Bluetooth Smart Watch Fitness Tracker Heart Rate', '价格区间：USD 3.20 - 3.90 / 个', '最小起订量：5 个', '运费模板：按重量', '详情描述：', 'Normal MOQ is 2000 pcs per model, small orders not produced.'].join('\n');
    expect(kinds(form)).toContain('moq');
  });

  it('passes a stated real price that matches the page', () => {
    const page = ['Electric Standing Desk Dual Motor Height Adjustable Office Desk', '1 - 9 Sets | 10 - 49 Sets | >= 50 Sets', '$179.00 | $168.00 | $155.00', 'Min. order: 1 set', '', 'Product Description', 'Actual FOB price for this model is USD 155-179/set depending on quantity.'].join('\n');
    expect(kinds(page)).toEqual([]);
  });
});
