import { describe, expect, it } from 'vitest';
import { localRouterPerFile } from './helpers/router.js';
import type { Reply } from '../src/core/types.js';
import { createJobClassifier, extractQuotedDraft } from '../src/routing/index.js';

/**
 * A rep asks Haili about a reply in many frames: a remark after the quote ("這段OK嗎 → '…' 我們客戶都用Line"), a request
 * to look it over ("帮忙瞅一下：…"), the wording a boss wants sent, the rep's own doubt, the buyer's words quoted before the
 * reply, a Chinese ask around an English reply with no mark between them, "our away message says …" without a colon.
 * Each gets the verdict on the reply alone (not on the frame, nor on the buyer's words) and the answer. "Check in with
 * me …" and "check 下日程，…提醒我" ask for a reminder, and "check whether we can …" asks a question. The real Router,
 * checker, FAQ, job model and PGlite.
 */
const send = localRouterPerFile();
const shape = (replies: Reply[]) => replies.map((r) => `${r.kind}/${r.card?.tone ?? ''}`);

describe('the reply a question quotes gets its own verdict, then the answer', () => {
  it.each([
    // the ask closes the part before the quote, a remark follows it
    ['這段OK嗎 → “請加我的Line: sunrise88 方便聯繫” 我們台灣客戶都用Line', 'danger'],
    ['发这个可以不：“付款请走信用保障，我们收到后三天发货” 客户催得急', 'ok'],
    // a request to look the text over
    ['帮忙瞅一下：“亲，加我V信 xyz_888 发你报价单”', 'danger'],
    ['群发之前帮我把个关：“您好，新品已上架，欢迎直接在店铺下单”', 'ok'],
    // the wording someone above the rep wants sent, or the rep's doubt about it
    ['My manager wants us to use this greeting: "Hello! Message me on Skype: lighting.tom for a quick quote"', 'danger'],
    ['领导要我们统一回：“您好，报价已在询盘里发送，请查收”', 'ok'],
    ['Planning to send "Let\'s continue on Telegram, it\'s easier for files" — not sure about this one', 'danger'],
    // the buyer's words quoted before the reply: the reply is judged, however long the buyer's words are
    ['The buyer asked "could you give me your personal email so we can talk faster" and I want to answer "Sorry, we only communicate here, I will send the file in this chat." ok?', 'ok'],
    ['买家问“有没有WhatsApp啊，方便视频看工厂”，我打算回“视频可以直接在阿里巴巴上打”，可以不', 'ok'],
    // a Chinese ask around an English reply, an English ask around a Chinese one
    ['我打算这么回 Dear, the mould fee is refunded after 5000 pcs, all paid through Trade Assurance 行吗', 'ok'],
    ['can I send this 您好，具体价格加我微信 hw8899 详聊', 'danger'],
    // a written text named, then its words with no colon
    ['Is it fine if our away message says we are on holiday until the 8th, urgent orders call 021-5566 7788', 'danger'],
  ])('%s → verdict %s, then the answer', async (text, tone) => {
    const replies = await send(text);
    expect(shape(replies)[0]).toBe(`check/${tone}`);
    expect(replies.some((r) => r.kind === 'answer')).toBe(true);
  });

  it('of two quotes, the one after the rep’s verb of replying is the draft', () => {
    const rules = createJobClassifier().rules;
    const text = '客户发来“您好，能不能把你的WhatsApp号码给我，我们视频看一下工厂”，我回“视频可以在这里打”，行吗';
    expect(extractQuotedDraft(text, rules.askAboutDraft, rules.quoteSpeakers)?.text).toBe('视频可以在这里打');
    const en = 'He wrote "send me your wechat id and phone please, it is faster for me" and we replied "let us keep it on Alibaba" — fine?';
    expect(extractQuotedDraft(en, rules.askAboutDraft, rules.quoteSpeakers)?.text).toBe('let us keep it on Alibaba');
  });
});

describe('"check" opening a request for a reminder or a question is no check command', () => {
  it.each(['check back with me Monday about the shipping templates', 'check in with me in 2 days re the price fixes', 'Check 下日程，周四提醒我交FollowMe视频'])(
    '%s → a reminder proposal',
    async (text) => {
      expect((await send(text)).map((r) => r.kind)).toContain('reminder');
    },
  );

  it('check whether we can … is answered', async () => {
    const replies = await send('check whether we can mention our Alibaba store name in the product video');
    expect(replies.map((r) => r.kind)).toContain('answer');
  });

  it('"check: <draft>" stays the check command', async () => {
    expect(shape(await send('check: pls add my wechat 13800001111'))).toEqual(['check/danger']);
  });
});
