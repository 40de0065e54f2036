/**
 * The listing check of this checkout (B) against another checkout (A), in one process, on the typical listings of
 * bench/listing.bench.ts, in alternating passes: on a shared machine only such a ratio means anything. Prints listings
 * per CPU-second of each and B/A, once both are warm (several CPU-seconds: see below).
 *   npx tsx bench/listing-ab.bench.ts /path/to/base-checkout [seconds=20]
 * The other checkout needs src/ and rules/ (e.g. `git archive <commit> src rules | tar -x -C /tmp/base`). Two identical
 * checkouts read 0.96-0.97 in session 30 on the loaded machine: a B/A within about 4% of 1 is no difference.
 * This is the steady state only. bench/listing.bench.ts measures from 1.5 CPU-seconds on, and on a loaded machine the
 * check's large functions (parse at ~14 KB of bytecode, shipping ~11 KB, moq ~8.5 KB, readRemarks ~8 KB) are still being
 * compiled then: measured in session 30, V8's background threads took ~45% of the process CPU in that window (0.3 of
 * 0.66 s) and the rate climbed from ~600 to ~1,800 per CPU-second over the first ~8 CPU-seconds. A change to how soon
 * the check is compiled shows there, process after process, not here.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { typicalListings } from './listing-inputs.js';
import { createListingChecker } from '../src/listing/index.js';

const baseRoot = process.argv[2];
if (!baseRoot) throw new Error('usage: npx tsx bench/listing-ab.bench.ts <other-checkout> [seconds]');
const seconds = Number(process.argv[3] ?? 20);
const other = (await import(pathToFileURL(join(resolve(baseRoot), 'src/listing/index.ts')).href)) as typeof import('../src/listing/index.js');
const A = other.createListingChecker({ rulesDir: join(resolve(baseRoot), 'rules/listing') });
const B = createListingChecker();
const texts = typicalListings(fileURLToPath(new URL('../corpus/', import.meta.url)));
// (each side reads its own rules: a rules change is a behaviour change, and shows in the ratio too)

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const pass = (c: typeof B) => {
  const c0 = cpu();
  for (const t of texts) c.check(t);
  return cpu() - c0;
};
// Warm until both sides' large functions are compiled (the rate stops climbing after ~8 CPU-seconds on a loaded machine).
const w0 = cpu();
while (cpu() - w0 < 8000) (pass(A), pass(B));
const ta: number[] = [];
const tb: number[] = [];
const t0 = cpu();
for (let k = 0; cpu() - t0 < seconds * 1000; k++) {
  // Alternate which side goes first so neither always runs on a warmer cache.
  if (k % 2) (tb.push(pass(B)), ta.push(pass(A)));
  else (ta.push(pass(A)), tb.push(pass(B)));
}
const sum = (x: number[]) => x.reduce((a, b) => a + b, 0);
const med = (x: number[]) => [...x].sort((a, b) => a - b)[x.length >> 1]!;
const rate = (x: number[]) => ((texts.length * x.length) / sum(x)) * 1000;
console.log(
  `typical listings (${texts.length}): A ${rate(ta).toFixed(0)}, B ${rate(tb).toFixed(0)} per CPU-second once warm; ` +
    `B/A ${(sum(ta) / sum(tb)).toFixed(3)} by totals, ${(med(ta) / med(tb)).toFixed(3)} by median pass, over ${ta.length} passes each`,
);
