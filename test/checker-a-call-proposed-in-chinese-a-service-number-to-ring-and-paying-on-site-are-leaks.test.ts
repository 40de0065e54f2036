import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// The rep proposing to phone the buyer ("我打给您", "您方便接电话吗", "老板想跟您直接通个电话"), a service number printed
// somewhere the buyer is told to ring, and paying on the spot (现场付款, 当面成交).
describe('a call proposed in Chinese, a service number to ring, paying on site', () => {
  it.each([
    '说不清楚的话我待会打给你',
    '您现在方便接个电话吗',
    '我们总经理想跟您亲自通个电话',
    '说明书封面上有我们的售后电话，坏了直接打',
    '到了工厂看完样品，现场付款就行',
    '您来义乌的时候我们当面成交，价格再优惠',
  ])('flags %s', (t) => expect(checker.checkLocal(t).leak).toBe(true));

  it.each([
    '我打给您的货代确认一下提货时间',
    '司机到了会打给您，请保持电话畅通',
    '包装上印有我们的客服电话和logo，是国外售后用的',
    '现场付款我们不接受，货款请在平台上付',
    '现场验货没问题的话，您在信保上付尾款就行',
    '我们可以当面交流产品细节，下单还是在阿里上',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));
});
