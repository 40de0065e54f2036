import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { denseWeights, hashString, predict } from '../checker/classifier.js';
import { t } from '../core/lang.js';
import { WHAT, admittedFix } from './admissions.js';
import { fmtPercent } from './format.js';
import { ListingRulesError, loadListingRules, type ListingRules } from './rules.js';
import { LISTING_KINDS, type Finding, type ListingKind, type ListingResult, type Money, type ParsedListing } from './types.js';

/**
 * The listing arbiter (issue 15): a small logistic regression that reads what the rule engine concluded (its verdict,
 * the kinds of its findings and their numbers: ratios, shares, counts) and the listing's layout, and says how likely the
 * listing is really fake. It vetoes: a risk it scores below the threshold becomes ok, its findings kept as advice. When
 * thresholds.yaml gives `raiseAt`, it also raises: a listing the rules checked and passed that it scores at or above that
 * becomes a risk with one finding of its own, of the kind the parser's reading points at (raisedKind), which says what to
 * check and how to fix it (a risk with no finding would tell the merchant nothing to fix).
 * Weights come from scripts/train-listing.ts (npm run train:listing); never edit the model file by hand.
 * Switched by rules/listing/thresholds.yaml `arbiter`.
 */

export const LISTING_ARBITER_BITS = 16;
const MASK = (1 << LISTING_ARBITER_BITS) - 1;

/** What the arbiter reads of a rule result: small and serialisable, so first-sight results of old rules can be stored. */
export interface RuleView {
  verdict: 'risk' | 'ok';
  status: ListingResult['status'];
  layout: string;
  lang: string;
  findings: { kind: string; severity: number; evidence: Record<string, number | string> }[];
  /** The relations the parser read whether or not a rule fired (parsedNumbers): what a listing the rules pass is near to. */
  numbers?: Record<string, number>;
  /** The parser's sentence cues that are set ("moqNotReal", "freightAfterOrder", "disclaimers"): its own names. */
  cues?: string[];
}

const round4 = (x: number) => (Number.isFinite(x) ? Number(x.toPrecision(4)) : 0);

export function ruleView(r: ListingResult, parsed?: ParsedListing): RuleView {
  return ruleViewRead(r, parsed ? parsedView(parsed) : undefined);
}

/** ruleView with the parser's reading already made into its view (parsedView): the checker keeps the view of its own parse. */
export function ruleViewRead(r: ListingResult, read?: ParsedView): RuleView {
  return {
    ...read,
    verdict: r.verdict,
    status: r.status,
    layout: r.layout,
    lang: r.lang,
    findings: r.findings.map((f) => ({
      kind: f.kind,
      severity: round4(f.severity),
      evidence: Object.fromEntries(Object.entries(f.evidence ?? {}).map(([k, v]) => [k, typeof v === 'number' ? round4(v) : String(v).slice(0, 40)])),
    })),
  };
}

// The parsed fields the numbers below are made of; every other field set is a cue the parser read from a sentence.
const NUMERIC_FIELDS = new Set(['layout', 'title', 'headline', 'tiers', 'moq', 'skus', 'sample', 'shipping', 'order', 'priceUnits', 'total', 'measureUnit', 'notes', 'optionHeadings', 'unitSizes', 'itemWeightG', 'unitWeightKg', 'grossWeightKg', 'sizeSpan', 'sizeCount']);

/**
 * The relations between the prices, quantities and fees the parser read, as the judge's thresholds read them (a ladder's
 * steps, SKUs against their median, freight against the goods, the MOQ's order value), whether or not any threshold was
 * passed. Read defensively: a first-sight view comes from an older parser whose fields may be fewer.
 */
export type ParsedView = { numbers: Record<string, number>; cues: string[] };

export function parsedView(p: ParsedListing): ParsedView {
  const usd = (m: Money | undefined) => (m && Number.isFinite(m.usd) && m.usd > 0 ? m.usd : undefined);
  const n: Record<string, number> = {};
  const tiers = (p.tiers ?? []).map((t) => usd(t.price)).filter((x): x is number => x !== undefined);
  n.tiers = tiers.length;
  if (tiers.length >= 2) {
    n.ladderFall = tiers[0]! / tiers[tiers.length - 1]!;
    let step = 0;
    let rise = 0;
    for (let i = 1; i < tiers.length; i++) {
      step = Math.max(step, tiers[i - 1]! / tiers[i]!);
      rise = Math.max(rise, tiers[i]! / tiers[i - 1]!);
    }
    n.maxStep = step;
    n.maxRise = rise;
  }
  const skus = (p.skus ?? []).map((s) => usd(s.price)).filter((x): x is number => x !== undefined).sort((a, b) => a - b);
  n.skus = skus.length;
  if (skus.length >= 2) {
    const median = skus[Math.floor(skus.length / 2)]!;
    n.skuLow = median / skus[0]!;
    n.skuHigh = skus[skus.length - 1]! / median;
  }
  const headMin = usd(p.headline?.min);
  const headMax = usd(p.headline?.max);
  if (headMin && headMax) n.headSpread = headMax / headMin;
  const unitPrice = Math.min(headMin ?? Infinity, ...tiers, ...skus);
  if (Number.isFinite(unitPrice)) n.unitUsd = unitPrice;
  const fees = (p.shipping ?? []).map((s) => usd(s.amount)).filter((x): x is number => x !== undefined);
  n.fees = fees.length;
  if (fees.length && Number.isFinite(unitPrice)) n.feeOverPrice = Math.max(...fees) / unitPrice;
  if ((p.shipping ?? []).some((s) => s.estimate)) n.feeEstimate = 1;
  if (p.moq && Number.isFinite(p.moq.qty)) {
    n.moq = p.moq.qty;
    if (Number.isFinite(unitPrice)) n.moqValueUsd = p.moq.qty * unitPrice;
    const claims = (p.moqClaims ?? []).map((c) => c.qty).filter((q) => q > 0);
    if (claims.length && p.moq.qty > 0) n.moqClaimRatio = Math.max(...claims) / p.moq.qty;
  }
  const sample = usd(p.sample?.price);
  if (sample && Number.isFinite(unitPrice)) n.sampleOverPrice = sample / unitPrice;
  const cues: string[] = [];
  // (for-in, not Object.entries: the same keys in the same order without an array of pairs for the ~60 fields; the
  // checker takes this view of every listing it parses, issue 15)
  const fields = p as unknown as Record<string, unknown>;
  for (const k in fields) {
    const v = fields[k];
    if (NUMERIC_FIELDS.has(k) || v === undefined || v === false || v === '' || (Array.isArray(v) && !v.length)) continue;
    cues.push(k);
  }
  return { numbers: n, cues: cues.sort() };
}

/**
 * A number as a coarse bucket of its magnitude (half-octaves, sign kept, clipped): ratios of 3.1 and 3.4 share a bucket,
 * 3 and 30 do not. Coarse so a threshold is learnt from many listings, not from one.
 */
function bucket(x: number): string {
  if (x === 0) return 'z';
  const b = Math.max(-12, Math.min(12, Math.floor(Math.log2(Math.abs(x)) * 2)));
  return `${x < 0 ? '-' : ''}${b}`;
}

const MAX_WORD_CHARS = 4000; // words from the head of a very long paste keep the cost bounded
const WORD = /[a-z]{3,}|[\u3400-\u9fff]{2}/g;

const sized = (n: number) => (n >= 8 ? '8+' : n >= 4 ? '4-7' : String(n));

/** The features of one listing, as tokens: the rule engine's conclusions and the shape of the text. */
export function arbiterTokens(text: string, view: RuleView): string[] {
  const out = [`V:${view.verdict}`, `S:${view.status}`, `L:${view.layout}`, `LANG:${view.lang}`, `N:${sized(view.findings.length)}`];
  const kinds = [...new Set(view.findings.map((f) => f.kind))].sort();
  out.push(`KS:${kinds.join('+')}`);
  for (const f of view.findings) {
    out.push(`K:${f.kind}`, `K:${f.kind}:sev${bucket(f.severity)}`);
    for (const [k, v] of Object.entries(f.evidence)) {
      out.push(`E:${f.kind}:${k}`);
      if (typeof v === 'number') out.push(`E:${f.kind}:${k}:${bucket(v)}`);
    }
  }
  for (const [k, v] of Object.entries(view.numbers ?? {})) out.push(`P:${k}:${bucket(v)}`, `P:${k}:${bucket(v)}@${view.verdict}`);
  for (const c of view.cues ?? []) out.push(`C:${c}`);
  // The listing's words (digits folded, Chinese as character pairs), hashed: what the engine's readers do not name (a
  // stranger's wording of an estimate, a sample, 运费另议) weighed across every writer, each writer's own nouns outweighed
  // by the others' (leave-one-writer-out keeps that honest).
  for (const w of new Set(text.slice(0, MAX_WORD_CHARS).toLowerCase().replace(/[0-9]+/g, '0').match(WORD) ?? [])) out.push(`W:${w}`);
  // The shape of the paste: its layout decides which readers ran, and strangers' layouts are where the rules slip.
  const lines = text.split('\n').filter((l) => l.trim()).length;
  out.push(`LINES:${sized(lines)}`);
  if (/\t|\|/.test(text)) out.push('SHAPE:table');
  // (the first line only, found by indexOf: the regex /^[^\n]*,[^\n]*,[^\n]*\n/ backtracks quadratically on a one-line
  // paste with no line break, 2 s on 100 KB)
  const firstBreak = text.indexOf('\n');
  if (firstBreak >= 0 && (text.slice(0, firstBreak).match(/,/g)?.length ?? 0) >= 2) out.push('SHAPE:csv');
  for (const tok of [...out]) if (tok.startsWith('K:') && !tok.includes(':sev')) out.push(`${tok}@${view.layout}`);
  return out;
}

/** A token's index in the model's weights. */
export const tokenIndex = (token: string) => hashString(token, 4099) & MASK;

export function arbiterFeatures(text: string, view: RuleView): number[] {
  return [...new Set(arbiterTokens(text, view).map(tokenIndex))];
}

const modelSchema = z.object({
  version: z.literal(1),
  bits: z.literal(LISTING_ARBITER_BITS),
  trainedOn: z.string(),
  seed: z.number(),
  bias: z.number(),
  weights: z.record(z.string(), z.number()),
});
export type ListingArbiterModel = z.infer<typeof modelSchema>;

export interface ListingArbiter {
  /** p(fake) for a listing and the rule engine's view of it. */
  score(text: string, view: RuleView): number;
  /** The rule result, its verdict decided by the model: a risk vetoed (findings kept as advice), or, with `raise`, a
   *  passed listing raised. `read` is the parsedView of the rules' parse of the text (the checker's `parse`), asked only
   *  for a listing the model weighs. */
  decide(text: string, result: ListingResult, read: (text: string) => ParsedView): ListingResult;
}

/** Raising a risk the rules passed: the score it takes, the parser's cues that name a kind, and the policy clause of
 *  each kind (the rules' clauseOf). */
export interface ArbiterRaise {
  at: number;
  cueKinds: Partial<Record<ListingKind, string[]>>;
  clauseOf: ListingRules['clauseOf'];
}

export function arbiterFromModel(model: ListingArbiterModel, vetoBelow: number, raise?: ArbiterRaise): ListingArbiter {
  const weighted = { weights: denseWeights(model.weights, LISTING_ARBITER_BITS), bias: model.bias };
  const score = (text: string, view: RuleView) => predict(weighted, arbiterFeatures(text, view));
  return {
    score,
    decide(text, result, read) {
      if (result.status !== 'checked') return result;
      if (result.verdict !== 'risk') {
        if (!raise) return result;
        const view = ruleViewRead(result, read(text));
        const p = score(text, view);
        if (p < raise.at) return result;
        return { ...result, verdict: 'risk', fake: true, findings: [...result.findings, raisedFinding(raisedKind(view, raise.cueKinds), p, raise.clauseOf, result.lang)] };
      }
      if (score(text, ruleViewRead(result, read(text))) >= vetoBelow) return result;
      const note = t(result.lang, '以上发现的数值仍可能偏离常规，供参考；综合判断这条信息不构成虚假产品信息。', 'The findings above are kept as advice: their numbers are off the usual, but taken together this listing does not read as false product information.');
      return { ...result, verdict: 'ok', fake: false, notes: [...result.notes, note] };
    },
  };
}

/**
 * The kind a raised risk names: what the parser's own reading of the listing points at. A sentence cue the rules folder
 * ties to a kind (thresholds.yaml arbiter.raiseKinds: "起订量写的是1箱，其实只接整柜" is an MOQ, "freight added after
 * payment" a shipping fee), else a ladder of two steps or more, else several SKUs, else a fee with no price of the goods,
 * else the price itself against the market (a linear model's kind weights are the same for every text of a layout, so
 * they cannot name it).
 */
export function raisedKind(view: RuleView, cueKinds: Partial<Record<ListingKind, string[]>>): ListingKind {
  const cues = new Set(view.cues ?? []);
  for (const kind of LISTING_KINDS) if (cueKinds[kind]?.some((c) => cues.has(c))) return kind;
  const n = view.numbers ?? {};
  if ((n.tiers ?? 0) >= 2) return 'price_ladder';
  if ((n.skus ?? 0) >= 2) return 'sku_filler';
  if ((n.fees ?? 0) > 0 && n.unitUsd === undefined) return 'shipping';
  return 'price_range';
}

/** The raised risk's finding: no number of the rules passed its limit, so it says what to check and how to fix it. */
function raisedFinding(kind: ListingKind, p: number, clauseOf: ListingRules['clauseOf'], lang: ListingResult['lang']): Finding {
  const [zh, en] = WHAT[kind];
  const c = clauseOf(kind);
  return {
    kind,
    detail: t(
      lang,
      `没有哪个数值单独超出规则的界限，但综合这条信息的价格、数量、单位和措辞，它与被判定为虚假${zh}的商品信息高度相似（${fmtPercent(p)}）：请对照同类商品的市场行情和实际卖法核对页面上的${zh}。`,
      `No single number passes a rule's limit, but taken together (prices, quantities, units and wording) this listing reads like those found to show a false ${en} (${fmtPercent(p)}): check the ${en} shown against the market and how the goods are really sold.`,
    ),
    clause: c.text,
    clauseEn: c.en,
    fix: admittedFix(kind, lang),
    evidence: { arbiterScore: Number(p.toFixed(3)) },
    severity: 1,
  };
}

/**
 * The arbiter the rules folder switches on (thresholds.yaml `arbiter`, read with the rest of the rules), or null (switch
 * off or absent: the rules decide alone). A checker passes the rules it loaded, so the file is read once.
 */
export function loadListingArbiter(rulesDir: string, rules: ListingRules = loadListingRules(rulesDir)): ListingArbiter | null {
  const sw = rules.thresholds.arbiter;
  if (!sw?.enabled) return null;
  const modelFile = join(rulesDir, sw.model);
  if (!existsSync(modelFile)) throw new ListingRulesError(`thresholds.yaml: arbiter.model ${sw.model} does not exist`);
  const parsed = modelSchema.safeParse(JSON.parse(readFileSync(modelFile, 'utf8')));
  if (!parsed.success) throw new ListingRulesError(`${sw.model}: ${parsed.error.issues[0]!.path.join('.')}: ${parsed.error.issues[0]!.message}`);
  return arbiterFromModel(parsed.data, sw.vetoBelow, sw.raiseAt === undefined ? undefined : { at: sw.raiseAt, cueKinds: sw.raiseKinds ?? {}, clauseOf: rules.clauseOf });
}
