import { describe, expect, it } from 'vitest';
import { localRouterPerFile, replyKinds } from './helpers/router.js';

/**
 * Classes found on session 20's training sets: "how many days do I have to <do X>?" asks the rule's window, not the time
 * left on a case; a message greeting a buyer by name that mentions a coming event tells the buyer, it is no case to
 * track; "记一下 <note>" without a colon is still a note to self; a question in form that talks to no one gets its answer
 * or the decline even when read as a draft. The real Router
 * with the shipped model, checker, FAQ and reminders on PGlite.
 */
const send = localRouterPerFile();
const kinds = replyKinds(send);

describe('a deadline window asked in the second person of the rep is a question', () => {
  it.each(['How many days do we have to fix a product flagged for a fake price?', 'how long do I have to answer a buyer complaint?'])(
    'answered or declined, never a reminder: %s',
    async (text) => {
      const got = await kinds(text);
      expect(got).toContain('answer');
      expect(got).not.toContain('reminder');
    },
  );
});

describe('a buyer greeted by name and told of a coming event gets the draft check', () => {
  it.each([
    'Hi Maria, this Friday we have a live stream showing the new sofa line, welcome to join',
    'Hello Tom, 周五晚上8点我们直播新款, 欢迎来看',
  ])('%s', async (text) => {
    const got = await kinds(text);
    expect(got[0]).toBe('check');
    expect(got).not.toContain('reminder');
  });
});

describe('a note opened with 记一下 / 记下 and no colon', () => {
  it.each(['记下 RFQ #20931 周五前要报价', '记一下 样品单 下周一前要寄出'])('is a reminder request: %s', async (text) => {
    expect(await kinds(text)).toContain('reminder');
  });
});

describe('a question in form that talks to no one, read as a draft, also gets its answer or the decline', () => {
  it.each(['那个 400 热线 周末 有人值班?', '400 的电话 晚上打 有人接?'])('%s', async (text) => {
    const got = await kinds(text);
    expect(got).toContain('answer');
  });
});
