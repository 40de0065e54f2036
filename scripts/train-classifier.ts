/**
 * Trains the draft classifier (hashed n-gram logistic regression) on corpus/drafts/{train,train-extra,blind-a}.jsonl and writes
 * src/checker/model.json. Deterministic (fixed seed). The held-out split is never read here; the decision
 * threshold is picked on a validation slice carved out of the training file.
 *   npm run train:check
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BITS, featuresFor, uniqueScaled } from '../src/checker/classifier.js';
import { createDetector } from '../src/checker/detect.js';
import { DEFAULT_RULES_DIR } from '../src/checker/index.js';
import { loadRules } from '../src/checker/rules.js';

const SEED = 20220428;
const EPOCHS = 12;
const LR = 0.5;
const L2 = 1e-4;
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

interface Row { id: string; text: string; label: 'leak' | 'ok' }
// The generated training split, hand-written drafts for classes it lacks (on-platform wording, logistics asks,
// vague steering), and blind-a: a helper's blind set, trained on only after its first score was recorded.
// Blind round B (corpus/blind-b) stays out: a 2-fold run over it (issue 10, REPORT.md) showed that training on it
// moves the picked threshold down (0.78 -> 0.68) and adds classifier-only false alarms on short greetings in
// heldout and adversarial, which the model trained without it does not raise; its rule-less leaks are caught
// either way. It stays a scored set for the rules.
const SOURCES = ['train.jsonl', 'train-extra.jsonl', 'blind-a.jsonl'];
// HAILI_TRAIN_FOLD=k/n leaves out every n-th blind-a draft from offset k, for a cross-validated estimate.
const fold = /^(\d+)\/(\d+)$/.exec(process.env.HAILI_TRAIN_FOLD ?? '');
const rows = SOURCES.flatMap((f) =>
  readFileSync(here(`../corpus/drafts/${f}`), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Row)
    .filter((_, i) => !(fold && f === 'blind-a.jsonl' && i % Number(fold[2]) === Number(fold[1]))),
);
const rules = loadRules(DEFAULT_RULES_DIR);
const detector = createDetector(rules);

function rand(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const examples = rows.map((r) => {
  const { classifierCtx: ctx, findings } = detector.detect(r.text);
  const ruleMax = findings.reduce((m, f) => Math.max(m, f.score), 0);
  return { ...uniqueScaled(featuresFor(ctx, findings)), y: r.label === 'leak' ? 1 : 0, ruleMax };
});

function train(data: typeof examples): { w: Float32Array; b: number } {
  const w = new Float32Array(1 << BITS);
  let b = 0;
  let gb = 1e-8;
  const g2 = new Float32Array(1 << BITS).fill(1e-8);
  const r = rand(SEED);
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const ex = data[k]!;
      let z = 0;
      for (const f of ex.idx) z += w[f]!;
      z = b + z * ex.scale;
      const p = 1 / (1 + Math.exp(-z));
      const g = p - ex.y;
      gb += g * g;
      b -= (LR * g) / Math.sqrt(gb);
      for (const f of ex.idx) {
        const grad = g * ex.scale + L2 * w[f]!;
        g2[f]! += grad * grad;
        w[f]! -= (LR * grad) / Math.sqrt(g2[f]!);
      }
    }
  }
  return { w, b };
}

function prob(m: { w: Float32Array; b: number }, ex: (typeof examples)[number]): number {
  let z = 0;
  for (const f of ex.idx) z += m.w[f]!;
  return 1 / (1 + Math.exp(-(m.b + z * ex.scale)));
}

// Validation slice (15%) from the training file picks the threshold for the combined rules+classifier verdict.
const r = rand(SEED + 1);
const idx = examples.map((_, i) => ({ i, k: r() })).sort((a, b) => a.k - b.k).map((x) => x.i);
const cut = Math.floor(idx.length * 0.85);
const fit = idx.slice(0, cut).map((i) => examples[i]!);
const val = idx.slice(cut).map((i) => examples[i]!);
const w0 = train(fit);
const { warn } = rules.thresholds;
let best = { thr: 0.5, f1: -1, fpr: 1 };
const ties: number[] = [];
for (let thr = 0.3; thr <= 0.951; thr += 0.05) {
  let tp = 0, fp = 0, fn = 0, neg = 0;
  for (const ex of val) {
    const leak = ex.ruleMax >= warn || prob(w0, ex) >= thr;
    if (ex.y === 1) leak ? tp++ : fn++;
    else { neg++; if (leak) fp++; }
  }
  const f1 = (2 * tp) / (2 * tp + fp + fn || 1);
  const fpr = fp / (neg || 1);
  if (f1 > best.f1 + 1e-9 || (Math.abs(f1 - best.f1) < 1e-9 && fpr < best.fpr - 1e-9)) {
    best = { thr: Number(thr.toFixed(2)), f1, fpr };
    ties.length = 0;
  }
  if (Math.abs(f1 - best.f1) < 1e-9 && Math.abs(fpr - best.fpr) < 1e-9) ties.push(thr);
}
// Equally good thresholds form a range; its middle keeps the widest margin on both sides.
best.thr = Number(((ties[0]! + ties[ties.length - 1]!) / 2).toFixed(2));
console.log(`validation (${val.length} drafts): threshold ${best.thr}, combined F1 ${best.f1.toFixed(3)}, FPR ${(best.fpr * 100).toFixed(1)}%`);

const model = train(examples);
const weights: Record<string, number> = {};
for (let i = 0; i < model.w.length; i++) if (Math.abs(model.w[i]!) >= 1e-4) weights[i] = Number(model.w[i]!.toFixed(4));
let correct = 0;
for (const ex of examples) if ((prob(model, ex) >= best.thr ? 1 : 0) === ex.y) correct++;
console.log(`training accuracy (classifier alone) ${(correct / examples.length * 100).toFixed(1)}% on ${examples.length} drafts; ${Object.keys(weights).length} non-zero weights`);
// HAILI_MODEL_OUT lets the reproducibility test write elsewhere and compare with the shipped file.
const out = process.env.HAILI_MODEL_OUT ?? here('../src/checker/model.json');
writeFileSync(out, JSON.stringify({ version: 1, bits: BITS, trainedOn: SOURCES.map((f) => `corpus/drafts/${f}`).join(','), seed: SEED, threshold: best.thr, bias: Number(model.b.toFixed(4)), weights }) + '\n');
console.log(`wrote ${out}`);
