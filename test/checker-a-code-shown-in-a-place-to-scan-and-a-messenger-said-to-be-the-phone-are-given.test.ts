import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// The rep's code pointed at in a place, to be scanned to reach them, and a messenger said to be the rep's phone number
// (rules/detection/pointers.yaml, contact.pointer). The near misses are a code to check or install a product, and a
// number that is the order's.
describe('a code shown in a place to scan, and a messenger said to be the phone', () => {
  it.each([
    '详情页最后一张图里有个码，扫一下就能加我聊',
    'There is a QR code on the back page of our brochure, scan it and we can talk directly',
    'WhatsApp 就是我手机号，之前名片上那个',
    'v 就是我电话号码',
  ])('flags %s', (t) => expect(checker.checkLocal(t).leak).toBe(true));

  it.each([
    '说明书上有个码，扫了可以看安装视频',
    'The QR code on the product label can be scanned to check it is genuine.',
    '订单号就是我发您的那个号码',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));
});
