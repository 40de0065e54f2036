import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { denseWeights, fnv, hashString, predict, type ClassifierInput } from './classifier.js';
import type { RawFinding } from './types.js';

/**
 * The arbiter: a small learned model that reads each rule finding at or above the warn band in its context (its rule,
 * category and score, the words and character n-grams of its own clause and of a window around it, the words either
 * side of it, the detector's notes on the draft) and gives p(the finding is a real leak). A finding it scores below
 * its cut-off is lowered below the warn band, so the verdict falls to the classifier (and the LLM band). Rule fixes by
 * wording did not carry over to new writers (sessions 29-30); this learns the contexts of false findings from every
 * writer at once ("my WeChat is only for family", a waybill number read as a phone, a warning to the buyer).
 * Weights come from scripts/train-arbiter.ts; never edit arbiter.json by hand.
 */

export const ARBITER_BITS = 16;
const MASK = (1 << ARBITER_BITS) - 1;
// How far a finding's clause and window reach (characters either side): bounded, so the cost per finding is fixed.
const CLAUSE_REACH = 120;
const WINDOW_REACH = 60;
const CLAUSE_BREAK = /[.!?。！？\n;；]/u;

/** Start of the clause holding `at`: after the last clause break within reach. */
function clauseStart(text: string, at: number): number {
  const lo = Math.max(0, at - CLAUSE_REACH);
  for (let i = at - 1; i >= lo; i--) if (CLAUSE_BREAK.test(text[i]!)) return i + 1;
  return lo;
}

function clauseEnd(text: string, at: number): number {
  const hi = Math.min(text.length, at + CLAUSE_REACH);
  for (let i = at; i < hi; i++) if (CLAUSE_BREAK.test(text[i]!)) return i;
  return hi;
}

/** Folded for features: NFKC, lower case, digits as 0 (numbers generalise by shape), runs of spaces as one. */
const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[0-9]/g, '0').replace(/\s+/g, ' ');
const wordsOf = (s: string) => s.split(/[^\p{L}\p{N}@]+/u).filter(Boolean);
const band = (score: number) => (score >= 0.8 ? 'h' : score >= 0.6 ? 'm' : 'l');

/** What the arbiter reads of the draft besides the finding: the detector's notes and the other findings. */
export interface ArbiterDraft {
  text: string;
  ctx: ClassifierInput;
  findings: RawFinding[];
  warn: number;
}

/** Feature indices (with repeats) of one finding in its draft. */
export function findingFeatures(d: ArbiterDraft, f: RawFinding): number[] {
  const out: number[] = [];
  const tok = (s: string, seed: number) => out.push(hashString(s, seed) & MASK);
  const strong = d.findings.filter((g) => g.score >= d.warn);
  for (const t of [`R:${f.rule}`, `C:${f.category}`, `B:${band(f.score)}`, `RB:${f.rule}:${band(f.score)}`, `K:${Math.min(strong.length, 3)}`]) tok(t, 17);
  for (const g of strong) if (g !== f) tok(`O:${g.category}`, 17);
  const ctx = d.ctx;
  if (ctx.declines) tok('D:decline', 17);
  if (ctx.labelledNumbers > 0) tok('D:labelled', 17);
  if (ctx.orderTalk) tok('D:order', 17);
  if (ctx.appFeatures) tok('D:feature', 17);
  if (ctx.sentHere) tok('D:send-here', 17);
  const a = clauseStart(d.text, f.start);
  const b = clauseEnd(d.text, f.end);
  // The finding itself is one mark: its clause is read around it, so a number's label counts and its digits do not.
  const clause = fold(d.text.slice(a, f.start)) + ' § ' + fold(d.text.slice(f.end, b));
  charGrams(clause, out);
  for (const w of wordsOf(clause)) tok(w, 101);
  const left = wordsOf(fold(d.text.slice(Math.max(0, f.start - WINDOW_REACH), f.start)));
  const right = wordsOf(fold(d.text.slice(f.end, Math.min(d.text.length, f.end + WINDOW_REACH))));
  left.slice(-3).forEach((w, i, all) => tok(`${all.length - i}<${w}`, 103));
  right.slice(0, 3).forEach((w, i) => tok(`>${i + 1}${w}`, 103));
  for (const w of [...left, ...right]) tok(w, 107);
  for (const w of wordsOf(fold(d.text.slice(f.start, f.end)))) tok(/\d/.test(w) ? `shape:${w.length}` : w, 109);
  return out;
}

/** Character 2- to 4-grams of a folded clause. */
function charGrams(s: string, out: number[]): void {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    let h = 2166136261;
    for (let k = 0; k < 4 && i + k < n; k++) {
      h = fnv(h, s.charCodeAt(i + k));
      if (k >= 1) out.push((Math.imul(h, k + 1) >>> 0) & MASK);
    }
  }
}

const modelSchema = z.object({
  version: z.literal(1),
  bits: z.literal(ARBITER_BITS),
  trainedOn: z.string(),
  seed: z.number(),
  /** Below this p(real leak) a finding is lowered; picked on out-of-fold scores (scripts/train-arbiter.ts). */
  lowerBelow: z.number().min(0).max(1),
  bias: z.number(),
  weights: z.record(z.string(), z.number()),
});

export interface ArbiterModel {
  weights: Float32Array;
  bias: number;
  lowerBelow: number;
}

export function loadArbiter(path: string): ArbiterModel | null {
  if (!existsSync(path)) return null;
  const parsed = modelSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  return { weights: denseWeights(parsed.weights, ARBITER_BITS), bias: parsed.bias, lowerBelow: parsed.lowerBelow };
}

/** p(real leak) from a finding's features, read as the classifier reads a draft's (classifier.ts predict). */
export function arbiterProbability(weights: ArrayLike<number>, bias: number, feats: number[]): number {
  return predict({ weights, bias }, feats);
}

export interface Arbitration {
  findings: RawFinding[];
  /** One line per finding the arbiter looked at, for the explain trace. */
  notes: string[];
}

/**
 * Findings at or above the warn band, each scored in context; those below the model's cut-off are lowered to
 * `loweredScore` (rules/detection/checker.yaml arbiter). Weaker findings pass through untouched.
 */
export function arbitrate(model: ArbiterModel, d: ArbiterDraft, loweredScore: number): Arbitration {
  const notes: string[] = [];
  const findings = d.findings.map((f) => {
    if (f.score < d.warn) return f;
    const p = arbiterProbability(model.weights, model.bias, findingFeatures(d, f));
    if (p >= model.lowerBelow) {
      notes.push(`arbiter kept ${f.rule} at ${f.score.toFixed(2)} (p(real)=${p.toFixed(3)})`);
      return f;
    }
    const score = Math.min(f.score, loweredScore);
    notes.push(`arbiter lowered ${f.rule} from ${f.score.toFixed(2)} to ${score.toFixed(2)} (by ${(f.score - score).toFixed(2)}; p(real)=${p.toFixed(3)} < ${model.lowerBelow})`);
    return { ...f, score };
  });
  return { findings, notes };
}
