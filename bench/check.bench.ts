/**
 * Draft checker speed, LLM off: drafts/s and p50/p99 latency for 200-char, 500-char, 1 KB and 10 KB drafts,
 * against a baseline of libphonenumber-js findPhoneNumbersInText + an email regex over the same drafts,
 * plus one 100 KB adversarial draft of digits and separators (must stay linear).
 *   npm run bench:check
 */
import { findPhoneNumbersInText } from 'libphonenumber-js';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });
const EMAIL = /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/gi;

const SENTENCES = [
  'Thank you for your inquiry about our LED strip lights. ',
  'The price is USD 2.35 per meter for 1000-4999 meters, MOQ 500 meters. ',
  'Lead time is 15 days after deposit, shipping by sea to Hamburg takes 30 days. ',
  'Model HL-5050-60 is waterproof IP65 and comes with a 2 year warranty. ',
  '您好，感谢询价，我们的交期大约15天，可以通过信用保障下单。 ',
  'Please add my WhatsApp +86 186 1234 5678 for more photos. ',
  'Your order 2213456789012 has shipped, tracking number 1Z999AA10123456784. ',
  'We can send samples, the sample fee is refundable after the bulk order. ',
  '加我微信 lily_2023 详聊。 ',
  'Best regards, Lily Chen, Sales Manager. ',
];

function makeDrafts(size: number, count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let s = '';
    let k = i;
    while (s.length < size) s += SENTENCES[k++ % SENTENCES.length];
    out.push(s.slice(0, size));
  }
  return out;
}

function time(fn: (d: string) => void, drafts: string[], minMs = 1500) {
  for (const d of drafts.slice(0, 20)) fn(d); // warm-up
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
];
for (const text of adversarial) {
  const t0 = performance.now();
  const r = checker.checkLocal(text);
  const ms = performance.now() - t0;
  console.log(`adversarial ${(text.length / 1024).toFixed(0)} KB ${JSON.stringify(text.slice(0, 12))}...: ${ms.toFixed(1)} ms, verdict ${r.verdict}`);
}
