import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A rep who says a low price is what the goods really go for ("看着便宜，但这种规格的出口货就是这个价", "it looks cheap but that is
 * the real price") or that buyers really pay the price shown, even on a loss leader ("引流款 ... 客户真下单也按 1.99 卖", "our
 * traffic item, but we really do sell at that price"), admits no false price. A rep who says the price is only there for
 * clicks and is not what buyers pay is still read as bait.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a low price the rep says buyers really pay', () => {
  it('is no admission of a false price (zh)', () => {
    expect(kinds('大米 长粒香 5% 碎 出口 $0.42/公斤，起订一个柜 25 吨。看着很便宜，但这种规格的出口米就是这个价')).toEqual([]);
  });

  it('is no bait when buyers pay it, even on a loss leader (zh, en)', () => {
    expect(kinds('这款手机支架是我们的引流款，页面价 $1.99，客户真下单我们也按1.99卖，靠搭配别的产品赚钱。这样算违规吗？')).toEqual([]);
    expect(kinds("the phone stand is our traffic item to get more inquiries, page price $1.99, and we really do sell at that price, we make money on the other products")).toEqual([]);
  });

  it('is still bait when the rep says the price is only for clicks and not what buyers pay (zh)', () => {
    expect(kinds('这款手机支架是我们的引流款，页面价 $0.19，其实真实价格 $1.99，客户询盘了再报价')).not.toEqual([]);
  });
});
