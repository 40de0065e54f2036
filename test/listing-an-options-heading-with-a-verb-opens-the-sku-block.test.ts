import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('an options heading written as a sentence', () => {
  it('reads the rows under "规格有：" or "Options are:" as SKUs, so a filler row among them is named', () => {
    expect(kinds('铁艺 折叠 餐桌\n价格 US $0.02 - $46.00/张，起订 20 张。\n规格有：\n黑色  $38.00\n白色  $42.00\n胡桃色  $46.00\n防滑脚垫  $0.02')).toContain('sku_filler');
    expect(kinds('Folding Metal Dining Table\nUS $0.02 - $46.00 per piece, min order 20 pieces.\nOptions are:\nBlack  $38.00\nWhite  $42.00\nWalnut  $46.00\nAnti-slip pads  $0.02')).toContain('sku_filler');
  });

  it('passes the same options when every row is the product', () => {
    expect(kinds('铁艺 折叠 餐桌\n价格 US $38.00 - $46.00/张，起订 20 张。\n规格有：\n黑色  $38.00\n白色  $42.00\n胡桃色  $46.00')).toEqual([]);
  });
});
