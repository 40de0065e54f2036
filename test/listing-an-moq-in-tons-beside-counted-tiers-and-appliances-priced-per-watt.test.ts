import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Two MOQ and price-unit mismatches: an MOQ in a unit of measure (tons, grams, metres) while the tiers count pieces or
 * pairs, or while goods sold by the piece show a bare price; and an appliance priced per watt of its rating when the
 * trade quotes only panels, lamps, inverters and the like per watt. Consistent listings and goods quoted per watt pass.
 */
const checker = createListingChecker();
const kinds = (t: string) => [...new Set(checker.check(t).findings.map((f) => f.kind))];

describe('an MOQ in a unit of measure', () => {
  it('beside tiers in pairs or pieces is false', () => {
    expect(kinds('商品名称：纯棉运动袜 中筒\n价格：US$0.45 / 双\n最小起订量：2 吨\n阶梯价：100-999 双 US$0.45；≥1000 双 US$0.40')).toContain('moq');
    expect(kinds('product,price_usd,moq,moq_unit\nSmart Watch Bluetooth Call 1.9 inch,11.50,1,Kilogram\n')).toContain('moq');
  });
  it('passes an MOQ in the tiers’ own unit, and bulk goods by weight', () => {
    expect(kinds('商品名称：纯棉运动袜 中筒\n价格：US$0.45 / 双\n最小起订量：100 双\n阶梯价：100-999 双 US$0.45；≥1000 双 US$0.40')).toEqual([]);
    expect(kinds('product,price_usd,unit,moq,moq_unit\nPolyester Staple Fiber 1.4D,1.05,kg,5,ton\n')).toEqual([]);
  });
});

describe('an appliance priced per watt', () => {
  it('is a price in an odd unit', () => {
    expect(kinds('商品名称：家用电暖风扇 2000W 速热 静音\n计量单位：瓦\n价格：US$0.006 / 瓦\n最小起订量：2000 瓦')).toContain('price_unit');
    expect(kinds('Electric Kettle Stainless Steel 1500W 1.8L\n\n$0.005 / Watt | 1500 Watts (Min. Order)\n')).toContain('price_unit');
  });
  it('passes solar panels and LED lights quoted per watt', () => {
    expect(kinds('Mono Solar Panel 450W Half Cell PV Module\n\n$0.21 / Watt | 10000 Watts (Min. Order)\n')).toEqual([]);
    expect(kinds('商品名称：LED 投光灯 200W 户外防水\n计量单位：瓦\n价格：US$0.12 / 瓦\n最小起订量：2000 瓦')).toEqual([]);
  });
});
