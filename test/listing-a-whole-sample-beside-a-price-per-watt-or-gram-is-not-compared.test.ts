import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Goods priced per watt (or gram, or metre) sample as one whole item ("样品：整块样板 US$150"): a sample naming no
 * unit is not one watt, so its price is not compared with the price per watt. A sample per the priced unit still is.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a whole sample beside a price per watt', () => {
  it('passes', () => {
    expect(kinds('商品名称：Mono Solar Panel 450W Photovoltaic Module\n计量单位：瓦\n最小起订量：20000 瓦\n阶梯价：\n  ≥20000 瓦   US$0.22\n  ≥200000 瓦  US$0.20\n样品：整块样板 US$120')).not.toContain('price_range');
  });
  it('a sample per piece beside pieces is still compared', () => {
    expect(kinds('商品名称：Bluetooth Speaker Portable Waterproof\n计量单位：个\n最小起订量：2 个\n价格：US$0.50 / 个\n样品：US$65 / 个')).toContain('price_range');
  });
});
