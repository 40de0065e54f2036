import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Reference-table matching: "band" is an accessory word (a watch band), but a gold or silver "wedding band" is the ring
 * itself, so the precious-metal floor applies; a bicycle's components (spokes, pedals, tyres, saddles) are not the
 * bicycle, so its floor does not.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('reference categories', () => {
  it('a solid gold wedding band at a few dollars is far below the market', () => {
    expect(kinds('商品名称：14K Solid Gold Wedding Band Men Women Plain Ring\n计量单位：个\n最小起订量：2 个\n价格设置：区间价 US$1.50 - US$4.00 / 个')).toContain('price_range');
  });
  it('bicycle spokes and pedals at cents are not bicycles', () => {
    expect(kinds('商品名称：Stainless Steel Bicycle Spokes 2.0mm with Nipples\n计量单位：根\n最小起订量：5000 根\n价格：US$0.05 / 根')).not.toContain('price_range');
    expect(kinds('Aluminium Bicycle Pedals Flat MTB Pedal Sealed Bearing\n$2.10 - $2.60 / Pair | 50 Pairs (Min. Order)')).not.toContain('price_range');
  });
});
