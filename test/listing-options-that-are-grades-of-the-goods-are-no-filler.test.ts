import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Natural goods sold in quality grades (tea, gems, agarwood, hardwood) span tens of times from the commercial grade to
 * the finest: options under a "Grade:" heading, or each named by its grade, spread by quality as sizes do, and the
 * cheap grade is a product of its own. A give-away or fee named among them is still filler.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('options that are grades of the goods', () => {
  it('are no filler under a grade heading or named by their grade', () => {
    expect(kinds('Wild Ginseng Root Dried Whole Roots Changbai Mountain\n$30.00 - $2,400.00 / Kilogram | 1 Kilogram (Min. Order)\nGrade:\n  Broken roots, for extract     $30.00/kg\n  Cultivated 5-year             $160.00/kg\n  Forest-grown 15-year          $900.00/kg\n  Wild mountain 30-year         $2,400.00/kg')).not.toContain('sku_filler');
    expect(kinds('商品名称：武夷岩茶 大红袍 散装 Da Hong Pao Oolong Tea\n最小起订量：1 千克\nSKU 规格与价格：\n  三级 $9.00/千克\n  二级 $60.00/千克\n  一级 $240.00/千克\n  特级 $520.00/千克')).not.toContain('sku_filler');
  });

  it('still flag a give-away named among the grades', () => {
    expect(kinds('Wild Ginseng Root Dried Whole Roots Changbai Mountain\n$0.01 - $2,400.00 / Kilogram | 1 Kilogram (Min. Order)\nGrade:\n  Gift box only                 $0.01\n  Cultivated 5-year             $160.00/kg\n  Forest-grown 15-year          $900.00/kg\n  Wild mountain 30-year         $2,400.00/kg')).toContain('sku_filler');
  });
});
