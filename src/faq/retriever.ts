import type { Section } from './knowledge.js';
import { analyzeDoc, type ConceptMatcher, type Unit } from './text.js';

export interface Hit {
  section: Section;
  /** BM25 score after follow-up boosts; only comparable within one query. */
  score: number;
  /** Share of the question's meaning (idf-weighted units) found in this section, 0..1. */
  coverage: number;
  /** Absolute idf weight of the question's units found in this section. */
  matched: number;
  unknown: number;
  anchor: number;
  /** Out-of-scope things the question names (another platform, a carrier) that this section never mentions. */
  foreign: number;
  /** The question names an out-of-scope thing and this section names it too (亚马逊 in the green-factory slides). */
  namesOutside: boolean;
  /** The question's topic concepts (not frames) that this section contains: what a comparison tells apart. */
  concepts: string[];
}

export interface SearchOptions {
  /** Sections the thread was already about; their topic gets a boost for short follow-ups. */
  previousSectionIds?: readonly string[];
  limit?: number;
}

interface CoverageStats {
  coverage: number;
  matched: number;
  /** Weight of topic words no section uses at all (退款, VAT, TikTok): the likeliest sign of an unanswerable question. */
  unknown: number;
  /** The heaviest topic unit this section matches: how specific the evidence is. */
  anchor: number;
}

interface DocIndex {
  section: Section;
  tf: Map<string, number>;
  length: number;
}

const K1 = 1.2;
const B = 0.75;
// Titles and aliases are written to be asked about; body text is long and dilutes them otherwise.
const FIELD_WEIGHTS = { title: 3, alias: 2, topic: 1, text: 1, textEn: 1, answer: 1, facts: 1 } as const;
const FOLLOW_UP_TOPIC_BOOST = 1.6;
const FOLLOW_UP_SECTION_BOOST = 1.15;
const UNKNOWN_CHAR_FACTOR = 0.4;
// A section written to answer this kind of question (its `intents`) beats a sibling that merely mentions the words.
const INTENT_BOOST = 1.3;
// When the question says what kind of answer it wants (penalty, definition, example...), a sibling section written
// for a different kind of answer ("what counts" vs "what is the penalty") steps back.
const KIND_BOOST = 1.2;
const KIND_MISMATCH = 0.65;
// A section about a special case (`requires`) that the question does not mention.
const UNMET_REQUIREMENT = 0.7;
const WORDS = new Intl.Segmenter('zh', { granularity: 'word' });

/** BM25 over titles, aliases and text (both languages), plus unit coverage for the "do we know this" decision. */
export class Retriever {
  private readonly docs: DocIndex[];
  private readonly df = new Map<string, number>();
  private readonly avgLength: number;
  private readonly latinVocab: string[];
  private readonly fuzzyCache = new Map<string, string | null>();
  /** Dictionary words (by Intl.Segmenter) that occur in the knowledge, e.g. 要求, 没有, 到账. */
  private readonly words = new Set<string>();
  private readonly idfCache = new Map<string, number>();
  readonly maxIdf: number;

  constructor(sections: Section[], private readonly matcher: ConceptMatcher) {
    this.docs = sections.map((section) => this.indexSection(section));
    for (const d of this.docs) for (const t of d.tf.keys()) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    this.avgLength = this.docs.reduce((a, d) => a + d.length, 0) / Math.max(1, this.docs.length);
    this.maxIdf = this.idfOf(0);
    for (const [t, df] of this.df) this.idfCache.set(t, this.idfOf(df));
    this.latinVocab = [...this.df.keys()].filter((t) => /^[a-z]{4,}$/.test(t));
    for (const sec of sections) {
      const text = [sec.title, ...sec.aliases, ...sec.text, sec.answer].join('\n');
      for (const { segment } of WORDS.segment(text)) if (segment.length >= 2 && /^\p{Script=Han}+$/u.test(segment)) this.words.add(segment);
    }
  }

  private indexSection(section: Section): DocIndex {
    const tf = new Map<string, number>();
    let length = 0;
    const add = (text: string, weight: number) => {
      for (const tok of analyzeDoc(text, this.matcher)) {
        tf.set(tok, (tf.get(tok) ?? 0) + weight);
        length += weight;
      }
    };
    add(section.title + ' ' + section.titleEn, FIELD_WEIGHTS.title);
    for (const alias of section.aliases) add(alias, FIELD_WEIGHTS.alias);
    add(section.topicTitle + ' ' + section.topicTitleEn, FIELD_WEIGHTS.topic);
    add(section.text.join('\n'), FIELD_WEIGHTS.text);
    add(section.textEn, FIELD_WEIGHTS.textEn);
    add(section.answer + '\n' + section.answerEn, FIELD_WEIGHTS.answer);
    add(Object.values(section.facts).join('\n'), FIELD_WEIGHTS.facts);
    return { section, tf, length };
  }

  private idfOf(df: number): number {
    const n = this.docs.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** True when some section contains the token (used to keep 要求/没有/到账 intact when stripping function words). */
  knows(token: string): boolean {
    return this.words.has(token);
  }

  idf(token: string): number {
    return this.idfCache.get(token) ?? this.maxIdf;
  }

  /** Maps a misspelt English word to a known one (edit distance 1, or 2 for long words). */
  correct(token: string): string {
    if (this.df.has(token) || !/^[a-z]{6,}$/.test(token)) return token;
    const cached = this.fuzzyCache.get(token);
    if (cached !== undefined) return cached ?? token;
    const maxDist = token.length >= 9 ? 2 : 1;
    let best: string | null = null;
    let bestDist = Infinity;
    let bestDf = -1;
    for (const cand of this.latinVocab) {
      if (Math.abs(cand.length - token.length) > maxDist) continue;
      const d = editDistance(token, cand, maxDist);
      const df = this.df.get(cand) ?? 0;
      if (d <= maxDist && (d < bestDist || (d === bestDist && df > bestDf))) {
        best = cand;
        bestDist = d;
        bestDf = df;
      }
    }
    if (this.fuzzyCache.size > 5000) this.fuzzyCache.clear();
    this.fuzzyCache.set(token, best);
    return best ?? token;
  }

  /** Resolves misspellings once so ranking and coverage see the same tokens. */
  prepare(units: Unit[]): Unit[] {
    return units.map((u) => (u.kind === 'latin' ? { ...u, tokens: u.tokens.map((t) => this.correct(t)) } : u));
  }

  search(rawUnits: Unit[], opts: SearchOptions = {}): Hit[] {
    const units = this.prepare(rawUnits);
    const queryTokens = [...new Set(units.flatMap((u) => [...u.tokens, ...(u.surface ?? [])]))];
    if (queryTokens.length === 0) return [];
    const askedConcepts = new Set(units.filter((u) => u.kind === 'concept').map((u) => u.tokens[0]!.slice(1)));
    const askedKinds = [...askedConcepts].filter((c) => this.matcher.kinds.has(c));
    const foreignAsked = [...askedConcepts].filter((c) => this.matcher.outOfScope.has(c));
    const prevIds = new Set(opts.previousSectionIds ?? []);
    const prevTopics = new Set(this.docs.filter((d) => prevIds.has(d.section.id)).map((d) => d.section.topic));
    const hits: Hit[] = [];
    for (const doc of this.docs) {
      let score = 0;
      for (const t of queryTokens) {
        const tf = doc.tf.get(t);
        if (!tf) continue;
        score += (this.idf(t) * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * doc.length) / this.avgLength));
      }
      if (score <= 0) continue;
      if (doc.section.intents.some((i) => askedConcepts.has(i))) score *= INTENT_BOOST;
      if (doc.section.requires.length && !doc.section.requires.some((c) => askedConcepts.has(c))) score *= UNMET_REQUIREMENT;
      if (askedKinds.length) {
        if (doc.section.intents.some((i) => askedKinds.includes(i))) score *= KIND_BOOST;
        else if (doc.section.intents.some((i) => this.matcher.kinds.has(i))) score *= KIND_MISMATCH;
      }
      if (prevTopics.has(doc.section.topic)) score *= FOLLOW_UP_TOPIC_BOOST;
      if (prevIds.has(doc.section.id)) score *= FOLLOW_UP_SECTION_BOOST;
      const cov = this.coverage(units, doc.tf);
      const foreign = foreignAsked.filter((c) => !doc.tf.has('@' + c)).length;
      const concepts = [...askedConcepts].filter((c) => !this.matcher.frames.has(c) && doc.tf.has('@' + c));
      hits.push({ section: doc.section, score, ...cov, foreign, namesOutside: foreignAsked.length > foreign, concepts });
    }
    // a section that explains more of the question wins close calls against a longer, wordier one
    hits.sort((a, b) => b.score * (0.5 + b.coverage) - a.score * (0.5 + a.coverage));
    return hits.slice(0, opts.limit ?? 5);
  }

  private coverage(units: Unit[], doc: { has(token: string): boolean }): CoverageStats {
    let total = 0;
    let matched = 0;
    let unknown = 0;
    let anchor = 0;
    for (const u of units) {
      let uw = 0;
      let um = 0;
      for (const t of u.tokens) {
        // an unseen single Han character is usually colloquial filler (抓, 呗), not a missing topic
        const known = this.df.has(t);
        let w = known ? this.idf(t) : this.maxIdf;
        // a matched soft unit still counts in full: only its absence is forgiven
        if (u.soft !== undefined && !doc.has(t)) w *= u.soft;
        else if (!known && u.kind === 'han' && t.length === 1) w *= UNKNOWN_CHAR_FACTOR;
        uw += w;
        if (doc.has(t)) um += w;
      }
      if (uw === 0) continue;
      // each unit counts with its mean token weight, so a 6-character phrase is not worth 5 words
      const unitWeight = uw / u.tokens.length;
      total += unitWeight;
      matched += unitWeight * (um / uw);
      if (u.soft === undefined) {
        if (u.tokens.every((t) => !this.df.has(t))) unknown += unitWeight;
        if (um / uw >= 0.5) anchor = Math.max(anchor, unitWeight);
      }
    }
    return { coverage: total === 0 ? 0 : matched / total, matched, unknown, anchor };
  }
}

/** Damerau-lite Levenshtein with an early exit once the distance exceeds `max`. */
function editDistance(a: string, b: string, max: number): number {
  const prev = new Array(b.length + 1);
  const cur = new Array(b.length + 1);
  const prev2 = new Array(b.length + 1).fill(0);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    for (let j = 0; j <= b.length; j++) {
      prev2[j] = prev[j];
      prev[j] = cur[j];
    }
  }
  return prev[b.length];
}
