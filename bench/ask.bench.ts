/**
 * In-process speed of the policy FAQ with the LLM off: answers per second and per-answer latency.
 *   npm run bench:ask            (ROUNDS=30 by default; set BENCH_ROUNDS to change)
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPolicyFaq } from '../src/faq/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const rounds = Number(process.env.BENCH_ROUNDS ?? 30);

const questions: { q: string; prev?: string[] }[] = [];
for (const split of ['train', 'heldout']) {
  for (const line of readFileSync(join(root, 'corpus/questions', `${split}.jsonl`), 'utf8').split('\n')) {
    if (line.trim()) questions.push(JSON.parse(line));
  }
}
// the awkward inputs cost time too
questions.push({ q: '' }, { q: '?!?!' }, { q: '法人提现'.repeat(400) }, { q: '¿Cuánto cuesta retirar dinero?' });

const t0 = performance.now();
const faq = createPolicyFaq();
const startupMs = performance.now() - t0;

for (const { q, prev } of questions) faq.askLocal(q, { previousSectionIds: prev }); // warm-up

const latencies: number[] = [];
const wall0 = performance.now();
for (let r = 0; r < rounds; r++) {
  for (const { q, prev } of questions) {
    const s = performance.now();
    faq.askLocal(q, { previousSectionIds: prev });
    latencies.push(performance.now() - s);
  }
}
const wallMs = performance.now() - wall0;
latencies.sort((a, b) => a - b);
const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!;

console.log(`policy FAQ bench (LLM off): ${latencies.length} answers, ${questions.length} distinct questions x ${rounds} rounds`);
console.log(`startup (load YAML + build index): ${startupMs.toFixed(0)} ms`);
console.log(`throughput: ${((latencies.length / wallMs) * 1000).toFixed(0)} answers/s`);
console.log(`latency p50 ${pct(50).toFixed(3)} ms | p90 ${pct(90).toFixed(3)} ms | p99 ${pct(99).toFixed(3)} ms | max ${latencies[latencies.length - 1]!.toFixed(3)} ms`);
console.log(pct(99) < 20 ? 'p99 under the 20 ms budget' : 'p99 OVER the 20 ms budget');
