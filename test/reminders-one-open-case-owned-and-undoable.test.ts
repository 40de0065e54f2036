/**
 * Cases people share a workspace with: tracking the same thing twice leaves one open case (and offers to re-date
 * it), only the owner, the owner's conversation or an admin may close or snooze, and Done can be undone briefly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../src/db/database.js';
import { createReminderService, parseReminderCommand, type CommandContext, type ReminderService } from '../src/reminders/index.js';

let db: Database;
let now = new Date('2026-11-30T03:00:00Z');
let svc: ReminderService;
const ana = (over: Partial<CommandContext> = {}): CommandContext => ({ platform: 'slack', workspaceId: 'T1', conversationId: 'D-ana', userId: 'U-ana', lang: 'en', ...over });
const bob = ana({ conversationId: 'D-bob', userId: 'U-bob' });
const boss = ana({ conversationId: 'D-boss', userId: 'U-boss' });
const run = async (text: string, c = ana()) => svc.execute(parseReminderCommand(text)!, c);
const open = async () => (await svc.listCases({ platform: 'slack', workspaceId: 'T1', status: 'open' })).filter((c) => c.subject.toLowerCase() === 'p123');

beforeAll(async () => {
  db = await openDatabase({ dataDir: 'memory://' });
  await db.migrate();
  svc = createReminderService(db, { clock: () => now, admins: ['slack:U-boss'] });
});
afterAll(() => db?.close());

describe('one open case per kind and subject', () => {
  it('tracking the same product twice leaves one open case and offers to move it to the new date', async () => {
    const [first] = await run('track rectification P123 flagged 2026-11-20');
    expect(first!.text).toMatch(/Tracking C\d+/);
    const [again] = await run('track rectification p123 flagged 2026-11-28', bob);
    expect(again!.text).toMatch(/already tracks rectification P123/);
    expect(await open()).toHaveLength(1);
    const move = again!.card!.actions!.find((a) => a.id === 'reroute')!;
    expect(move.label).toBe('Move to 2026-11-28');
    // The button carries the command it confirms; run by the owner it re-dates the case and its reminders.
    const [moved] = await run(move.value);
    expect(moved!.text).toMatch(/Updated C\d+/);
    const [c] = await open();
    expect(c!.start).toBe('2026-11-28');
    expect(c!.deadline).toBe('2026-12-12T23:59:59.999+08:00');
    expect(c!.pendingNudges.every((n) => n > '2026-11-30')).toBe(true);
    expect(c!.pendingNudges).toContain('2026-12-12T10:00:00.000+08:00');
  });

  it('the same date again duplicates nothing; a different kind for the same product is its own case', async () => {
    const [same] = await run('track rectification P123 2026-11-28');
    expect(same!.text).toMatch(/nothing was duplicated/);
    expect(same!.card!.actions!.some((a) => a.id === 'reroute')).toBe(false);
    const [other] = await run('track violation-fix P123 2026-11-28');
    expect(other!.text).toMatch(/Tracking C\d+/);
  });

  it('the console form (addCase) refuses a duplicate with a clear error', async () => {
    await expect(svc.addCase({ kind: 'rectification', subject: 'P123', start: '2026-11-29', platform: 'slack', workspaceId: 'T1', conversationId: 'D-ana', userId: 'U-ana' })).rejects.toThrow(/already tracks P123/);
  });
});

describe('ownership and undo', () => {
  it('someone else typing done or clicking Snooze gets a polite refusal and the case stays open', async () => {
    const [c] = await open();
    const [typed] = await run(`done C${c!.shortId}`, bob);
    expect(typed!.kind).toBe('error');
    expect(typed!.text).toMatch(/Sorry, C\d+ P123 belongs to U-ana; only they or an admin/);
    const [clicked] = await svc.onAction({ id: 'a1', platform: 'slack', workspaceId: 'T1', conversationId: 'C-team', userId: 'U-bob', action: 'snooze', value: c!.id });
    expect(clicked!.text).toMatch(/belongs to U-ana/);
    expect((await svc.getCase(c!.id))!.status).toBe('open');
    expect((await svc.getCase(c!.id))!.pendingNudges).toEqual(c!.pendingNudges);
  });

  it('an admin from HAILI_ADMINS may snooze it; a case imported for a group belongs to that group', async () => {
    const [c] = await open();
    const [snoozed] = await run(`snooze C${c!.shortId} 1d`, boss);
    expect(snoozed!.text).toMatch(/moved to/);
    const group = await svc.addCase({ kind: 'live-recruiting', subject: 'ACME', start: '2026-12-20', platform: 'slack', workspaceId: 'T1', conversationId: 'G-team' });
    const [outsider] = await run(`done C${group.shortId}`, bob);
    expect(outsider!.text).toMatch(/belongs to the conversation its reminders go to/);
    const [member] = await run(`done C${group.shortId}`, bob.conversationId ? { ...bob, conversationId: 'G-team' } : bob);
    expect(member!.text).toMatch(/is done/);
  });

  it('Done offers Undo, which reopens the case and brings its reminders back; a stale click says it is closed', async () => {
    const [c] = await open();
    const [done] = await svc.onAction({ id: 'a2', platform: 'slack', workspaceId: 'T1', conversationId: 'D-ana', userId: 'U-ana', action: 'done', value: c!.id });
    expect(done!.text).toMatch(/is done; reminders stopped/);
    expect((await svc.getCase(c!.id))!.pendingNudges).toEqual([]);
    const stale = await svc.onAction({ id: 'a3', platform: 'slack', workspaceId: 'T1', conversationId: 'D-ana', userId: 'U-ana', action: 'done', value: c!.id });
    expect(stale[0]!.text).toMatch(/already done; nothing more to do/);
    expect(stale[0]!.card!.actions ?? []).toEqual([]);
    const undo = done!.card!.actions!.find((a) => a.id === 'reroute')!;
    expect(undo.label).toBe('Undo');
    const [refused] = await run(undo.value, bob);
    expect(refused!.text).toMatch(/belongs to U-ana/);
    const [reopened] = await run(undo.value);
    expect(reopened!.text).toMatch(/Undone: C\d+ P123 is open again/);
    expect(reopened!.card!.actions!.map((a) => a.id)).toEqual(['done', 'snooze', 'details']);
    const back = (await svc.getCase(c!.id))!;
    expect(back.status).toBe('open');
    expect(back.pendingNudges.length).toBeGreaterThan(0);
  });

  it('Undo after the window is refused politely', async () => {
    const [c] = await open();
    await run(`done C${c!.shortId}`);
    now = new Date(now.getTime() + 11 * 60_000);
    const [late] = await run(`undo C${c!.shortId}`);
    expect(late!.text).toMatch(/more than 10 minutes ago/);
    expect((await svc.getCase(c!.id))!.status).toBe('done');
  });
});
