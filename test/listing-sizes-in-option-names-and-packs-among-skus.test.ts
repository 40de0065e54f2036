import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Option names that hold a size range ("16-25mm", "6-10cm") are sizes, not quantity tiers: read as tiers they made a
 * false MOQ and a rising ladder out of a clamp's sizes. And a pack of accessories sold as a SKU ("替换刷头4支装" at $1.20
 * beside an $8.50 toothbrush) pulls the range to its whole price, so it is compared by that price, not per item; a
 * pack at a token price is still filler.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('sizes in option names', () => {
  it('are not read as quantity tiers', () => {
    const text = 'Worm Gear Hose Clamp Stainless\nSize:\t6-10mm\tUS$0.04\n\t12-20mm\tUS$0.06\n\t32-50mm\tUS$0.10\n\t80-100mm\tUS$0.17\nMin. Order: 2000 Pieces';
    expect(checker.parse(text).tiers).toEqual([]);
    expect(kinds(text)).toEqual([]);
  });

  it('leave real quantity tiers with their units alone', () => {
    expect(checker.parse('Worm Gear Hose Clamp Stainless\n100-999pcs\tUS$0.06\n1000-4999pcs\tUS$0.05\nMin. Order: 100 Pieces').tiers).toHaveLength(2);
  });
});

describe('a pack of accessories among the SKUs', () => {
  const form = (pack: string) => `商品标题：声波 电动牙刷 充电式\nSKU 规格与价格：\n颜色\t粉色\tUS$9.20\n\t白色\tUS$9.20\n\t${pack}\n起订量：20 支`;

  it('is compared by its whole price', () => {
    expect(kinds(form('替换刷头4支装\tUS$1.30'))).toEqual([]);
  });

  it('is still filler at a token price', () => {
    expect(kinds(form('替换刷头4支装\tUS$0.04'))).toContain('sku_filler');
  });
});
