import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// Code-switched drafts (found on drafts-t20): the rep's contact named in English inside a Chinese sentence, or the place
// named in English ("gallery 最后一张图有我的 contact", "我 profile photo 里的 number", "名片上面有 direct line 和 email").
// Pointing at it is giving it, in either language or both at once.
describe('a contact pointed at in a mixed Chinese and English sentence', () => {
  it.each([
    'Hi Sam, 我的 WhatsApp 在 catalogue 最后一页, 有事直接找我',
    'Dear Leo, product video 结尾有我的 number, 有问题直接 call',
    '您看 banner 左上角，有我们的 vx，备注 order',
    'Hi Ana, 我 signature 里的 mobile 是我的私人号, 晚上也可以',
    'Hi Tom, 附件里是我们的 name card, 上面有 email 和 WeChat',
    '我们的 phone number 印在 packaging 外箱 label 上, check 一下照片',
  ])('flags %s', (t) => expect(checker.checkLocal(t).leak).toBe(true));

  it.each([
    '您的 contact 在订单里，我们已经核对过了',
    '产品图里有我们的 logo 和 model number, 包装上也会印',
    'Hi Tom, gallery 最后一张图有我们的 certificate 和 test report',
    '我的 V 领款式在 product 主图里, 颜色有三种',
    '我们 business card 上面有 Alibaba 店铺二维码，扫码就能进店',
    '您名片上的 email 我们收到了，报价还是在这里发您',
    '我的 order number 在 invoice 上, 请核对',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));
});
