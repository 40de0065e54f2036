import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A backend form whose unit of measure is a thousand pieces ("Unit of measure: Thousand", "计量单位：千个") prices every row of
 * its ladder per thousand, though the rows name no unit of their own; and a CSV export whose header names its columns in
 * two languages ("unit 单位", "title 标题", "单位(unit)") is read by those names, so its unit cell ("Thousand 千个") is the
 * price's unit, not words of the title. Such prices meet the market per piece, a thousandth of them; a price per thousand
 * that is still far under any real cup is still a false price. Our own wordings (round 45).
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a ladder under a unit of measure of a thousand', () => {
  it('is compared with the market per piece', () => {
    expect(kinds('Product name: Kraft Paper Soup Cup 16oz with Lid\nUnit of measure: Thousand\nPrice type: Ladder\n  20-99 thousand      64.00\n  >=100 thousand      55.00\nMOQ: 20')).toEqual([]);
    expect(kinds('产品名称：一次性塑料杯 12盎司\n计量单位：千个\n价格类型：阶梯价\n  10-49 千个      26.00\n  ≥50 千个      23.50')).toEqual([]);
  });

  it('still finds a price per thousand far under the market', () => {
    expect(kinds('产品名称：一次性塑料杯 12盎司\n计量单位：千个\n价格类型：阶梯价\n  10-49 千个      0.26\n  ≥50 千个      0.23')).toContain('price_range');
  });
});

describe('a CSV header naming its columns in two languages', () => {
  it('reads the unit column as the price unit', () => {
    const t = 'title 标题,unit 单位,price_min,price_max,moq 起订量\n"Kraft soup cup 牛皮纸汤杯 16oz",Thousand 千个,58,66,20';
    expect(checker.parse(t).title).toBe('Kraft soup cup 牛皮纸汤杯 16oz');
    expect(checker.parse(t).headline?.unit?.id).toBe('thousand');
    expect(kinds(t)).toEqual([]);
  });

  it('reads either order of the two names', () => {
    const t = '标题 title,单位(unit),价格 price,起订量 moq\n"Wood screw 木螺丝 M3x12",Thousand 千个,7.20,50';
    expect(checker.parse(t).headline?.unit?.id).toBe('thousand');
    expect(kinds(t)).toEqual([]);
  });
});
