import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// Legitimate drafts that name a social account or an app as what goes on the goods, tell the platform's sanction for
// sharing a contact as the reason to stay here, read the buyer's own address and phone back, or report the buyer's
// request and decline it in the buyer's language.
const passes: Array<[string, string]> = [
  ['the buyer\'s account printed on the packaging', '彩盒上可以印您自己的 TikTok 账号，把文字发这里就行'],
  ['the buyer\'s handle embroidered on the caps', 'We can embroider your Instagram name on the caps, send the artwork here'],
  ['a sign made to carry a follow line', "The acrylic sign will read 'Follow us on Facebook' in gold letters"],
  ['what a printed label says', 'The hang tag says "Find us on TikTok", we can change the wording'],
  ['the platform\'s sanction told as the reason to stay', 'Alibaba penalizes sellers when we share WhatsApp or phone numbers, so please keep messaging here'],
  ['the sanction told in Chinese', '留微信会被平台扣分的，我们还是在阿里上沟通吧'],
  ['the buyer\'s address read back with its phone, mixed', '您的 delivery address 是 "12 Rue Lafayette, Paris, +33 6 12 34 56 78" 对吧？DHL 面单要用'],
  ['a Spanish reported request, declined', 'Me pidió mi WhatsApp; lo siento, por las reglas de Alibaba seguimos por este chat'],
  ['a Turkish request declined per the rules', 'Telegram adresimi istediniz, kurallarımız gereği sadece burada yazışıyoruz'],
  ['a Thai request declined, only here', 'คุณขอวอทส์แอพของเรา ขอโทษค่ะ เราคุยได้เฉพาะใน Alibaba'],
  ['a Hindi request declined, only here', 'आपने हमारा व्हाट्सएप माँगा, क्षमा करें, हम सिर्फ Alibaba पर बात करते हैं'],
  ['a mixed report that the platform forbids it', '客户 asked 要我们的 Telegram，我说 alibaba 禁止'],
  ['the app used with a third party, told as what happened', 'Sorry for the delay, I was on a WhatsApp call with our supplier'],
  ['the app used with a third party, happening now', 'The manager is checking with the mold shop on WeChat, I will reply here soon'],
  ['this chat compared with the app', 'You can send voice notes here, it works just like WhatsApp'],
  ['a speaker sold for calls on the app', 'This speaker is great for WeChat voice calls in meeting rooms'],
  ['Trade Assurance with no extra fee, mixed', '走信保不加 fee，price 一样'],
  ['the balance paid in the Trade Assurance order', '余款直接在信保订单里付就行'],
  ['an app that runs the product', '你们用什么app控制这款灯？我们支持涂鸦智能'],
  ['ages in a list with dashes', 'Sizes for ages 2-4, 5-7, 8-10 are in stock'],
  ['an invoice sent through the order', '我用邮箱把发票发您，是信保订单的'],
];

describe('legitimate drafts around names on goods, platform sanctions and read-back addresses', () => {
  it.each(passes)('passes: %s', (_what, text) => {
    const r = checker.checkLocal(text);
    expect(r.verdict, JSON.stringify(r.explain)).toBe('pass');
  });
});
