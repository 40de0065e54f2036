import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { pinnedClockRouterForFile } from './helpers/router.js';

/**
 * A rep manages the deadlines already tracked in plain words, in either language, and the reminder job does what
 * the typed command would: done, snooze, cancel, "what's due", "how long is left on ours", on the rep's own case of
 * the kind named. The real Router, checker, FAQ and reminders on PGlite; each rep is a user of their own.
 */
// the router and reminders read a clock pinned to a Wednesday, 10:00 in Shanghai (WEDNESDAY_10_SHANGHAI)
const file = pinnedClockRouterForFile();

const scope = { platform: 'console' as const, workspaceId: 'local' };
const today = () => DateTime.now().setZone(file.service().timeZone).toISODate()!;
const { say, track } = file;
const statusOf = async (ref: string) => (await file.service().getCase(ref, scope))!.status;

describe('free-words actions on the tracked deadlines', () => {
  it('a finished case named by its kind is marked done, in Chinese and in English', async () => {
    const zh = await track('ana', `track rectification P7001 ${today()}`);
    await say('ana', '待整改的那几款都处理好了，这个可以划掉了');
    expect(await statusOf(zh)).toBe('done');
    const en = await track('ben', `track growth-tasks shop-b ${today()}`);
    await say('ben', 'please tick off the growth tasks as completed');
    expect(await statusOf(en)).toBe('done');
  });

  it('a reminder moved in words is proposed with its new time, moved by one yes, and the deadline stays', async () => {
    const ref = await track('cai', `track violation-fix shop-c ${today()}`);
    const before = (await file.service().getCase(ref, scope))!;
    const [reply] = await say('cai', '违规修改那个提醒往后推三天吧，最近在出差');
    expect(reply!.text).toMatch(new RegExp(`${ref}.*下次提醒改到`));
    expect((await file.service().getCase(ref, scope))!.pendingNudges).toEqual(before.pendingNudges);
    const [done] = await say('cai', '确认');
    expect(done!.text).toMatch(/推迟到|moved to/);
    const after = (await file.service().getCase(ref, scope))!;
    expect(after.status).toBe('open');
    expect(after.deadline).toBe(before.deadline);
    expect(after.pendingNudges[0]).not.toBe(before.pendingNudges[0]);
    const [en] = await say('cai', 'push the violation fix reminder back until Friday');
    expect(en!.text).toMatch(/Move the next reminder for/);
  });

  it('a reminder no longer needed is cancelled, not done', async () => {
    const ref = await track('dev', `track live-recruiting session-d ${DateTime.now().plus({ days: 20 }).toISODate()}`);
    await say('dev', 'we dropped out of the live hiring event, stop that reminder');
    expect(await statusOf(ref)).toBe('cancelled');
  });

  it('"what is due" lists the own open deadlines, only those within the window it names', async () => {
    await track('eve', `track rectification P7005 ${today()}`);
    await track('eve', `track growth-tasks shop-e ${today()}`);
    const week = (await say('eve', '这周有哪些要截止的吗')).find((r) => r.kind === 'reminder');
    // the 14-day rectification is not due within this week; the 30-day growth tasks neither
    expect(week!.text).not.toMatch(/P7005|shop-e/);
    const all = (await say('eve', 'show me all my reminders')).find((r) => r.kind === 'reminder');
    expect(all!.text).toMatch(/P7005/);
    expect(all!.text).toMatch(/shop-e/);
  });

  it('asked how long is left on its own case, the rep gets that case, not the rule', async () => {
    await track('fay', `track rectification P7006 ${today()}`);
    const [reply] = await say('fay', '我们那个整改还剩多少天啊？');
    expect(reply!.text).toMatch(/P7006/);
    expect(reply!.card?.fields?.map((f) => f.value).join(' ')).toMatch(/\d{4}/);
  });

  it('an action that fits several open cases asks which one, with the command for each', async () => {
    const a = await track('gus', `track rectification P7007 ${today()}`);
    const b = await track('gus', `track rectification P7008 ${today()}`);
    const [reply] = await say('gus', 'finished the rectification, mark it done');
    expect(reply!.kind).toBe('reminder');
    expect(reply!.text).toContain(`done ${a}`);
    expect(reply!.text).toContain(`done ${b}`);
    expect(await statusOf(a)).toBe('open');
  });

  it('with no such case open, the rep is told so and how to track one; nothing else changes', async () => {
    const [reply] = await say('hal', 'the violation fix is finished, close it');
    expect(reply!.kind).toBe('reminder');
    expect(reply!.text).toMatch(/no open violation fix case/);
  });

  it('a new date for a tracked case is offered as the update command, never applied unasked', async () => {
    const ref = await track('ivy', `track live-recruiting session-i ${DateTime.now().plus({ days: 20 }).toISODate()}`);
    const [reply] = await say('ivy', '直播改期到12月28号了');
    expect(reply!.text).toMatch(new RegExp(`update ${ref} \\d{4}-12-28`));
  });
});
