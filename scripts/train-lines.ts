/**
 * Builds the FAQ's line memory (src/faq/line-memory.json) from seen question sets that name their evidence lines.
 * Deterministic: questions in file order, each evidence line mapped to the passage holding it; no randomness.
 *   npx tsx scripts/train-lines.ts                       # every seen evidence set, writes src/faq/line-memory.json
 *   npx tsx scripts/train-lines.ts --sets blind-a --out /tmp/mem.json   # a split, to score a set it has not seen
 * Unanswerable questions join with no lines (their neighbours learn that the briefing does not say).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKnowledge } from '../src/faq/knowledge.js';
import { foldLine, loadPassages, type Passage } from '../src/faq/passages.js';
import { passageKey, type LineMemoryJson } from '../src/faq/line-memory.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// seen sets that carry evidence; blind-b and blind-g joined after their first-sight scores were recorded
// (docs/evaluation.md; blind-g first sight on the landed main: every fact 78.3%, unanswerable declined 66.7%).
// A figure for a set the memory holds is honest only with a memory built without it:
//   npx tsx scripts/train-lines.ts --sets blind-a,blind-b --out /tmp/mem-without-g.json
//   npx tsx scripts/eval-blind.ts questions corpus/blind-g/questions.jsonl --line-memory /tmp/mem-without-g.json
const SETS: Record<string, string> = {
  'blind-a': 'corpus/questions/blind-a.jsonl',
  'blind-b': 'corpus/blind-b/questions.jsonl',
  'blind-g': 'corpus/blind-g/questions.jsonl',
};

// a set's evidence names several lines one per line (blind-a, blind-b) or joined by " || " (blind-g)
const EVIDENCE_LINES = /\n| \|\| /;

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const sets = (opt('--sets') ?? Object.keys(SETS).join(',')).split(',');
const out = opt('--out') ?? join(root, 'src', 'faq', 'line-memory.json');

const { sections } = loadKnowledge(join(root, 'rules'));
const passages = loadPassages(join(root, 'rules'), new Set(sections.map((s) => s.id)));
const folded = passages.map((p) => ({ p, f: foldLine(p.zh).replace(/\t/g, '') }));

/** The passage that is the evidence line, or else the one holding it, or the one it holds (shortest difference). */
function passageFor(line: string): Passage | null {
  const f = foldLine(line).replace(/\t/g, '');
  if (f.length < 2) return null;
  const exact = folded.find((x) => x.f === f);
  if (exact) return exact.p;
  let best: { p: Passage; d: number } | null = null;
  for (const x of folded) {
    if (x.f.length < 2) continue;
    if (x.f.includes(f) || (f.includes(x.f) && x.f.length >= 6)) {
      const d = Math.abs(x.f.length - f.length);
      if (!best || d < best.d) best = { p: x.p, d };
    }
  }
  return best?.p ?? null;
}

const memory: LineMemoryJson = { version: 1, sets, questions: [] };
let unmapped = 0;
for (const set of sets) {
  const file = SETS[set];
  if (!file) throw new Error(`unknown set ${set}`);
  for (const l of readFileSync(join(root, file), 'utf8').split('\n')) {
    if (!l.trim()) continue;
    const r = JSON.parse(l) as { q: string; answerable: boolean; evidence?: string | null };
    const keys: string[] = [];
    if (r.answerable) {
      for (const line of (r.evidence ?? '').split(EVIDENCE_LINES)) {
        const p = passageFor(line);
        if (p && !keys.includes(passageKey(p))) keys.push(passageKey(p));
      }
      // an answerable question whose evidence maps to no line teaches nothing
      if (!keys.length) {
        unmapped++;
        continue;
      }
    }
    memory.questions.push({ q: r.q, lines: keys });
  }
}
writeFileSync(out, JSON.stringify(memory) + '\n');
console.log(`${out}: ${memory.questions.length} questions from ${sets.join(', ')} (${unmapped} answerable without a mapped line)`);
