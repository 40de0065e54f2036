/**
 * Draft checker speed, LLM off: drafts/s and p50/p99 latency for 200-char, 500-char, 1 KB and 10 KB drafts,
 * against a baseline of libphonenumber-js findPhoneNumbersInText + an email regex over the same drafts,
 * plus 100 KB adversarial drafts, each against its first tenth (per-KB ratio: linear stays near 1).
 *   npm run bench:check
 */
import { findPhoneNumbersInText } from 'libphonenumber-js';
import { createDraftChecker } from '../src/checker/index.js';
import { makeDrafts } from './check-drafts.js';

const checker = createDraftChecker({ llm: null });
const EMAIL = /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/gi;

// Haili is a long-running server: the rate that counts is the one after V8 has compiled the checker (its large
// functions take a second or more of background compiler time on this machine). Warm-up: at least two passes over the
// drafts and 1 CPU-second; 20 drafts (the former warm-up) mostly timed the compiler.
function warm(fn: (d: string) => void, drafts: string[]) {
  const c0 = process.cpuUsage();
  const spent = () => { const c = process.cpuUsage(c0); return (c.user + c.system) / 1e6; };
  for (let pass = 0; pass < 2 || spent() < 1; pass++) for (const d of drafts) fn(d);
}

function time(fn: (d: string) => void, drafts: string[], minMs = 1500) {
  warm(fn, drafts);
  const lat: number[] = [];
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let n = 0;
  while (performance.now() - t0 < minMs || n < drafts.length) {
    const d = drafts[n % drafts.length]!;
    const a = performance.now();
    fn(d);
    lat.push(performance.now() - a);
    n++;
  }
  const total = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  lat.sort((x, y) => x - y);
  return {
    perSec: (n / total) * 1000,
    // Drafts per second of CPU time: on a shared machine wall-clock rates mostly measure the neighbours.
    perCpuSec: n / ((cpu.user + cpu.system) / 1e6),
    p50: lat[Math.floor(lat.length * 0.5)]!,
    p99: lat[Math.floor(lat.length * 0.99)]!,
  };
}

const baseline = (d: string) => {
  findPhoneNumbersInText(d, 'CN');
  d.match(EMAIL);
};
const ours = (d: string) => {
  checker.checkLocal(d);
};

console.log(`load average ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')} on ${(await import('node:os')).cpus().length} cores`);
console.log('size     checker/s  per CPU-s   p50 ms   p99 ms | baseline/s  per CPU-s   p50 ms   p99 ms | checker/baseline (CPU)');
for (const [label, size] of [['200 B', 200], ['500 B', 500], ['1 KB', 1024], ['10 KB', 10240]] as const) {
  const drafts = makeDrafts(size, size > 5000 ? 50 : 400);
  const a = time(ours, drafts);
  const b = time(baseline, drafts);
  const f = (x: number, w: number, d = 0) => x.toFixed(d).padStart(w);
  console.log(
    `${label.padEnd(8)} ${f(a.perSec, 9)} ${f(a.perCpuSec, 10)} ${f(a.p50, 8, 3)} ${f(a.p99, 8, 3)} | ${f(b.perSec, 10)} ${f(b.perCpuSec, 10)} ${f(b.p50, 8, 3)} ${f(b.p99, 8, 3)} | ${(a.perCpuSec / b.perCpuSec).toFixed(2)}x`,
  );
}

const adversarial = [
  '1-2 3.4 '.repeat(12_800),
  '8'.repeat(102_400),
  '+8 6 '.repeat(20_480),
  'a@'.repeat(51_200),
  'wh at s app 1 '.repeat(7_300),
  '一二三四五六七八九零 '.repeat(9_300),
  '«'.repeat(102_400), // opening marks that never close (quoted zones)
  '> Buyer: "my WhatsApp is x" '.repeat(3_600),
  '绿色app 加我 '.repeat(12_800), // channel lexicon entries with context everywhere
  'you wrote: '.repeat(9_300),
  // numbers read aloud in other languages (rules/spelled-numbers.yaml): hundreds waiting for their tens, "+" words
  'ciento treinta y seis '.repeat(4_700),
  'сто двадцать плюс восемь '.repeat(4_100),
  'وخمسة ، '.repeat(12_800),
];
// Linear time: each adversarial draft is timed whole (about 100 KB) and as its first tenth; the per-KB cost of the
// whole against the tenth's is the ratio that would grow with the square of the length. Best of five runs each, so
// a neighbour's burst does not read as a quadratic pass.
function bestMs(text: string) {
  let best = Infinity;
  let verdict = '';
  for (let run = 0; run < 5; run++) {
    const t0 = performance.now();
    // The checker remembers its last few texts (a chat message is weighed, then checked): a leading newline per run
    // makes each run a new text with the same work.
    verdict = checker.checkLocal('\n'.repeat(run + 1) + text).verdict;
    best = Math.min(best, performance.now() - t0);
  }
  return { ms: best, verdict };
}
let worstRatio = 0;
for (const text of adversarial) {
  const tenth = text.slice(0, Math.floor(text.length / 10));
  const small = bestMs(tenth);
  const whole = bestMs(text);
  const ratio = (whole.ms / text.length) / (small.ms / tenth.length);
  worstRatio = Math.max(worstRatio, ratio);
  console.log(
    `adversarial ${(text.length / 1024).toFixed(0)} KB ${JSON.stringify(text.slice(0, 12))}...: ${whole.ms.toFixed(1)} ms (first tenth ${small.ms.toFixed(1)} ms; per-KB ${ratio.toFixed(2)}x the tenth's), verdict ${whole.verdict}`,
  );
}
console.log(`worst per-KB ratio of a 100 KB draft to its first tenth: ${worstRatio.toFixed(2)}x (linear is about 1; quadratic would be about 10)`);
