/**
 * Footprint bench: start-up time to the first 200 from /healthz, and the idle RSS of the whole process
 * tree BENCH_IDLE_SECONDS (15) after it, for the way an operator runs Haili (`node bin/haili.mjs serve`).
 *
 *   npm run bench:footprint                                  (5 runs of every scenario)
 *   BENCH_RUNS=1 BENCH_SCENARIOS=restart npm run bench:footprint   (a quick check)
 *   BENCH_BASE=/path/to/other/checkout npm run bench:footprint     (side by side, interleaved)
 *
 * Peak RSS is the serving process's high-water mark or the largest process tree sampled during start-up
 * (every 50 ms), whichever is larger: it shows what a first start needs transiently.
 *
 * Scenarios: `fresh` (new data folder: initdb + migrations), `restart` (the folder `fresh` left),
 * `pg-fresh` (PostgreSQL, a new schema), `pg-restart` (the schema `pg-fresh` left). PostgreSQL comes from
 * BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test); every schema made here is dropped.
 * With BENCH_BASE the two checkouts alternate run by run, so both see the same machine load; compare
 * their ratio, not the absolute seconds (the machine is shared).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';

type Scenario = 'fresh' | 'restart' | 'pg-fresh' | 'pg-restart';
const ALL_SCENARIOS: Scenario[] = ['fresh', 'restart', 'pg-fresh', 'pg-restart'];

interface Sample {
  startupMs: number;
  idleRssMb: number;
  peakRssMb: number;
  processes: string;
}

const root = path.resolve(import.meta.dirname, '..');
const runs = Number(process.env.BENCH_RUNS ?? 5);
const idleSeconds = Number(process.env.BENCH_IDLE_SECONDS ?? 15);
const scenarios = (process.env.BENCH_SCENARIOS?.split(',').map((s) => s.trim()) ?? ALL_SCENARIOS) as Scenario[];
const pgUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const targets: { name: string; dir: string }[] = [{ name: 'this', dir: root }];
if (process.env.BENCH_BASE) targets.push({ name: 'base', dir: path.resolve(process.env.BENCH_BASE) });

for (const s of scenarios) if (!ALL_SCENARIOS.includes(s)) throw new Error(`BENCH_SCENARIOS: unknown scenario "${s}" (use ${ALL_SCENARIOS.join(', ')})`);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** The pid and every descendant, from /proc (Linux only, like the machines this runs on). */
function processTree(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name may contain spaces and parentheses; the ppid is the second field after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(entry));
      children.set(ppid, list);
    } catch {
      // The process exited while we looked.
    }
  }
  const out: number[] = [];
  const queue = [pid];
  while (queue.length) {
    const p = queue.shift()!;
    out.push(p);
    queue.push(...(children.get(p) ?? []));
  }
  return out;
}

function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const m = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

function commandOf(pid: number): string {
  try {
    const argv = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    return argv.map((a) => path.basename(a)).slice(0, 3).join(' ');
  } catch {
    return '?';
  }
}

async function healthy(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
    await res.arrayBuffer();
    return res.status === 200;
  } catch {
    return false;
  }
}

async function measure(dir: string, env: Record<string, string>): Promise<Sample> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(dir, 'bin', 'haili.mjs'), 'serve'], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), HAILI_PORT: String(port), HAILI_LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let exitCode: number | null | undefined;
  void exited.then((c) => (exitCode = c));
  const url = `http://127.0.0.1:${port}/healthz`;
  // Short-lived helpers (the first-run initdb child) are gone by the idle reading: sample the tree while starting.
  let sampledPeakKb = 0;
  const treeRssKb = () => processTree(child.pid!).reduce((sum, p) => sum + statusKb(p, 'VmRSS'), 0);
  while (!(await healthy(url))) {
    sampledPeakKb = Math.max(sampledPeakKb, treeRssKb());
    if (exitCode !== undefined) throw new Error(`haili exited with ${exitCode} before /healthz: ${stderr.slice(-500)}`);
    if (performance.now() - started > 300_000) {
      child.kill('SIGKILL');
      throw new Error(`no healthy /healthz within 300 s: ${stderr.slice(-500)}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const startupMs = performance.now() - started;
  await new Promise((r) => setTimeout(r, idleSeconds * 1000));
  const tree = processTree(child.pid!);
  const idleRssMb = tree.reduce((sum, p) => sum + statusKb(p, 'VmRSS'), 0) / 1024;
  // The serving process's own high-water mark, or the largest tree seen while starting if that was more.
  const peakRssMb = Math.max(statusKb(child.pid!, 'VmHWM'), sampledPeakKb) / 1024;
  const processes = tree.map(commandOf).join(' + ');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  await exited;
  clearTimeout(timer);
  return { startupMs, idleRssMb, peakRssMb, processes };
}

async function dropSchemas(schemas: string[]): Promise<void> {
  if (!schemas.length) return;
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  try {
    for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
  } finally {
    await client.end();
  }
}

function stats(values: number[]): { min: number; median: number; max: number } {
  const v = [...values].sort((a, b) => a - b);
  const mid = Math.floor(v.length / 2);
  return { min: v[0]!, median: v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2, max: v[v.length - 1]! };
}

async function main(): Promise<void> {
  const results = new Map<string, Sample[]>();
  const record = (target: string, scenario: Scenario, s: Sample) => {
    const key = `${target}\t${scenario}`;
    results.set(key, [...(results.get(key) ?? []), s]);
    process.stderr.write(
      `  run: ${target.padEnd(4)} ${scenario.padEnd(10)} start-up ${(s.startupMs / 1000).toFixed(2)} s, idle ${s.idleRssMb.toFixed(0)} MB, peak ${s.peakRssMb.toFixed(0)} MB [${s.processes}] (load ${loadavg()[0]!.toFixed(1)})\n`,
    );
  };
  const loadBefore = loadavg()[0]!;
  const schemas: string[] = [];
  const dirs: string[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      // Alternate which checkout goes first so neither always meets the other's leftovers.
      const order = i % 2 ? [...targets].reverse() : targets;
      for (const t of order) {
        const dataDir = await mkdtemp(path.join(tmpdir(), 'haili-footprint-'));
        dirs.push(dataDir);
        const schema = `footprint_${t.name}_${Date.now().toString(36)}_${i}`;
        const sep = pgUrl.includes('?') ? '&' : '?';
        for (const scenario of scenarios) {
          const env: Record<string, string> = scenario.startsWith('pg')
            ? { DATABASE_URL: `${pgUrl}${sep}schema=${schema}` }
            : { HAILI_DATA_DIR: dataDir };
          if (scenario === 'pg-fresh' || (scenario === 'pg-restart' && !scenarios.includes('pg-fresh'))) schemas.push(schema);
          record(t.name, scenario, await measure(t.dir, env));
        }
      }
    }
  } finally {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
    await dropSchemas([...new Set(schemas)]).catch((err: Error) => process.stderr.write(`could not drop bench schemas: ${err.message}\n`));
  }

  const pad = (s: string, n: number) => s.padEnd(n);
  const fmt = (x: { min: number; median: number; max: number }, digits: number) =>
    `${x.min.toFixed(digits)} / ${x.median.toFixed(digits)} / ${x.max.toFixed(digits)}`;
  process.stdout.write(
    `\nfootprint: ${runs} run(s), idle RSS ${idleSeconds} s after /healthz, process tree of bin/haili.mjs serve; ` +
      `load average ${loadBefore.toFixed(1)} -> ${loadavg()[0]!.toFixed(1)} (shared 2-core machine: compare ratios)\n\n`,
  );
  process.stdout.write(`${pad('target', 7)}${pad('scenario', 12)}${pad('start-up s (min / median / max)', 34)}${pad('idle RSS MB (min / median / max)', 36)}${pad('peak RSS MB', 22)}processes\n`);
  for (const scenario of scenarios) {
    for (const t of targets) {
      const samples = results.get(`${t.name}\t${scenario}`) ?? [];
      if (!samples.length) continue;
      process.stdout.write(
        `${pad(t.name, 7)}${pad(scenario, 12)}${pad(fmt(stats(samples.map((s) => s.startupMs / 1000)), 2), 34)}` +
          `${pad(fmt(stats(samples.map((s) => s.idleRssMb)), 0), 36)}${pad(fmt(stats(samples.map((s) => s.peakRssMb)), 0), 22)}${samples[0]!.processes}\n`,
      );
    }
    if (targets.length === 2) {
      const [a, b] = targets.map((t) => stats((results.get(`${t.name}\t${scenario}`) ?? []).map((s) => s.startupMs)).median);
      const [ra, rb] = targets.map((t) => stats((results.get(`${t.name}\t${scenario}`) ?? []).map((s) => s.idleRssMb)).median);
      process.stdout.write(`${pad('', 7)}${pad('', 12)}this/base median start-up ${(a! / b!).toFixed(2)}, idle RSS ${(ra! / rb!).toFixed(2)}\n`);
    }
  }
}

await main();
