import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A range form's minimum and maximum price fields written on one line with bare numbers ("Price type: Range   Min: 0.60
 * Max: 0.85   Currency: USD", "价格类型：区间价  最低价：15.00  最高价：25.00", "Min price: 2.10  Max price: 3.40") are its price
 * range in the backend's dollars: read, the range meets the market. A "Min:" with no price word or range type beside it is
 * not read as a price. Our own wordings (round 45).
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe("a range form's min and max fields on one line", () => {
  it('are read as the price range', () => {
    const en = checker.parse('Product name: Stainless Steel Water Bottle 500ml\nUnit of measure: Piece\nPrice type: Range   Min: 2.10   Max: 3.40   Currency: USD\nMOQ: 100');
    expect(en.headline?.min.usd).toBe(2.1);
    expect(en.headline?.max?.usd).toBe(3.4);
    const zh = checker.parse('产品名称：不锈钢保温杯 500ml\n计量单位：个\n价格类型：区间价  最低价：2.10  最高价：3.40\n最小起订量：100');
    expect(zh.headline?.max?.usd).toBe(3.4);
    expect(checker.parse('Product name: Stainless Steel Water Bottle 500ml\nMin price: 2.10   Max price: 3.40\nMOQ: 100').headline?.min.usd).toBe(2.1);
  });

  it('meet the market once read', () => {
    expect(kinds('产品名称：铝型材 6063 工业型材\n计量单位：吨\n价格类型：区间价  最低价：12.00  最高价：20.00\n最小起订量：1')).toContain('price_range');
    expect(kinds('产品名称：铝型材 6063 工业型材\n计量单位：吨\n价格类型：区间价  最低价：2800.00  最高价：3300.00\n最小起订量：1')).toEqual([]);
  });

  it('leave a bare Min and Max with no price word alone', () => {
    expect(checker.parse('Product name: Stainless Steel Water Bottle 500ml\nOperating temperature   Min: 10   Max: 90').headline).toBeUndefined();
  });
});
