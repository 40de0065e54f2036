import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { pinnedClockRouterForFile } from './helpers/router.js';
import { findDate } from '../src/reminders/index.js';

/**
 * Reminder talk in loose words, relative and absolute days, Chinese, English or both (round 42): a request to be reminded
 * reaches the reminder job even when its task ends in "again?"; what is due asked bare lists the rep's own cases; a
 * follow-up opened by a turn of talk ("actually", "对了") or pointing at the case in a word ("done with it", "cancel that
 * one", "这个不用提醒了") acts on the case the conversation was last about. A question about a rule that holds a day stays a
 * question. Wordings are invented, none is a corpus item. Clock pinned to Wednesday 13 May 2026, 10:00 Shanghai.
 */
const file = pinnedClockRouterForFile();
const scope = { platform: 'console' as const, workspaceId: 'local' };
const today = () => DateTime.now().setZone(file.service().timeZone).toISODate()!;
const { say, track } = file;
const statusOf = async (ref: string) => (await file.service().getCase(ref, scope))!.status;
let user = 0;
const fresh = () => `loose-${++user}`;

describe('a request to be reminded, in loose words, reaches the reminder job', () => {
  it.each([
    'could you remind me on the 21st to look at the diagnosis page again?',
    'can u ping me tomorrow to re-check the flagged products again?',
    '下个月3号提醒我复查整改的产品',
    'nudge me in 4 days about the listings we have to rectify',
  ])('%s', async (text) => {
    const kinds = (await say(fresh(), text)).map((r) => r.kind);
    expect(kinds).toContain('reminder');
    expect(kinds).not.toContain('answer');
  });
});

describe('what is due, asked bare or with a window, lists the own cases', () => {
  it.each(['anything due?', "what's due now?", '有什么 due 吗', '下周有啥 deadline 没', 'anything overdue for me?'])('%s', async (text) => {
    const rep = fresh();
    await track(rep, `track rectification P42${user} ${today()}`);
    const replies = await say(rep, text);
    expect(replies.map((r) => r.kind)).toEqual(['reminder']);
  });
});

describe('a question about a rule that holds a day is answered, not taken for a reminder', () => {
  it.each([
    "if the rectification notice came on May 2, what's the last day to fix it?",
    '整改通知是5月2号收到的，最晚哪天要改完？',
    '直播带岗有什么截止日期吗？',
    'can you remind me what the penalty for a second offence is again?',
  ])('%s', async (text) => {
    const replies = await say(fresh(), text);
    expect(replies[0]!.kind).toBe('answer');
  });
});

describe('a follow-up acts on the case the conversation was last about', () => {
  // two open cases: the second one tracked is the one the talk is about
  const twoCases = async () => {
    const rep = fresh();
    const first = await track(rep, `track growth-tasks shop-${rep} ${today()}`);
    const last = await track(rep, `track rectification P-${rep} ${today()}`);
    return { rep, first, last };
  };

  it.each(['done with it', 'finished that one 👍', '对了，那个已经改好了'])('%s marks it done', async (text) => {
    const { rep, first, last } = await twoCases();
    await say(rep, text);
    expect(await statusOf(last)).toBe('done');
    expect(await statusOf(first)).toBe('open');
  });

  it.each(['cancel that one', 'oh, delete it pls', '这个不用提醒了'])('%s cancels it', async (text) => {
    const { rep, first, last } = await twoCases();
    await say(rep, text);
    expect(await statusOf(last)).toBe('cancelled');
    expect(await statusOf(first)).toBe('open');
  });

  it.each(['actually push it to Friday', 'ping me about it again on Monday', '其实那个推到下周一吧'])('%s moves its next reminder, asking no new case', async (text) => {
    const { rep, last } = await twoCases();
    const replies = await say(rep, text);
    expect(replies.map((r) => r.text).join('\n')).toContain(last);
    expect(replies.map((r) => r.text).join('\n')).not.toMatch(/still need|还缺少|Shall I track|要我创建/);
  });

  it("when's that one due again? looks the case up", async () => {
    const { rep, last } = await twoCases();
    const [reply] = await say(rep, "when's that one due again?");
    expect(reply!.kind).not.toBe('answer');
    expect(reply!.text).toContain(last);
  });
});

describe('a day of this month or the next said with its month in words', () => {
  const wed = DateTime.fromISO('2026-05-13', { zone: 'Asia/Shanghai' });
  it.each([
    ['下个月3号复查', '2026-06-03'],
    ['本月28号前改完', '2026-05-28'],
    ['remind me the 2nd of next month', '2026-06-02'],
    ['next month on the 9th', '2026-06-09'],
  ])('%s is %s, whichever way the case looks', (text, day) => {
    expect(findDate(text, wed, 'past')).toBe(day);
    expect(findDate(text, wed, 'future')).toBe(day);
  });
});
