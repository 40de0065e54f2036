import { describe, expect, it } from 'vitest';
import { localRouterForFile, localRouterPerFile, replyKinds } from './helpers/router.js';

/**
 * Small talk beyond hello and thanks (rules/routing smallTalk): a bare acknowledgement ("ok", "收到") with nothing waiting
 * for a "yes" gets a short "anytime", a question about Haili itself ("are you a bot?") the introduction, and thanks said
 * loosely ("cheers mate, you rock") the welcome; none is a reminder to set, a draft to check or a policy question. A
 * request for the reply in the other language (rules/routing languageSwitch) runs the last job again in it, and a doubt
 * ("are you sure?", "真的吗") is a follow-up that runs it again as asked.
 */
const send = localRouterPerFile({ listing: true });
const kinds = replyKinds(send);
const { say } = localRouterForFile({ listing: true });

describe('a bare acknowledgement gets a short reply alone', () => {
  it.each(['okay got it', 'noted 👌', 'alright, makes sense', '收到收到', '嗯嗯 了解', '好嘞', '🙏'])('%s', async (text) => {
    const replies = await send(text);
    expect(replies.map((r) => r.kind)).toEqual(['help']);
    expect(replies[0]!.text).toMatch(/^OK!|^好的！/);
  });

  it('"ok" still confirms a reminder proposed just before it', async () => {
    const proposed = await say('ack1', 'remind me about the rectification, the notice came on May 3');
    expect(proposed.map((r) => r.kind)).toContain('reminder');
    const confirmed = await say('ack1', 'ok');
    expect(confirmed.map((r) => r.kind)).toEqual(['command']);
    expect(confirmed[0]!.text).not.toMatch(/^OK!/);
  });

  it('an acknowledgement that carries a contact is a draft', async () => {
    const replies = await send('ok, whatsapp me at +1 415 555 0199');
    expect(replies[0]!.kind).toBe('check');
    expect(replies[0]!.card?.tone).toBe('danger');
  });
});

describe('a question about Haili itself gets the introduction', () => {
  it.each(['r u a bot or a human?', 'what is your name?', 'wait, am I talking to a real person', '你是真人还是机器人', '请问你叫啥'])('%s', async (text) => {
    const replies = await send(text);
    expect(replies.map((r) => r.kind)).toEqual(['help']);
    expect(replies[0]!.text).toMatch(/I'm Haili|我是海狸/);
  });
});

describe('thanks said loosely is thanks', () => {
  it.each(['cheers mate, you rock', 'ty bro, life saver', 'you made my day lol', '帮大忙了', '太感谢了！'])('%s', async (text) => {
    const replies = await send(text);
    expect(replies.map((r) => r.kind)).toEqual(['help']);
    expect(replies[0]!.text).toMatch(/welcome|不客气/);
  });
});

describe('a request for the other language runs the last job again in it', () => {
  it('a policy answer is given again in English', async () => {
    const first = await say('lang1', '提现到对公账户的手续费是多少？');
    expect(first.map((r) => r.kind)).toEqual(['answer']);
    expect(first[0]!.lang).toBe('zh');
    const again = await say('lang1', 'answer in English pls');
    expect(again.map((r) => r.kind)).toEqual(['answer']);
    expect(again[0]!.lang).toBe('en');
    expect(again[0]!.text).toMatch(/0\.125%/);
  });

  it('a blocked draft gets its verdict again in Chinese', async () => {
    await say('lang2', 'Sure, text me on Telegram @liang_parts and I will send the drawings');
    const again = await say('lang2', '用中文回答');
    expect(again.map((r) => r.kind)).toEqual(['check']);
    expect(again[0]!.lang).toBe('zh');
    expect(again[0]!.card?.tone).toBe('danger');
  });

  it('the language asked for is kept for the short messages after it', async () => {
    await say('lang3', '提现到对公账户的手续费是多少？');
    await say('lang3', 'English please');
    expect((await say('lang3', 'thx'))[0]!.lang).toBe('en');
  });

  it.each([['in chinese please', 'zh'], ['english pls', 'en'], ['说中文', 'zh']] as const)('with nothing before it, %s is said hello in that language', async (text, lang) => {
    const replies = await send(text);
    expect(replies.map((r) => r.kind)).toEqual(['help']);
    expect(replies[0]!.lang).toBe(lang);
  });

  it('a translation of the draft is a rewrite, not a language switch', async () => {
    expect(await kinds('翻译成英文')).toEqual(['check']);
  });
});

describe('a doubt about the last reply runs the last job again', () => {
  it('"are you sure?" after an answer asks the question again', async () => {
    await say('doubt1', 'How much is the fee to withdraw to a corporate account?');
    const again = await say('doubt1', 'are you sure?');
    expect(again.map((r) => r.kind)).toEqual(['answer']);
    expect(again[0]!.text).toMatch(/0\.125%/);
  });

  it('"真的吗" after a blocked draft shows the verdict again', async () => {
    await say('doubt2', '加我微信 lily_0571 发您报价');
    const again = await say('doubt2', '真的吗？');
    expect(again.map((r) => r.kind)).toEqual(['check']);
    expect(again[0]!.card?.tone).toBe('danger');
  });
});
