import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A CSV export with numbered pairs of 起批量 (the wholesale start quantity) and 价格 columns ("起批量1, 价格1, 起批量2, 价格2 …")
 * is one ladder, as 数量1/价格1 and tier1_qty/tier1_price already were: each 起批量 column was read as an MOQ of its own,
 * so a steady ladder was "two MOQs". A ladder that collapses in these columns is still a false ladder.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);
const H = '商品名称,起批量1,价格1,起批量2,价格2,起批量3,价格3';

describe('numbered 起批量 and 价格 columns', () => {
  it('are a ladder, not several MOQs', () => {
    expect(kinds(`${H}\n硅胶防滑杯垫 圆形,20,1.15,200,1.02,2000,0.88`)).toEqual([]);
  });

  it('still show a collapsing ladder', () => {
    expect(kinds(`${H}\n硅胶防滑杯垫 圆形,20,1.15,200,1.02,2000,0.01`)).toContain('price_ladder');
  });
});
