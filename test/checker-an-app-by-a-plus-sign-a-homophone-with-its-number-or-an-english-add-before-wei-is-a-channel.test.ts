import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// Found on drafts-t20: WeChat added with the plus sign read as 加 ("➕V coco2022"), WhatsApp's homophone with the number
// right after it ("瓦次 189 6115 6845", whatever price or stock words sit nearby), and an English add before the rep's
// own 微 ("add my 微 (ID: tony0755)").
describe('an app named by a plus sign, a homophone with its number, or an English add before 微', () => {
  it.each([
    '亲，这款沙发MOQ是500个，有问题➕V kaida2022，秒回',
    '价格已更新，详细的➕vx 聊',
    '+V: lily_sz88 发您最新目录',
    '价格 ✅ 库存 ✅ 要视频的话 → 哇兹 138 0013 8000',
    '想看实拍？沃茨：+971 50 123 4567',
    'Hi Sam, 展会见! 先 add my 微 (ID: sam_0755) so we can 约时间',
    'pls add our 微, ID same as Alibaba name + 88',
  ])('flags %s', (t) => expect(checker.checkLocal(t).leak).toBe(true));

  it.each([
    '这款是 V 领款式，size L+V neck 两种都有',
    '电压 12V+V 两档可选，型号 VX-200',
    '瓦次数很高的灯泡我们也有，功率 60W，单价 USD 2.5',
    '微信支付在国际站上用不了，请在订单里付款',
    'Please add my sample to the order, 微调一下颜色就好',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));
});
