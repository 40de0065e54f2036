/**
 * Platform load bench, Slack half: one Haili process (startHaili, in a child process so its RSS is
 * its own) receives signed Slack events over HTTP at a fixed rate; a loopback fake Slack records the
 * replies. Reports ack latency (Slack needs the 200 within 3 s), handling time (event sent -> reply
 * received by Slack), delivery completeness and Haili's RSS.
 *
 *   npm run bench:platforms                     (200 events/s for 30 s)
 *   BENCH_SECONDS=10 BENCH_RATE=100 npx tsx bench/platforms.bench.ts
 *
 * The LLM is off (no OPENAI_API_KEY is passed to the child): this measures Haili's own work.
 * The DingTalk half is not covered by this file.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eventEnvelope, FakeSlack, postEvent } from '../test/fakes/fake-slack.js';

const CHILD_FLAG = 'HAILI_BENCH_CHILD';

/** The Haili under test: the real composition root, configured from the environment like production. */
async function runHailiChild(): Promise<void> {
  const { startHaili } = await import('../src/app.js');
  const { loadConfig } = await import('../src/config/index.js');
  const haili = await startHaili({ config: loadConfig(process.env), startEngine: false });
  process.stdout.write(`READY ${haili.url}\n`);
  process.on('SIGTERM', () => {
    void haili.stop().finally(() => process.exit(0));
  });
}

async function runBench(): Promise<void> {
  const seconds = Number(process.env.BENCH_SECONDS ?? 30);
  const rate = Number(process.env.BENCH_RATE ?? 200);
  const channels = Number(process.env.BENCH_CHANNELS ?? 600);
  const secret = 'bench-signing-secret';
  const fake = await new FakeSlack().start();
  const dataDir = await mkdtemp(join(tmpdir(), 'haili-bench-slack-'));
  // BENCH_DATABASE_URL=postgres://… runs Haili on PostgreSQL (in a throw-away schema) instead of the embedded database.
  const pgUrl = process.env.BENCH_DATABASE_URL;
  const schema = `bench_slack_${Date.now().toString(36)}`;
  const databaseUrl = pgUrl ? `${pgUrl}${pgUrl.includes('?') ? '&' : '?'}schema=${schema}` : undefined;

  // BENCH_CPU_PROF=<dir> writes a V8 CPU profile of the Haili process there (open it in Chrome DevTools).
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', fileURLToPath(import.meta.url)], {
    env: {
      PATH: process.env.PATH,
      [CHILD_FLAG]: '1',
      HAILI_PORT: '0',
      HAILI_DATA_DIR: dataDir,
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      SLACK_BOT_TOKEN: 'xoxb-bench',
      SLACK_SIGNING_SECRET: secret,
      SLACK_API_URL: fake.apiUrl,
      HAILI_LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let childErrors = 0;
  child.stderr!.on('data', (d: Buffer) => {
    childErrors += String(d).split('\n').filter((l) => l.includes('"level":"error"')).length;
  });
  process.once('exit', () => child.kill('SIGKILL'));
  const startT = performance.now();
  const url = await waitReady(child);
  console.log(`Haili started in ${((performance.now() - startT) / 1000).toFixed(1)} s (pid ${child.pid}, database ${pgUrl ? 'PostgreSQL' : 'embedded PGlite on disk'}); ${rate} events/s for ${seconds} s over ${channels} channels`);
  const eventsUrl = `${url}/slack/events`;

  const rss: number[] = [];
  const sampler = setInterval(() => void rssOf(child.pid!).then((v) => v && rss.push(v)), 500);

  // Warm-up: first requests pay for JIT and lazy loading; not counted.
  for (let i = 0; i < 20; i++) await postEvent(eventsUrl, eventEnvelope(mentionEvent(-1 - i, channels)), { secret });

  const sentAt = new Map<string, number>();
  const acks: number[] = [];
  let non200 = 0;
  let failedPosts = 0;
  const inflight = new Set<Promise<void>>();
  const total = Math.round(seconds * rate);
  const t0 = performance.now();
  let sent = 0;
  await new Promise<void>((done) => {
    const tick = setInterval(() => {
      const due = Math.min(total, Math.floor(((performance.now() - t0) / 1000) * rate));
      for (; sent < due; sent++) {
        const event = mentionEvent(sent, channels);
        sentAt.set(event.ts, Date.now());
        const p = postEvent(eventsUrl, eventEnvelope(event), { secret })
          .then((r) => {
            acks.push(r.ms);
            if (r.status !== 200) non200++;
          })
          .catch(() => {
            failedPosts++;
          });
        inflight.add(p);
        void p.finally(() => inflight.delete(p));
      }
      if (sent >= total) {
        clearInterval(tick);
        done();
      }
    }, 5);
  });
  const sendSeconds = (performance.now() - t0) / 1000;
  await Promise.all(inflight);

  // Wait for every reply (or give up after 60 s of no progress).
  let last = -1;
  let stalledSince = Date.now();
  for (;;) {
    const got = repliesFor(fake, sentAt).length;
    if (got >= total) break;
    if (got !== last) {
      last = got;
      stalledSince = Date.now();
    } else if (Date.now() - stalledSince > 60_000) break;
    await sleep(250);
  }
  clearInterval(sampler);
  const peakRss = await peakRssOf(child.pid!);

  const handling = repliesFor(fake, sentAt).sort((a, b) => a - b);
  const ackSorted = [...acks].sort((a, b) => a - b);
  const over3s = acks.filter((ms) => ms > 3000).length;
  const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
  console.log(`sent ${total} events in ${sendSeconds.toFixed(1)} s (${(total / sendSeconds).toFixed(0)}/s achieved)`);
  console.log(`acks: ${acks.length} answered, non-200 ${non200}, failed posts ${failedPosts}, over 3 s ${over3s}`);
  console.log(`ack latency ms: p50 ${pct(ackSorted, 50)} | p95 ${pct(ackSorted, 95)} | p99 ${pct(ackSorted, 99)} | max ${pct(ackSorted, 100)}`);
  console.log(`replies delivered to fake Slack: ${handling.length}/${total}`);
  console.log(`handling time ms (event sent -> reply at Slack): p50 ${pct(handling, 50)} | p95 ${pct(handling, 95)} | p99 ${pct(handling, 99)} | max ${pct(handling, 100)}`);
  console.log(`Haili RSS: start ${rss.length ? mb(rss[0]!) : '?'} | end ${rss.length ? mb(rss.at(-1)!) : '?'} | peak ${peakRss ? mb(peakRss) : '?'}`);
  console.log(`error log lines from Haili: ${childErrors}; host load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} (2 cores shared)`);
  const ok = over3s === 0 && non200 === 0 && failedPosts === 0 && handling.length === total;
  console.log(ok ? 'PASS: every event acked within 3 s and answered' : 'FAIL: see the figures above');

  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  await fake.stop();
  await rm(dataDir, { recursive: true, force: true });
  if (pgUrl) {
    const { default: pg } = await import('pg');
    const c = new pg.Client({ connectionString: pgUrl });
    await c.connect();
    await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await c.end();
  }
  process.exitCode = ok ? 0 : 1;
}

// A realistic mix: policy questions, leaky and clean drafts, Chinese and English, spread over channels.
const TEXTS = [
  '待整改产品多久要改完？',
  'What is the fee to withdraw to the legal representative?',
  'Please add my WhatsApp +86 186 1234 5678 for a better price',
  '加我微信 abc_88990 详聊',
  'Thank you for your inquiry, the MOQ is 200 pieces and we can ship within 7 days.',
  '法人提现手续费多少？',
  'check You can email me at sales.team@example.cn to get the catalogue',
  'tasks',
];

function mentionEvent(i: number, channels: number) {
  const n = Math.abs(i);
  return {
    type: 'app_mention',
    user: `U${(n % 97).toString().padStart(4, '0')}`,
    channel: `C${(n % channels).toString().padStart(5, '0')}`,
    // Unique per event: the reply's thread_ts tells which event it answers. Warm-up events (i < 0) get their own range.
    ts: i < 0 ? `1600000000.${String(n).padStart(6, '0')}` : `${1_700_000_000 + n}.000100`,
    text: `<@UBOTHAILI> ${TEXTS[n % TEXTS.length]}`,
  };
}

function repliesFor(fake: FakeSlack, sentAt: Map<string, number>): number[] {
  const out: number[] = [];
  for (const c of fake.callsTo('chat.postMessage')) {
    const t = sentAt.get(c.args.thread_ts);
    if (t !== undefined) out.push(c.at - t);
  }
  return out;
}

function waitReady(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let buf = '';
    child.stdout!.on('data', (d: Buffer) => {
      buf += String(d);
      const m = /READY (\S+)/.exec(buf);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`Haili exited before it was ready (code ${code})`)));
  });
}

async function rssOf(pid: number): Promise<number | null> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const m = /VmRSS:\s+(\d+) kB/.exec(status);
  return m ? Number(m[1]) : null;
}

async function peakRssOf(pid: number): Promise<number | null> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const m = /VmHWM:\s+(\d+) kB/.exec(status);
  return m ? Number(m[1]) : null;
}

function pct(sorted: number[], p: number): string {
  if (!sorted.length) return '-';
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(0);
}

function sleep(ms: number) {
  return new Promise((r) => setTimeout(r, ms));
}

// Last, so every constant above is initialised before either role runs.
if (process.env[CHILD_FLAG] === '1') {
  await runHailiChild();
} else {
  await runBench();
}
