import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import type { RawFinding } from './types.js';

/**
 * What the classifier reads: the folded and compact views of the draft (with the buyer's quoted words and numbers
 * labelled as orders or codes blanked out by the detector) and two notes from the rules. A DraftContext is one.
 */
export interface ClassifierInput {
  readonly text: string;
  readonly t: { readonly s: string };
  readonly c: { readonly s: string };
  readonly labelledNumbers: number;
  readonly orderTalk: boolean;
  /** The draft declines or keeps the talk on the platform, in any of the rules' languages ("maaf, tidak bisa"). */
  readonly declines: boolean;
  /** App names the rules read as a product feature ("平板预装了 WhatsApp", "shows WeChat notifications"). */
  readonly appFeatures?: number;
  /** App names the rules read as ruled out by the rep ("I'm not on WhatsApp/WeChat for work", "I can't add you on WeChat"). */
  readonly appRefused?: number;
  /** Offers to send or show something in this chat, read (and blanked) by the detector: "want me to send it here?". */
  readonly sentHere?: number;
}

/**
 * Hashed-feature logistic regression over character n-grams and words of the folded draft, plus the ids of
 * weak rule hits. It settles what the rules leave open ("let's talk where it's easier, you know where").
 * Weights come from scripts/train-classifier.ts; never edit model.json by hand.
 */

export const BITS = 18;
const MASK = (1 << BITS) - 1;
const MAX_CHARS = 4000; // features from the head of very long drafts keep the cost bounded

export function fnv(seed: number, code: number): number {
  return Math.imul(seed ^ code, 16777619) >>> 0;
}

export function hashString(s: string, seed = 2166136261): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = fnv(h, s.charCodeAt(i));
  return h;
}

/** Feature indices (with repeats) for a draft. Digits collapse to '0' so numbers generalise by shape. */
export function featurize(folded: string, compact: string, ruleIds: string[]): number[] {
  const feats: number[] = [];
  visitFeatures(folded, compact, ruleIds, (f) => feats.push(f));
  return feats;
}

/** Calls visit for every feature index (with repeats); no arrays of features are built at inference. */
export function visitFeatures(folded: string, compact: string, ruleIds: string[], visit: (f: number) => void): void {
  const feats = { push: visit };
  const s = folded.length > MAX_CHARS ? folded.slice(0, MAX_CHARS) : folded;
  const codes = new Uint16Array(s.length + 2);
  let nc = 0;
  codes[nc++] = 32;
  let prevSpace = true;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) c = 48;
    const space = c === 32 || c === 10 || c === 9;
    if (space) {
      if (prevSpace) continue;
      c = 32;
    }
    prevSpace = space;
    codes[nc++] = c;
  }
  codes[nc++] = 32;
  for (let i = 0; i < nc; i++) {
    let h = 2166136261;
    for (let n = 0; n < 4 && i + n < nc; n++) {
      h = fnv(h, codes[i + n]!);
      if (n >= 1) feats.push((Math.imul(h, n + 1) >>> 0) & MASK);
    }
  }
  const cs = compact.length > MAX_CHARS ? compact.slice(0, MAX_CHARS) : compact;
  const words = cs.replace(/[0-9]+/g, '0').split(/[^a-z0@*\u3400-\u9fff]+/).filter(Boolean);
  // The bigram hash is hashString(prev + ' ' + w, 977) folded piece by piece (FNV runs left to right), so no
  // string is built per word.
  let prevHash = hashString('^', 977);
  for (const w of words) {
    feats.push(hashString(w, 911) & MASK);
    feats.push(hashString(w, fnv(prevHash, 32)) & MASK);
    prevHash = hashString(w, 977);
  }
  for (const id of ruleIds) feats.push(hashString('R:' + id, 1301) & MASK);
}

// Words that keep the conversation on the platform ("here", "in this chat", Alibaba, 旺旺, Trade Assurance):
// explicit features the model can weigh against a leak, beside its n-grams.
// In the buyers' languages too (aquí, aqui, ici, здесь, هنا, burada, ở đây, di sini), since the n-grams learn
// English and Chinese only.
const ON_PLATFORM = /alibaba|trade\s?assurance|trademanager|aliwangwang|wangwang|旺旺|阿里|国际站|信保|信用保障|站内|平台上|علي\s?بابا|алибаба|アリババ|알리바바/;
const HERE = /\bhere\b|\bthis\s(?:chat|conversation|window|thread|inbox|message|msg)\b|\b(?:attached|attachment)\b|附件|\bin\s(?:the|our)\s(?:chat|conversation)\b|\b(?:above|below)\b|这里|这儿|对话里|聊天里|上面|下面|往上翻|\baqu[ií]\b|\bici\b|здесь|هنا|\burada\b|ở\sđây|\bdi\s?sini\b|ที่นี่|यहा/;
const ruleTokens = (findings: RawFinding[]) => findings.map((f) => `${f.rule}:${f.score >= 0.8 ? 'h' : f.score >= 0.45 ? 'm' : 'l'}`);
function contextTokens(ctx: ClassifierInput, findings: RawFinding[]): string[] {
  const out = ruleTokens(findings);
  const s = ctx.c.s.length > MAX_CHARS ? ctx.c.s.slice(0, MAX_CHARS) : ctx.c.s;
  if (ON_PLATFORM.test(s)) out.push('ON:platform');
  if (HERE.test(s)) out.push('ON:here');
  if (ctx.sentHere) out.push('ON:send-here');
  if (ctx.labelledNumbers > 0) out.push('NUM:labelled');
  if (ctx.orderTalk) out.push('ON:order');
  if (ctx.declines) out.push('ON:decline');
  if (ctx.appFeatures) out.push('ON:feature');
  // An app name ruled out: the n-grams of the names ("whatsapp", "add you on wechat") read as an offer
  // in a refusal that lists them (rounds 33 and 35); the rules' reading is a feature of its own.
  if (ctx.appRefused) out.push('ON:app-refused');
  return out;
}

export function featuresFor(ctx: ClassifierInput, findings: RawFinding[]): number[] {
  return featurize(ctx.t.s, ctx.c.s, contextTokens(ctx, findings));
}

const modelSchema = z.object({
  version: z.literal(1),
  bits: z.literal(BITS),
  trainedOn: z.string(),
  seed: z.number(),
  threshold: z.number().min(0).max(1),
  bias: z.number(),
  weights: z.record(z.string(), z.number()),
});

export interface Model {
  weights: Float32Array;
  bias: number;
  threshold: number;
  /** Scratch space for de-duplicating features without allocating a Set per draft. */
  stamp: Uint32Array;
  generation: number;
}

/** Dense weight vector from the sparse JSON file; null when the file is missing (classifier stage off). */
export function loadModel(path: string): Model | null {
  if (!existsSync(path)) return null;
  const parsed = modelSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  return { weights: denseWeights(parsed.weights, BITS), bias: parsed.bias, threshold: parsed.threshold, stamp: new Uint32Array(1 << BITS), generation: 0 };
}

/** A model file's sparse weights (feature index -> weight) as the dense vector inference reads. */
export function denseWeights(sparse: Record<string, number>, bits: number): Float32Array {
  const weights = new Float32Array(1 << bits);
  for (const [k, v] of Object.entries(sparse)) weights[Number(k)] = v;
  return weights;
}

/** p(leak): presence features scaled by 1/sqrt(n) so long drafts do not saturate the sigmoid. */
export function predictDraft(model: Model, ctx: ClassifierInput, findings: RawFinding[]): number {
  const gen = (model.generation = (model.generation + 1) >>> 0 || 1);
  if (gen === 1) model.stamp.fill(0);
  const { stamp, weights } = model;
  let n = 0;
  let z = 0;
  visitFeatures(ctx.t.s, ctx.c.s, contextTokens(ctx, findings), (f) => {
    if (stamp[f] === gen) return;
    stamp[f] = gen;
    n++;
    z += weights[f]!;
  });
  return 1 / (1 + Math.exp(-(n === 0 ? model.bias : model.bias + z / Math.sqrt(n))));
}

/** p from a list of feature indices (repeats counted once), scaled as predictDraft scales them; any model with these weights. */
export function predict(model: { weights: ArrayLike<number>; bias: number }, feats: number[]): number {
  const seen = new Set<number>(feats);
  if (seen.size === 0) return 1 / (1 + Math.exp(-model.bias));
  let z = 0;
  for (const f of seen) z += model.weights[f]!;
  z = model.bias + z / Math.sqrt(seen.size);
  return 1 / (1 + Math.exp(-z));
}

export function uniqueScaled(feats: number[]): { idx: number[]; scale: number } {
  const idx = [...new Set(feats)];
  return { idx, scale: 1 / Math.sqrt(idx.length) };
}
