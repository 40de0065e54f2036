/**
 * Trains the draft classifier (hashed n-gram logistic regression) on corpus/drafts/{train,train-extra,blind-a}.jsonl and
 * the strangers' draft sets of corpus/drafts/stranger-sets.yaml, and writes src/checker/model.json. Deterministic
 * (fixed seed). The held-out split is never read here; the decision threshold is picked from k-fold out-of-fold
 * predictions over all the training drafts (objective in checker.yaml).
 *   npm run train:check
 *   npm run train:check -- --leave-out round-24/drafts-s24 --out FILE   (without that set, for eval-blind.ts --model FILE)
 */
import { writeFileSync } from 'node:fs';
import { trainLogistic } from './adagrad.js';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BITS, featuresFor, uniqueScaled } from '../src/checker/classifier.js';
import { createDetector } from '../src/checker/detect.js';
import { DEFAULT_RULES_DIR } from '../src/checker/index.js';
import { loadRules } from '../src/checker/rules.js';
import { REPO_ROOT, flagValue, leftOut, readJsonl, strangerSets } from './stranger-sets.js';

const SEED = 20220428;
const EPOCHS = 12;
const LR = 0.5;
const L2 = 1e-4;
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

interface Row { id: string; text: string; label: 'leak' | 'ok' }
// The generated training split, hand-written drafts for classes it lacks (on-platform wording, logistics asks,
// vague steering), and blind-a: a helper's blind set, trained on only after its first score was recorded.
// (Since session 25 the strangers' sets below, blind-b, blind-m and blind-q among them, are trained on as well; the
// notes that follow are why they once stayed out, when they were few and the folds did not keep writers apart.)
// Blind round B (corpus/blind-b) stays out: a 2-fold run over it (issue 10, REPORT.md) showed that training on it
// moves the picked threshold down (0.78 -> 0.68) and adds classifier-only false alarms on short greetings in
// heldout and adversarial, which the model trained without it does not raise; its rule-less leaks are caught
// either way. It stays a scored set for the rules.
// Re-checked in session 10 (issue 10), after the rules for drafts-t, scoring with the local checker (rules + classifier):
// - adding blind-m, blind-q and drafts-t: cut-off 0.69 -> 0.81, DEV (drafts-d) aggregate unchanged (F1 92.3, FPR 7.3, no
//   classifier-only false alarm either way); adversarial 99.0 -> 100. No DEV gain, so they stay out.
// - adding blind-b alone: cut-off 0.69 -> 0.75, DEV F1 92.3 -> 92.9 (one more leak, FPR 7.3 unchanged), but drafts-t
//   (strangers' drafts it never saw) F1 100 -> 98.2 with 3 classifier-only false alarms and 2 lost leaks. Still out.
// - adding all four: cut-off 0.86, DEV F1 91.7 (a leak lost).
// Every DEV false alarm left comes from a rule, not from the classifier.
const SOURCES = ['train.jsonl', 'train-extra.jsonl', 'blind-a.jsonl'];
// HAILI_TRAIN_FOLD=k/n leaves out every n-th blind-a draft from offset k, for a cross-validated estimate.
const fold = /^(\d+)\/(\d+)$/.exec(process.env.HAILI_TRAIN_FOLD ?? '');
// Session 25 (issue 10): the strangers' draft sets, each a different writer, listed in corpus/drafts/stranger-sets.yaml.
// Learning from many writers at once is what moved the router on writers it never saw; the same is tried here, and
// measured by leaving each writer out (--leave-out NAME --out FILE, then eval-blind --model FILE on that set).
const args = process.argv.slice(2);
const STRANGER_LIST = 'corpus/drafts/stranger-sets.yaml';
const listed = strangerSets(STRANGER_LIST);
const heldBack = leftOut(args, listed, STRANGER_LIST);
const strangerPaths = listed.filter((p) => !heldBack.has(p));
/** A draft and its label, from a draft row ({"text","label"}) or a chat row that is a draft ({"job":"draft","leak"}). */
function draftRow(r: Record<string, unknown>): Row | null {
  if (r.label === 'leak' || r.label === 'ok') return { id: String(r.id ?? ''), text: String(r.text), label: r.label };
  if (r.job === 'draft' && typeof r.leak === 'boolean') return { id: String(r.id ?? ''), text: String(r.text), label: r.leak ? 'leak' : 'ok' };
  return null;
}
const ownRows: Row[] = SOURCES.flatMap((f) => readJsonl(here(`../corpus/drafts/${f}`)).map((r) => r as unknown as Row)
  .filter((_, i) => !(fold && f === 'blind-a.jsonl' && i % Number(fold[2]) === Number(fold[1]))));
const strangerSetRows = strangerPaths.map((p) => readJsonl(join(REPO_ROOT, p)).flatMap((r) => draftRow(r) ?? []));
const rows: Row[] = [...ownRows, ...strangerSetRows.flat()];
/** Each stranger row's set, by its place in the list (after ownRows in `rows`). */
const strangerSetOf = strangerSetRows.flatMap((set, setIndex) => set.map(() => setIndex));
const rules = loadRules(DEFAULT_RULES_DIR);
const detector = createDetector(rules);

const examples = rows.map((r) => {
  const detection = detector.detect(r.text);
  const { classifierCtx: ctx, findings } = detection;
  const ruleMax = findings.reduce((m, f) => Math.max(m, f.score), 0);
  // A greeting, sign-off or signature alone is never put to the classifier at inference (src/checker/index.ts); such a
  // draft has no finding (detect.ts), so no rule blocks it either.
  return { ...uniqueScaled(featuresFor(ctx, findings)), y: r.label === 'leak' ? 1 : 0, ruleMax, asked: !detection.courtesyOnly };
});

const train = (data: typeof examples) => trainLogistic(data, { bits: BITS, seed: SEED, epochs: EPOCHS, lr: LR, l2: L2 });

function prob(m: { w: Float32Array; b: number }, ex: (typeof examples)[number]): number {
  let z = 0;
  for (const f of ex.idx) z += m.w[f]!;
  return 1 / (1 + Math.exp(-(m.b + z * ex.scale)));
}

// The cut-off comes from out-of-fold predictions over all the training drafts: each draft is scored by a model
// trained on the other folds (seeded, so the split and the weights are the same on every run). The objective is
// data (rules/detection/checker.yaml, classifierCut): the lowest cut-off, in 0.01 steps, at which the classifier
// warning alone (no rule at warn or above) flags at most maxFalsePositiveRate of the legitimate drafts. Every draft
// votes, so a few added drafts move it by a step or two, where the old best-F1 pick on a 15% slice jumped.
const { warn } = rules.thresholds;
const { folds, maxFalsePositiveRate } = rules.classifierCut;
// A draft's fold comes from a hash of its text (seeded), not from its position: adding or removing drafts leaves
// every other draft in the fold it was in, so the out-of-fold scores of the rest barely move.
// A stranger's drafts share one fold (their set's place in the list), so each is scored by a model that never saw
// its writer: the cut-off is then picked for writers the classifier has not met, as at inference.
const foldOf = rows.map((row, i) => {
  if (i >= ownRows.length) return strangerSetOf[i - ownRows.length]! % folds;
  let h = SEED >>> 0;
  for (let i = 0; i < row.text.length; i++) h = Math.imul(h ^ row.text.charCodeAt(i), 16777619) >>> 0;
  // murmur3's finaliser: FNV's low bits follow the last characters, and templated drafts share their endings.
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return ((h ^ (h >>> 16)) >>> 0) % folds;
});
const oof = new Array<number>(examples.length);
for (let k = 0; k < folds; k++) {
  const m = train(examples.filter((_, i) => foldOf[i] !== k));
  examples.forEach((ex, i) => { if (foldOf[i] === k) oof[i] = prob(m, ex); });
}
const ok = examples.flatMap((ex, i) => (ex.y === 0 ? [i] : []));
const ruleLess = examples.flatMap((ex, i) => (ex.y === 1 && ex.ruleMax < warn ? [i] : []));
// As at inference: the classifier warns alone where no rule warns, on drafts it is asked about at all.
const alone = (i: number, thr: number) => examples[i]!.asked && examples[i]!.ruleMax < warn && oof[i]! >= thr;
let threshold = 0.99;
for (let c = 1; c <= 99; c++) {
  const thr = c / 100;
  if (ok.filter((i) => alone(i, thr)).length <= maxFalsePositiveRate * ok.length) { threshold = thr; break; }
}
const fp = ok.filter((i) => alone(i, threshold)).length;
const caught = ruleLess.filter((i) => alone(i, threshold)).length;
console.log(`${folds}-fold out-of-fold: threshold ${threshold} (target FPR <= ${maxFalsePositiveRate}); classifier-alone false alarms ${fp}/${ok.length} legitimate drafts, rule-less leaks caught ${caught}/${ruleLess.length}`);
// HAILI_CUT_TABLE=1 prints false alarms and rule-less leaks caught at other cut-offs, to judge the target.
if (process.env.HAILI_CUT_TABLE) for (let c = 30; c <= 98; c += 4) console.log(c / 100, ok.filter((i) => alone(i, c / 100)).length, ruleLess.filter((i) => alone(i, c / 100)).length);
const best = { thr: threshold };

const model = train(examples);
const weights: Record<string, number> = {};
for (let i = 0; i < model.w.length; i++) if (Math.abs(model.w[i]!) >= 1e-4) weights[i] = Number(model.w[i]!.toFixed(4));
let correct = 0;
for (const ex of examples) if ((prob(model, ex) >= best.thr ? 1 : 0) === ex.y) correct++;
console.log(`training accuracy (classifier alone) ${(correct / examples.length * 100).toFixed(1)}% on ${examples.length} drafts; ${Object.keys(weights).length} non-zero weights`);
// HAILI_MODEL_OUT lets the reproducibility test write elsewhere and compare with the shipped file.
const out = flagValue(args, '--out') ?? process.env.HAILI_MODEL_OUT ?? here('../src/checker/model.json');
const trainedOn = [...SOURCES.map((f) => `corpus/drafts/${f}`), ...strangerPaths];
writeFileSync(out, JSON.stringify({ version: 1, bits: BITS, trainedOn: trainedOn.join(','), seed: SEED, threshold: best.thr, bias: Number(model.b.toFixed(4)), weights }) + '\n');
console.log(`wrote ${out}`);
