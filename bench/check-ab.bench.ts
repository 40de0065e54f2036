/**
 * The local check of this checkout (B) against another checkout (A), in one process, on the same drafts, in
 * alternating blocks: on a shared machine only such a ratio means anything. Prints CPU per draft and B/A.
 *   npx tsx bench/check-ab.bench.ts /path/to/base-checkout [size=500] [seconds=10]
 *   size 0: the corpus drafts (corpus/drafts/*.jsonl and corpus/blind-b/drafts.jsonl) instead of synthetic ones.
 * The other checkout needs src/ and rules/ (e.g. `git archive <commit> src rules | tar -x -C /tmp/base`).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createDraftChecker } from '../src/checker/index.js';
import { makeDrafts } from './check-drafts.js';

const baseRoot = process.argv[2];
if (!baseRoot) throw new Error('usage: npx tsx bench/check-ab.bench.ts <other-checkout> [size] [seconds]');
const size = Number(process.argv[3] ?? 500);
const seconds = Number(process.argv[4] ?? 10);
const other = (await import(pathToFileURL(join(resolve(baseRoot), 'src/checker/index.ts')).href)) as typeof import('../src/checker/index.js');
const A = other.createDraftChecker({ llm: null });
const B = createDraftChecker({ llm: null });

let drafts: string[];
if (size > 0) drafts = makeDrafts(size, 400);
else {
  const corpus = resolve(import.meta.dirname, '../corpus');
  const files = [...readdirSync(join(corpus, 'drafts')).filter((f) => f.endsWith('.jsonl')).map((f) => join(corpus, 'drafts', f)), join(corpus, 'blind-b/drafts.jsonl')];
  drafts = files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text));
}
for (let r = 0; r < 3; r++) for (const d of drafts) (A.checkLocal(d), B.checkLocal(d)); // warm-up

const cpu = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
const BLOCK = size > 0 ? 40 : 200;
let [ta, tb, rounds, at] = [0, 0, 0, 0];
const ratios: number[] = [];
const t0 = performance.now();
while (performance.now() - t0 < seconds * 1000) {
  const block = Array.from({ length: BLOCK }, (_, k) => drafts[(at + k) % drafts.length]!);
  at += BLOCK;
  let [a, b] = [0, 0];
  // Alternate which side goes first so neither always runs on a warmer cache.
  for (const side of rounds % 2 === 0 ? ['a', 'b'] : ['b', 'a']) {
    const c0 = cpu();
    for (const d of block) (side === 'a' ? A : B).checkLocal(d);
    if (side === 'a') a = cpu() - c0;
    else b = cpu() - c0;
  }
  ta += a;
  tb += b;
  rounds++;
  if (a > 0) ratios.push(b / a);
}
ratios.sort((x, y) => x - y);
const per = (t: number) => (t / (rounds * BLOCK)).toFixed(1);
console.log(
  `${size > 0 ? `${size}-char drafts` : 'corpus drafts'}: A ${per(ta)} us/draft, B ${per(tb)} us/draft (CPU); ` +
    `B/A ${(tb / ta).toFixed(3)} overall, median ${ratios[ratios.length >> 1]!.toFixed(3)} over ${rounds} rounds`,
);
