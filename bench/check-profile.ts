/**
 * A steady loop of local checks over the bench drafts, for a CPU profile of the checker alone:
 *   node --import tsx --cpu-prof --cpu-prof-dir=/tmp/prof bench/check-profile.ts [size=500] [seconds=10]
 */
import { createDraftChecker } from '../src/checker/index.js';
import { makeDrafts } from './check-drafts.js';

const size = Number(process.argv[2] ?? 500);
const seconds = Number(process.argv[3] ?? 10);
const checker = createDraftChecker({ llm: null });
const drafts = makeDrafts(size, 400);
for (let r = 0; r < 3; r++) for (const d of drafts) checker.checkLocal(d);
const c0 = process.cpuUsage();
const t0 = performance.now();
let n = 0;
while (performance.now() - t0 < seconds * 1000) for (const d of drafts) (checker.checkLocal(d), n++);
const c = process.cpuUsage(c0);
console.log(`${n} drafts, ${((c.user + c.system) / n).toFixed(1)} us CPU each`);
