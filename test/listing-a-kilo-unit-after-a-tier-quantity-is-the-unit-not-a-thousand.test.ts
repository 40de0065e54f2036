import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('千 read as the kilo of 千克 / 千米 / 千瓦, not as a thousand', () => {
  it('reads "≥500千克" as 500 kilograms, so a real per-kilogram ladder is no unit cut down nor a huge order', () => {
    const parsed = checker.parse('【交易信息】\n产品名称：食品级 柠檬酸 无水\n计量单位：千克\n阶梯价：≥500千克 US$ 1.10；≥5000千克 US$ 0.98\n最小起订量：500 千克');
    expect(parsed.tiers.map((t) => [t.min, t.unit?.id])).toEqual([[500, 'kilogram'], [5000, 'kilogram']]);
    expect(kinds('【交易信息】\n产品名称：食品级 柠檬酸 无水\n计量单位：千克\n阶梯价：≥500千克 US$ 1.10；≥5000千克 US$ 0.98\n最小起订量：500 千克')).toEqual([]);
    expect(checker.parse('产品名称：铜芯电缆 BV 2.5平方\n计量单位：千米\n阶梯价：≥2千米 US$ 260；≥20千米 US$ 240').tiers.map((t) => t.min)).toEqual([2, 20]);
  });

  it('still reads 千 as a thousand before a count unit', () => {
    expect(checker.parse('产品名称：一次性 纸杯\n阶梯价：≥5千个 US$ 0.02；≥5万个 US$ 0.015').tiers.map((t) => t.min)).toEqual([5000, 50000]);
  });
});
