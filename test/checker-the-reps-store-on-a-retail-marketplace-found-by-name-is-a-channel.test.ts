import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// The rep's own store on a retail marketplace, the buyer sent to find it ("find us on Amazon", "我们京东也有旗舰店，那边
// 价格一样"); the goods said to sell well there are not a channel.
describe("the rep's store on a retail marketplace", () => {
  it.each(['我们拼多多也有个店，那边下单也行', 'You can find us on eBay too, Sunrise Lamps Outlet', '我们天猫还有旗舰店，那边价格一样'])('flags %s', (t) =>
    expect(checker.checkLocal(t).leak).toBe(true),
  );
  it.each([
    '我们的产品在京东上也卖得很好，很多客户反馈不错',
    'This lamp sells well on Amazon and eBay, so it is a safe pick for your shop.',
    'Our brand is the same brand as on Amazon, but the wholesale price is here on Alibaba.',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));
});
