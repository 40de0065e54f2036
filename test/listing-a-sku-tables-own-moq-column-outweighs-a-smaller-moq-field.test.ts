import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A backend SKU table with its own 起订量 column ("珍珠款 米白 0.45 1200") under an MOQ field of 2: every SKU needs
 * 1200, so the MOQ field is false. A column that agrees with the MOQ field passes.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);
const form = (moq: string, rowMoq: string) =>
  `商品名称：韩版 鲨鱼夹 发夹 大号\n计量单位：个\n最小起订量：${moq} 个\n价格区间：US $0.30 - $0.48\nSKU 规格与价格：\n款式\t颜色\t价格\t起订量\n珍珠款\t米白\t0.48\t${rowMoq}\n磨砂款\t咖啡\t0.30\t${rowMoq}\n运费模板：按重量 首重0.5kg $8.5`;

describe("a SKU table's MOQ column", () => {
  it('far above the MOQ field is a false MOQ', () => {
    expect(kinds(form('2', '1000'))).toContain('moq');
  });
  it('agreeing with the MOQ field passes', () => {
    expect(kinds(form('1000', '1000'))).not.toContain('moq');
  });
});
