/**
 * Trains the job router (src/routing/model.json): multinomial logistic regression over the features of
 * src/routing/features.ts, by plain SGD with a seeded order, so the same data gives the same bytes.
 *   npm run train:route            (train and write the model)
 *   npm run train:route -- --cv    (5-fold cross-validation by row, printed; the model is not written)
 * Data: drafts from corpus/drafts (job "draft"), questions from corpus/questions (job "question"),
 * listings from corpus/listings (job "listing", fake or not), corpus/routing/*.jsonl (reminder requests,
 * listings, quoted-draft questions; rows carry "job"), and the strangers' sets that
 * corpus/routing/stranger-sets.yaml lists, read where they are.
 *   npm run train:route -- --leave-out chat-s22 --out /tmp/m.json
 *     (trains without the named stranger set and writes the model elsewhere: scripts/eval-route.ts --model scores the
 *     left-out set on it, the way to measure on a writer the router never learnt from)
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDraftChecker } from '../src/checker/index.js';
import { loadRoutingRules } from '../src/routing/cues.js';
import { ROUTE_BITS, routeFeatures } from '../src/routing/features.js';
import { ROUTE_JOBS, scoreJobs, type RouteJob, type RouteModel } from '../src/routing/model.js';
import { rng } from '../corpus/drafts/rng.js';
import { REPO_ROOT, flagValue, leftOut, readJsonl, strangerSets } from './stranger-sets.js';

const root = REPO_ROOT;
const args = process.argv.slice(2);
const cv = args.includes('--cv');
/** The strangers' sets the router learns from. */
const STRANGER_LIST = 'corpus/routing/stranger-sets.yaml';

/**
 * A labelled row's text and job, from its shape: a question row has "q", a draft row "label", a listing row "fake"
 * (true or false: either way it is a listing for the listing check), a routing row "job".
 */
function rowExample(r: Record<string, unknown>, source: string): Example | null {
  if (typeof r.q === 'string') return { text: r.q, job: 'question', source };
  if (r.label === 'leak' || r.label === 'ok') return { text: String(r.text), job: 'draft', source };
  if (typeof r.fake === 'boolean') return { text: String(r.text), job: 'listing', source };
  // a question quoting a draft is a question: the router sends it to the FAQ, which checks the quote as well
  const job = r.job === 'question_quoting_draft' ? 'question' : r.job;
  // small talk (round 45's chat sets on) never reaches the model: rules/routing smallTalk answers it before the model reads
  // a message, so it is no job the model learns
  if (job === 'smalltalk') return null;
  if (!ROUTE_JOBS.includes(job as RouteJob)) throw new Error(`${source}: unknown job ${String(r.job)}`);
  return { text: String(r.text), job: job as RouteJob, source };
}

interface Example { text: string; job: RouteJob; source: string }

/** The training rows; `leaveOut` holds back stranger sets (their repository paths). */
function loadExamples(leaveOut: ReadonlySet<string> = new Set()): Example[] {
  const out: Example[] = [];
  const list = (dir: string) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.jsonl')).sort();
  for (const f of list('corpus/drafts')) for (const r of readJsonl(join(root, 'corpus/drafts', f))) out.push({ text: String(r.text), job: 'draft', source: f });
  for (const f of list('corpus/questions')) for (const r of readJsonl(join(root, 'corpus/questions', f))) out.push({ text: String(r.q), job: 'question', source: f });
  for (const f of list('corpus/listings')) for (const r of readJsonl(join(root, 'corpus/listings', f))) out.push({ text: String(r.text), job: 'listing', source: f });
  const add = (e: Example | null) => e && out.push(e);
  for (const f of list('corpus/routing')) for (const r of readJsonl(join(root, 'corpus/routing', f))) add(rowExample(r, f));
  for (const path of strangerSets(STRANGER_LIST)) {
    if (leaveOut.has(path)) continue;
    for (const r of readJsonl(join(root, path))) add(rowExample(r, basename(path)));
  }
  return out;
}

const EPOCHS = 14;
const L2 = 1e-5;

function train(data: { feats: number[]; y: number }[], seed: number): RouteModel {
  const K = ROUTE_JOBS.length;
  const weights = new Map<number, number[]>();
  const bias = new Array<number>(K).fill(0);
  const counts = new Array<number>(K).fill(0);
  for (const d of data) counts[d.y]!++;
  // Balanced classes: reminders and listings are fewer than drafts and questions.
  const classWeight = counts.map((c) => (c ? data.length / (K * c) : 0));
  const order = data.map((_, i) => i);
  const g = rng(seed);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    g.shuffle(order);
    const lr = 0.6 / (1 + epoch * 0.5);
    for (const i of order) {
      const { feats, y } = data[i]!;
      const model: RouteModel = { bias, weights };
      const p = scoreJobs(model, feats);
      const scale = feats.length ? 1 / Math.sqrt(feats.length) : 0;
      const cw = classWeight[y]!;
      for (let k = 0; k < K; k++) {
        const grad = ((k === y ? 1 : 0) - p[k]!) * cw;
        bias[k]! += lr * grad * 0.1;
        if (grad === 0) continue;
        for (const f of feats) {
          let w = weights.get(f);
          if (!w) weights.set(f, (w = new Array<number>(K).fill(0)));
          w[k] = w[k]! * (1 - lr * L2) + lr * grad * scale;
        }
      }
    }
  }
  return { bias, weights };
}

/** The model file's exact text for the corpora as they are; the retrain test compares it byte for byte. */
export function buildRouterModel(log: (line: string) => void = () => {}, leaveOut: ReadonlySet<string> = new Set()): string {
  const rules = loadRoutingRules();
  const checker = createDraftChecker({ llm: null });
  const examples = loadExamples(leaveOut);
  const data = examples.map((e) => ({ feats: routeFeatures(rules, e.text, checker.checkLocal(e.text).verdict), y: ROUTE_JOBS.indexOf(e.job) }));
  const byJob = ROUTE_JOBS.map((j) => `${j} ${examples.filter((e) => e.job === j).length}`).join(', ');
  log(`examples: ${examples.length} (${byJob})`);
  const model = train(data, 1);
  const weights: Record<string, number[]> = {};
  for (const [k, w] of [...model.weights].sort((a, b) => a[0] - b[0])) {
    if (w.every((v) => Math.abs(v) < 1e-4)) continue;
    weights[String(k)] = w.map((v) => Math.round(v * 1e4) / 1e4);
  }
  const json = { version: 1, bits: ROUTE_BITS, jobs: [...ROUTE_JOBS], trainedOn: byJob, bias: model.bias.map((v) => Math.round(v * 1e4) / 1e4), weights };
  return JSON.stringify(json) + '\n';
}

function main(): void {
  if (!cv) {
    const leaveOut = leftOut(args, strangerSets(STRANGER_LIST), STRANGER_LIST);
    const out = flagValue(args, '--out') ?? join(root, 'src/routing/model.json');
    if (leaveOut.size && !flagValue(args, '--out')) throw new Error('--leave-out needs --out: the shipped model learns from every set');
    const text = buildRouterModel(console.log, leaveOut);
    writeFileSync(out, text);
    console.log(`wrote ${out} (${Object.keys(JSON.parse(text).weights).length} features)`);
    return;
  }
  const rules = loadRoutingRules();
  const checker = createDraftChecker({ llm: null });
  const data = loadExamples().map((e) => ({ feats: routeFeatures(rules, e.text, checker.checkLocal(e.text).verdict), y: ROUTE_JOBS.indexOf(e.job) }));
  const folds = 5;
  const idx = rng(7).shuffle(data.map((_, i) => i));
  const confusion = ROUTE_JOBS.map(() => new Array<number>(ROUTE_JOBS.length).fill(0));
  for (let f = 0; f < folds; f++) {
    const test = new Set(idx.filter((_, i) => i % folds === f));
    const model = train(data.filter((_, i) => !test.has(i)), 1);
    for (const i of test) {
      const p = scoreJobs(model, data[i]!.feats);
      confusion[data[i]!.y]![p.indexOf(Math.max(...p))]!++;
    }
  }
  console.log(`cross-validated confusion (rows: truth; cols: ${ROUTE_JOBS.join(', ')})`);
  confusion.forEach((row, i) => console.log(`${ROUTE_JOBS[i]!.padEnd(9)} ${row.map((n) => String(n).padStart(6)).join('')}  acc ${((100 * row[i]!) / row.reduce((a, b) => a + b, 0)).toFixed(1)}%`));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
