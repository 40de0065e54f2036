import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// The rep's contact given by where it is shown instead of its digits (rules/detection/pointers.yaml, contact.pointer):
// the number said to be the one on the store page or a card, the store's number said to be the rep's own mobile, the
// buyer told to dial or add the number shown in a place or a file, the messenger id said to be the phone number, the
// avatar said to be the code. The near misses name the consignee's, an order's or a courier's number, or a place alone.
describe('a contact named as the one shown on the store page, a card or a file', () => {
  it.each([
    '手机就是我们公司主页上的那个电话，有事直接打',
    '公司首页上的电话就是我本人手机',
    '拨一下名片上的号码，找我就行',
    'V就是名片上那个号',
    '我的微信跟手机号一样，搜一下就有',
    '资料卡上是我的二维码',
    'Ring me on the number in the brochure header, any time after 6',
    'you know where to find me, the mobile on the first page of the catalogue',
  ])('flags %s', (t) => expect(checker.checkLocal(t).leak).toBe(true));

  it.each([
    '收件人电话就是订单里的电话，快递会联系',
    '发票号就是合同上的号码',
    '公司首页有工厂介绍视频，您可以看看',
    '请拨打快递单上的号码联系派送员',
    'The number on the hang tag is the style number.',
    'Please call the forwarder on the number in their booking email.',
    '长按图片可以保存，之后在这里发给我',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));
});
