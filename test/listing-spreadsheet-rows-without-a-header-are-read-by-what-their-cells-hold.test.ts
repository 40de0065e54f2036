import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Spreadsheet rows pasted without a header (or under a header the rules only partly name) are read by what each cell
 * holds: a price ladder packed in a cell, an amount, an MOQ, a unit, a freight, SKUs with their prices.
 */
const checker = createListingChecker();
const kinds = (t: string) => [...new Set(checker.check(t).findings.map((f) => f.kind))];

describe('a single data row with no header', () => {
  it('reads a ladder packed in one cell with colons and flags its bait step', () => {
    expect(kinds('Insulated Lunch Bag 10L;"1-199:4.60;200-999:4.35;1000+:0.09";MOQ 1 pc')).toContain('price_ladder');
  });

  it('reads a pipe-separated row with freight in its own cell far above the goods', () => {
    expect(kinds('Silicone Baking Mat 40x30cm | 0.45 | pcs | 1 | freight 260.00 per pc')).toContain('shipping');
  });

  it('reads SKUs packed in one cell and flags the give-away one', () => {
    expect(kinds('Ceramic Table Lamp 45cm,"Cream:32.00|Sage:32.00|Lampshade only:0.02",MOQ 2 sets')).toContain('sku_filler');
  });

  it('reads one ladder step per cell', () => {
    expect(kinds('Hair Straightener Ceramic,"1-49 pcs: $16.00","50-499 pcs: $15.20",">=500 pcs: $0.30",MOQ 1 pc')).toContain('price_ladder');
  });

  it('passes an honest row with a gentle ladder, a unit and a lead time', () => {
    expect(kinds('Cotton Canvas Tote 38x42cm\t"100-499 pcs $1.90; 500-1999 pcs $1.70; >=2000 pcs $1.55"\tpcs\tMOQ 100 pcs\t12-15 days')).toEqual([]);
  });

  it('reads a remark cell that scopes the price to a quantity', () => {
    expect(kinds('Enamel Pin Custom;$0.45;MOQ 20 pcs;"price valid for 5000 pcs, smaller runs $1.30"')).toContain('moq');
  });

  it('passes an honest row whose only number cells are a price and an MOQ', () => {
    expect(kinds('Stainless Steel Whisk 10 inch, 0.62, pcs, 500')).toEqual([]);
  });
});

describe('a header the rules only partly name', () => {
  it('reads the unnamed freight column by its amounts and SKU names by the SKU name column', () => {
    const text = '商品ID,SKU名称,价格(USD),库存\n88120,保温杯 白色,6.20,3000\n88120,保温杯 黑色,6.20,3000\n88120,补运费专拍,0.01,99999\n';
    expect(kinds(text)).toContain('sku_filler');
  });

  it('does not take a stock column of whole numbers for the MOQ', () => {
    const text = 'Item ID,SKU Name,Price USD,Stock\n501,Bamboo Toothbrush Adult,0.18,20000\n502,Bamboo Toothbrush Kids,0.16,20000\n';
    expect(kinds(text)).toEqual([]);
  });
});

describe('a product page flattened onto one line is no spreadsheet row', () => {
  it('keeps reading a page whose tabs separate the tiers', () => {
    const page = 'Garden Hose Reel Cart 1 - 49 Pieces\t50 - 199 Pieces\t>=200 Pieces $38.00\t$35.50\t$33.00 Shipping $95.00';
    expect(kinds(page)).toEqual([]);
  });
});
