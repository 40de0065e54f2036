import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A minimum for work done to the buyer's order (a colour dyed to order, customising, OEM) sits above the goods' own MOQ
 * by nature: it is the customisation's minimum, not a second MOQ of the goods that contradicts the first. A second
 * minimum for the goods themselves, far from the one shown, is still a false MOQ.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a customisation MOQ above the order MOQ', () => {
  it('passes when the line scopes it to dyeing or other colours', () => {
    expect(kinds('商品名称：尼龙拉链 3号 闭尾 Nylon Zipper\n阶梯价：\n  5000-49999 条：$0.030\n  ≥50000 条：$0.024\n最小起订量：5000 条\nSKU 规格与价格：颜色 黑/白/藏青，其他颜色染色 MOQ 10万条\n运费：运费模板「义乌-海运拼箱」')).not.toContain('moq');
    expect(kinds('Polyester Grosgrain Ribbon 25mm 100 Yards Roll\n20 - 199 Rolls  $2.10\n>= 200 Rolls    $1.80\nMin. Order: 20 Rolls\nColors: 196 stock colors; other colours dyed to order, MOQ 500 Rolls per colour')).not.toContain('moq');
  });

  it('still flags a second MOQ of the goods far above the one shown', () => {
    expect(kinds('商品名称：尼龙拉链 3号 闭尾 Nylon Zipper\n阶梯价：\n  5000-49999 条：$0.030\n  ≥50000 条：$0.024\n最小起订量：5000 条\n说明：实际起订量 100万条')).toContain('moq');
  });
});
