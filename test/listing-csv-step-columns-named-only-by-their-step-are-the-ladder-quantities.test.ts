import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A CSV ladder whose quantity columns are named only by the step ("阶梯1", "tier 2", "档3") and whose price columns are
 * "价1" or "价格1": each pair is one step of one ladder. The step columns were not known as quantities and the bare 价
 * not as a price, so the columns were read as "阶梯2: 1000-9999" lines and the step's own number (2, 3) became a $2 and a
 * $3 price: a steady ladder read as one that costs more the more one buys.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('step-named quantity columns beside numbered price columns', () => {
  it('are one steady ladder, not prices named by the step number', () => {
    expect(kinds('品名,计量单位,阶梯1,价1,阶梯2,价2,阶梯3,价3\n"纯棉方巾 30cm",条,50-499,0.62,500-4999,0.48,≥5000,0.35')).toEqual([]);
    expect(kinds('product,tier 1,price 1,tier 2,price 2,tier 3,price 3\n"Canvas tote bag",10-99 pcs,2.10,100-999 pcs,1.60,>=1000 pcs,1.25')).toEqual([]);
  });

  it('still show a ladder that collapses', () => {
    expect(kinds('品名,计量单位,阶梯1,价1,阶梯2,价2,阶梯3,价3\n"纯棉方巾 30cm",条,50-499,0.62,500-4999,0.48,≥5000,0.01')).toContain('price_ladder');
  });
});
