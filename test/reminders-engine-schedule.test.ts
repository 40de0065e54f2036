import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../src/db/database.js';
import { createReminderStore } from '../src/db/reminder-store.js';
import { DeliveryError } from '../src/platform/adapter.js';
import type { Reply, Target } from '../src/core/types.js';
import { createReminderEngine, createReminderService, type Deliverer, type ReminderService } from '../src/reminders/index.js';

/** Records sends with the (fake) time they happened; `fail` decides per call whether to throw. */
class RecordingDeliverer implements Deliverer {
  sent: { at: string; target: Target; reply: Reply; key: string }[] = [];
  calls = 0;
  fail: ((key: string) => Error | null) | null = null;
  constructor(private readonly clock: () => Date) {}
  async send(target: Target, reply: Reply, key: string) {
    this.calls++;
    const err = this.fail?.(key);
    if (err) throw err;
    this.sent.push({ at: this.clock().toISOString(), target, reply, key });
    return { messageId: `m${this.sent.length}` };
  }
}

let db: Database;
let now: Date;
const clock = () => now;
let svc: ReminderService;

/** Runs the engine over a span of simulated time, ticking every `stepMs`. */
async function runFor(engine: { tick(): Promise<number> }, untilIso: string, stepMs = 15 * 60_000): Promise<void> {
  const end = new Date(untilIso).getTime();
  while (now.getTime() < end) {
    while ((await engine.tick()) > 0) {}
    now = new Date(now.getTime() + stepMs);
  }
  while ((await engine.tick()) > 0) {}
}

beforeAll(async () => {
  db = await openDatabase({ dataDir: 'memory://' });
  await db.migrate();
  svc = createReminderService(db, { clock });
});
afterAll(() => db?.close());

const engineOpts = { replicaId: 'r1', clock, digestEveryMs: 0, conversationPaceMs: 1000 };

describe('reminder engine over simulated days', () => {
  it('delivers each planned nudge once, at 10:00 local, in the person\'s language, with Done / Snooze / Details', async () => {
    now = new Date('2022-04-28T02:00:00Z');
    const c = await svc.addCase({ kind: 'rectification', subject: 'P123', start: '2022-04-28', platform: 'slack', workspaceId: 'T-eng', conversationId: 'D1', userId: 'U1', lang: 'en' });
    const d = new RecordingDeliverer(clock);
    const engine = createReminderEngine(db, d, engineOpts);
    await runFor(engine, '2022-05-20T00:00:00Z');
    expect(d.sent.map((s) => s.at)).toEqual([
      '2022-05-05T02:00:00.000Z', '2022-05-09T02:00:00.000Z', '2022-05-11T02:00:00.000Z', '2022-05-12T02:00:00.000Z', '2022-05-13T02:00:00.000Z',
    ]);
    expect(new Set(d.sent.map((s) => s.key)).size).toBe(5);
    expect(d.sent[0]!.target).toEqual({ platform: 'slack', workspaceId: 'T-eng', conversationId: 'D1', userId: 'U1' });
    expect(d.sent[0]!.reply.text).toContain('7 days left');
    expect(d.sent[4]!.reply.text).toContain('1 day overdue');
    expect(d.sent[4]!.reply.card!.tone).toBe('danger');
    expect(d.sent[0]!.reply.card!.actions!.map((a) => [a.id, a.value])).toEqual([['done', c.id], ['snooze', c.id], ['details', c.id]]);
  });

  it('Done stops the nudges; snooze moves them', async () => {
    now = new Date('2022-04-28T02:00:00Z');
    const a = await svc.addCase({ kind: 'rectification', subject: 'PA', start: '2022-04-28', platform: 'slack', workspaceId: 'T-done', conversationId: 'DA', userId: 'UA', lang: 'zh' });
    const b = await svc.addCase({ kind: 'rectification', subject: 'PB', start: '2022-04-28', platform: 'slack', workspaceId: 'T-done', conversationId: 'DB', userId: 'UB', lang: 'zh' });
    const d = new RecordingDeliverer(clock);
    const engine = createReminderEngine(db, d, engineOpts);
    await runFor(engine, '2022-05-06T00:00:00Z');
    expect(d.sent.map((s) => s.target.conversationId).sort()).toEqual(['DA', 'DB']);
    expect(d.sent[0]!.reply.text).toContain('还剩 7 天');
    await svc.onAction({ id: 'x', platform: 'slack', workspaceId: 'T-done', conversationId: 'DA', userId: 'UA', action: 'done', value: a.id });
    await svc.snooze(`C${b.shortId}`, '5d', { platform: 'slack', workspaceId: 'T-done' }); // 05-06 08:00 local + 5d -> 05-11 08:00
    await runFor(engine, '2022-05-20T00:00:00Z');
    const later = d.sent.slice(2);
    expect(later.every((s) => s.target.conversationId === 'DB')).toBe(true);
    expect(later.map((s) => s.at)).toEqual(['2022-05-11T00:00:00.000Z', '2022-05-11T02:00:00.000Z', '2022-05-12T02:00:00.000Z', '2022-05-13T02:00:00.000Z']);
  });

  it('quiet hours configured per workspace move a nudge to their end', async () => {
    now = new Date('2022-04-28T02:00:00Z');
    await svc.addCase({ kind: 'violation-fix', subject: 'SHOPQ', start: '2022-04-28', platform: 'dingtalk', workspaceId: 'corp-quiet', conversationId: 'cidQ', lang: 'zh' });
    // Quiet hours changed after the case was planned: the engine still holds the nudge until they end.
    await db.prisma.workspace.updateMany({ where: { externalId: 'corp-quiet' }, data: { quietStart: '09:00', quietEnd: '11:30' } });
    const d = new RecordingDeliverer(clock);
    const engine = createReminderEngine(db, d, { ...engineOpts, replicaId: 'rq' });
    await runFor(engine, '2022-05-03T00:00:00Z', 5 * 60_000);
    expect(d.sent.map((s) => s.at)).toEqual(['2022-05-02T03:30:00.000Z']); // 3 days before 05-05, at 11:30 local
  });

  it('a platform that answers 500 forever ends in the dead-letter list after maxAttempts, not an endless loop', async () => {
    now = new Date('2022-05-04T01:59:00Z');
    const c = await svc.addCase({ kind: 'violation-fix', subject: 'SHOP500', start: '2022-04-28', platform: 'slack', workspaceId: 'T-500', conversationId: 'C500', lang: 'en' });
    const d = new RecordingDeliverer(clock);
    d.fail = (key) => (key.includes(c.id) ? new DeliveryError('HTTP 500 internal_error', true, undefined, 500) : null);
    const engine = createReminderEngine(db, d, { ...engineOpts, replicaId: 'r500', maxAttempts: 4, backoffMs: 1000 });
    await runFor(engine, '2022-05-04T03:00:00Z', 60_000);
    const dead = await engine.deadLetters();
    const mine = dead.filter((x) => x.caseId === c.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.attempts).toBe(4);
    expect(mine[0]!.lastError).toMatch(/500/);
    expect(d.calls).toBe(4);
    expect(d.sent).toHaveLength(0);
  });

  it('a non-retryable platform error dead-letters at once', async () => {
    now = new Date('2022-05-04T01:59:00Z');
    const c = await svc.addCase({ kind: 'violation-fix', subject: 'SHOP404', start: '2022-04-28', platform: 'slack', workspaceId: 'T-404', conversationId: 'C404', lang: 'en' });
    const d = new RecordingDeliverer(clock);
    d.fail = () => new DeliveryError('channel_not_found', false, undefined, 404);
    const engine = createReminderEngine(db, d, { ...engineOpts, replicaId: 'r404' });
    await runFor(engine, '2022-05-04T02:30:00Z', 60_000);
    expect(d.calls).toBe(1);
    expect((await engine.deadLetters()).some((x) => x.caseId === c.id && /channel_not_found/.test(x.lastError ?? ''))).toBe(true);
  });

  it('honours Retry-After on 429', async () => {
    now = new Date('2022-05-04T02:00:00Z');
    const c = await svc.addCase({ kind: 'violation-fix', subject: 'SHOP429', start: '2022-04-28', platform: 'slack', workspaceId: 'T-429', conversationId: 'C429', lang: 'en' });
    const d = new RecordingDeliverer(clock);
    let first = true;
    d.fail = () => {
      if (!first) return null;
      first = false;
      return new DeliveryError('rate limited', true, 120_000, 429);
    };
    const engine = createReminderEngine(db, d, { ...engineOpts, replicaId: 'r429' });
    await runFor(engine, '2022-05-04T02:10:00Z', 10_000);
    expect(d.sent.filter((s) => s.key.includes(c.id)).map((s) => s.at)).toEqual(['2022-05-04T02:02:00.000Z']);
  });

  it('paces messages to one conversation across replicas', async () => {
    now = new Date('2022-04-28T02:00:00Z');
    for (const s of ['S1', 'S2', 'S3']) await svc.addCase({ kind: 'violation-fix', subject: s, start: '2022-04-28', platform: 'slack', workspaceId: 'T-pace', conversationId: 'C-pace', lang: 'en' });
    const d = new RecordingDeliverer(clock);
    const a = createReminderEngine(db, d, { ...engineOpts, replicaId: 'pa', conversationPaceMs: 60_000 });
    const b = createReminderEngine(db, d, { ...engineOpts, replicaId: 'pb', conversationPaceMs: 60_000 });
    now = new Date('2022-05-02T02:00:00Z');
    for (let i = 0; i < 10; i++) {
      await Promise.all([a.tick(), b.tick()]);
      now = new Date(now.getTime() + 20_000);
    }
    const times = d.sent.filter((s) => s.target.conversationId === 'C-pace').map((s) => new Date(s.at).getTime());
    expect(times).toHaveLength(3);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(60_000);
  });

  it('a replica that dies after claiming loses nothing: the lease expires and another replica sends', async () => {
    now = new Date('2022-04-28T02:00:00Z');
    const c = await svc.addCase({ kind: 'violation-fix', subject: 'SHOPLEASE', start: '2022-04-28', platform: 'slack', workspaceId: 'T-lease', conversationId: 'C-lease', lang: 'en' });
    now = new Date('2022-05-02T02:00:00Z');
    const store = createReminderStore(db);
    const claimed = await store.claimDue('doomed', now, 30_000, 1000);
    expect(claimed.some((n) => n.caseId === c.id)).toBe(true); // ...and 'doomed' never comes back
    const d = new RecordingDeliverer(clock);
    const engine = createReminderEngine(db, d, { ...engineOpts, replicaId: 'survivor', leaseMs: 30_000 });
    now = new Date(now.getTime() + 29_000);
    await engine.tick();
    expect(d.sent.some((s) => s.key.includes(c.id))).toBe(false);
    now = new Date(now.getTime() + 2_000);
    while ((await engine.tick()) > 0) {}
    expect(d.sent.filter((s) => s.key.includes(c.id))).toHaveLength(1);
  });

  it('sends a weekly digest on Monday 09:00 local listing each person\'s open deadlines', async () => {
    now = new Date('2022-05-04T04:00:00Z'); // Wednesday
    await svc.addCase({ kind: 'growth-tasks', subject: 'NEW1', start: '2022-05-01', platform: 'slack', workspaceId: 'T-digest', conversationId: 'D-dig', userId: 'U-dig', lang: 'en' });
    await svc.addCase({ kind: 'live-recruiting', subject: 'LIVE1', start: '2022-05-20', platform: 'slack', workspaceId: 'T-digest', conversationId: 'D-dig', userId: 'U-dig', lang: 'en' });
    const d = new RecordingDeliverer(clock);
    const engine = createReminderEngine(db, d, { ...engineOpts, replicaId: 'rd', digestEveryMs: 3600_000 });
    await runFor(engine, '2022-05-10T00:00:00Z', 30 * 60_000);
    const digests = d.sent.filter((s) => s.key.startsWith('digest:slack:T-digest:user:U-dig'));
    expect(digests.map((s) => s.at)).toEqual(['2022-05-09T01:00:00.000Z']); // Monday 09:00 +08:00
    expect(digests[0]!.reply.text).toContain('NEW1');
    expect(digests[0]!.reply.text).toContain('LIVE1');
  });
});
