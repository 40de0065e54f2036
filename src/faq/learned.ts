/**
 * The learned half of the policy FAQ: a multinomial logistic regression over sections plus an "out of scope" class,
 * on character n-grams (Chinese 1-3, English char 3-5 and words) and glossary concept ids, and a small logistic
 * gate that decides answer vs decline from both the classifier and BM25. Weights come from scripts/train-faq.ts
 * (src/faq/model.json, regenerated, never hand-edited); this file only featurises and scores.
 */
import { z } from 'zod';
import type { Hit } from './retriever.js';
import { normalize, stem, type ConceptMatcher } from './text.js';
import { EN_STOP } from './lexicon.js';

export const NONE = '__none__';

export const ModelSchema = z.object({
  version: z.literal(1),
  classes: z.array(z.string()).min(2),
  /** feature -> idf */
  idf: z.record(z.string(), z.number()),
  /** feature -> flat [classIndex, weight, classIndex, weight, ...] (pruned) */
  weights: z.record(z.string(), z.array(z.number())),
  bias: z.array(z.number()),
  /** Share of the classifier in the section ranking (the rest is BM25), and for follow-ups with thread context. */
  blend: z.number().min(0).max(1),
  blendFollowUp: z.number().min(0).max(1),
  gate: z.object({ names: z.array(z.string()), weights: z.array(z.number()), bias: z.number(), threshold: z.number() }),
});
export type ModelJson = z.infer<typeof ModelSchema>;

const HAN_RUN = /\p{Script=Han}+/gu;

/** Raw feature counts. Shared by training and serving so the two can never drift. */
export function featurize(text: string, matcher: ConceptMatcher): Map<string, number> {
  const norm = normalize(text);
  const out = new Map<string, number>();
  const add = (f: string) => out.set(f, (out.get(f) ?? 0) + 1);
  for (const id of new Set(matcher.match(norm).ids)) add('c:' + id);
  for (const m of norm.matchAll(HAN_RUN)) {
    const run = m[0];
    for (let n = 1; n <= 3; n++) for (let i = 0; i + n <= run.length; i++) add('h:' + run.slice(i, i + n));
  }
  const rest = norm.replace(HAN_RUN, ' ');
  for (const m of rest.matchAll(/[a-z]+|\d+(?:\.\d+)?/g)) {
    const w = m[0];
    if (/^\d/.test(w)) {
      add('n:' + w);
      continue;
    }
    if (w.length < 2 || EN_STOP.has(w)) continue;
    const s = stem(w);
    add('w:' + s);
    // character grams survive typos (withdrawl, whatsap) that whole words do not
    const padded = `<${w}>`;
    for (let n = 3; n <= 5; n++) for (let i = 0; i + n <= padded.length; i++) add('g:' + padded.slice(i, i + n));
  }
  return out;
}

/** Sublinear tf x idf, L2-normalised; features the model never saw are dropped. */
export function vectorize(raw: Map<string, number>, idf: ReadonlyMap<string, number>): [string, number][] {
  const vec: [string, number][] = [];
  let norm = 0;
  for (const [f, c] of raw) {
    const w = idf.get(f);
    if (w === undefined) continue;
    const v = (1 + Math.log(c)) * w;
    vec.push([f, v]);
    norm += v * v;
  }
  norm = Math.sqrt(norm) || 1;
  for (const e of vec) e[1] /= norm;
  return vec;
}

export function softmax(z: Float64Array): Float64Array {
  let max = -Infinity;
  for (const v of z) max = Math.max(max, v);
  let sum = 0;
  const out = new Float64Array(z.length);
  for (let i = 0; i < z.length; i++) sum += out[i] = Math.exp(z[i]! - max);
  for (let i = 0; i < z.length; i++) out[i]! /= sum;
  return out;
}

export class SectionClassifier {
  readonly classes: string[];
  readonly classIndex: Map<string, number>;
  private readonly idf: Map<string, number>;
  private readonly weights: Map<string, number[]>;
  private readonly bias: number[];

  constructor(readonly model: ModelJson, private readonly matcher: ConceptMatcher) {
    this.classes = model.classes;
    this.classIndex = new Map(model.classes.map((c, i) => [c, i]));
    this.idf = new Map(Object.entries(model.idf));
    this.weights = new Map(Object.entries(model.weights));
    this.bias = model.bias;
  }

  /** Probability of each class (sections and NONE) for a question. */
  probs(question: string): Float64Array {
    const z = Float64Array.from(this.bias);
    for (const [f, v] of vectorize(featurize(question, this.matcher), this.idf)) {
      const w = this.weights.get(f);
      if (!w) continue;
      for (let k = 0; k < w.length; k += 2) z[w[k]!]! += v * w[k + 1]!;
    }
    return softmax(z);
  }

  prob(probs: Float64Array, sectionId: string): number {
    const i = this.classIndex.get(sectionId);
    return i === undefined ? 0 : probs[i]!;
  }
}

export interface Decision {
  /** The section to answer from, or null to decline. */
  sectionId: string | null;
  /** True when the pick is BM25's own top hit (so its comparison logic still applies). */
  isBm25Top: boolean;
  gate: number;
}

const rank = (h: Hit) => h.score * (0.5 + h.coverage);

export const GATE_FEATURES = ['pickProb', 'noneProb', 'bm25Conf', 'bm25Cov', 'bm25LogScore', 'agree', 'probOfBm25Top', 'unknown', 'blend'] as const;

/** Ranks sections by classifier probability blended with relative BM25 score, then asks the gate. */
export function decide(
  hits: Hit[],
  probs: Float64Array,
  clf: SectionClassifier,
  bm25Confidence: (h: Hit) => number,
  opts: { followUp: boolean; blend?: number; gate?: ModelJson['gate'] },
): Decision & { features: number[] } {
  const model = clf.model;
  const w = opts.blend ?? (opts.followUp ? model.blendFollowUp : model.blend);
  const top = hits[0];
  const topRank = top ? rank(top) : 0;
  const scores = new Map<string, number>();
  for (const h of hits) scores.set(h.section.id, (1 - w) * (topRank > 0 ? rank(h) / topRank : 0) + w * clf.prob(probs, h.section.id));
  // the classifier may know a section that BM25 did not rank at all (colloquial wording, typos)
  const noneIdx = clf.classIndex.get(NONE);
  for (let i = 0; i < clf.classes.length; i++) {
    if (i === noneIdx || scores.has(clf.classes[i]!)) continue;
    if (probs[i]! > 0.05) scores.set(clf.classes[i]!, w * probs[i]!);
  }
  let pick: string | null = null;
  let best = -Infinity;
  for (const [id, s] of scores) if (s > best) [pick, best] = [id, s];
  const pickProb = pick ? clf.prob(probs, pick) : 0;
  const features = [
    pickProb,
    noneIdx === undefined ? 0 : probs[noneIdx]!,
    top ? bm25Confidence(top) : 0,
    top ? top.coverage : 0,
    top ? Math.log1p(top.score) : 0,
    top && pick === top.section.id ? 1 : 0,
    top ? clf.prob(probs, top.section.id) : 0,
    top ? Math.min(top.unknown, 10) / 10 : 1,
    pick ? best : 0,
  ];
  const g = opts.gate ?? model.gate;
  let z = g.bias;
  for (let i = 0; i < features.length; i++) z += g.weights[i]! * features[i]!;
  const gate = 1 / (1 + Math.exp(-z));
  const answer = pick !== null && gate >= g.threshold;
  return { sectionId: answer ? pick : null, isBm25Top: !!top && pick === top.section.id, gate, features };
}
