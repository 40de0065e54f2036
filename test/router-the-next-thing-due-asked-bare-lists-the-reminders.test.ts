import { describe, expect, it } from 'vitest';
import { localRouterPerFile, replyKinds } from './helpers/router.js';

/**
 * "What's due next?" or "最近的截止日是哪天" names no programme: it asks what the merchant has tracked, so the reminders'
 * list answers it. A question that names what is due ("直播素材最晚哪天交", "when is the next live recruiting session?")
 * asks the briefing and is answered. The real Router with the shipped model, checker, FAQ and reminders on PGlite.
 */
const send = localRouterPerFile();
const kinds = replyKinds(send);

describe('the next thing due asked bare lists the reminders', () => {
  it.each(["what's due next?", 'ok so what is coming up first', "when's my next deadline?", 'When is our nearest due date', '最近的截止日是哪天', '下一个到期的是啥？', '我的下一个待办是什么'])(
    '%s',
    async (text) => {
      expect(await kinds(text)).toEqual(['reminder']);
    },
  );
});

describe('a question naming what is due is answered', () => {
  it.each(['直播素材最晚哪天交？', 'How many days before the live session are materials due?', '整改的截止日是几天？'])('%s', async (text) => {
    const got = await kinds(text);
    expect(got).toContain('answer');
    expect(got).not.toContain('reminder');
  });
});
