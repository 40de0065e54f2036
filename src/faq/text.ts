/**
 * Text analysis shared by the index and the query side: glossary concepts, Chinese bigrams,
 * light English stemming, numbers. Both sides must use the same functions or scores drift.
 */
import type { Glossary } from './knowledge.js';

const HAN_RUN = /\p{Script=Han}+/gu;
const LATIN_OR_NUM = /[a-z]+(?:'[a-z]+)?|\d+(?:,\d{3})*(?:\.\d+)?(?:\s*万)?/gu;

import { EN_STOP, ZH_STOP_SORTED, isGenericEn, isGenericZh } from './lexicon.js';

const ZH_DIGIT: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
// Only before a measure word, so 一下/一些/统一 stay words while 七天/一年/第四次/八大币种 become 7天/1年/第4次/8大币种.
const ZH_NUMERAL = /([零一二两三四五六七八九]?十[一二三四五六七八九]?|[零一二两三四五六七八九])(?=[年天日次回轮遍个项名分条周月星倍家种大小位款张])/g;

function zhNumeral(s: string): string {
  if (!s.includes('十')) return String(ZH_DIGIT[s]);
  const [tens, ones] = s.split('十');
  return String((tens ? ZH_DIGIT[tens]! : 1) * 10 + (ones ? ZH_DIGIT[ones]! : 0));
}

const EN_ORDINAL_WORDS: Record<string, string> = { '1st': 'first', '2nd': 'second', '3rd': 'third', '4th': 'fourth', '5th': 'fifth', '6th': 'sixth', '7th': 'seventh', '8th': 'eighth', '9th': 'ninth', '10th': 'tenth' };

export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(ZH_NUMERAL, (m) => zhNumeral(m))
    .replace(/(\d+(?:\.\d+)?)\s*万/g, (_, n: string) => String(Math.round(Number(n) * 10000)));
}

/** Crude but symmetric stemmer: queries and documents go through it alike, so only consistency matters. */
export function stem(word: string): string {
  let w = word.replace(/'s$/, '');
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 5 && w.endsWith('ing')) return restoreE(w.slice(0, -3));
  if (w.length > 4 && w.endsWith('ed')) return restoreE(w.slice(0, -2));
  else if (w.length > 4 && /(ss|x|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w;
}

// taking -> tak -> take, used -> us -> use, putting -> putt -> put, shipped -> shipp -> ship
function restoreE(stemmed: string): string {
  if (/([b-df-hj-np-rtv-z])\1$/.test(stemmed) && !/(ll|ss|zz|ff)$/.test(stemmed)) return stemmed.slice(0, -1);
  return stemmed.length <= 3 && /[^aeiouy]$/.test(stemmed) ? stemmed + 'e' : stemmed;
}

export function isEnglishStopword(word: string): boolean {
  return EN_STOP.has(word);
}

interface CompiledTerm {
  id: string;
  term: string;
}

/** Finds glossary terms in normalised text; returns concept ids and the spans they cover. */
export class ConceptMatcher {
  private readonly han: CompiledTerm[] = [];
  private hanByFirst = new Map<string, CompiledTerm[]>();
  private readonly latin: RegExp | null;
  private readonly latinIds = new Map<string, string[]>();
  readonly frames = new Set<string>();
  readonly kinds = new Set<string>();
  readonly outOfScope = new Set<string>();
  readonly comparisons = new Set<string>();

  constructor(glossary: Glossary) {
    const latinTerms: string[] = [];
    for (const entry of glossary.terms) {
      if (entry.frame) this.frames.add(entry.id);
      if (entry.asks) this.kinds.add(entry.id);
      if (entry.outOfScope) this.outOfScope.add(entry.id);
      if (entry.compare) this.comparisons.add(entry.id);
      for (const raw of entry.terms) {
        const term = normalize(raw).trim();
        if (!term) continue;
        if (/\p{Script=Han}/u.test(term)) this.han.push({ id: entry.id, term });
        else {
          const ids = this.latinIds.get(term) ?? [];
          if (!ids.includes(entry.id)) ids.push(entry.id);
          this.latinIds.set(term, ids);
          latinTerms.push(term);
        }
      }
    }
    for (const ct of this.han) this.hanByFirst.set(ct.term[0]!, [...(this.hanByFirst.get(ct.term[0]!) ?? []), ct]);
    const alternation = [...new Set(latinTerms)]
      .sort((a, b) => b.length - a.length)
      .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[\\s-]+'))
      .join('|');
    this.latin = alternation ? new RegExp(`(?<![a-z0-9])(${alternation})(?:s|es|ed|ing|d)?(?![a-z0-9])`, 'g') : null;
  }

  match(text: string): { ids: string[]; spans: [number, number][] } {
    const ids: string[] = [];
    const spans: [number, number][] = [];
    for (let at = 0; at < text.length; at++) {
      const candidates = this.hanByFirst.get(text[at]!);
      if (!candidates) continue;
      for (const { id, term } of candidates) {
        if (text.startsWith(term, at)) {
          ids.push(id);
          spans.push([at, at + term.length]);
        }
      }
    }
    if (this.latin) {
      this.latin.lastIndex = 0;
      for (const m of text.matchAll(this.latin)) {
        const key = m[1]!.replace(/[\s-]+/g, ' ');
        // one span per concept id keeps ids[i] and spans[i] aligned
        for (const id of this.latinIds.get(key) ?? this.lookupLoose(key) ?? []) {
          ids.push(id);
          spans.push([m.index!, m.index! + m[0].length]);
        }
      }
    }
    return { ids, spans };
  }

  private lookupLoose(key: string): string[] | undefined {
    for (const [term, ids] of this.latinIds) if (term.replace(/[\s-]+/g, ' ') === key) return ids;
    return undefined;
  }
}

/** A piece of meaning in a query; coverage is measured per unit so long phrases don't dominate. */
export interface Unit {
  kind: 'concept' | 'han' | 'latin' | 'num';
  tokens: string[];
  /** Exact words behind a concept: they sharpen ranking but are not needed for coverage. */
  surface?: string[];
  /** Generic or non-dictionary wording: if a section lacks it, only this share of its weight counts as missing. */
  soft?: number;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
// Generic wording rephrases; a non-dictionary fragment (页|面上) is more often a segmentation artefact than a topic.
const GENERIC_WEIGHT = 0.3;
const FRAGMENT_WEIGHT = 0.5;
const ZH_STOP_BY_FIRST = byFirstChar(ZH_STOP_SORTED);

function byFirstChar(words: string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const w of words) map.set(w[0]!, [...(map.get(w[0]!) ?? []), w]);
  return map;
}

/** Splits a Han run at stopwords, then at word boundaries, merging stray single characters. */
function hanPieces(run: string, isKnown: (token: string) => boolean): { piece: string; dictionary: boolean }[] {
  const parts: string[] = [];
  let buf = '';
  let i = 0;
  outer: while (i < run.length) {
    for (const sw of ZH_STOP_BY_FIRST.get(run[i]!) ?? []) {
      if (run.startsWith(sw, i)) {
        // a one-character function word that forms a policy term with its neighbour (要求, 没有, 到账) is content
        if (sw.length === 1 && (isKnown(run.slice(i - 1, i + 1)) || isKnown(run.slice(i, i + 2)))) continue;
        if (buf) parts.push(buf);
        buf = '';
        i += sw.length;
        continue outer;
      }
    }
    buf += run[i];
    i++;
  }
  if (buf) parts.push(buf);
  const pieces: { piece: string; dictionary: boolean }[] = [];
  for (const part of parts) {
    let singles = '';
    for (const { segment } of segmenter.segment(part)) {
      if (segment.length === 1) singles += segment;
      else {
        if (singles) pieces.push({ piece: singles, dictionary: false });
        singles = '';
        pieces.push({ piece: segment, dictionary: true });
      }
    }
    if (singles) pieces.push({ piece: singles, dictionary: false });
  }
  return pieces;
}

function bigrams(s: string): string[] {
  if (s.length < 2) return [s];
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
  return out;
}

function numberTokens(raw: string): string[] {
  const wan = /万$/.test(raw);
  const digits = raw.replace(/万$/, '').replace(/\s+/g, '').replace(/,/g, '');
  const out = [digits];
  if (wan) out.push(String(Math.round(Number(digits) * 10000)));
  return out;
}

function blank(text: string, spans: [number, number][]): string {
  if (spans.length === 0) return text;
  const units = text.split('');
  for (const [a, b] of spans) for (let i = a; i < b; i++) units[i] = ' ';
  return units.join('');
}

/** Query analysis: concepts replace the words they cover; everything else becomes units. */
export function analyzeQuery(text: string, matcher: ConceptMatcher, isKnown: (token: string) => boolean = () => false): Unit[] {
  // a question's English ordinal in figures is the word ("the 2nd batch" asks of the second batch, as 第二批 of 第2批);
  // (the question only: the briefing's own "2nd offence" lines keep their figure, so a second list is not read as one)
  const norm = normalize(text).replace(/\b(1st|2nd|3rd|4th|5th|6th|7th|8th|9th|10th)\b/g, (m) => EN_ORDINAL_WORDS[m]!);
  const { ids, spans } = matcher.match(norm);
  const surfaces = new Map<string, Set<string>>();
  ids.forEach((id, i) => {
    const [a, b] = spans[i]!;
    const set = surfaces.get(id) ?? new Set<string>();
    surfaces.set(id, set);
    for (const tok of surfaceTokens(norm.slice(a, b))) set.add(tok);
  });
  const units: Unit[] = [...surfaces].map(([id, surf]) => ({
    kind: 'concept' as const,
    tokens: ['@' + id],
    surface: [...surf],
    soft: matcher.frames.has(id) ? GENERIC_WEIGHT : undefined,
  }));
  const rest = blank(norm, spans);
  for (const m of rest.matchAll(HAN_RUN)) {
    for (const { piece, dictionary } of hanPieces(m[0], isKnown)) {
      const soft = isGenericZh(piece) ? GENERIC_WEIGHT : dictionary ? undefined : FRAGMENT_WEIGHT;
      units.push({ kind: 'han', tokens: bigrams(piece), soft });
    }
  }
  const latinText = rest.replace(HAN_RUN, ' ');
  for (const m of latinText.matchAll(LATIN_OR_NUM)) {
    const w = m[0];
    // the asker's own amounts (40万, 5 times) are context, not a topic the policy must mention
    if (/^\d/.test(w)) units.push({ kind: 'num', tokens: numberTokens(w), soft: GENERIC_WEIGHT });
    else if (w.length > 1 && !EN_STOP.has(w)) {
      const s = stem(w);
      if (!EN_STOP.has(s)) units.push({ kind: 'latin', tokens: [s], soft: isGenericEn(w) || isGenericEn(s) ? GENERIC_WEIGHT : undefined });
    }
  }
  return units;
}

function surfaceTokens(span: string): string[] {
  const out: string[] = [];
  for (const m of span.matchAll(HAN_RUN)) out.push(...bigrams(m[0]));
  for (const m of span.replace(HAN_RUN, ' ').matchAll(/[a-z]+/g)) if (!EN_STOP.has(m[0])) out.push(stem(m[0]));
  return out;
}

/** Document analysis: keeps every word and adds concepts on top (documents are never blanked). */
export function analyzeDoc(text: string, matcher: ConceptMatcher): string[] {
  const norm = normalize(text);
  const out: string[] = matcher.match(norm).ids.map((id) => '@' + id);
  for (const m of norm.matchAll(HAN_RUN)) {
    const run = m[0];
    for (const ch of run) out.push(ch);
    if (run.length > 1) out.push(...bigrams(run));
  }
  const latinText = norm.replace(HAN_RUN, ' ');
  for (const m of latinText.matchAll(LATIN_OR_NUM)) {
    const w = m[0];
    if (/^\d/.test(w)) out.push(...numberTokens(w));
    else if (w.length > 1 && !EN_STOP.has(w)) out.push(stem(w));
  }
  return out;
}

/**
 * Numeric values a text states, normalised so "30万" and "300,000" compare equal.
 * Used to prove knowledge figures come from the source and that LLM answers invent none.
 */
export function extractNumbers(text: string): string[] {
  const norm = text.normalize('NFKC');
  const out: string[] = [];
  for (const m of norm.matchAll(/\d+(?:,\d{3})*(?:\.\d+)?(\s*万)?/g)) {
    const digits = m[0].replace(/\s*万$/, '').replace(/,/g, '');
    const value = Number(digits);
    out.push(String(m[1] ? Math.round(value * 10000) : value));
  }
  return out;
}
