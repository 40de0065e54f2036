import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A backend form whose MOQ field says 1 while its logistics or packing line states the real minimum: "100 台以下不接单",
 * "1 吨起发（约 3 万个）", "20 双/包（不拆包）". A note that matches the MOQ field passes.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a minimum stated outside the MOQ field', () => {
  it('no orders below a quantity', () => {
    expect(kinds('商品名称：家用 电热水器 60L\n计量单位：台\n最小起订量：1 台\n阶梯价：1-99 台 $88 / ≥100 台 $80\n物流信息：仅海运整柜，200 台以下不接单')).toContain('moq');
  });
  it('shipped from a ton, counted in pieces', () => {
    expect(kinds('商品名称：PE 瓶盖 28mm\n计量单位：个\n最小起订量：1 个\n价格：US $0.02 / 个\n物流信息：按吨发货，1 吨起发（约 5 万个）')).toContain('moq');
  });
  it('a pack that is not split', () => {
    expect(kinds('商品名称：纯棉 袜子 男士\n计量单位：双\n最小起订量：1 双\n价格：US $0.40 / 双\nSKU 规格：颜色：黑/白；包装：12 双/包（不拆包）\n运费模板：首重0.5kg $9')).toContain('moq');
  });
  it('a note that agrees with the MOQ passes', () => {
    expect(kinds('商品名称：家用 电热水器 60L\n计量单位：台\n最小起订量：100 台\n阶梯价：100-499 台 $88 / ≥500 台 $80\n物流信息：仅海运整柜，100 台以下不接单')).not.toContain('moq');
  });
});
