import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * The line right under the shipping field that says what is really charged continues that field even when it names the
 * freight only after the amount ("实际全部走顺丰国际，按 US$38/件收，差价让客户补拍运费链接", "actually all goes by DHL at
 * US$38/piece, buyer pays the difference via a shipping link"): the amount is the freight charged, above the published
 * one. A charged amount equal to the published fee passes.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a charged-freight line naming the freight after its amount', () => {
  it('is the freight charged, in Chinese and English', () => {
    expect(kinds('商品：男士休闲皮带 真皮 自动扣\n价格 US$3.20-3.60/条  MOQ 50条\n运费：已选模板「EMS」 显示 US$12.00 /件\n——仓库留言：EMS停了，实际全部走顺丰国际，按 US$38/件收，差价在聊天里让客户补拍运费链接')).toContain('shipping');
    expect(kinds('陶瓷马克杯 350ml\n价格 US$0.90/个  起订量 72个\n运费：US$20.00（模板显示）\n实际走空运，按 US$85 收，差额让客户另拍邮费链接')).toContain('shipping');
    expect(kinds('Leather Belt\nPrice: $3.20-3.60 / Piece   MOQ 50 Pieces\nShipping: $12.00 / piece (EMS template)\nWarehouse note: EMS stopped, actually all goes by DHL at US$38/piece, buyer pays the difference via a shipping link')).toContain('shipping');
  });

  it('passes a charged amount equal to the published fee', () => {
    expect(kinds('陶瓷马克杯 350ml\n价格 US$0.90/个  起订量 72个\n运费：US$20.00（模板显示）\n实际走空运，按 US$20 收，不另收运费')).toEqual([]);
  });
});
