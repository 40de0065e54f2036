import { describe, expect, it } from 'vitest';
import { localRouterPerFile, replyKinds } from './helpers/router.js';

/**
 * Questions that named a tracked kind and a day, or the word "list", were taken for reminder work. (1) A Chinese question
 * asked by a question word inside its last clause, with no mark or particle ("…和5月6日之后有什么区别", "整改期从哪天开始
 * 算"), asks: it states no case to track, though it names the kind and a day. (2) A question with a wish not to miss the
 * day beside it ("报名截止是几号？怕错过", "… just so I don't miss it") gets its answer, and the reminder proposal still
 * waits for a "yes". (3) "list" as the verb of a document ("do the green standards list my category?") asks about it;
 * "list my open ones" is still the asker's list. The wordings are invented, in no corpus. The real Router with the
 * shipped model, checker, FAQ and reminders on PGlite.
 */
const kinds = replyKinds(localRouterPerFile());

describe('a question word inside the last clause', () => {
  it.each([
    '我们5月3号开通的店铺，新手任务和老的有什么区别',
    '我们4月28号被点名了，整改期从哪天开始算',
    'store 5月2号开通的，new tasks 从哪天开始算',
  ])('is answered, not offered as a case to track: %s', async (text) => {
    const got = await kinds(text);
    expect(got).toContain('answer');
    expect(got).not.toContain('reminder');
  });
});

describe('a question beside a wish not to miss the day', () => {
  it.each([
    'FollowMe 投稿截止是几号？怕错过',
    'when does the live recruiting sign-up close? just so I don\'t miss it',
  ])('gets the answer and the reminder proposal: %s', async (text) => {
    expect(await kinds(text)).toEqual(expect.arrayContaining(['answer', 'reminder']));
  });
});

describe('"list" as a verb', () => {
  it.each([
    'do the green factory standards list my category? we make furniture',
    'which of the pilot industries list my products (LED drivers)?',
  ])('of a document asks about it: %s', async (text) => {
    const got = await kinds(text);
    expect(got).toContain('answer');
    expect(got).not.toContain('reminder');
  });

  it.each(['pls list my open ones', 'list overdue'])('opening the message lists the reminders: %s', async (text) => {
    expect(await kinds(text)).toContain('reminder');
  });
});
