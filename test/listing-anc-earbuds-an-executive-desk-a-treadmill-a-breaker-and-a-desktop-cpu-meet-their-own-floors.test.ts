import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Category families whose floor sits far above their generic kind's: noise-cancelling earbuds over plain earbuds, an
 * executive desk over any wooden furniture, a treadmill over the motor its title names, an excavator's hydraulic breaker,
 * a desktop processor over any computer part. A price a fraction of that floor is far from the market; the plain kind at
 * its own price, a part of the machine, or earbuds that say they have no ANC are not.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a category family with its own floor', () => {
  it('noise-cancelling earbuds', () => {
    expect(kinds('Hybrid ANC Wireless Earbuds 35dB Active Noise Cancelling BT5.3\nUS$0.60 - 0.90 / Piece | 10 Pieces (Min. Order)')).toContain('price_range');
    expect(kinds('sku,title,unit,moq,price_min_usd,price_max_usd\nE-7,Mini TWS Earbuds Touch Control (without ANC),Piece,50,1.70,2.10')).not.toContain('price_range');
  });
  it('an executive desk', () => {
    expect(kinds('商品：胡桃木 大班台 1.8米 带抽屉\n计量单位：张 | 最小起订量：1\n价格：$12 - $20')).toContain('price_range');
  });
  it('a treadmill whose title names its motor', () => {
    expect(kinds('Home Folding Treadmill 2.5HP DC Motor LCD Display\n$14.90 - $22.00 / Set | 1 Set (Min. Order)')).toContain('price_range');
    expect(kinds('Treadmill Running Belt 45x140cm PVC Replacement\n$14.90 - $22.00 / Piece | 10 Pieces (Min. Order)')).not.toContain('price_range');
  });
  it("an excavator's hydraulic breaker, not its chisel", () => {
    expect(kinds('Product name: Hydraulic Rock Breaker for 6-9 Ton Excavator\nPrice: US$ 45.00 - 70.00 / Set\nMOQ: 1 Set')).toContain('price_range');
    expect(kinds('Product name: Hydraulic Breaker Chisel 75mm Moil Point\nPrice: US$ 45.00 - 70.00 / Piece\nMOQ: 1 Piece')).not.toContain('price_range');
  });
  it('a desktop processor', () => {
    expect(kinds('产品名称：盒装 Intel i5-12400F 处理器 6核12线程\n价格：US$4.00 - 6.50 /个\n最小起订量：1 个')).toContain('price_range');
  });
});
