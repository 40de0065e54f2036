import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../src/db/database.js';
import { createReminderService, InputError, parseReminderCommand, type CommandContext, type ReminderService } from '../src/reminders/index.js';

let db: Database;
let now = new Date('2022-04-28T03:00:00Z'); // 11:00 in Shanghai
let svc: ReminderService;
const ctx = (over: Partial<CommandContext> = {}): CommandContext => ({ platform: 'slack', workspaceId: 'T1', conversationId: 'D-ana', userId: 'U-ana', lang: 'en', ...over });
const run = async (text: string, c = ctx()) => svc.execute(parseReminderCommand(text)!, c);
const shortOf = (text: string) => /C(\d+)/.exec(text)![0];

beforeAll(async () => {
  db = await openDatabase({ dataDir: 'memory://' });
  await db.migrate();
  svc = createReminderService(db, { clock: () => now });
});
afterAll(() => db?.close());

describe('parsing chat commands in English and Chinese', () => {
  it('recognises every command and ignores ordinary messages', () => {
    expect(parseReminderCommand('track rectification P123 flagged 2022-04-28')).toEqual({ kind: 'track', caseKind: 'rectification', subject: 'P123', start: '2022-04-28' });
    expect(parseReminderCommand('跟踪 整改 P123 2022-04-28')).toMatchObject({ caseKind: 'rectification', subject: 'P123', start: '2022-04-28' });
    expect(parseReminderCommand('跟踪 直播带岗 杭州某公司 2022年5月20日')).toMatchObject({ caseKind: 'live-recruiting', start: '2022-05-20' });
    expect(parseReminderCommand('tasks')).toEqual({ kind: 'tasks' });
    expect(parseReminderCommand('我的任务')).toEqual({ kind: 'tasks' });
    expect(parseReminderCommand('done C3')).toEqual({ kind: 'done', ref: 'C3' });
    expect(parseReminderCommand('完成 C3')).toEqual({ kind: 'done', ref: 'C3' });
    expect(parseReminderCommand('snooze C3 2d')).toEqual({ kind: 'snooze', ref: 'C3', duration: '2d' });
    expect(parseReminderCommand('推迟 C3 2天')).toEqual({ kind: 'snooze', ref: 'C3', duration: '2天' });
    expect(parseReminderCommand('progress C3 showcases 7/10')).toEqual({ kind: 'progress', ref: 'C3', task: 'showcases', done: 7, total: 10 });
    expect(parseReminderCommand('details C3')).toEqual({ kind: 'details', ref: 'C3' });
    expect(parseReminderCommand('what happens if I miss the 14 days?')).toBeNull();
    expect(parseReminderCommand('done with this draft')).toBeNull();
  });

  it('answers bad parts of a command with a polite InputError', () => {
    expect(() => parseReminderCommand('track banana P1 2022-04-28')).toThrow(/don't know the case kind "banana".*rectification/);
    expect(() => parseReminderCommand('track rectification P1 2022-02-30')).toThrow(InputError);
    expect(() => parseReminderCommand('snooze C3 -3d')).toThrow(/positive/);
    expect(() => parseReminderCommand('track rectification P1')).toThrow(/date is missing/);
  });
});

describe('cases from chat: track, tasks, done, snooze, progress, details', () => {
  it('tracks a rectification with the right deadline and 10:00 nudges, replying with Done / Snooze / Details', async () => {
    const [reply] = await run('track rectification P123 flagged 2022-04-28');
    expect(reply!.kind).toBe('command');
    expect(reply!.card!.actions!.map((a) => a.id)).toEqual(['done', 'snooze', 'details']);
    const ref = shortOf(reply!.text);
    const c = (await svc.getCase(ref, { platform: 'slack', workspaceId: 'T1' }))!;
    expect(c.deadline).toBe('2022-05-12T23:59:59.999+08:00');
    expect(c.nudges).toEqual(['2022-05-05T10:00:00.000+08:00', '2022-05-09T10:00:00.000+08:00', '2022-05-11T10:00:00.000+08:00', '2022-05-12T10:00:00.000+08:00', '2022-05-13T10:00:00.000+08:00']);
    expect(c.target).toEqual({ platform: 'slack', workspaceId: 'T1', conversationId: 'D-ana', userId: 'U-ana' });
    expect(reply!.card!.actions![0]!.value).toBe(c.id);
  });

  it('replies in Chinese to a Chinese command', async () => {
    const [reply] = await run('跟踪 违规整改 店铺A 2022-04-28', ctx({ lang: 'zh' }));
    expect(reply!.text).toMatch(/已开始跟踪 C\d+/);
    expect(reply!.card!.actions!.map((a) => a.label)).toEqual(['已完成', '推迟1天', '详情']);
  });

  it('lists my open cases with "tasks" and not other people\'s', async () => {
    await run('track growth P-other 2022-05-01', ctx({ userId: 'U-bob', conversationId: 'D-bob' }));
    const [mine] = await run('tasks');
    expect(mine!.text).toContain('P123');
    expect(mine!.text).not.toContain('P-other');
  });

  it('done stops the nudges; a second done or an unknown id is answered politely', async () => {
    const [r] = await run('track rectification P200 flagged 2022-04-28');
    const ref = shortOf(r!.text);
    const [d] = await run(`done ${ref}`);
    expect(d!.text).toMatch(/done; reminders stopped/);
    const c = (await svc.getCase(ref, { platform: 'slack', workspaceId: 'T1' }))!;
    expect(c.status).toBe('done');
    expect(c.pendingNudges).toEqual([]);
    const [missing] = await run('done C99999');
    expect(missing!.kind).toBe('error');
    expect(missing!.text).toMatch(/can't find case C99999/);
  });

  it('a case in another workspace cannot be touched', async () => {
    const [r] = await run('track rectification P300 2022-04-28');
    const [other] = await run(`done ${shortOf(r!.text)}`, ctx({ workspaceId: 'T-other' }));
    expect(other!.kind).toBe('error');
  });

  it('snooze 2d moves the nudges due inside the window to its end, keeping the deadline', async () => {
    now = new Date('2022-05-08T03:00:00Z'); // 05-08 11:00 local; next nudge 05-09 10:00
    const [r] = await run('track rectification P400 2022-04-28');
    const ref = shortOf(r!.text);
    const [s] = await run(`snooze ${ref} 2d`);
    expect(s!.text).toContain('2022-05-10 11:00');
    const c = (await svc.getCase(ref, { platform: 'slack', workspaceId: 'T1' }))!;
    expect(c.pendingNudges).toEqual(['2022-05-10T11:00:00.000+08:00', '2022-05-11T10:00:00.000+08:00', '2022-05-12T10:00:00.000+08:00', '2022-05-13T10:00:00.000+08:00']);
    expect(c.deadline).toBe('2022-05-12T23:59:59.999+08:00');
    const [bad] = await svc.execute({ kind: 'snooze', ref, duration: '-3d' }, ctx());
    expect(bad!.kind).toBe('error');
    now = new Date('2022-04-28T03:00:00Z');
  });

  it('a snooze landing in quiet hours moves to the morning', async () => {
    now = new Date('2022-05-08T14:30:00Z'); // 22:30 local
    const [r] = await run('track rectification P401 2022-04-28');
    const { until } = await svc.snooze(shortOf(r!.text), '1h', { platform: 'slack', workspaceId: 'T1' });
    expect(until).toBe('2022-05-09T08:00:00.000+08:00');
    now = new Date('2022-04-28T03:00:00Z');
  });

  it('growth tasks: progress per task; all four done closes the case and says when star evaluation starts', async () => {
    now = new Date('2022-05-01T02:00:00Z');
    const [r] = await run('track growth-tasks NEWSHOP 2022-05-01');
    const ref = shortOf(r!.text);
    const [p] = await run(`progress ${ref} showcases 7/10`);
    expect(p!.text).toContain('use 10 showcases: 7/10');
    const [wrongTotal] = await run(`progress ${ref} showcases 7/12`);
    expect(wrongTotal!.kind).toBe('error');
    const [unknownTask] = await run(`progress ${ref} banners 1`);
    expect(unknownTask!.text).toMatch(/Unknown task/);
    await run(`progress ${ref} potential-products 50/50`);
    await run(`进度 ${ref} 信保 1`, ctx({ lang: 'zh' }));
    await run(`progress ${ref} showcases 10/10`);
    now = new Date('2022-05-20T02:00:00Z');
    const [last] = await run(`progress ${ref} video 1/1`);
    expect(last!.text).toMatch(/star evaluation starts the day after completion \(2022-05-21\)/);
    expect((await svc.getCase(ref, { platform: 'slack', workspaceId: 'T1' }))!.status).toBe('done');
    now = new Date('2022-04-28T03:00:00Z');
  });

  it('offsite strikes count per shop and tell the stakes of the next one', async () => {
    const first = await svc.addCase({ kind: 'offsite-strike', subject: 'SHOPX', start: '2022-04-28', platform: 'slack', workspaceId: 'T1', conversationId: 'G1', lang: 'en' });
    const second = await svc.addCase({ kind: 'offsite-strike', subject: 'SHOPX', start: '2022-04-29', platform: 'slack', workspaceId: 'T1', conversationId: 'G1', lang: 'en' });
    const third = await svc.addCase({ kind: 'offsite-strike', subject: 'SHOPX', start: '2022-04-30', platform: 'slack', workspaceId: 'T1', conversationId: 'G1', lang: 'en' });
    expect([first.strike!.number, second.strike!.number, third.strike!.number]).toEqual([1, 2, 3]);
    const [d] = await svc.execute({ kind: 'details', ref: `C${third.shortId}` }, ctx());
    expect(d!.text).toContain('strike 3 for shop SHOPX: 3 points deducted. The next one: 6 points deducted');
    const ta = await svc.addCase({ kind: 'offsite-strike', subject: 'SHOPX', start: '2022-05-01', strikeType: 'trade-assurance', platform: 'slack', workspaceId: 'T1', conversationId: 'G1', lang: 'en' });
    expect(ta.strike).toEqual({ number: 4, type: 'trade-assurance' });
    const [dt] = await svc.execute({ kind: 'details', ref: `C${ta.shortId}` }, ctx());
    expect(dt!.text).toContain('Trade Assurance eligibility closed for 90 days');
  });

  it('details of a live-recruiting case show slots, regions and who can join, citing the briefing', async () => {
    const c = await svc.addCase({ kind: 'live-recruiting', subject: 'ACME', start: '2022-05-20', platform: 'slack', workspaceId: 'T1', conversationId: 'G1' });
    expect(c.deadline).toBe('2022-05-15T23:59:59.999+08:00');
    const [d] = await svc.execute({ kind: 'details', ref: `C${c.shortId}` }, ctx({ lang: 'zh' }));
    expect(d!.text).toContain('700');
    expect(d!.text).toContain('重庆');
    // The source is the section title and the briefing's own words, not a line number.
    expect(d!.text).toContain('《金品直播带岗');
    expect(d!.text).toContain('至少提前5天');
    expect(d!.text).not.toMatch(/第 \d+ 行/);
  });

  it('buttons: Done, Snooze 1 day and Details act on the case id', async () => {
    now = new Date('2022-05-08T03:00:00Z');
    const c = await svc.addCase({ kind: 'rectification', subject: 'P500', start: '2022-04-28', platform: 'dingtalk', workspaceId: 'corp1', conversationId: 'cid1', userId: 'u1', lang: 'zh' });
    const base = { id: 'a1', platform: 'dingtalk' as const, workspaceId: 'corp1', conversationId: 'cid1', userId: 'u1', value: c.id };
    const [snoozed] = await svc.onAction({ ...base, action: 'snooze' });
    expect(snoozed!.text).toContain('已推迟到 2022-05-09 11:00');
    const [details] = await svc.onAction({ ...base, action: 'details', lang: 'en' });
    expect(details!.text).toContain('delisted with 0 points');
    const [done] = await svc.onAction({ ...base, action: 'done' });
    expect(done!.text).toContain('已完成');
    now = new Date('2022-04-28T03:00:00Z');
  });

  it('addCase refuses an unknown kind, an impossible date and an empty subject', async () => {
    const base = { platform: 'console' as const, workspaceId: 'local', conversationId: 'console' };
    await expect(svc.addCase({ ...base, kind: 'banana' as never, subject: 'P1', start: '2022-04-28' })).rejects.toThrow(/Unknown case kind "banana"/);
    await expect(svc.addCase({ ...base, kind: 'rectification', subject: 'P1', start: '2022-02-30' })).rejects.toThrow(/does not exist/);
    await expect(svc.addCase({ ...base, kind: 'rectification', subject: '  ', start: '2022-04-28' })).rejects.toThrow(InputError);
    await expect(svc.addCase({ ...base, kind: 'rectification', subject: 'P1', start: '2022-04-28', timeZone: 'Mars/Base' })).rejects.toThrow(/time zone/);
  });
});
