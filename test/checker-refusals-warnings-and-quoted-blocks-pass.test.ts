import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// False-alarm classes from blind round B, each written here in new words: a messenger named only to decline
// it or to warn about impostors; the buyer's wish reported back; a forwarded message or a "Re:" subject line
// quoting the buyer; the buyer's own details laid out for printing; merchandise printed with an app's name;
// a device feature; a file-sharing service the rep says they do not use.
const passes: Array<[string, string]> = [
  ['declines a messenger because the platform rules say so', '我明白用 Telegram 更快，但是公司规定只能在国际站沟通，报价我已经放在附件里了。'],
  ['keeps talking only via Alibaba after the buyer offered Line', 'Thanks for offering Line, but we only communicate via Alibaba.com so your order stays protected.'],
  ['warns about impostors on WhatsApp', 'Please note: people claiming to be our staff may contact you on WhatsApp. We never do that; all updates come through this chat.'],
  ['warns about impostors in Chinese', '提醒一下：最近有人冒充我们公司用微信联系客户，请不要相信，订单信息都以国际站为准。'],
  ['the buyer\'s wish reported back, then the rep answers here', '您希望用 Skype 视频看工厂，我们这边可以在国际站直接发起视频通话，明天上午十点可以吗？'],
  ['the buyer\'s wish in English, answered here', 'You wanted me to send the video on WhatsApp; it is uploaded below in this chat instead.'],
  ['a forwarded message header quoting the buyer\'s signature', 'Noted, thank you.\n\n----- Forwarded message -----\nTom Baker, Buyer\nMobile: +44 7700 900123\n"We need 300 units by May"\n\nConfirmed 300 units, ETD May 10.'],
  ['a Re: subject line with the buyer\'s number, then a decline', 'Re: WhatsApp me on +234 803 555 0199 for faster reply\n\nHello Chidi, sorry, we keep all talks here on Alibaba.com so Trade Assurance covers you.'],
  ['the buyer\'s card details laid out as they sent them', 'Hi Ana, label proof with your details as you provided:\n  Ana Ruiz - Compras\n  Tel: +34 612 345 678\nPlease confirm here and we print.'],
  ['按买家提供的内容排版名片', '您好，按您提供的内容排版如下：\n李先生 采购经理\n手机：+65 9123 4567\n请在这里确认后安排印刷。'],
  ['merchandise printed with social app names', 'The "Find us on Facebook / Instagram" wall stickers are 30x30cm, USD 0.40/pc at 2,000 pcs.'],
  ['printed table card with an app name', '这款"扫码加入我们的快手粉丝团"亚克力立牌，尺寸A4，单价 ¥6。'],
  ['a device that pushes social app messages', 'The fitness band supports Facebook, Instagram and WhatsApp message push, battery 10 days.'],
  ['a file-sharing service the rep does not use', '您说想用百度网盘传图纸，不好意思，我们不用网盘，图纸请直接在这里发给我。'],
];

// The same shapes where the rep still gives or invites to their own account: still a leak.
const leaks: Array<[string, string]> = [
  ['refusal words, then an invitation to the rep\'s own account', '平台规定不能在站外沟通，不过您急的话可以加我微信。'],
  ['only-on-Alibaba words, then a handle', 'We only communicate via Alibaba.com officially, but my WhatsApp is +86 138 1234 5678 for urgent things.'],
  ['an impostor warning that gives the real handle', 'Beware of fake accounts, our real WeChat ID is lily_trade2023.'],
  ['the buyer\'s wish reported, then the rep\'s own number', 'You wanted to talk on WhatsApp, sure, my number is +86 138 1234 5678.'],
  ['a provided-details block introduced with the rep\'s own words', 'As you requested, here is my card:\nLily Chen\nTel: +86 138 1234 5678'],
  ['a Re: line, then the rep agrees and gives a number', 'Re: can we talk on WhatsApp?\n\nYes of course, call me on +86 138 1234 5678.'],
];

describe('refusals, warnings and quoted blocks pass; the rep\'s own contact still blocks', () => {
  it.each(passes)('passes: %s', (_what, text) => {
    const r = checker.checkLocal(text);
    expect(r.verdict, JSON.stringify(r.explain)).toBe('pass');
  });
  it.each(leaks)('still a leak: %s', (_what, text) => {
    const r = checker.checkLocal(text);
    expect(r.leak, JSON.stringify(r.explain)).toBe(true);
    for (const f of r.findings) expect(text.slice(f.start, f.end)).toBe(f.excerpt);
  });
});

describe('a nickname that is also a freight word is not a question about an app', () => {
  it('用飞机发货 (air freight) passes', () => {
    expect(checker.checkLocal('我们可以用飞机发货，空运费每公斤 ¥38。').verdict).toBe('pass');
  });
  it('asking whether the buyer uses 纸飞机 still warns', () => {
    expect(checker.checkLocal('您有纸飞机吗？').leak).toBe(true);
  });
});

describe('reported speech quotes only the buyer\'s words, not the rep\'s answer after them', () => {
  it.each([
    ['"You asked for WhatsApp, here it is"', 'You asked for WhatsApp, here it is: +86 138 1234 5678'],
    ['"you prefer WhatsApp so here it is"', 'You prefer WhatsApp so here it is +86 138 1234 5678'],
    ['您想加微信，好的 + a handle', '您想加微信，好的，微信号 lily_2023'],
    ['您希望用WhatsApp，可以 + a number', '您希望用WhatsApp，可以，+86 138 1234 5678'],
    ['an unattributed quotation of the rep\'s own number, "attached here" after it', '"WhatsApp +86 138 1234 5678 anytime" - that is the fastest way, price list attached here.'],
  ])('blocks: %s', (_w, text) => {
    expect(checker.checkLocal(text).verdict).toBe('block');
  });
  it.each([
    ['the buyer\'s number quoted, then "we keep all talks here"', '"Call me at +971 50 123 4567" - we keep all talks here on Alibaba, price below.'],
    ['"regarding your point" with a quoted messenger suggestion', 'Regarding your point "we can talk on Viber after the order" - after-sales is handled right here too.'],
  ])('passes: %s', (_w, text) => {
    expect(checker.checkLocal(text).verdict).toBe('pass');
  });
});
