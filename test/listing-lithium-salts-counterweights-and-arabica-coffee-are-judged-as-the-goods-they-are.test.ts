import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Goods that were matched to the wrong reference category (round 44, reference-prices.yaml): lithium carbonate and
 * hydroxide, chemicals sold by weight, were read as lithium battery packs priced per ton; a forklift or crane counterweight,
 * cast iron by the kilogram, as the forklift itself. Now a lithium salt has its own floor per kilogram (a bait price is a
 * price far from the market, price_range, not a unit trick) and a counterweight is a part named after its machine.
 * Arabica coffee, named as such or by an arabica grade, has a floor above robusta's.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('lithium salts, counterweights and arabica coffee are judged as the goods they are', () => {
  it.each([
    'Lithium Hydroxide Monohydrate Battery Grade 56.5%\n$52,000.00 - $58,000.00 / Metric Ton | 5 Metric Ton (Min. Order)',
    '电池级 碳酸锂 99.5% 25kg/袋\nUS$ 62.00 - 66.00 / 千克 ｜ 100 千克起订',
  ])('passes a lithium salt at a market price per ton or kilogram: %s', (t) => {
    expect(checker.check(t).fake).toBe(false);
  });

  it.each([
    'Lithium Carbonate Technical Grade 99% Powder\n$1.10 - $1.40 / Kilogram | 1000 Kilograms (Min. Order)',
    '氢氧化锂 电池级 LiOH 56.5%\nUS$ 900 - 1,100 / 吨 ｜ 1 吨起订',
  ])('flags a lithium salt far below the market as a price range, not a unit: %s', (t) => {
    expect(kinds(t)).toEqual(['price_range']);
  });

  it.each([
    'Forklift Counterweight Cast Iron, custom for 2.5 ton forklifts\n$0.95 - $1.20 / Kilogram | 1 Metric Ton (Min. Order)\nCast to drawing, 400-900 kg per piece',
    '叉车配重块 铸铁 定制 5吨叉车用\nUS$ 0.80 - 1.05 / 千克 ｜ 2 吨起订\n按图纸铸造，单块重 1-2 吨',
    'Crane Counter Weight Block Cast Iron\n$0.90 - $1.10 / Kilogram | 5 Metric Ton (Min. Order)',
  ])('passes a counterweight priced by the kilogram: %s', (t) => {
    expect(kinds(t)).not.toContain('price_unit');
  });

  it.each([
    'Arabica Green Coffee Beans Ethiopia Grade 2 Washed\n$0.95 - $1.20 / Kilogram | 300 Kilograms (Min. Order)',
    '阿拉比卡 咖啡生豆 云南 小粒咖啡 一级\nUS$ 0.80 - 1.00 / 千克 ｜ 500 千克起订',
    'Kenya AA Roasted Coffee Beans, 1kg valve bag\n$1.10 - $1.30 / Kilogram | 200 Kilograms (Min. Order)',
  ])('flags arabica coffee far below the market: %s', (t) => {
    expect(kinds(t)).toContain('price_range');
  });

  it.each([
    'Colombia Supremo Arabica Roasted Coffee Beans 1kg Bag\n$9.50 - $12.00 / Kilogram | 100 Kilograms (Min. Order)',
    '云南 小粒咖啡 阿拉比卡 生豆 60kg 麻袋\nUS$ 4.20 - 4.80 / 千克 ｜ 1 吨起订',
  ])('passes arabica coffee at a market price: %s', (t) => {
    expect(checker.check(t).fake).toBe(false);
  });
});
