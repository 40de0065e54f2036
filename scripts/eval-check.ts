/**
 * Precision, recall, F1 and false-positive rate of the local checker (rules + classifier, LLM off) on the
 * held-out split, overall, by language, by category, and disguised vs plain.
 *   npm run eval:check            (held-out)
 *   npm run eval:check -- --split train --errors
 *   npm run eval:check -- --split blind-a     (a helper's blind set; seen and tuned on since its first score)
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadModel, predictDraft } from '../src/checker/classifier.js';
import { createDetector } from '../src/checker/detect.js';
import { DEFAULT_RULES_DIR, createDraftChecker } from '../src/checker/index.js';
import { loadRules } from '../src/checker/rules.js';

interface Row { id: string; text: string; label: 'leak' | 'ok'; category?: string; lang: string; disguised: boolean; hard?: boolean }
const args = process.argv.slice(2);
const split = args.includes('--split') ? args[args.indexOf('--split') + 1]! : 'heldout';
const showErrors = args.includes('--errors');
let rows = readFileSync(fileURLToPath(new URL(`../corpus/drafts/${split}.jsonl`, import.meta.url)), 'utf8')
  .split('\n').filter(Boolean).map((l) => JSON.parse(l) as Row);
// --model <path> and --fold k/n: score a cross-validation model on the blind-a drafts it left out.
const modelArg = args.includes('--model') ? args[args.indexOf('--model') + 1]! : undefined;
const foldArg = args.includes('--fold') ? /^(\d+)\/(\d+)$/.exec(args[args.indexOf('--fold') + 1]!) : null;
if (foldArg) rows.splice(0, rows.length, ...rows.filter((_, i) => i % Number(foldArg[2]) === Number(foldArg[1])));
const checker = createDraftChecker({ llm: null, ...(modelArg ? { modelPath: modelArg } : {}) });

interface Tally { tp: number; fp: number; fn: number; tn: number }
const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0, tn: 0 });
const groups = new Map<string, Tally>();
const bump = (key: string, row: Row, predicted: boolean) => {
  const t = groups.get(key) ?? tally();
  if (row.label === 'leak') predicted ? t.tp++ : t.fn++;
  else predicted ? t.fp++ : t.tn++;
  groups.set(key, t);
};
const errors: string[] = [];
// Ablation: each stage on its own (rules at the warn band; classifier at its shipped threshold).
const rules = loadRules(DEFAULT_RULES_DIR);
const detector = createDetector(rules);
const model = loadModel(modelArg ?? fileURLToPath(new URL('../src/checker/model.json', import.meta.url)))!;
const ablation = { rules: tally(), classifier: tally() };
const count = (t: Tally, row: Row, predicted: boolean) => {
  if (row.label === 'leak') predicted ? t.tp++ : t.fn++;
  else predicted ? t.fp++ : t.tn++;
};
const stages = new Map<string, number>();
for (const row of rows) {
  const r = checker.checkLocal(row.text);
  const predicted = r.leak;
  const { classifierCtx: ctx, findings } = detector.detect(row.text);
  count(ablation.rules, row, findings.some((f) => f.score >= rules.thresholds.warn));
  count(ablation.classifier, row, predictDraft(model, ctx, findings) >= model.threshold);
  bump('all', row, predicted);
  bump(`lang:${row.lang}`, row, predicted);
  if (row.hard !== undefined) bump(row.hard ? 'hard' : 'not-hard', row, predicted);
  if (row.hard) bump(`hard:lang:${row.lang}`, row, predicted);
  if (row.label === 'leak') {
    bump(`category:${row.category ?? '?'}`, row, predicted);
    bump(row.disguised ? 'leaks:disguised' : 'leaks:plain', row, predicted);
    if (predicted) stages.set(r.stage, (stages.get(r.stage) ?? 0) + 1);
  }
  if (predicted !== (row.label === 'leak')) errors.push(`${row.label === 'leak' ? 'MISSED' : 'FALSE ALARM'} ${row.id} [${r.verdict}/${r.stage}] ${JSON.stringify(row.text)}${r.findings.length ? ' <- ' + r.findings.map((f) => f.rule).join(',') : ''}`);
}

const pct = (x: number) => (Number.isFinite(x) ? (x * 100).toFixed(1).padStart(6) : '     -');
console.log(`split: ${split} (${rows.length} drafts), LLM off\n`);
console.log('group                     n   precision  recall      F1     FPR');
for (const [key, t] of [...groups.entries()].sort((a, b) => (a[0] === 'all' ? -1 : b[0] === 'all' ? 1 : a[0].localeCompare(b[0])))) {
  const n = t.tp + t.fp + t.fn + t.tn;
  const p = t.tp / (t.tp + t.fp);
  const rc = t.tp / (t.tp + t.fn);
  const f1 = (2 * t.tp) / (2 * t.tp + t.fp + t.fn);
  const fpr = t.fp / (t.fp + t.tn);
  console.log(`${key.padEnd(22)} ${String(n).padStart(4)}   ${pct(p)}   ${pct(rc)}  ${pct(f1)}  ${pct(fpr)}`);
}
for (const [name, t] of Object.entries(ablation)) {
  const n = t.tp + t.fp + t.fn + t.tn;
  console.log(`${('only ' + name).padEnd(22)} ${String(n).padStart(4)}   ${pct(t.tp / (t.tp + t.fp))}   ${pct(t.tp / (t.tp + t.fn))}  ${pct((2 * t.tp) / (2 * t.tp + t.fp + t.fn))}  ${pct(t.fp / (t.fp + t.tn))}`);
}
const d = groups.get('leaks:disguised');
const pl = groups.get('leaks:plain');
if (d && pl) {
  const gap = (pl.tp / (pl.tp + pl.fn) - d.tp / (d.tp + d.fn)) * 100;
  console.log(`\nrecall gap plain - disguised: ${gap.toFixed(1)} points`);
}
console.log(`leaks caught by stage: ${[...stages.entries()].map(([k, v]) => `${k} ${v}`).join(', ')}`);
console.log(`errors: ${errors.length}`);
if (showErrors) for (const e of errors) console.log('  ' + e);
