/**
 * Reminders at scale on PostgreSQL.
 *  1. Creation: BENCH_CASES cases (default 100,000; ~5 nudges each) through the CSV import path (multi-row INSERTs in
 *     one transaction). Reports cases/s and nudges/s.
 *  2. Delivery: BENCH_RATE nudges per second (default 1,000) fall due for BENCH_SECONDS (default 20) while the
 *     500k future nudges sit in the table; BENCH_REPLICAS engine processes (default 3) deliver them to a loopback
 *     fake platform. Reports delivered/s, lateness p50/p99 (platform arrival minus due time), duplicates, losses,
 *     and each replica's RSS (start of burst, peak, end) plus RSS / V8 heap in use at each quarter of the burst, to show
 *     whether memory stays flat. BENCH_MAX_UNRECORDED (default 256) is each replica's duplicate window
 *     (64 was enough on a quiet machine, not under other engineers' load); BENCH_ASYNC_COMMIT=0 makes the
 *     engine's hot-path writes wait for the disk; BENCH_DELIVER_WITH=fetch makes the replicas post with Node's fetch.
 * Run: npm run bench:reminders   (DATABASE_URL or HAILI_TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test)
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { openDatabase } from '../src/db/database.js';
import { createReminderStore, type CaseInsert, type NudgeInsert } from '../src/db/reminder-store.js';
import { createReminderService } from '../src/reminders/index.js';
import { startFakePlatform } from '../test/fixtures/cases/fake-platform.js';
import { peakRss, startReplica, stopReplica } from '../test/fixtures/cases/replicas.js';

const URL = process.env.DATABASE_URL ?? process.env.HAILI_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const CASES = Number(process.env.BENCH_CASES ?? 100_000);
const RATE = Number(process.env.BENCH_RATE ?? 1000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const REPLICAS = Number(process.env.BENCH_REPLICAS ?? 3);
const schema = `bench_rem_${Date.now().toString(36)}`;
const mb = (b: number) => `${(b / 1048576).toFixed(0)} MB`;
const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** CPU ms used so far by each local PostgreSQL process, by pid (Linux /proc); null when PostgreSQL is not local. */
function postgresCpuMs(): Map<string, number> | null {
  try {
    const tick = 10; // USER_HZ is 100 on Linux
    const out = new Map<string, number>();
    for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      try {
        if (!fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').startsWith('postgres')) continue;
        const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
        out.set(pid, (Number(f[11]) + Number(f[12])) * tick);
      } catch {
        /* process gone */
      }
    }
    return out.size ? out : null;
  } catch {
    return null;
  }
}

const db = await openDatabase({ url: URL, schema });
await db.migrate();
try {
  // ---- 1. creation -------------------------------------------------------------------------------------------
  const kinds = ['rectification', 'violation-fix', 'growth-tasks', 'live-recruiting', 'rectification'];
  const today = new Date();
  const lines = ['kind,subject,start,conversation_id,user_id,lang'];
  for (let i = 0; i < CASES; i++) {
    const d = new Date(today.getTime() + (30 + (i % 60)) * 86_400_000).toISOString().slice(0, 10); // anchors 30-90 days ahead
    lines.push(`${kinds[i % kinds.length]},P${i},${d},conv-${i % 5000},user-${i % 2000},${i % 3 ? 'zh' : 'en'}`);
  }
  const svc = createReminderService(db);
  const t0 = performance.now();
  const r = await svc.importCsv(lines.join('\n'), { dryRun: false, defaults: { platform: 'slack', workspaceId: 'T-bench', conversationId: 'general' } });
  const createMs = performance.now() - t0;
  if (r.errors.length) throw new Error(JSON.stringify(r.errors.slice(0, 3)));
  const nudgeCount = await db.prisma.scheduledNudge.count();
  console.log(`creation: ${r.imported} cases + ${nudgeCount} nudges in ${(createMs / 1000).toFixed(1)} s = ${Math.round(r.imported / (createMs / 1000))} cases/s, ${Math.round(nudgeCount / (createMs / 1000))} nudges/s`);

  // ---- 2. delivery burst -------------------------------------------------------------------------------------
  await db.prisma.workspace.updateMany({ where: { externalId: 'T-bench' }, data: { quietStart: '00:00', quietEnd: '00:00' } });
  const ws = await createReminderStore(db).ensureWorkspace('slack', 'T-bench');
  const platform = await startFakePlatform();
  const env = { DATABASE_URL: URL, DB_SCHEMA: schema, PLATFORM_URL: platform.url, LEASE_MS: '30000', BATCH: process.env.BENCH_BATCH ?? '200', POLL_MS: '50', PACE_MS: '1000', SEND_CONCURRENCY: process.env.BENCH_SEND_CONCURRENCY ?? '16', MAX_UNRECORDED: process.env.BENCH_MAX_UNRECORDED ?? '256', ASYNC_COMMIT: process.env.BENCH_ASYNC_COMMIT ?? '1', DELIVER_WITH: process.env.BENCH_DELIVER_WITH ?? 'http' };
  const replicas = Array.from({ length: REPLICAS }, (_, i) => startReplica(`bench-${i + 1}`, env));
  await Promise.all(replicas.map((x) => x.ready));
  await sleep(1000);

  const total = RATE * SECONDS;
  // Rows are written with due times in 2100 and shifted to "now + 2 s" in one UPDATE, so seeding time never eats the lead.
  const FAR = Date.parse('2100-01-01T00:00:00Z');
  const dueOf = new Map<string, number>();
  const cases: CaseInsert[] = [];
  const nudges: NudgeInsert[] = [];
  for (let i = 0; i < total; i++) {
    const id = randomUUID();
    const due = FAR + Math.floor((i * 1000) / RATE);
    const key = `case:${id}:burst`;
    dueOf.set(key, due);
    // 2,000 conversations: each gets one nudge every 2 s, inside Slack's one-per-second pace.
    const conv = `burst-${i % 2000}`;
    cases.push({ id, workspaceId: ws.id, kind: 'rectification', subject: `B${i}`, anchorDate: '2022-04-28', timeZone: 'Asia/Shanghai', targetConversationId: conv, targetUserId: null, ownerUserId: null, progress: null, meta: null, lang: 'zh', note: null, createdBy: null, deadline: { dueAt: new Date('2022-05-12T15:59:59.999Z'), policyId: 'rectification', consequence: '产品0分下架' } });
    nudges.push({ id: randomUUID(), caseId: id, idempotencyKey: key, purpose: 'upcoming', dueAt: new Date(due), availableAt: new Date(due), platform: 'slack', workspaceExternalId: 'T-bench', targetConversationId: conv, targetUserId: null, lang: 'zh', status: 'pending' });
  }
  await createReminderStore(db).insertCases(cases, nudges);
  const startAt = Date.now() + 2000;
  const shift = FAR - startAt;
  await db.prisma.$executeRawUnsafe(
    `UPDATE "ScheduledNudge" SET "dueAt" = "dueAt" - make_interval(secs => $1::double precision / 1000), "availableAt" = "availableAt" - make_interval(secs => $1::double precision / 1000) WHERE "idempotencyKey" LIKE 'case:%:burst'`,
    shift,
  );
  for (const [k, v] of dueOf) dueOf.set(k, v - shift);
  if (Date.now() > startAt) console.log('note: shifting the burst took longer than the 2 s lead; the first nudges start late');
  const rssBefore = replicas.map((x) => x.rss.at(-1)?.rss ?? 0);
  const cpuBefore = { replicas: replicas.map((x) => x.rss.at(-1)?.cpuMs ?? 0), bench: process.cpuUsage(), postgres: postgresCpuMs() };

  const hardEnd = startAt + SECONDS * 1000 + 60_000;
  while (Date.now() < hardEnd && platform.received.size < total) await sleep(100);
  const endAt = Math.max(...platform.arrivals.map((a) => a.at));
  const rssAfter = replicas.map((x) => x.rss.at(-1)?.rss ?? 0);
  const cpuAfter = { replicas: replicas.map((x) => x.rss.at(-1)?.cpuMs ?? 0), bench: process.cpuUsage(cpuBefore.bench), postgres: postgresCpuMs() };
  await Promise.all(replicas.map(stopReplica));
  await platform.close();

  const lateness = platform.arrivals.filter((a) => dueOf.has(a.key)).map((a) => a.at - dueOf.get(a.key)!).sort((a, b) => a - b);
  const firstDue = startAt;
  console.log(
    `delivery: ${platform.received.size}/${total} delivered by ${REPLICAS} replicas in ${((endAt - firstDue) / 1000).toFixed(1)} s ` +
      `(due over ${SECONDS} s at ${RATE}/s) = ${Math.round(platform.received.size / ((endAt - firstDue) / 1000))} delivered/s; duplicates ${platform.duplicates().length}; lost ${total - platform.received.size}`,
  );
  console.log(`lateness: p50 ${pct(lateness, 50)} ms, p99 ${pct(lateness, 99)} ms, max ${lateness.at(-1)} ms`);
  const perSecond = new Map<number, number>();
  for (const a of platform.arrivals) perSecond.set(Math.floor((a.at - startAt) / 1000), (perSecond.get(Math.floor((a.at - startAt) / 1000)) ?? 0) + 1);
  console.log(`arrivals per second from the first due time: ${[...perSecond].sort((a, b) => a[0] - b[0]).map(([, c]) => c).join(' ')}`);
  replicas.forEach((x, i) =>
    console.log(`replica ${x.id}: delivered ${platform.arrivals.filter((a) => a.replicaId === x.id).length}, RSS at burst start ${mb(rssBefore[i]!)}, peak ${mb(peakRss(x))}, end ${mb(rssAfter[i]!)}`),
  );
  // CPU per delivered nudge: the machine is shared and noisy, so rates vary run to run; CPU spent per nudge does not.
  const replicaCpu = cpuAfter.replicas.reduce((a, c, i) => a + c - cpuBefore.replicas[i]!, 0);
  // Only processes alive at both ends count (a backend that exited mid-burst takes its CPU time with it).
  const pgCpu = cpuAfter.postgres && cpuBefore.postgres
    ? [...cpuAfter.postgres].reduce((a, [pid, ms]) => a + (cpuBefore.postgres!.has(pid) ? ms - cpuBefore.postgres!.get(pid)! : 0), 0)
    : NaN;
  const benchCpu = (cpuAfter.bench.user + cpuAfter.bench.system) / 1000;
  const per = (ms: number) => (ms / Math.max(1, platform.received.size)).toFixed(2);
  console.log(`CPU during the burst: replicas ${(replicaCpu / 1000).toFixed(1)} s (${per(replicaCpu)} ms/nudge), PostgreSQL ${(pgCpu / 1000).toFixed(1)} s (${per(pgCpu)} ms/nudge, all sessions on the server), bench + fake platform ${(benchCpu / 1000).toFixed(1)} s`);
  // Memory over the burst: the last sample at or before each quarter of [first due, last arrival].
  const quarters = [0, 0.25, 0.5, 0.75, 1].map((q) => startAt + q * (endAt - startAt));
  replicas.forEach((x) => {
    const at = (t: number) => x.rss.filter((s) => s.t <= t).at(-1) ?? x.rss[0];
    const lags = x.rss.filter((s) => s.t >= startAt && s.t <= endAt).map((s) => s.lagP99).sort((a, b) => a - b);
    console.log(`replica ${x.id} event-loop delay during the burst (p99 per 250 ms): median ${pct(lags, 50)} ms, worst ${lags.at(-1)} ms`);
    console.log(`replica ${x.id} memory at 0/25/50/75/100% of the burst: RSS ${quarters.map((t) => mb(at(t)?.rss ?? 0)).join(' / ')}; heap used ${quarters.map((t) => mb(at(t)?.heap ?? 0)).join(' / ')}`);
  });
} finally {
  await db.close();
  const { default: pg } = await import('pg');
  const c = new pg.Client({ connectionString: URL });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await c.end();
}
