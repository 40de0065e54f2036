import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { pinnedClockRouterForFile } from './helpers/router.js';

/**
 * A rep changes a tracked date in words ("把C4改到…", "move my rectification reminder to Friday", "push it back 2
 * days"): Haili says what would change and makes the change after one "yes"; until then, and if anything else comes
 * in between, nothing changes. A command with a case number that does not exist or is not one ("cancel C99",
 * "cancel Cx!", "done 123abc") gets a polite error in the rep's language and changes nothing.
 * The real Router, checker, FAQ and reminders on PGlite; each rep is a user of their own.
 */
// the router and reminders read a clock pinned to a Wednesday, 10:00 in Shanghai (WEDNESDAY_10_SHANGHAI)
const file = pinnedClockRouterForFile();

const scope = { platform: 'console' as const, workspaceId: 'local' };
const day = (days: number) => DateTime.now().setZone(file.service().timeZone).plus({ days });
let seq = 0;
const { say, track } = file;
const caseOf = async (ref: string) => (await file.service().getCase(ref, scope))!;

describe('a date changed in words', () => {
  it('"把C<n>改到<date>" proposes the new date and deadline, and "确认" re-dates the case', async () => {
    const ref = await track('wen', `track live-recruiting stream-w ${day(20).toISODate()}`);
    const before = await caseOf(ref);
    const to = day(25);
    const [ask] = await say('wen', `把${ref}改到${to.month}月${to.day}号`);
    expect(ask!.kind).toBe('reminder');
    expect(ask!.text).toContain(`update ${ref} ${to.toISODate()}`);
    expect(ask!.card!.actions?.[0]).toMatchObject({ id: 'confirm', value: `update ${ref} ${to.toISODate()}` });
    expect((await caseOf(ref)).start).toBe(before.start);
    const [done] = await say('wen', '确认');
    expect(done!.kind).toBe('command');
    const after = await caseOf(ref);
    expect(after.start).toBe(to.toISODate());
    expect(after.deadline).not.toBe(before.deadline);
  });

  it('"move my rectification reminder to Friday" moves the next reminder to that day after "yes"; the deadline stays', async () => {
    const ref = await track('max', `track rectification P5501 ${day(0).toISODate()}`);
    const before = await caseOf(ref);
    const [ask] = await say('max', 'move my rectification reminder to next Friday');
    expect(ask!.text).toMatch(new RegExp(`Move the next reminder for ${ref}`));
    expect((await caseOf(ref)).pendingNudges).toEqual(before.pendingNudges);
    await say('max', 'yes');
    const after = await caseOf(ref);
    const friday = DateTime.now().setZone(file.service().timeZone).plus({ weeks: 1 }).set({ weekday: 5 }).toISODate();
    expect(after.pendingNudges[0]!.slice(0, 10)).toBe(friday);
    expect(after.deadline).toBe(before.deadline);
  });

  it('"push it back 2 days" moves the one open case\'s next reminder two days later', async () => {
    const ref = await track('neo', `track rectification P5502 ${day(0).toISODate()}`);
    const next = DateTime.fromISO((await caseOf(ref)).pendingNudges[0]!);
    const [ask] = await say('neo', 'push it back 2 days');
    expect(ask!.text).toContain(ref);
    await say('neo', 'yes');
    const moved = DateTime.fromISO((await caseOf(ref)).pendingNudges[0]!);
    expect(Math.abs(moved.diff(next.plus({ days: 2 }), 'minutes').minutes)).toBeLessThanOrEqual(1);
  });

  it('a bare "推迟3天" moves the one open case\'s next reminder three days later after "确认"', async () => {
    const ref = await track('kit', `track rectification P5503 ${day(0).toISODate()}`);
    const next = DateTime.fromISO((await caseOf(ref)).pendingNudges[0]!);
    const [ask] = await say('kit', '推迟3天');
    expect(ask!.text).toMatch(new RegExp(`${ref}.*下次提醒改到`));
    await say('kit', '确认');
    const moved = DateTime.fromISO((await caseOf(ref)).pendingNudges[0]!);
    expect(Math.abs(moved.diff(next.plus({ days: 3 }), 'minutes').minutes)).toBeLessThanOrEqual(1);
  });

  it('"snooze 30 min" and "snooze 1h" snooze the one open case by that length: a length after the word is no bad case number', async () => {
    const ref = await track('ivy', `track rectification P5504 ${day(0).toISODate()}`);
    for (const [typed, minutes] of [['snooze 30 min', 30], ['snooze 1h', 60], ['推迟2个小时', 120]] as const) {
      const asked = DateTime.now();
      const [reply] = await say('ivy', typed);
      expect(reply!.kind, typed).toBe('command');
      expect(reply!.text, typed).toContain(ref);
      // the reminders wait that length from now, moved out of quiet hours at most: never the one-day default
      const until = /(\d{4}-\d{2}-\d{2} \d{2}:\d{2})/.exec(reply!.text)?.[1];
      expect(until, reply!.text).toBeTruthy();
      const next = DateTime.fromFormat(until!, 'yyyy-MM-dd HH:mm', { zone: file.service().timeZone });
      expect(next.diff(asked, 'minutes').minutes, typed).toBeGreaterThanOrEqual(minutes - 1);
      expect(next.diff(asked, 'hours').hours, typed).toBeLessThan(23);
    }
    // a case number and a length is still the typed command
    const [typedCommand] = await say('ivy', `snooze ${ref} 2d`);
    expect(typedCommand!.kind).toBe('command');
  });

  it('a proposal is dropped by any other message: a later "yes" changes nothing', async () => {
    const ref = await track('ola', `track live-recruiting stream-o ${day(20).toISODate()}`);
    const before = await caseOf(ref);
    await say('ola', `move ${ref} to ${day(26).toFormat('LLL d')}`);
    await say('ola', 'tasks');
    await say('ola', 'yes');
    expect((await caseOf(ref)).start).toBe(before.start);
  });

  it('a date change for a case number the rep does not have changes nothing and says so', async () => {
    const ref = await track('pia', `track live-recruiting stream-p ${day(20).toISODate()}`);
    const [reply] = await say('pia', `把C99999改到${day(25).month}月${day(25).day}号`);
    expect(reply!.kind).toBe('error');
    expect(reply!.text).toMatch(/C99999.*没有做任何更改/);
    expect((await caseOf(ref)).start).toBe(day(20).toISODate());
  });
});

describe('cancel, done and snooze with a bad case number', () => {
  it.each([
    ['cancel C99999', /can't find case C99999 here, so nothing was changed/],
    ['cancel Cx!', /"Cx!" is not a case number, so nothing was changed/],
    ['done 123abc', /"123abc" is not a case number, so nothing was changed/],
    ['snooze C7q# 2d', /"C7q#" is not a case number, so nothing was changed/],
  ])('English: %s gets a polite error and no case changes', async (text, message) => {
    const ref = await track('quinn', `track rectification P77${seq} ${day(0).toISODate()}`);
    const before = await caseOf(ref);
    const replies = await file.router().onMessage({ id: `m${++seq}`, platform: 'console', workspaceId: 'local', conversationId: 'dm-quinn', userId: 'quinn', text, lang: 'en', isDirect: true, receivedAt: new Date() });
    expect(replies.map((r) => r.kind)).toEqual(['error']);
    expect(replies[0]!.text).toMatch(message);
    expect(replies[0]!.text).toMatch(/send "tasks"/i);
    expect(await caseOf(ref)).toEqual(before);
  });

  it.each([
    ['取消 C99999', /找不到案件 C99999，没有做任何更改/],
    ['取消 Cx!', /“Cx!”不是有效的案件编号，没有做任何更改/],
    ['完成 123abc', /“123abc”不是有效的案件编号，没有做任何更改/],
  ])('Chinese: %s gets a polite error and no case changes', async (text, message) => {
    const ref = await track('rui', `跟踪 整改 P88${seq} ${day(0).toISODate()}`);
    const before = await caseOf(ref);
    const replies = await file.router().onMessage({ id: `m${++seq}`, platform: 'console', workspaceId: 'local', conversationId: 'dm-rui', userId: 'rui', text, lang: 'zh', isDirect: true, receivedAt: new Date() });
    expect(replies.map((r) => r.kind)).toEqual(['error']);
    expect(replies[0]!.text).toMatch(message);
    expect(await caseOf(ref)).toEqual(before);
  });

  it('a word after the command is no case number and stays a plain message: "cancel it", "done deal"', async () => {
    for (const text of ['cancel it', 'done deal']) {
      const replies = await say('sam', text);
      expect(replies.map((r) => r.text).join('\n')).not.toMatch(/not a case number/);
    }
  });
});
