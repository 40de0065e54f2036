import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { expectCaughtWithEvidence } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// A contact detail the buyer gave (named before it, or asked about right after it), the platform's own line, and a
// parcel's tracking code are not the seller giving a contact; neither the rules nor the classifier warn on them.
const passes: Array<[string, string]> = [
  ['the address you sent, declined', "Hi, we can't reach the address you sent (sam.k@yahoo.com), all talks stay on Alibaba.com."],
  ['您登记的手机号, to be fixed in the order', '您好，您登记的手机号 +49 1512 3456789 少了一位，请在订单页面改一下'],
  ['the consignee phone, asked back', '收货电话 +7 912 345-67-89，是您的吗？'],
  ['"your ... number?" after the number', 'Before shipping: is +33 6 12 34 56 78 your warehouse number?'],
  ['taken from the buyer\'s form', 'We copied 0300-1234567 from your inquiry form for the customs papers, fine?'],
  ['the platform\'s line, named after the number', '售后专线 400-612-3300 是阿里巴巴的官方客服，我们没有自己的热线。'],
  ['thanks for the number the buyer shared', "Thanks for sharing +7 916 123-45-67, but we'll continue in this chat."],
  ['the buyer asked to confirm the number', '您公司的进口商电话我们已经录入报关单：0321-4455667，麻烦核对一下是否正确'],
  ['a carrier\'s hotline, named as the carrier\'s', "Order #2024-7781 shipped; the courier's hotline 1-800-463-3339 is FedEx's, for tracking only."],
  ['a carrier\'s hotline in Chinese', '包裹已交顺丰，顺丰客服热线 95338 可以查件'],
  ['a tracking number with a hyphenated Russian label', 'Ваш трек-номер: 12345678901234'],
  ['an S10 postal code', 'Посылка в пути, трек-номер LZ123456789CN, спасибо'],
];

const blocks: Array<[string, string, string]> = [
  ['the buyer as the subject of a request to call the rep', '如您需要目录，请拨打 0755-8888 6666 找我们', '0755-8888 6666'],
  ['a company hotline given to the buyer\'s company', '贵司如有疑问，请致电 400-810-2233，我们随时解答', '400-810-2233'],
  ['thanks, then the rep\'s own number', 'Thanks for sharing, my number is +86 138 1234 5678', '+86 138 1234 5678'],
  ['the seller\'s own forwarder line', '我们的货代客服热线 021-6888 9999，直接打', '021-6888 9999'],
  ['the rep\'s own number, asked to be checked', 'my number +86 138 1234 5678, pls confirm it is correct', '+86 138 1234 5678'],
  ['"your" naming who is served, then the rep\'s number', 'For your convenience, WhatsApp me on +971 55 765 4321', '+971 55 765 4321'],
];

describe('numbers and addresses that are the buyer\'s or the platform\'s', () => {
  it.each(passes)('passes: %s', (_what, text) => {
    const r = checker.checkLocal(text);
    expect(r.verdict, JSON.stringify(r.explain)).toBe('pass');
  });
  it.each(blocks)('still caught: %s', (_what, text, cover) => {
    expectCaughtWithEvidence(checker, text, cover);
  });
});
