import { describe, expect, it } from 'vitest';
import { localRouterForFile, localRouterPerFile, replyKinds } from './helpers/router.js';

/**
 * Small talk to Haili (rules/routing smallTalk): a greeting is said hello back to with what Haili does, in the message's
 * language; thanks gets "you're welcome"; "what can you do?" gets the usage. A bare greeting or thanks is said to Haili, so
 * it gets that short reply alone, never a draft check or a verdict card (one that leaks is a draft like any other). A short
 * follow-up ("why?", "那怎么改") reruns the conversation's last job: the draft's verdict again, the question asked again.
 */
const send = localRouterPerFile({ listing: true });
const kinds = replyKinds(send);
const { say, db } = localRouterForFile({ listing: true });

describe('a greeting is said hello back to, with what Haili does', () => {
  it.each(['hey there!', 'Good evening', 'hiya, how are you doing?', 'Hello, are you there?', '哈喽', '早上好呀', '有人在吗？', '您好，在吗？'])('%s', async (text) => {
    const replies = await send(text);
    // the hello alone: no verdict card, no draft check
    expect(replies.map((r) => r.kind)).toEqual(['help']);
    // the hello lists the jobs: drafts, questions, reminders, listings
    expect(replies[0]!.text).toMatch(/draft|草稿/);
    expect(replies[0]!.text).toMatch(/question|问题/);
    expect(replies[0]!.text).toMatch(/deadline|截止/);
    expect(replies[0]!.text).toMatch(/listing|商品/);
    // and is short: one paragraph, "help" gives the whole usage
    expect(replies[0]!.text.split('\n')).toHaveLength(1);
  });

  it('answers in the language it was greeted in', async () => {
    expect((await send('晚上好'))[0]!.text).toMatch(/海狸/);
    expect((await send('Good afternoon'))[0]!.text).toMatch(/^Hi! I'm Haili/);
  });

  it.each(['hello haili', '海狸你好', 'Haili!'])('%s names Haili, so no verdict comes with the hello', async (text) => {
    expect(await kinds(text)).toEqual(['help']);
  });
});

describe('thanks and "what can you do?"', () => {
  // thanks that closes with praise or an acknowledgement is still thanks
  it.each(['多谢啦', 'ok thanks a lot', 'ty!', 'thank you, that was really useful 👍', '感谢，了解了～', 'thx, makes sense', 'Thank you very much.', '好的谢谢'])('%s is answered with a welcome alone, no verdict', async (text) => {
    const replies = await send(text);
    expect(replies.map((r) => r.kind)).toEqual(['help']);
    expect(replies[0]!.text).toMatch(/welcome|不客气/);
    // ... that says what else to send
    expect(replies[0]!.text).toMatch(/draft|草稿/);
  });

  it('answers thanks in the language it was said in', async () => {
    expect((await send('thanks so much'))[0]!.text).toMatch(/^You're welcome/);
    expect((await send('辛苦了，谢谢'))[0]!.text).toMatch(/^不客气/);
  });

  it.each(['what can you do for me?', 'how do I use this bot', '海狸能干啥', '你有哪些功能'])('%s gets the usage', async (text) => {
    expect(await kinds(text)).toEqual(['help']);
  });
});

describe('small talk that leaks or says more is not small talk', () => {
  it.each(['hello, my wechat is amy_trade88', 'Hi, please send me your email so I can mail the catalogue', '你好，请问整改期是几天？'])('%s', async (text) => {
    const got = await kinds(text);
    expect(got).not.toContain('help');
  });
});

describe('a short follow-up reruns the conversation last job', () => {
  it('"why?" after a blocked draft shows the verdict again, with what leaked', async () => {
    await say('f1', 'can you text me on +44 7700 900123 tonight');
    const replies = await say('f1', 'why not?');
    expect(replies.map((r) => r.kind)).toEqual(['check']);
    expect(replies[0]!.card?.tone).toBe('danger');
  });

  it('a verdict shown again is not counted again on the dashboard', async () => {
    await say('f9', 'pls add me on whatsapp, same name as here');
    const checks = await db().prisma.draftCheck.count();
    await say('f9', 'why?');
    expect(await db().prisma.draftCheck.count()).toBe(checks);
  });

  it('"那怎么改" after a blocked draft gives the verdict with its rewrite again', async () => {
    await say('f2', '方便的话加我微信 amy_8866，发您目录');
    const replies = await say('f2', '那该怎么改呢？');
    expect(replies.map((r) => r.kind)).toEqual(['check']);
    expect(replies[0]!.card?.tone).toBe('danger');
  });

  it('"what does that mean?" after an answer asks the question again, in context', async () => {
    await say('f3', 'How much is the fee to withdraw to a corporate account?');
    const replies = await say('f3', 'what does that mean?');
    expect(replies.map((r) => r.kind)).toEqual(['answer']);
    expect(replies[0]!.text).toMatch(/0\.125%|fee|手续费/i);
  });

  it('with nothing before it, "why?" is a message like any other', async () => {
    const got = await kinds('why?');
    expect(got).not.toContain('check');
  });
});
