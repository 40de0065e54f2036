import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A unit mismatch the listing admits in its own words: "Unit: Square Meter" with a remark that the price is per square
 * foot, "/ 米" with "页面价格为每10厘米价格", a CSV remark "price per 10cm". The remark's quantity (contradictions.yaml
 * priceForUnit) is compared with the unit shown: another size of it, or another unit, makes the unit false. A remark
 * stating another price ("price per roll: $48") or the unit shown itself passes.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a remark saying the price is for another size of the unit', () => {
  it('makes the unit shown false', () => {
    expect(kinds('Product: Artificial Grass Turf 30mm\nUnit: Square Meter\nPrice: $0.42\nNote: the price is actually per square foot')).toContain('price_unit');
    expect(kinds('首页 > 纺织面料 > 蕾丝\n法式蕾丝面料 刺绣 130cm 门幅\nUS $0.55 / 米 | 20米起批\n商品详情：说明：标价为每10厘米的价格，一米按标价×10计算。')).toContain('price_unit');
    expect(kinds('title,category,unit,moq,price_min,price_max,tiers,skus,shipping,remark\n"Copper Wire 2.5mm",Cables,Meter,100,0.09,0.12,,,,"price per 5cm"')).toContain('price_unit');
  });

  it('passes a remark naming the unit shown or stating another price', () => {
    expect(kinds('Product: Artificial Grass Turf 30mm\nUnit: Square Meter\nPrice: $4.20\nNote: the price is per square meter, rolls of 2x25 m')).toEqual([]);
    expect(kinds('法式蕾丝面料 刺绣 130cm 门幅\nUS $5.50 / 米 | 20米起批\n商品详情：价格为每米价格，整卷 30 米。')).toEqual([]);
  });
});
