import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { expectCaughtWithEvidence } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// The buyer's request named and reported back (not only quoted in marks), then declined or answered here: the rep
// neither gives nor asks for a contact (FAQ 一).
const passes: Array<[string, string]> = [
  ['"regarding your request to" then the file sent here', 'Regarding your request to get the drawings by email — they are uploaded in this chat now.'],
  ['"as per your message" then "you\'d like"', "As per your message, you'd like to switch to Telegram. We'd rather keep it on Alibaba.com, thanks."],
  ['thanks for the number, then no contact outside', 'Thanks for your Viber number, however we are not able to contact you outside the platform.'],
  ['the rep saw the email the buyer left', '看到您留的邮箱了，规格书我直接传在这里，请查收。'],
  ['关于您的要求 then kept here', '关于您的要求（加微信发视频），我们还是在阿里旺旺上发给您。'],
  ['Spanish: about your request, kept here', 'Sobre su solicitud de pasar a WhatsApp, lo siento, preferimos seguir por aquí en Alibaba.'],
  ['French: about your request, kept here', 'Concernant votre demande de nous écrire par e-mail, désolé, nous restons sur Alibaba.'],
  ['Russian: at your request, kept here', 'По вашей просьбе перейти в телеграм: извините, давайте продолжим здесь, в чате.'],
];

// The same openings followed by the rep taking the contact up, or owning what the quotation holds.
const blocks: Array<[string, string, string]> = [
  ['a quoted number the rep agrees to add', 'You wrote "my Viber is +63 917 555 0142". OK, I will add you tonight.', '+63 917 555 0142'],
  ['a quoted app the rep agrees to add, in Chinese', '您说“加个 WhatsApp 方便”，好的，我加您。', 'WhatsApp'],
  ['a quotation used as cover for the rep\'s own number', "You said 'reach me at +86 139 0000 4321' - yes, that's my number, text me there.", '+86 139 0000 4321'],
  ['the email seen, then the quote sent there', '看到您的邮箱了，我把报价发您邮箱。', '邮箱'],
];

describe('reported requests declined pass; taking the contact up after quoting it does not', () => {
  it.each(passes)('passes: %s', (_what, text) => {
    const r = checker.checkLocal(text);
    expect(r.verdict, JSON.stringify(r.explain)).toBe('pass');
  });
  it.each(blocks)('still caught: %s', (_what, text, cover) => {
    expectCaughtWithEvidence(checker, text, cover);
  });
});
