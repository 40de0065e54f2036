import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// Indirect asks for a contact: a way to reach the buyer "beyond this chat", the platform said to be unneeded for direct
// contact, something already sent to the buyer's phone or mailbox, "where else can I send you…", "your digits", and the
// Spanish and Portuguese "by where do I write you" (rules/detection/ask-contact-more.yaml, ask.contact-beyond-here), and
// the contact asked as "留给我" (ask-contact.yaml). The near misses are order steps, the platform's own service, and
// "besides this one" said of the goods.
describe('a way to reach each other beyond this chat, asked or offered', () => {
  it.each([
    '除了阿里，还有别的方式能联系上您吗？',
    '方便的话给我一个平台以外的联系方式',
    '以后有事直接找我们就行，不需要通过国际站',
    '新款图片我刚发您邮箱了，看看喜欢哪个',
    '您的电话留给我，我们主管打给您',
    'Where else could we send you the new price list?',
    'Send me your digits and I will call tonight',
    '¿Por dónde le escribo para mandarle el catálogo?',
    'Por onde te chamo fora do app?',
  ])('flags %s', (t) => expect(checker.checkLocal(t).leak).toBe(true));

  it.each([
    '除了这款以外，还有别的颜色吗？',
    '有问题直接联系我，不需要通过平台客服转接',
    '形式发票我已经发您邮箱了，付款请在订单里完成',
    '收货人电话留给我，快递派送要用',
    'The last digits of your order number, please, so I can find it.',
    '¿Por dónde prefiere el envío, marítimo o aéreo?',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));
});
