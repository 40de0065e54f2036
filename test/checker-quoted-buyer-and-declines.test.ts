import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// Replies that quote the buyer's own contact or request, then decline or keep the chat on Alibaba.com.
const passes: Array<[string, string]> = [
  ['"> Buyer:" line, then keep the chat here', "> Buyer: can you send your WhatsApp number?\nLet's continue on Alibaba chat, I will send everything here."],
  ['buyer speaker line with their number', 'Buyer: my number is 0501234567, call me\nThanks, we will reply here on Alibaba.com.'],
  ['curly quotes attributed with "you asked", declined', 'You asked “can we talk on WhatsApp +971 50 123 4567?” Sorry, we keep all communication on Alibaba.com.'],
  ['Re: with a quoted request, declined', 'Re: "please send your WeChat" - sorry, we only use Alibaba chat.'],
  ['"you said" without marks', 'You said your WhatsApp is +971 50 123 4567; we will keep the quotation here on Alibaba.'],
  ['"as you said" with the buyer\'s Gmail', "As you said, 'my Gmail is tom.h@gmail.com'. We prefer to keep this chat on Alibaba so Trade Assurance covers you."],
  ['您说的 + a WeChat id, declined', '您说的微信号 wxid_abc123 我们不方便添加，我们就在平台上继续沟通吧。'],
  ['您发的邮箱, files uploaded here instead', '您发的邮箱 ahmed@163.com 收到了，不过文件我已经在这里上传了。'],
  ['corner brackets attributed with 您问', '您问「可以加您的WhatsApp吗」，抱歉，平台规定我们只在阿里巴巴上沟通。'],
  ['guillemets, declined', 'Vous avez écrit «mon WhatsApp est +33 6 12 34 56 78» — sorry, we can only reply here on Alibaba.com.'],
  ['declined quote without attribution', '"Can we talk on Telegram instead?" Unfortunately not, all our quotes go through Alibaba.com chat.'],
];

// The same shapes where the rep's own contact sits outside the quote: still a leak.
const blocks: Array<[string, string]> = [
  ['answer outside the quote', 'You asked for my WhatsApp. Sure: +86 138 1234 5678'],
  ['quoted request, then the rep gives a handle', '> Buyer: do you have WeChat?\nYes, add me: lily_2023'],
  ['"回复您的问题" is the rep\'s own answer', '回复您的问题：可以加我微信 lily_2023'],
  ['rep\'s own number in quotes, "sorry" elsewhere', 'Please add my WhatsApp "+86 138 1234 5678" sorry for the delay'],
  ['attributed quote but agreeing and giving an email', 'You wrote "send the catalogue by email" - ok, my email is lily@gmail.com'],
];

describe('quoted buyer text and replies that decline it', () => {
  it.each(passes)('passes: %s', (_what, text) => {
    const r = checker.checkLocal(text);
    expect(r.verdict, JSON.stringify(r.explain)).toBe('pass');
  });
  it.each(blocks)('still blocks: %s', (_what, text) => {
    const r = checker.checkLocal(text);
    expect(r.verdict, JSON.stringify(r.explain)).toBe('block');
    for (const f of r.findings) expect(text.slice(f.start, f.end)).toBe(f.excerpt);
  });
});
