import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Freight charged above the freight the page publishes, said in the words reps and pages use: free shipping shown while
 * freight is added to the order afterwards ("订单里再另外加运费", "we add shipping after payment", "下单后改个价把运费加上",
 * with the carrier's rate on the same line), a template fee beside what the carrier really takes ("实际走 DHL 要 $20/件"),
 * the buyer topping up the difference; and a charged freight the page gives only as an estimate ("约 $90") that is many
 * times the published fee. An estimate near the published fee, and freight added only for remote areas, pass.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('freight added after the order, in any wording', () => {
  it('is read beside free shipping in either language', () => {
    expect(kinds('我们的折叠凳链接前台显示包邮，客户拍了以后我们在订单里再另外加运费')).toContain('shipping');
    expect(kinds("Our yoga mat listing has the free shipping badge, but we add shipping after payment on every order anyway.")).toContain('shipping');
    expect(kinds('运费模板写的 free shipping，实际 FedEx 要收 $18/kg，我们付款后改个价把运费加上')).toContain('shipping');
  });

  it('is read when the rep names the template fee and what the carrier really takes', () => {
    expect(kinds('运费模板设的欧洲 US$4/件，实际走DHL要 US$20/件左右，差价让买家下单后补')).toContain('shipping');
  });

  it('passes free shipping with freight added only for remote areas', () => {
    expect(kinds('我们的折叠凳链接显示包邮，偏远地区我们在订单里再另外加运费')).toEqual([]);
  });
});

describe('a charged freight given as an estimate', () => {
  const page = (charged: string) =>
    `现货\n实木 书桌 家用 学生 写字台\nUS $60.00 / 张 | 1 张（起订量）\n1 张  明细  US $60.00\n运费  US $15.00\n合计  US $75.00\n--- 商品详情 ---\n温馨提示：页面运费仅供参考，下单后客服改价补运费约 ${charged}/张。`;
  it('is charged above the published fee when it is many times that fee', () => {
    expect(kinds(page('US $90'))).toContain('shipping');
  });
  it('passes when it stays near the published fee', () => {
    expect(kinds(page('US $18'))).not.toContain('shipping');
  });
});
