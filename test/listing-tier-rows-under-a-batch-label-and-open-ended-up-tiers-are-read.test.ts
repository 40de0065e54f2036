import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('ladders written in other layouts', () => {
  it('reads a "起批量 Qty:" row of quantities with the labelled price row under it as tiers, not as the MOQ', () => {
    const page = (last: string) => ['Cordless Angle Grinder 20V Brushless 125mm 无刷角磨机', '起批量 Qty:   2-99 台 / Pieces  |  100-499 台 / Pieces  |  ≥500 台 / Pieces', `价格 Price:   US$ 28.00   |   US$ 26.50   |   US$ ${last}`, 'Min. order: 2 Pieces'].join('\n');
    const p = checker.parse(page('25.00'));
    expect(p.tiers.map((x) => x.price.usd)).toEqual([28, 26.5, 25]);
    expect(p.moq?.qty).toBe(2);
    expect(kinds(page('25.00'))).toEqual([]);
    expect(kinds(page('2.50'))).toContain('price_ladder');
  });

  it('reads "N pcs up" as an open-ended tier', () => {
    const text = 'Price list for the evening gown EG-51:\n1-4 pcs: USD 96\n5-19 pcs: USD 88\n20 pcs up: USD 8.8';
    expect(checker.parse(text).tiers.length).toBe(3);
    expect(kinds(text)).toContain('price_ladder');
  });
});
