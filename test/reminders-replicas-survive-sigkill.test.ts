import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../src/db/database.js';
import { PG_URL, dropSchema, postgresAvailable, uniqueSchema } from './helpers/db.js';
import { startFakePlatform, type FakePlatform } from './fixtures/cases/fake-platform.js';
import { startReplica, stopReplica, type Replica } from './fixtures/cases/replicas.js';
import { seedDueCases } from './fixtures/cases/seed.js';

const schema = uniqueSchema('rem_kill');
let db: Database;
let platform: FakePlatform;
let replicas: Replica[] = [];
const pg = await postgresAvailable();

beforeAll(async () => {
  if (!pg) return;
  db = await openDatabase({ url: PG_URL, schema });
  await db.migrate();
  platform = await startFakePlatform();
}, 120_000);

afterAll(async () => {
  await Promise.all(replicas.map(stopReplica));
  await platform?.close();
  await db?.close();
  if (pg) await dropSchema(schema);
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!pg)('three engine processes on one PostgreSQL schema, one killed with SIGKILL mid-run', () => {
  it('delivers every one of 10,000 due nudges, duplicates only from the documented window', async () => {
    await seedDueCases(db, { cases: 5000, workspace: 'T-kill' });
    const due = await db.prisma.scheduledNudge.findMany({ where: { status: 'pending' }, select: { idempotencyKey: true } });
    expect(due).toHaveLength(10_000);

    const env = { DATABASE_URL: PG_URL, DB_SCHEMA: schema, PLATFORM_URL: platform.url, LEASE_MS: '10000', BATCH: '50', POLL_MS: '50', PACE_MS: '1000', SEND_CONCURRENCY: '5', MAX_UNRECORDED: '5' };
    replicas = ['replica-a', 'replica-b', 'replica-c'].map((id) => startReplica(id, env));
    await Promise.all(replicas.map((r) => r.ready));

    const victim = replicas[0]!;
    const t0 = Date.now();
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && !(platform.total() >= 2500 && platform.arrivals.some((a) => a.replicaId === victim.id))) await sleep(5);
    victim.proc.kill('SIGKILL');
    console.log(`[sigkill] kill at +${Date.now() - t0} ms`);
    const killedAt = platform.total();
    const victimSent = platform.arrivals.filter((a) => a.replicaId === victim.id).length;

    const end = Date.now() + 120_000;
    const settled = async () => (await db.prisma.scheduledNudge.count({ where: { status: 'sent' } })) === 10_000;
    while (Date.now() < end && !(platform.received.size === 10_000 && (await settled()))) await sleep(250);
    const byStatus = await db.prisma.scheduledNudge.groupBy({ by: ['status'], _count: true });
    const dups = platform.duplicates();
    const perReplica = Object.fromEntries(replicas.map((r) => [r.id, platform.arrivals.filter((a) => a.replicaId === r.id).length]));
    console.log(`[sigkill] killed ${victim.id} after ${killedAt} deliveries (${victimSent} by it); per replica ${JSON.stringify(perReplica)}; ` +
      `unique ${platform.received.size}; total ${platform.total()}; duplicates ${dups.length}${dups.length ? ': ' + JSON.stringify(dups.slice(0, 10).map(([k]) => platform.arrivals.filter((a) => a.key === k).map((a) => `${a.replicaId}@${a.at - t0}`))) : ''}; db ${JSON.stringify(byStatus)}`);

    expect(await victim.exited).toBeNull(); // killed by signal
    expect(victimSent).toBeGreaterThan(0);
    for (const { idempotencyKey } of due) expect(platform.received.has(idempotencyKey), idempotencyKey).toBe(true);
    expect(platform.received.size).toBe(10_000);
    // Duplicates can only come from messages the platform accepted in the killed replica's last instants,
    // and at most MAX_UNRECORDED of its sends (in flight + awaiting the batched 'sent' commit) are ever in that window.
    expect(dups.length).toBeLessThanOrEqual(5);
    expect(dups.every(([key]) => platform.arrivals.some((a) => a.key === key && a.replicaId === victim.id))).toBe(true);
    expect(byStatus.find((s) => s.status === 'sent')?._count).toBe(10_000);
    expect(replicas.slice(1).every((r) => r.stderr.length === 0)).toBe(true);
  }, 240_000);
});
