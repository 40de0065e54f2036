import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A unit cut down until the price looks tiny: one gram, one centimetre or one square centimetre for cents, or an
 * MOQ of one kilogram of bulk goods for under a dollar. Goods honestly sold in small quantities must pass.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('square centimetres', () => {
  it('are their own unit, and a truncated "Squar..." cell is still square meters', () => {
    expect(checker.parse('商品名称：地垫\n价格：$0.002 /平方厘米\n最小起订量：1 平方厘米').moq?.unit?.id).toBe('square_centimeter');
    expect(checker.parse('Vinyl floor plank\n500 - 999 Squar...\n$6.10\n>=1000 Square Me...\n$5.80').tiers[0]?.unit?.id).toBe('square_meter');
  });
});

describe('a price per small unit with an order worth cents', () => {
  it('is a price_unit finding, in either layout', () => {
    expect(kinds('商品名称：乌龙茶 礼盒 250g\n计价：克\n价格：$0.02 /克\n起订：1 克')).toContain('price_unit');
    expect(kinds('Neon Flex Rope Light 10m Reel\n$0.04/ Centimeter | 1 Centimeter(Min. Order)')).toContain('price_unit');
    expect(kinds('Wool Area Carpet 160x230cm\n$0.30 - $0.45/ Square Centimeter | 1 Square Centimeter(Min. Order)')).toContain('moq');
  });

  it('passes goods priced per gram at a real price with a one-gram MOQ', () => {
    expect(kinds('商品名称：足银手链 S999\n计价单位：克\n阶梯价：1-49 克 $1.30；≥50 克 $1.20\n最小起订量：1 克')).toEqual([]);
  });
});

describe('an MOQ of one unit of measure worth under a dollar', () => {
  it('is a false MOQ for bulk goods', () => {
    expect(kinds('Bulk Urea Fertilizer 46% Granular\n$0.32 - $0.40/ Kilogram | 1 Kilogram(Min. Order)\nPacking: 50kg bags')).toContain('moq');
  });

  it('passes a single cheap item sold by the piece', () => {
    expect(kinds('商品名称：纸巾 抽纸 3层\n最小起订量：1 包\n价格区间：$0.30-$0.40/包')).toEqual([]);
  });
});

describe('materials sold by the metre', () => {
  it('are not a sold-by-the-piece product because their name holds a furniture word', () => {
    expect(kinds('商品名称：沙发革 PVC 1.0mm\n计价单位：米\n价格：$2.10-$2.60 /米\n最小起订量：300 米')).toEqual([]);
  });
});
