/**
 * The listing check of this checkout (B) against another checkout (A), each in processes of its own, alternating
 * A, B, A, B...: listings per CPU-second on the typical listings of bench/listing.bench.ts once warm, and B/A.
 *   npx tsx bench/listing-ab-procs.bench.ts /path/to/base-checkout [rounds=3] [seconds=10]
 * Why not bench/listing-ab.bench.ts: in session 46, on a machine at load 15-30 on 2 cores, that one-process bench read
 * two copies of the same code 0.65-0.68 (whichever checkout was B, and whichever checker was made first; 0.82 with both
 * imported dynamically): one process's two copies of the check do not run alike there. Separate processes read the
 * same code alike within the machine's noise; the price is a warm-up per process (6 CPU-seconds by default).
 * The other checkout needs src/ and rules/, plus package.json and tsconfig.json (e.g. `git archive <commit> src rules
 * package.json tsconfig.json | tar -x -C /tmp/base`, and node_modules linked from this checkout).
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { typicalListings } from './listing-inputs.js';

const HERE = fileURLToPath(import.meta.url);
const OWN = resolve(import.meta.dirname, '..');
const [first, second, third, fourth] = process.argv.slice(2);

if (first === '--one') {
  // A child: one checkout (second), warmed (third CPU-seconds), then measured (fourth CPU-seconds); prints its rate.
  const root = resolve(second!);
  const { createListingChecker } = (await import(pathToFileURL(join(root, 'src/listing/index.ts')).href)) as typeof import('../src/listing/index.js');
  const checker = createListingChecker({ rulesDir: join(root, 'rules/listing') });
  const texts = typicalListings(join(OWN, 'corpus'));
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const w0 = cpu();
  while (cpu() - w0 < Number(third) * 1000) for (const t of texts) checker.check(t);
  let n = 0;
  const c0 = cpu();
  while (cpu() - c0 < Number(fourth) * 1000) {
    for (const t of texts) checker.check(t);
    n += texts.length;
  }
  console.log(String((n / (cpu() - c0)) * 1000));
} else {
  if (!first) throw new Error('usage: npx tsx bench/listing-ab-procs.bench.ts <other-checkout> [rounds] [seconds]');
  const rounds = Number(second ?? 3);
  const seconds = Number(third ?? 10);
  const run = (root: string) => {
    const r = spawnSync(process.execPath, [...process.execArgv, HERE, '--one', root, '6', String(seconds)], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    return Number(r.stdout.trim().split('\n').pop());
  };
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < rounds; i++) {
    // Alternate which side goes first so neither always meets the same moment of the machine's load.
    if (i % 2) (b.push(run(OWN)), a.push(run(resolve(first))));
    else (a.push(run(resolve(first))), b.push(run(OWN)));
  }
  const mean = (x: number[]) => x.reduce((s, v) => s + v, 0) / x.length;
  const show = (x: number[]) => x.map((v) => v.toFixed(0)).join(', ');
  console.log(`typical listings (${typicalListings(join(OWN, 'corpus')).length}): A ${show(a)}; B ${show(b)} per CPU-second once warm; B/A ${(mean(b) / mean(a)).toFixed(3)} by means over ${rounds} processes each`);
}
