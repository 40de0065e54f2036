/**
 * SIGKILL during writes: how many acknowledged cases survive a hard kill of the server?
 * For each engine, several rounds: start `haili serve`, POST /api/cases from 8 concurrent writers, SIGKILL the
 * server mid-stream, start it again on the same data (folder or schema), page through every case and compare.
 *
 *   npx tsx scripts/measure-sigkill-writes.ts [rounds=3] [writeMs=1500]
 *
 * "acknowledged" = the client got 201; "lost" = acknowledged but absent after restart (must be 0);
 * "unacknowledged but present" = the write committed but the kill beat the response (harmless, expected).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

const ROOT = path.resolve(import.meta.dirname, '..');
const BIN = path.join(ROOT, 'bin/haili.mjs');
const PG_URL = process.env.HAILI_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const rounds = Number(process.argv[2] ?? 3);
const writeMs = Number(process.argv[3] ?? 1500);

async function serve(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [BIN, 'serve'], { env: { PATH: process.env.PATH, HAILI_PORT: '0', HAILI_LOG_LEVEL: 'silent', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      out += d;
      const m = out.match(/console at (http:\/\/\S+?)\//);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (c) => reject(new Error(`serve exited ${c}: ${err}`)));
  });
  return { child, url };
}

async function allSubjects(url: string): Promise<Set<string>> {
  const out = new Set<string>();
  let after = '';
  for (;;) {
    const page = (await (await fetch(`${url}/api/cases?status=all&limit=1000${after ? `&after=${after}` : ''}`)).json()) as { cases: { subject: string }[]; next: string | null };
    for (const c of page.cases) out.add(c.subject);
    if (!page.next) return out;
    after = page.next;
  }
}

async function round(engine: 'pglite' | 'postgresql', env: Record<string, string>, n: number) {
  const { child, url } = await serve(env);
  // Warm-up outside the count: the first requests pay for JIT and lazy loading.
  for (let i = 0; i < 5; i++) await fetch(`${url}/api/cases?limit=1`);
  await fetch(`${url}/api/cases`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'rectification', subject: `warm-${n}`, start: '2022-04-28' }) });
  const acked: string[] = [];
  const sent: string[] = [];
  let stop = false;
  const writer = async (w: number) => {
    for (let i = 0; !stop; i++) {
      const subject = `R${n}-W${w}-${i}`;
      sent.push(subject);
      try {
        const r = await fetch(`${url}/api/cases`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'rectification', subject, start: '2022-04-28' }) });
        if (r.status === 201) acked.push(subject);
      } catch {
        return; // the server is gone
      }
    }
  };
  const writers = Array.from({ length: 8 }, (_, w) => writer(w));
  await new Promise((r) => setTimeout(r, writeMs));
  child.kill('SIGKILL');
  await new Promise((r) => child.once('exit', r));
  stop = true;
  await Promise.all(writers);
  const again = await serve(env);
  const present = await allSubjects(again.url);
  again.child.kill('SIGTERM');
  await new Promise((r) => again.child.once('exit', r));
  const mine = [...present].filter((s) => s.startsWith(`R${n}-`));
  const lost = acked.filter((s) => !present.has(s));
  const extra = mine.filter((s) => !acked.includes(s));
  return { engine, round: n, acknowledged: acked.length, presentAfterRestart: mine.length, lost: lost.length, unacknowledgedButPresent: extra.length, attempted: sent.length };
}

const results = [];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haili-sigkill-'));
for (let n = 1; n <= rounds; n++) results.push(await round('pglite', { HAILI_DATA_DIR: dir }, n));
const schema = `sigkill_${randomBytes(3).toString('hex')}`;
const u = new URL(PG_URL);
u.searchParams.set('schema', schema);
for (let n = 1; n <= rounds; n++) results.push(await round('postgresql', { DATABASE_URL: u.toString() }, n));
console.table(results);
const { default: pg } = await import('pg');
const c = new pg.Client({ connectionString: PG_URL });
await c.connect();
await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
await c.end();
fs.rmSync(dir, { recursive: true, force: true });
