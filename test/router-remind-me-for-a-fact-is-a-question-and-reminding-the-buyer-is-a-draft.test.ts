import { describe, expect, it } from 'vitest';
import { localRouterPerFile, replyKinds } from './helpers/router.js';

/**
 * "Remind" does not always ask Haili for a reminder: "remind me, what …?" asks to be told a fact again, and a
 * reminder written to the buyer ("提醒您…", "just a reminder that your …") is a draft. A rule question about a
 * deadline window stays a question, while the time left on one's own case goes to the reminder job. The real
 * Router with the shipped model, checker, FAQ and reminders on PGlite.
 */
const send = localRouterPerFile();
const kinds = replyKinds(send);

describe('"remind" that is not a reminder request', () => {
  it.each([
    'remind me, how many points does a second off-platform warning cost?',
    'Remind me — which merchants can join the live hiring sessions?',
    'remind me what the new-merchant period is again?',
    '提醒我一下，绿色工厂认证是谁来做的来着？',
  ])('asking to be told a fact again is answered: %s', async (text) => {
    const got = await kinds(text);
    expect(got).toContain('answer');
    expect(got).not.toContain('reminder');
  });

  it.each([
    '提醒您一下，定金请在本周五前支付，收到后我们马上排产',
    'Hi Carlos, a friendly reminder that the deposit for PI 2231 is due tomorrow.',
    'Could you remind me of your warehouse address for the packing list?',
  ])('a reminder written to the buyer is checked as a draft: %s', async (text) => {
    const got = await kinds(text);
    expect(got[0]).toBe('check');
    expect(got).not.toContain('reminder');
  });
});

describe('a deadline window: the rule, or the time left on one\'s own case', () => {
  it.each(['待整改产品的整改期一共多少天？', 'How long do named violators get to fix their listings?'])('the rule is answered: %s', async (text) => {
    expect(await kinds(text)).toEqual(['answer']);
  });

  it.each(['我们店11月2号开的，新手任务要按30天算吗', '我们店四个新手任务都完成了，星等级评定从哪天开始算'])(
    'a rule question that tells one\'s own dates or progress is answered, nothing is tracked or closed: %s',
    async (text) => {
      const got = await kinds(text);
      expect(got).toContain('answer');
      expect(got).not.toContain('reminder');
    },
  );

  it.each(['我们店的新手任务还剩几天？', 'how many days do we have left on our rectification?', 'when is my live recruiting material deadline?'])(
    'the own case goes to the reminder job: %s',
    async (text) => {
      expect(await kinds(text)).toContain('reminder');
    },
  );
});
