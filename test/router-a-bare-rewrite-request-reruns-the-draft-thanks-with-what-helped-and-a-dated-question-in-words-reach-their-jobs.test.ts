import { describe, expect, it } from 'vitest';
import { localRouterForFile, localRouterPerFile, replyKinds } from './helpers/router.js';

/**
 * Found on the round-43/44 chat sets (classes, not items; the wordings below are our own):
 * - A request to rewrite the text Haili just judged, with no text of its own ("make it more polite", "再礼貌一点", "翻译成
 *   英文"), is the draft job's (rules/routing rewriteRequest): after a draft's verdict it reruns that draft; with nothing
 *   remembered it is a draft to check. The model read "再…一点", "改短一点" as a reminder's change of date.
 * - Thanks that closes with what the reply did ("thx!! that helped a lot 🙏", "thanks, this clears it up") is thanks.
 * - An English question about a window, asked in words in its last clause with no mark after it, is answered even when
 *   it carries the date the window starts ("…on 5/12, how long do we have", "…May 25, do the 7 days include weekends").
 * - One's own case looked up as a question ("周五有啥要交的吗？", "is the MOQ fix still open?", "when's the … deadline I set?")
 *   reaches the reminders.
 */
const send = localRouterPerFile({ listing: true });
const kinds = replyKinds(send);
const { say } = localRouterForFile({ listing: true });

describe('a bare request to rewrite is the draft job, never a reminder or a policy answer', () => {
  it.each(['make it more polite', 'shorter please', 'can you make it a bit friendlier?', 'translate it into English pls', 'too long', 'another version please', '再礼貌一点', '改短一点', '语气再客气些', '写得正式一点吧', '翻译成英文', '换个说法', '太生硬了'])(
    '%s, with nothing remembered, gets the draft check',
    async (text) => {
      expect(await kinds(text)).toEqual(['check']);
    },
  );

  it('"再委婉一点" after a blocked draft shows that draft\'s verdict and rewrite again', async () => {
    await say('rw1', '方便的话加我微信 lily_8899，发您更多实拍图');
    const replies = await say('rw1', '再委婉一点');
    expect(replies.map((r) => r.kind)).toEqual(['check']);
    expect(replies[0]!.card?.tone).toBe('danger');
  });

  it('"make it shorter pls" after a blocked draft reruns that draft', async () => {
    await say('rw2', 'Hi Tom, add me on WhatsApp +86 139 2233 4455 and I will send the catalogue there');
    const replies = await say('rw2', 'make it shorter pls');
    expect(replies.map((r) => r.kind)).toEqual(['check']);
    expect(replies[0]!.card?.tone).toBe('danger');
  });

  it.each(['润色一下：您好，样品已经寄出，到了麻烦给个反馈', 'make it more polite: pay today or we cancel the order'])('%s carries its draft, so the draft is what is checked', async (text) => {
    expect(await kinds(text)).toContain('check');
    expect(await kinds(text)).not.toContain('reminder');
  });

  // a rewrite request before a colon or a quote carries its draft: the draft job, however the model reads the draft (a
  // quotation with a price and an MOQ reads like a pasted listing)
  it.each(['帮我改得客气一点：hello, unit price 4.2usd, moq 300 pcs, freight we tell you later ok?', "polish一下 'dear sir your order is packed, we ship on monday'", '翻译成英文：您好，样品下周一寄出，运单号到时候发您'])('%s is the draft check first', async (text) => {
    const got = await kinds(text);
    expect(got[0]).toBe('check');
    expect(got).not.toContain('reminder');
  });

  it('a rewrite request that leaks is a draft with its verdict', async () => {
    const replies = await send('make it more polite, and add my whatsapp +86 138 1234 5678');
    expect(replies[0]!.kind).toBe('check');
    expect(replies[0]!.card?.tone).toBe('danger');
  });
});

describe('thanks that says what the reply did is thanks', () => {
  it.each(['thx!! that helped a lot 🙏', 'thanks, this clears it up', 'thank you, that really helps', 'cheers, much appreciated', 'ty, you saved me'])('%s', async (text) => {
    const replies = await send(text);
    expect(replies.map((r) => r.kind)).toEqual(['help']);
    expect(replies[0]!.text).toMatch(/welcome/);
  });

  it('"hello haili, how\'s your day" is a greeting', async () => {
    expect(await kinds("hello haili, how's your day")).toEqual(['help']);
  });
});

describe('a question asked in words in its last clause is answered, whatever date it carries', () => {
  it.each([
    'got the warning email on 5/12, how long do we have',
    'we were put on the list May 20 so the 7 days end when',
    'The list came out May 25, do the 7 days include weekends',
    'our store opened 2022-05-01 — when does the star rating start',
  ])('%s', async (text) => {
    expect(await kinds(text)).toContain('answer');
  });
});

describe("one's own case looked up as a question reaches the reminders", () => {
  it.each(['周五有啥要交的吗？', '星期三有什么要处理的', 'is the MOQ fix still open?', "when's the rectification deadline I set?", 'what day is the live reminder we added?'])('%s', async (text) => {
    expect(await kinds(text)).toContain('reminder');
  });

  it.each(['直播素材要提前几天交？', 'how many days do merchants on the list have to fix things?'])('%s asks the rule and is answered', async (text) => {
    expect(await kinds(text)).toContain('answer');
  });
});
