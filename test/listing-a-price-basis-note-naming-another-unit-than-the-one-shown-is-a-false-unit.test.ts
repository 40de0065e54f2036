import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A price-basis note that names the unit the price is really for, with the amount or currency in between ("Price basis:
 * USD 0.95 per kg" under "/ Carton", "报价口径：美元/公斤" under 计量单位 箱), says the price shown per carton is a kilogram's:
 * a false unit. A basis naming the unit shown says nothing false. Our own wordings (round 45).
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a price-basis note', () => {
  it('naming another unit than the one shown is a false unit', () => {
    expect(kinds('Frozen Tilapia Fillet IQF 3-5oz\n$0.95 / Carton | 1000 Cartons (Min. Order)\nPackaging Details: 10kg/carton\nPrice basis: USD 0.95 per kg, CFR')).toContain('price_unit');
    expect(kinds('产品名称：冷冻带鱼段\n计量单位：箱\n价格：1.30\n包装信息：1 箱 = 12 公斤；报价口径：美元/公斤')).toContain('price_unit');
  });

  it('naming the unit shown says nothing false', () => {
    expect(kinds('Frozen Tilapia Fillet IQF 3-5oz\n$19.00 / Carton | 1000 Cartons (Min. Order)\nPackaging Details: 10kg/carton\nPrice basis: USD 19.00 per carton, CFR')).toEqual([]);
    expect(kinds('产品名称：冷冻带鱼段\n计量单位：箱\n价格：21.00\n包装信息：1 箱 = 12 公斤；报价口径：美元/箱')).toEqual([]);
  });
});
