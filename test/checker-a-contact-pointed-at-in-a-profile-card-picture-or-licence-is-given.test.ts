import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// The rep's contact not typed but pointed at: in the profile, its description or card (资料卡, 个人资料), a picture, the
// business licence, or "how to reach me" shown there. Giving one's contact in any form is giving it.
describe('a contact pointed at in a profile, a card, a picture or a licence', () => {
  it.each([
    '我的号就在第二张图片右下角',
    '我们主页上有微信号，直接加',
    '点开我资料卡，上面那串数字加一下就能找到我',
    '我的私人号码写在名片上了',
    '我的手机号就是营业执照上面那个联系电话',
    '简介里有我们的联系方式哈',
    "Open my profile and you'll see how to reach me outside of here",
    'Have a look at my bio, my personal number is there',
    'The number printed on the carton label in photo 3 is my WhatsApp',
    'The second picture has my business card, just add me',
  ])('flags %s', (t) => expect(checker.checkLocal(t).leak).toBe(true));

  it.each([
    '我们主页有产品视频和证书，您在阿里店铺首页就能看到',
    '营业执照上的公司名称和合同一致，您可以在店铺里查看',
    '个人资料里的公司地址已经更新，发货地址请在订单里确认',
    'The second picture has our business card holder, please add it to the order if you like it.',
    'The photo shows our card printing quality, 350gsm with matte lamination.',
    'The number printed on the carton is the batch code, please check it against the packing list.',
    'My profile shows our factory photos and certificates, all here on Alibaba.',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));
});
