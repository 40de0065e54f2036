/**
 * Leave-one-round-out for the arbiter: for each round k, the arbiter is trained without every set of round k (its
 * cut-off picked on the other rounds' folds only) and round k's drafts and chat draft rows are scored by the full
 * local checker (rules, arbiter, classifier; LLM off), beside the checker without the arbiter.
 *   npx tsx scripts/loro-arbiter.ts [round-23,round-24,...]
 * The classifier is the shipped one: it learnt from rounds 20..24 (corpus/drafts/stranger-sets.yaml), so rounds 23
 * and 24 are in its sample either way; the arbiter's gain is measured out of its own sample on every round.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDraftChecker, type DraftChecker } from '../src/checker/index.js';
import { arbiterProbability, loadArbiter } from '../src/checker/arbiter.js';
import { ARBITER_SETS, buildArbiter, draftOf, labelledDrafts, type LabelledDraft } from './train-arbiter.js';
import { REPO_ROOT, readJsonl, strangerSets } from './stranger-sets.js';

const rounds = (process.argv[2] ?? 'round-23,round-24,round-25,round-26,round-28,round-29,round-30').split(',');
const sets = strangerSets(ARBITER_SETS);
const drafts = labelledDrafts(sets);
const dir = mkdtempSync(join(tmpdir(), 'loro-arbiter-'));
const before = createDraftChecker({ llm: null, arbiterPath: join(dir, 'none.json') });

interface Score { f1: number; p: number; r: number; fpr: number }
function score(checker: DraftChecker, rows: Array<{ text: string; leak: boolean }>): Score {
  return tally(rows.map((row) => ({ leak: row.leak, flagged: checker.checkLocal(row.text).leak })));
}
function tally(rows: Array<{ leak: boolean; flagged: boolean }>): Score {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const { leak, flagged } of rows) {
    if (leak) flagged ? tp++ : fn++;
    else flagged ? fp++ : tn++;
  }
  const p = tp / (tp + fp);
  const r = tp / (tp + fn);
  return { f1: (200 * p * r) / (p + r), p: 100 * p, r: 100 * r, fpr: (100 * fp) / (fp + tn) };
}

const fmt = (s: Score) => [s.f1, s.p, s.r, s.fpr].map((x) => x.toFixed(1).padStart(5)).join(' ');
/**
 * The round as a new writer met the rules: the findings of the rules of the commit that added its sets
 * (corpus/drafts/first-sight). A draft is flagged when a finding stays at or above warn (rules only: the classifier
 * of that time is not rerun, so these figures are the rules' share of the verdict).
 */
function firstSightScores(round: string, arbiterPath: string): [Score, Score] {
  const model = loadArbiter(arbiterPath)!;
  const seen = drafts.filter((d: LabelledDraft) => d.view === 'first' && d.set.startsWith(`corpus/${round}/`));
  const keeps = (d: LabelledDraft) => d.feats.some((f) => arbiterProbability(model.weights, model.bias, f) >= model.lowerBelow);
  return [tally(seen.map((d) => ({ leak: d.leak, flagged: d.feats.length > 0 }))), tally(seen.map((d) => ({ leak: d.leak, flagged: keeps(d) })))];
}

const rowsBefore: Score[] = [];
const rowsAfter: Score[] = [];
const firstBefore: Score[] = [];
const firstAfter: Score[] = [];
console.log('full checker, current rules (fitted to rounds up to 29 by wording; round 30 not yet)');
console.log('round      n   | before F1     P     R   FPR | after  F1     P     R   FPR');
for (const round of rounds) {
  const path = join(dir, `${round}.json`);
  writeFileSync(path, buildArbiter([round], drafts, (s) => console.error(`${round}: ${s}`)));
  const rows = sets.filter((s) => s.startsWith(`corpus/${round}/`)).flatMap((s) => readJsonl(join(REPO_ROOT, s)).flatMap((r) => draftOf(r) ?? []));
  const b = score(before, rows);
  const a = score(createDraftChecker({ llm: null, arbiterPath: path }), rows);
  rowsBefore.push(b);
  rowsAfter.push(a);
  console.log(`${round.padEnd(9)} ${String(rows.length).padStart(4)} | ${fmt(b)} | ${fmt(a)}`);
  const [fb, fa] = firstSightScores(round, path);
  firstBefore.push(fb);
  firstAfter.push(fa);
}
const mean = (xs: Score[]): Score => {
  const m = (k: keyof Score) => xs.reduce((s, x) => s + x[k], 0) / xs.length;
  return { f1: m('f1'), p: m('p'), r: m('r'), fpr: m('fpr') };
};
console.log(`${'mean'.padEnd(9)}      | ${fmt(mean(rowsBefore))} | ${fmt(mean(rowsAfter))}`);
console.log('\nrules of first sight (rules only, no classifier), same arbiters');
rounds.forEach((round, i) => console.log(`${round.padEnd(9)}      | ${fmt(firstBefore[i]!)} | ${fmt(firstAfter[i]!)}`));
console.log(`${'mean'.padEnd(9)}      | ${fmt(mean(firstBefore))} | ${fmt(mean(firstAfter))}`);
