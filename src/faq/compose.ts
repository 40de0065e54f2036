/**
 * Composition: answers built from the briefing lines that hold the answer to the ask, not one summary per topic.
 * Passages are ranked by BM25 (Chinese text and English rendering) weighted by how sure the section ranking is
 * about their section; the ask type decides which line leads (the one holding a date for "when", a duration for
 * "how long"...) and whether to decline because no line holds an answer of that type. Eligibility (regions,
 * categories), penalty ladders, fees on an amount and days from a date are computed from stated figures, and the
 * quoted line is always the one holding the figure used.
 */
import type { Lang } from '../core/types.js';
import type { Section } from './knowledge.js';
import type { Passage, PassageKind } from './passages.js';
import { analyzeDoc, normalize, stem, type ConceptMatcher, type Unit } from './text.js';
import { foldQuoted, quotedHolders, quotedSpans } from './quoted.js';
import { BRIEFING_YEAR, findMonth, findVersions, MONTHS, NUM_WORD_EN, type Arithmetic, type QuestionAnalysis, type QuestionAnalyzer, withoutQuoted } from './question.js';
import { askingClause, ENDS_IN_EVIDENCE, FIGURE_CLAUSE_BREAK_SPACED } from './asking.js';
import { ASKS_CHARGE, cap, faqPolarity, STILL_ASKED, yesNo, YesNoLead } from './polarity.js';
import { DeclineChecks, endsInAlternative, POINTER, YESNO_EVENT, YESNO_LINE } from './decline.js';
import { HAN_NUMERALS } from '../core/numerals.js';
import type { DetailKind } from './asks.js';

export { askingClause } from './asking.js';
import { offeredAlternatives } from './alternatives.js';

export interface RankedPassage {
  passage: Passage;
  score: number;
}

export interface Composition {
  /** the direct answer ("No.", "3 points", "0.3%"), empty when the lines speak for themselves */
  lead: string;
  passages: Passage[];
  /** set when no line holds an answer of the asked type: what the briefing does not state */
  notStated: string | null;
  /** computed from stated figures or table rows (eligibility, counts, ladders, fees, membership) */
  special?: boolean;
  /** the lead opens with the verdict on a figure the question proposes, compared with the figure the lines state */
  comparedFigure?: boolean;
}

const K1 = 1.2;
const TITLE_WEIGHT = 0.3;
const B = 0.4;
const IN_ANSWERED_SECTION = 3;
const IN_RANKED_SECTION = 1.6;
const IN_SAME_TOPIC = 1.5;
const CANDIDATE_SHARE = 0.3;
const CANDIDATES = 8;
const SECOND_SHARE = 0.6;
const MAX_PASSAGES = 4;
const LIST_RUN = 9;
// how much of a counted thing ("lessons", "话题") a line and the lines introducing it must name for its figure to count it
const COUNTED_NAMED = 0.5;
// the units of a word counting the same thing as the asked one (rules/ask/types.yaml countedAlike)
const ALIKE = new WeakSet<Unit[]>();
// a labelled attribute line ("支持账户：法人个人账户", "收费：免费")
const ATTRIBUTE = /^[^：:，,。]{1,8}[：:]/;
// a length of time in Chinese days: the two sides of a change ("由15日延长为30日") and a span ("30日内")
const CHANGED_DAYS = /(由|为|延长至|延长到|缩短至|缩短到)\s*\d+\s*日(?![\d号])/g;
const DAYS_WITHIN = /([^月\d.\-]|^)\d+\s*日\s*(?=内|以内|之内|延长|缩短)/g;
const TIME_SPAN = /\d+(\s*-\s*\d+)?\s*(个)?(工作日|小时|个月|天|周|年|(working |business )?(days?|hours?|weeks?|months?|years?)\b)/gi;
const MONEY = /\d[\d,.]*\s*(万)?\s*(元|块|美元|美金|yuan|rmb|usd|dollars?)|(usd|rmb|cny|us\$|\$|¥)\s*\d[\d,.]*/gi;
// a declined question is answered from one line only when that line holds this much of it (fitted on the seen sets)
const RESCUE_COVERAGE = 0.85;
const RESCUE_SCORE = 10;
const RESCUE_CANDIDATES = 5;
// ...or, with less of it, when the nearest seen questions' answering lines sit in that line's section too
// a declined question whose best lines agree on one section (score of the first, how many lines, its lead over any other
// topic's best line, its share of the question)
// a declined question asking a document's name, answered by the line naming one when it holds this share of the question
const TITLED_RESCUE_COVERAGE = 0.3;
const LINES_AGREE = { score: 14, lines: 2, lead: 1.5, coverage: 0.4 };
const AGREED_RESCUE = { coverage: 0.5, votes: 0.5, wordsPerMiss: 3 };
// lines ranked without the section prior that join the quote: how many are looked at, how close to the best, and how
// much more of the question they must hold than the first pick (clearly more when that pick holds the asked figure)
const ANYWHERE = { candidates: 4, share: 0.6, margin: 0, marginPastFigure: 0.1 };
// a line ending in a colon introduces the lines after it (up to this many, until the next heading or introduction)
const INTRODUCES = /[：:]\s*$/;
// a line of an example chat, by who wrote it
const CHAT_LINE = /^\s*(买家|商家|buyer|seller|merchant)\s*[:：]/i;
const INTRODUCED_LINES = 5;
// a heading counted as the answer to "how many" must be among the first candidates and hold this much of the question
const COUNTED_LIST_CANDIDATES = 3;
// how far down the ranked lines a screenshot's tier table may sit to answer a quantity asked of it
const TIER_CANDIDATES = 5;
const TIMES_ASK = /几倍|多少倍|\bhow many times\b|\btimes (higher|more|the|as)\b/i;
const COUNTED_LIST_COVERAGE = 0.3;
const COUNTABLE_KINDS = new Set<PassageKind>(['speaker', 'list', 'agenda']);
// lines that give a reason or purpose
const PURPOSE = /为了|旨在|目的|以便|有助于|助力|鼓励|帮助|因此|由于/;
const PURPOSE_EN = /^(Why|To |In order to)|\bin order to\b|\bso that\b|\baims? to\b|\bto help\b|\bbecause\b/i;
const PURPOSE_RESCUE_SCORE = 6;
// a day of a month as the asker or a line writes it ("5月13日", "5/13", "5.13"); the briefing's year is 2022
const DAY_OF_MONTH = /(\d{1,2})\s*[\/月.]\s*(\d{1,2})\s*[日号]?/g;
const dayOfYear = (month: string, day: string) => Math.round(Date.UTC(BRIEFING_YEAR, Number(month) - 1, Number(day)) / 86_400_000);
/** The lead for a span of days between two dates: counted with both ends, and without the first ("the range" shown when given). */
const spanLead = (days: number, lang: Lang, range?: { zh: string; en: string }) =>
  lang === 'zh' ? `共${days + 1}天（${range ? `${range.zh}，` : ''}含首尾；不含首日为${days}天）。` : `${days + 1} days counting both ends (${range ? `${range.en}; ` : ''}${days} days between them).`;
/** "哪几块", "which topics", "what did it cover": the items of a list are asked, not a figure or a verdict */
const asksList = (qa: QuestionAnalysis) => (qa.types.includes('list') || qa.types.includes('contents')) && qa.types.every((t) => t === 'list' || t === 'contents');
const statesPurpose = (p: Passage) => PURPOSE.test(p.zh) || PURPOSE_EN.test(p.en);
// a question asking which comes first ("优先看哪类产品", "which products first") is answered by a line that singles some
// out ("尤其是高曝光产品", "especially high-exposure ones")
const ASKS_PRIORITY = /优先|重点|首先|先(看|查|改|处理|检查)|最(该|应该|需要)|\b(first|priorit\w*|most important|focus on|especially)\b/i;
const SINGLES_OUT = /尤其|特别是|重点|优先|\b(especially|in particular|above all|priorit\w*)\b/i;
// (a heading or an agenda title names a part, "重点关注", and singles nothing out)
const singlesOut = (p: Passage) => p.kind !== 'heading' && p.kind !== 'agenda' && (SINGLES_OUT.test(p.zh) || SINGLES_OUT.test(p.en));
// ...holding at least this share of the question, read with the lines introducing it
const PRIORITY_COVERAGE = 0.3;
const SPEAKER_RESCUE_SCORE = 3;
// a name as the violator list masks it: an account ("al****yuan") or the start of a company name ("昆明柔****")
const MASKED_ACCOUNT = /\bal\*{2,}[a-z0-9]*/i;
const MASKED_COMPANY = /\p{Script=Han}{2,}(?=\s*\*{2,})/u;
const MASKED_NAME = new RegExp(`${MASKED_ACCOUNT.source}|${MASKED_COMPANY.source}`, 'iu');
// the share of a question's part a line must hold to name the part whose presenter is asked
const PRESENTER_COVERAGE = 0.3;
// how close to the best line a presented block's best line must score to name the part asked
const PRESENTED_SHARE = 0.8;
// the share of an agenda title a presented block's line must hold to be the part the title names
const AGENDA_PRESENTED = 0.5;
const SPECIFIC_COVERAGE = 0.8;
// a heading short enough to be a name (no numbering, no clause), with at least this many list items under it, and the share
// of the question it, its lines and its section must hold to answer a question that names it
const NAMED_HEADING = /^\p{Script=Han}{2,6}[：:]?$/u;
const NAMED_HEADING_ITEMS = 2;
// words that point at a part of the talk itself, not at anything it says ("这部分", "that section")
// the words for one talk of the briefing, said around the part a presenter question names
const TALK_WORD = /\b(?:sessions?|talks?|presentations?|webinars?)\b|(?:那场|这场|分享|讲座)/gi;
const PART_WORD = /^(部分|这部分|那部分|板块|环节|内容|议题|主题|parts?|sections?|topics?|segments?|items?)$/;
const NAMED_HEADING_COVERAGE = 0.5;
const RARE_DF = 2;
// an acronym as a question writes it: 2-5 letters, all capitals or two capitals or more among small letters (RoHS)
// ...a mixed-case one held by at most this many lines, all of one section (a service's heading, its offer and its
// provider name RoHS)
const ACRONYM_LINES = 4;
const ACRONYM = /(?<![A-Za-z0-9])((?=(?:[a-z]*[A-Z]){2})[A-Za-z]{2,5})(?![A-Za-z0-9])/g;
// the soft weight text.ts gives generic wording (a fragment of a name the dictionary lacks weighs more)
const GENERIC_SOFT = 0.3;
const STRONG_SHARE = 0.8;
const VIOLATOR_SECTION = 'enforcement.violator-list';
// words naming the list of violators; "the example list", "the newbie task list" are other lists
const VIOLATOR_LIST = /(?<!举例|例子|示例|任务|新手|清单)名单|上榜|榜上|公示|(?<!\b(?:examples?|tasks?|newbie|newcomer|products?|price|to-?do|check|shares?|formats?|benefits?|categor(?:y|ies)|standards?|agenda|course|speakers?|lecturers?|sku|mailing|contact|tool|app|regions?|provinces?|cities|city|areas?|currenc(?:y|ies)|eligibility)[\s-]+)(?<!\b(?:i|we|you|they|he|she|to|can|could|will|would|should|may|might|must|do|don'?t|please|and|then|just|still|also)\s+)\blist\b|(?<!\b(?:products?|items?|skus?|listings?|goods)\s+)\b(?:were|was|got|been|being) listed\b|(?<!\b(?:products?|items?|skus?|listings?|goods)(?:\s+(?:were|was|are|is|got|get|been|being))?\s+)\blisted (?:for|as|on)\b|\blisted (?:merchants?|companies|company|sellers?|firms?|suppliers?|accounts?)\b|named(?!\s+(?:as|among|by)\b)(?!\s+in\s+(?:the\s+)?(?:briefing|slides?|deck|material|rules?)\b)|violators?/i;
// a thing named by at most this many lines is a specific one (smart replies, a reward), not a topic word; the line naming
// it must hold this share of the question to be quoted for it
const NAMING_LINES = 4;
const NAMING_COVERAGE = 0.3;
// the two violation types of the list, as a question names them
const VIOLATION_OFFSITE = /拉线下|站外|引导|off[- ]?(platform|site)|steer|whatsapp|wechat|communication/i;
const VIOLATION_PRICING = /虚假价格|虚报|假价格|MOQ|false price|fake price|pric/i;
// how much more of the asking clause another line of the topic with a figure of the asked type must hold to be the one
// about the asked event
const SAME_EVENT_MARGIN = 0.3;
const YESNO_LINES = 3;
// a lead that says yes, in either language
const AFFIRMATIVE_LEAD = /^(Yes\b|是的|需要|能|会|可以|有)/;
// a line that dates what it states to a year ("2022年4月正式对外发布")
const YEAR_IN_LINE = /(?<!\d)(19|20)\d\d\s*年/;
// a line naming a month: its number before 月 (not a count, "3个月"), its Chinese numeral ("六月"), or its English name
const HAN_MONTHS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
const monthIn = (p: Passage, m: number) =>
  new RegExp(`(?<![\\d.])${m}\\s*月|(?<![一二三四五六七八九十])${HAN_MONTHS[m - 1]}月`).test(p.zh) || new RegExp(`\\b${MONTHS[m - 1]}\\b`, m === 5 ? '' : 'i').test(p.en);
// a four-digit run of its own in a line ("2022年", "2023"): the years the briefing names
// the asks a penalty ladder's step holds no answer of (a step is points and a measure, never a time)
const LADDER_TIMELESS = new Set(['howlong', 'when', 'day', 'clock', 'frequency']);
const FOUR_DIGITS = /(?<!\d)\d{4}(?!\d)/g;
// a lead that already says yes or no (the words the yes/no leads of polarity.ts open with)
const YESNO_LEAD = /^(yes|no|是|否|不|没有|无需|可以|能|会|对|需要|要)/i;

interface Doc {
  passage: Passage;
  tf: Map<string, number>;
  /** the tokens of the line's own text, without its section title */
  own: Set<string>;
  length: number;
}

export class PassageIndex {
  private readonly docs: Doc[];
  private readonly df = new Map<string, number>();
  private readonly avg: number;

  constructor(readonly passages: Passage[], readonly matcher: ConceptMatcher, sectionsById: Map<string, Section>) {
    this.docs = passages.map((passage) => {
      const tf = new Map<string, number>();
      let length = 0;
      for (const tok of [...analyzeDoc(passage.zh, matcher), ...analyzeDoc(passage.en, matcher)]) {
        tf.set(tok, (tf.get(tok) ?? 0) + 1);
        length++;
      }
      const own = new Set(tf.keys());
      // a line read alone loses its topic ("预计5月底全量上线" is about green-factory benefits): the section title
      // joins in at a small weight
      const section = sectionsById.get(passage.section);
      if (section) {
        for (const tok of analyzeDoc(`${section.title} ${section.titleEn}`, matcher)) {
          tf.set(tok, (tf.get(tok) ?? 0) + TITLE_WEIGHT);
          length += TITLE_WEIGHT;
        }
      }
      return { passage, tf, own, length };
    });
    for (const d of this.docs) for (const t of d.tf.keys()) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    this.avg = this.docs.reduce((a, d) => a + d.length, 0) / Math.max(1, this.docs.length);
    // postings: a question touches a few tokens, so scoring walks only the lines that hold them
    this.docs.forEach((d, i) => {
      this.byPassage.set(d.passage, d);
      for (const [t, tf] of d.tf) {
        const list = this.postings.get(t) ?? [];
        list.push([i, tf]);
        this.postings.set(t, list);
      }
    });
  }

  private readonly postings = new Map<string, [number, number][]>();
  private readonly byPassage = new Map<Passage, Doc>();

  private idf(t: string): number {
    const n = this.docs.length;
    const df = this.df.get(t) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  private readonly maxIdf = Math.log(1 + (0 + 0.5) / 0.5);

  /** Share of the question's meaning (idf-weighted units) that one passage (with its section title) holds, 0..1. */
  coverage(units: Unit[], passage: Passage, context: Passage[] = []): number {
    const doc = this.byPassage.get(passage);
    if (!doc) return 0;
    const docs = [doc, ...context.map((c) => this.byPassage.get(c)).filter((d): d is Doc => !!d)];
    const holds = (t: string) => docs.some((d) => d.tf.has(t));
    let total = 0;
    let matched = 0;
    for (const u of units) {
      let uw = 0;
      let um = 0;
      for (const t of u.tokens) {
        const known = this.df.has(t);
        let w = known ? this.idf(t) : Math.log(1 + (this.docs.length + 0.5) / 0.5);
        const has = holds(t) || (u.surface ?? []).some(holds);
        if (u.soft !== undefined && !has) w *= u.soft;
        uw += w;
        if (has) um += w;
      }
      if (uw === 0) continue;
      const unitWeight = uw / u.tokens.length;
      total += unitWeight;
      matched += unitWeight * (um / uw);
    }
    return total === 0 ? 0 : matched / total;
  }

  /** No line of the briefing holds any token of the unit, nor a word behind its concept. */
  nowhere(u: Unit): boolean {
    return u.tokens.every((t) => !this.df.has(t)) && (u.surface ?? []).every((t) => !this.df.has(t));
  }

  /** The line holds a whole unit of the question that (almost) no other line holds: a name like 沃尔玛 or Walmart. */
  holdsRareUnit(units: Unit[], passage: Passage): boolean {
    const doc = this.byPassage.get(passage);
    if (!doc) return false;
    return units.some((u) => u.kind !== 'num' && u.soft === undefined && u.tokens.every((t) => doc.tf.has(t) && (this.df.get(t) ?? 0) <= RARE_DF));
  }

  /**
   * The question's units that (almost) no line holds, by name: every token known to at most RARE_DF lines (a name the
   * dictionary lacks, "沃尔玛", comes as a fragment; generic wording does not name a thing)
   */
  rareUnits(units: Unit[]): Unit[] {
    return units.filter((u) => u.kind !== 'num' && (u.soft ?? 1) > GENERIC_SOFT && u.tokens.every((t) => this.df.has(t) && this.df.get(t)! <= RARE_DF));
  }

  /** The line's own text (not its section title) holds the unit: every token of it, or a word behind a concept. */
  ownHolds(u: Unit, passage: Passage): boolean {
    const doc = this.byPassage.get(passage);
    if (!doc) return false;
    return u.tokens.every((t) => doc.own.has(t)) || (u.surface ?? []).some((t) => doc.own.has(t));
  }

  /** The line's own text holds every token of the unit (a concept by its glossary terms, not by the words behind it). */
  namesConcept(u: Unit, passage: Passage): boolean {
    const doc = this.byPassage.get(passage);
    return !!doc && u.tokens.every((t) => doc.own.has(t));
  }

  /** Every line whose own text holds the unit. */
  holders(u: Unit): Passage[] {
    const first = this.postings.get(u.tokens[0] ?? '') ?? [];
    const out = first.map(([i]) => this.docs[i]!.passage).filter((p) => this.ownHolds(u, p));
    for (const t of u.surface ?? []) for (const [i] of this.postings.get(t) ?? []) if (!out.includes(this.docs[i]!.passage) && this.ownHolds(u, this.docs[i]!.passage)) out.push(this.docs[i]!.passage);
    return out;
  }

  /** Passages by BM25 times a prior per section (how sure the section ranking is). */
  rank(units: Unit[], prior: (p: Passage) => number): RankedPassage[] {
    const tokens = [...new Set(units.flatMap((u) => [...u.tokens, ...(u.surface ?? [])]))].filter((t) => this.df.has(t));
    if (!tokens.length) return [];
    const scores = new Float64Array(this.docs.length);
    const touched: number[] = [];
    for (const t of tokens) {
      const idf = this.idf(t);
      for (const [i, tf] of this.postings.get(t) ?? []) {
        if (scores[i] === 0) touched.push(i);
        scores[i]! += (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * this.docs[i]!.length) / this.avg));
      }
    }
    const out: RankedPassage[] = [];
    for (const i of touched) out.push({ passage: this.docs[i]!.passage, score: scores[i]! * prior(this.docs[i]!.passage) });
    return out.sort((a, b) => b.score - a.score);
  }
}

export interface ComposeInput {
  question: string;
  lang: Lang;
  units: Unit[];
  /** sections the section ranking answered from, best first */
  answered: Section[];
  /** other sections it ranked, best first */
  ranked: Section[];
  unitsOf: (text: string) => Unit[];
  /** lines the nearest seen questions were answered by, 0..1 (the learned line memory); absent: BM25 alone */
  votes?: Map<Passage, number>;
  /** one part of a compound question, composed on its own */
  part?: boolean;
  /** for a part: the whole question it is part of */
  whole?: string;
}

// a compound question is answered part by part up to this many parts, each adding at most this many lines
const MAX_PARTS = 3;
const PART_LINES = 2;
const PART_SECTIONS = 2;

/**
 * The parts of a compound question that each ask something: the analyzer's parts, and a part whose clauses each ask
 * ("开收款账户要等多久，要钱吗": a figure, then a yes/no) split at the comma. A clause that asks nothing ("如果…，") stays
 * with the next one.
 */
export function askingParts(parts: string[], asksFigure: (text: string) => boolean, asks: (text: string) => boolean): string[] {
  const out: string[] = [];
  // "how many days for (a) X and (b) Y": a lettered part takes the ask written before "(a)"
  const lettered = parts[0]?.match(/^(.*?)\s*[(（]\s*a\s*[)）]\s*(.*)$/i);
  // (the asking clause only: "Quick recap pls: how many days for" asks "how many days for")
  const ask = lettered?.[1]?.split(/[:：,，;；]/).pop()?.trim();
  if (lettered && ask) parts = [`${ask} ${lettered[2]}`, ...parts.slice(1).map((p) => p.replace(/^[(（]\s*[b-e]\s*[)）]\s*/i, `${ask} `))];
  for (const part of parts) {
    const clauses = part.split(/[，,]\s*/).filter((c) => c.trim());
    let at = 0;
    for (let i = 1; i < clauses.length; i++) {
      const left = clauses.slice(at, i).join('，');
      const right = clauses.slice(i).join('，');
      // the left side asks for a figure or a list on its own, the right side asks something of its own
      // (with a question word: "如果700个名额都报满" or "法人提现 vs 对公提现" sets up the question that follows)
      if (ASKING_WORD.test(left.replace(RELATIVE_WORD, ' ')) && asksFigure(left) && asks(clauses[i]!) && asks(right)) {
        out.push(left);
        at = i;
      }
    }
    out.push(clauses.slice(at).join('，') || part);
  }
  // (a part that asks with a question word of no answer type, "what's chapter 4 about", is a part too)
  // (a part asking only in words it quotes, "the buyer asked 'can you ship to Dubai?', we said yes", asks nothing itself)
  return out.filter((p) => {
    const own = withoutQuoted(p);
    return /[\p{L}\p{N}]{2,}/u.test(own) && (asks(own) || QUESTION_WORD.test(own));
  });
}
// "for fake-price cases where the store is shielded, how many points...": a where/when/which/who after a noun opens a
// relative clause, not a question (after a verb of asking or a joining word it still asks: "tell me when", "and where")
const RELATIVE_WORD = /(?<=\b(?!(?:know|me|us|ask|asking|wonder|wondering|tell|say|see|check|explain|and|or|but|so|then|also|pls|please|ok|exactly|just|is|are|was|were)\b)[a-z]+\s+)(?:where|when|which|who)\b/gi;
const ASKING_WORD = /多久|多长|多少|几|什么|啥|哪|怎么|如何|是否|\b(what|what's|how|which|who|when|where|why)\b/i;
const QUESTION_WORD = /^\W*(?:and\s+|also\s+)?(what|what's|which|how|who|when|where|why|is|are|can|does|do)\b|什么|哪|怎么|如何|吗\s*$/i;

// the lines the nearest seen questions were answered by do not rerank BM25's (reranking by votes lost on a split:
// memory from one blind set, scored on the other); a voted line BM25 missed only joins the ranking, last
// a line that holds this share of the neighbours' votes is quoted too, at most this many
// "哪五个", "哪几个阶段", "有几种模板", "what are the three": the run of list items a list question asks for, read with the
// line introducing it, must hold this share of the question and at least as much as the best single line
const RUN_COVERAGE = { counted: 0.3, uncounted: 0.35 };
const RUN_ITEMS = { min: 2, max: 8 };
// a line listing inline: "厂房集约化、原料无害化、…", table cells "优质榜	转化榜	飙升榜", steps "看案例 —— 投稿 —— 审核"
const INLINE_LIST = /[^、]{2,12}、[^、]{2,12}、|[^\t]+\t[^\t]+\t|——.*——/;
const RUN_SECTIONS = 2;
const RUN_KINDS = new Set<PassageKind>(['list', 'table-row', 'agenda', 'speaker']);
// a run whose items the picked lines partly quote is the list they began: its share quoted adds this to its coverage
const QUOTED_RUN = 0.3;
const INTRO_KINDS = new Set<PassageKind>(['heading', 'paragraph', 'agenda', 'faq']);
// a count the asker states of what is listed ("5大权益", "哪三个", "the four tasks", "3R")
const STATED_COUNT = /(?<![\d.])(\d|[一两二三四五六七八九十])\s*(?:大|个|种|项|类|条|点|步|期|R\b)|哪\s*(\d|[一两二三四五六七八九十])|\b(two|three|four|five|six|seven|eight|nine|ten|\d)\s+(?:[a-z-]+\s+){0,2}?(?:benefits|things|items|stages|phases|tasks|kinds|types|templates|tools|steps|formats|rights|perks|r's|rs)\b/i;

const VOTE_SHARE = 0.4;
const VOTED_LINES = 2;

/** BM25's ranking, then the voted lines it did not rank at all (score 0, so after every line that matched). */
function withVotedLines(ranked: RankedPassage[], votes: Map<Passage, number> | undefined): RankedPassage[] {
  if (!votes?.size) return ranked;
  const seen = new Set(ranked.map((r) => r.passage));
  return [...ranked, ...[...votes.keys()].filter((p) => !seen.has(p)).map((passage) => ({ passage, score: 0 }))];
}

export class Composer {
  private readonly bySection = new Map<string, Passage[]>();
  // each presenter's own "主讲" line, by name: indexed once with the passages
  private readonly presenterLines = new Map<string, Passage>();
  // the parts the last presenter question named (presentedParts)
  private presented?: { q: string; unitsOf: (text: string) => Unit[]; found: { part: Passage; by: string }[] | null };
  // The years and months some line of the briefing names: fixed with the index, so read once, not per question.
  private years?: { named: Set<string>; own: string };
  private namedMonths?: Set<number>;

  constructor(
    private readonly index: PassageIndex,
    private readonly analyzer: QuestionAnalyzer,
    private readonly sectionsById: Map<string, Section>,
  ) {
    this.yesno = new YesNoLead({
      index,
      analyzer,
      sectionsById,
      contextOf: (p) => this.contextOf(p),
      passagesOf: (id) => this.passagesOf(id),
      topicPassages: (input) => this.topicPassages(input),
      unheldAskedConcepts: (input, qa, line) => this.decline.unheldAskedConcepts(input, qa, line),
    });
    this.decline = new DeclineChecks({
      index,
      analyzer,
      byGroup: this.byGroup,
      contextOf: (p) => this.contextOf(p),
      passagesOf: (id) => this.passagesOf(id),
      listRun: (p) => this.listRun(p),
    });
    for (const p of index.passages) {
      this.bySection.set(p.section, [...(this.bySection.get(p.section) ?? []), p]);
      const topic = sectionsById.get(p.section)?.topic ?? '';
      this.byTopic.set(topic, [...(this.byTopic.get(topic) ?? []), p]);
      this.byGroup.set(p.group, [...(this.byGroup.get(p.group) ?? []), p]);
    }
    for (const g of this.byGroup.values()) g.sort((a, b) => a.pos - b.pos);
    for (const p of index.passages) {
      if (p.kind !== 'speaker') continue;
      if (p.speaker && /^主讲/.test(p.zh) && !this.presenterLines.has(p.speaker)) this.presenterLines.set(p.speaker, p);
      // the Chinese name ("主讲：阿里小二 殷钦", "秦奋 国际站…") and its romanisation in the English rendering ("(Yin Qin)")
      const zh = p.zh.match(/阿里小二\s*(\p{Script=Han}{2,3})/u)?.[1] ?? p.zh.match(/^(\p{Script=Han}{2,3})\s/u)?.[1];
      const en = p.en.match(/\(([A-Z][a-z]+(?: [A-Z][a-z]+)?)\)/)?.[1] ?? p.en.match(/member ([A-Z][a-z]+ [A-Z][a-z]+)/)?.[1];
      for (const n of [zh, en?.toLowerCase().replace(/\s+/g, '')]) if (n) this.people.push({ name: n, passage: p });
    }
    this.violatorRowList = index.passages.filter((p) => p.section === VIOLATOR_SECTION && p.kind === 'table-row' && p.zh.split('\t').length === 3 && /^al\*/.test(p.zh));
    // The list's stated total is the section's `count` fact (rules/policy/enforcement.yaml): the line that states it is
    // quoted when no row matches, and its figure is set beside the rows counted (the briefing's rows add up to fewer).
    const count = sectionsById.get(VIOLATOR_SECTION)?.facts.count;
    this.violatorHeading = count ? (index.passages.find((p) => p.section === VIOLATOR_SECTION && p.zh.includes(count)) ?? null) : null;
    this.violatorTotal = count?.match(/\d+/)?.[0] ?? null;
    const abroad = analyzer.rules.places.abroad;
    this.abroad = abroad ? { outside: abroad.outside, asked: new RegExp(abroad.asked, 'iu'), onlyDomestic: new RegExp(abroad.onlyDomestic, 'iu') } : null;
  }

  /** How a question asks about companies outside mainland China with no place named (places.yaml `abroad`), or null. */
  private abroadAsked(question: string): 'asked' | 'onlyDomestic' | null {
    if (!this.abroad) return null;
    const q = question.normalize('NFKC');
    return this.abroad.onlyDomestic.test(q) ? 'onlyDomestic' : this.abroad.asked.test(q) ? 'asked' : null;
  }

  /** the lead of a yes/no answer (src/faq/polarity.ts) */
  private readonly yesno: YesNoLead;
  /** the checks that decline what the briefing does not say (src/faq/decline.ts) */
  private readonly decline: DeclineChecks;
  private readonly byTopic = new Map<string, Passage[]>();
  private readonly byGroup = new Map<string, Passage[]>();
  private readonly violatorRowList: Passage[];
  /** The line stating the list's total, and that total (facts.count of the violator-list section), or null. */
  private readonly violatorHeading: Passage | null;
  private readonly violatorTotal: string | null;
  private readonly abroad: { outside: string[]; asked: RegExp; onlyDomestic: RegExp } | null;
  /** presenters and lecturers by name (Chinese, and romanised without spaces) */
  private readonly people: { name: string; passage: Passage }[] = [];
  private readonly topicCache = new Map<string, Passage[]>();

  /**
   * The section of the steering rule when a yes/no describes the merchant's own act of steering the buyer off the
   * platform (YesNoLead.steeringAct), whatever app it names ("follow us on Instagram", one the briefing never lists).
   */
  steeringSection(qa: QuestionAnalysis, question: string): Section | null {
    const lines = this.yesno.steeringLines(qa, question);
    return lines ? (this.sectionsById.get(lines[0]!.section) ?? null) : null;
  }

  /**
   * When the section ranking declines, a single briefing line may still hold nearly all of the question (a detail
   * no section summary mentions: "the 3R", "which five-year plan"). Returns its section, or null.
   */
  rescue(units: Unit[], qa?: QuestionAnalysis, question = '', votes?: Map<Passage, number>, unitsOf?: (text: string) => Unit[]): Section | null {
    const top = this.index.rank(units, (p) => (p.kind === 'heading' ? 0.7 : 1)).slice(0, RESCUE_CANDIDATES);
    // a question about the rows of the violator list, or a figure computed from a stated one, needs no summary
    if (qa && question) {
      const section = top[0] ? this.sectionsById.get(top[0].passage.section) : undefined;
      const listQuestion = VIOLATOR_LIST.test(question) && (qa.places.length > 0 || !!this.abroadAsked(question) || MASKED_NAME.test(question.normalize('NFKC')));
      if (listQuestion) return this.sectionsById.get(VIOLATOR_SECTION) ?? null;
      // a place asked about a topic whose lines limit who may join by region ("南昌的金品能报吗"): the region list
      // decides it, with the city mapped to its province
      if (qa.places.length) {
        const topicOf = (p: Passage) => this.sectionsById.get(p.section)?.topic ?? '';
        const topics = new Set(top.map((r) => topicOf(r.passage)));
        const regional = this.index.passages.find((p) => p.regions.length && topics.has(topicOf(p)));
        if (regional) return this.sectionsById.get(regional.section) ?? null;
      }
      // "which of these is NOT…" names its options; the lines of the topic decide it (notInList)
      if (section && NOT_IN_LIST.test(question)) {
        const comp = this.compose({ question, lang: 'en', units, answered: [section], ranked: [], unitsOf: () => units }, qa);
        if (comp.special) return section;
      }
      if (section && (qa.offence !== null || qa.amount)) {
        const comp = this.compose({ question, lang: 'en', units, answered: [section], ranked: [], unitsOf: () => units }, qa);
        if (comp.special) return section;
      }
    }
    // "why does the platform publish the list": a line stating a purpose ("为了…", "To keep…") about the topic
    if (qa?.types.includes('why')) {
      const purpose = this.index.rank(units, (p) => (PURPOSE.test(p.zh) || PURPOSE_EN.test(p.en) ? 1 : 0)).find((r) => r.score > 0);
      if (purpose && purpose.score >= PURPOSE_RESCUE_SCORE) return this.sectionsById.get(purpose.passage.section) ?? null;
    }
    // "绿色工厂和Pay是同一个人讲的吗": the parts named are looked up by their lines, whose blocks carry the presenter
    if (qa && unitsOf) {
      const pres = this.presenter(qa, { question, lang: 'en', units, answered: [], ranked: [], unitsOf });
      if (pres) return this.sectionsById.get(pres.passages[pres.passages.length - 1]!.section) ?? null;
    }
    // a question naming a presenter or lecturer is answered by their line
    const named = this.namedPeople(question);
    if (named.length) return this.sectionsById.get(named[0]!.section) ?? null;
    // "who presented the green factory part": the speaker lines carry their topic, so they answer it directly
    if (qa?.types.includes('who')) {
      const speaker = this.index.rank(units, (p) => (p.kind === 'speaker' ? 1 : 0)).find((r) => r.score > 0);
      if (speaker && speaker.score >= SPEAKER_RESCUE_SCORE) return this.sectionsById.get(speaker.passage.section) ?? null;
    }
    // "why is Pay considered safe", "Pay说的“智能”体现在哪几点": the question names a short heading of the briefing (one
    // of a product's values, a list's title) and the lines under it answer; a colloquial wording around that name
    // (a boss, a session) keeps the line ranking under its bar, so the heading is found by the name itself
    const heading = this.namedHeading(units, question, !!qa && asksList(qa));
    if (heading) return this.sectionsById.get(heading.section) ?? null;
    // "Pay说的GPI是个啥", "what's GPI": an acronym written in capitals that only a line or two of one section hold
    // names the thing asked; the wording around it ("是个啥功能") keeps the line ranking under its bar
    const acronym = this.acronymSection(units, question);
    if (acronym) return acronym;
    // "Pay说的“省钱”是指哪些", "the 'smart replies' feature": words the asker quotes that lines of one section hold verbatim
    // (held in one topic; of several holders, the one holding most of the rest of the question)
    const topicOf = (p: Passage) => this.sectionsById.get(p.section)?.topic;
    const quoted = quotedHolders(question, this.index.passages, this.foldOf).find((h) => new Set(h.map(topicOf)).size === 1);
    if (quoted) {
      const best = quoted.reduce((a, b) => (this.index.coverage(units, b) > this.index.coverage(units, a) ? b : a));
      // (a title in a list of titles, "议程里的“讲师使用规则重点强调”", states nothing of what it covered)
      const says = !['agenda', 'heading'].includes(best.kind) || this.headedBy(best).length > 1;
      if (says) return this.sectionsById.get(best.section) ?? null;
    }
    // (not for a plain yes/no: lines agreeing on the topic say nothing of whether the predicate asked holds)
    // "which rules are cited for the list": the line naming a document that holds a good share of the question
    if (qa?.types.includes('document')) {
      const titled = this.titledLine(units);
      if (titled && this.index.coverage(units, titled) >= TITLED_RESCUE_COVERAGE) return this.sectionsById.get(titled.section) ?? null;
    }
    const agreed = qa?.types.length === 1 && qa.types[0] === 'yesno' ? null : this.linesAgree(units);
    if (agreed) return agreed;
    let best: { cov: number; r: RankedPassage } | null = null;
    for (const r of top) {
      const cov = this.index.coverage(units, r.passage);
      if (!best || cov > best.cov) best = { cov, r };
    }
    if (!best) return null;
    if (best.cov >= RESCUE_COVERAGE && best.r.score >= RESCUE_SCORE) return this.sectionsById.get(best.r.passage.section) ?? null;
    // two independent signals agreeing: the line that holds most of the question, and the lines that answered the
    // nearest seen questions, in the same section
    // ...and the line misses few of the question's words that are not optional, none of a short question's ("ship my
    // goods to Mars" is not the shipping example)
    const hard = units.filter((u) => u.soft === undefined);
    const missed = hard.filter((u) => this.index.coverage([u], best!.r.passage) === 0).length;
    if (votes && best.cov >= AGREED_RESCUE.coverage && missed <= Math.floor(hard.length / AGREED_RESCUE.wordsPerMiss)) {
      let share = 0;
      for (const [p, v] of votes) if (p.section === best.r.passage.section) share += v;
      if (share >= AGREED_RESCUE.votes) return this.sectionsById.get(best.r.passage.section) ?? null;
    }
    return null;
  }

  /**
   * "检测报告验真到底有啥用", "已经有的信保订单要重新建单吗": the sections' summaries miss the detail, but the best lines of the
   * whole briefing agree: the first few are one section's, clearly ahead of any other topic's line, and the first holds
   * a good share of the question. The wording around the detail (到底有啥用, 买家那边) keeps each line's share of the
   * question under the single-line bar, so the lines' agreement is the evidence instead.
   */
  private linesAgree(units: Unit[]): Section | null {
    const ranked = this.index.rank(units, (p) => (p.kind === 'heading' ? 0.7 : 1));
    const first = ranked[0];
    if (!first || first.score < LINES_AGREE.score) return null;
    if (!ranked.slice(0, LINES_AGREE.lines).every((r) => r.passage.section === first.passage.section)) return null;
    const topic = this.sectionsById.get(first.passage.section)?.topic;
    const other = ranked.find((r) => this.sectionsById.get(r.passage.section)?.topic !== topic);
    if (other && first.score < LINES_AGREE.lead * other.score) return null;
    if (this.index.coverage(units, first.passage) < LINES_AGREE.coverage) return null;
    return this.sectionsById.get(first.passage.section) ?? null;
  }

  /**
   * The clause of the line that states a lead time holds at least two of the question's words, and half of them, not
   * counting the words that name the topic itself (its section's title: "直播带岗" is in every line of the topic).
   */
  private leadClauseHolds(input: ComposeInput, re: RegExp, p: Passage): boolean {
    const clause = p.zh.split(/[，,；;。]/).find((c) => re.test(c));
    if (!clause) return false;
    const tokens = (text: string) => new Set(input.unitsOf(text).flatMap((u) => [...u.tokens, ...(u.surface ?? [])]));
    const holds = (set: Set<string>) => (u: Unit) => u.tokens.every((t) => set.has(t)) || (u.surface ?? []).some((t) => set.has(t));
    const section = this.sectionsById.get(p.section);
    const title = tokens(section ? `${section.title} ${section.titleEn}` : '');
    const asked = input.units.filter((u) => u.soft === undefined && u.kind !== 'num' && !holds(title)(u));
    const held = asked.filter(holds(tokens(clause))).length;
    return held >= 2 && held >= asked.length / 2;
  }

  /**
   * The one section whose lines alone hold an acronym the question writes in capitals (GPI, SKA), or in mixed case with
   * two capitals or more (RoHS), if any. The acronym is matched as the question's words are, stemmed ("RoHS" -> "roh").
   */
  private acronymSection(units: Unit[], question: string): Section | null {
    for (const m of question.normalize('NFKC').matchAll(ACRONYM)) {
      const tok = stem(m[1]!.toLowerCase());
      const unit = units.find((u) => u.kind !== 'num' && u.tokens.length === 1 && u.tokens[0] === tok);
      if (!unit) continue;
      const holders = this.index.holders(unit);
      const sections = new Set(holders.map((p) => p.section));
      // (a name in mixed case is coined, "RoHS", and may head a few lines of its service; one in capitals, "SGS", must be rarer)
      const most = /[a-z]/.test(m[1]!) ? ACRONYM_LINES : RARE_DF;
      if (holders.length >= 1 && holders.length <= most && sections.size === 1) return this.sectionsById.get(holders[0]!.section) ?? null;
    }
    return null;
  }

  /**
   * "第二章讲了哪些内容", "what does chapter 2 cover": the agenda line numbering that part ("第二章 为什么选择 金品诚企？")
   * and the lines under it up to the next numbered part, not the title alone.
   */
  private numberedPart(qa: QuestionAnalysis, input: ComposeInput): Composition | null {
    if (qa.types.some((t) => (ENDS_IN_EVIDENCE as readonly string[]).includes(t) || t === 'yesno' || t === 'who')) return null;
    const q = input.question.normalize('NFKC');
    const m = q.match(/第\s*([0-9]+|[一二两三四五六七八九十]+)\s*(章|部分|节|讲|课)/) ?? q.match(/\b(chapter|ch|chap|part|section|lesson|module)\.?\s*(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b/i);
    if (!m) return null;
    const zh = /第/.test(m[0]);
    const raw = zh ? m[1]! : m[2]!.toLowerCase();
    const n = /^\d+$/.test(raw) ? Number(raw) : zh ? HAN_NUMERALS[raw] : NUM_WORD_EN[raw];
    if (!n) return null;
    const word = zh ? m[2]! : ({ chapter: '章', ch: '章', chap: '章', part: '部分', section: '节', lesson: '课', module: '章' } as Record<string, string>)[m[1]!.toLowerCase()]!;
    // (built once per question: the filter below reads every passage of the briefing)
    const numbered = new RegExp(`^\\s*第\\s*(?:${n}|${Object.entries(HAN_NUMERALS).filter(([, v]) => v === n).map(([c]) => c).join('|') || 'x'})\\s*${word}`);
    const topics = new Set(input.answered.map((sec) => sec.topic));
    const titled = this.index.passages.filter((p) => numbered.test(p.zh));
    const title = titled.find((p) => topics.has(this.sectionsById.get(p.section)?.topic ?? '')) ?? (titled.length === 1 ? titled[0] : undefined);
    if (!title) return null;
    const group = this.byGroup.get(title.group) ?? [];
    const under: Passage[] = [];
    for (let i = group.indexOf(title) + 1; i < group.length; i++) {
      const p = group[i]!;
      if (/^\s*第\s*([0-9]+|[一二两三四五六七八九十]+)\s*/.test(p.zh) && p.kind === title.kind) break;
      under.push(p);
    }
    if (!under.length) return null;
    return { lead: '', passages: [title, ...under], notStated: null };
  }

  /**
   * "Pay说的“智能”体现在哪几点", "why is Pay safe": the question names a heading of the answered topic and asks for
   * what it lists or why; the lines under that heading answer, not the best-matching lines of the whole topic
   * (which run on into the next heading's list). A figure, a yes/no or a person is asked of a line, not of a list.
   */
  private headedList(qa: QuestionAnalysis, input: ComposeInput): Composition | null {
    if (qa.types.some((t) => (ENDS_IN_EVIDENCE as readonly string[]).includes(t) || t === 'yesno' || t === 'who')) return null;
    const heading = this.namedHeading(input.units, input.question, asksList(qa));
    if (!heading) return null;
    const topics = new Set(input.answered.map((s) => s.topic));
    if (!topics.has(this.sectionsById.get(heading.section)?.topic ?? '')) return null;
    // "why must new merchants finish the 新手推荐任务 first" is answered by the line that states the purpose, when the
    // topic has one; the heading's list is what is done, not why
    if (qa.types.includes('why') && this.topicPassages(input).some(statesPurpose)) return null;
    return { lead: '', passages: this.listRun(heading), notStated: null };
  }

  /**
   * A short heading (a word or two: "安全", "智能", "运营优化参考") that a unit of the question holds whole, with a run of
   * lines under it, where the heading, its lines and its section together hold most of the question.
   */
  private namedHeading(units: Unit[], question: string, asksList = false): Passage | null {
    const hard = units.filter((u) => u.soft === undefined && u.kind !== 'num');
    const asked = normalize(question).replace(/\s+/g, '');
    const concepts = new Set(units.filter((u) => u.kind === 'concept').map((u) => u.tokens[0]!));
    // the question says the heading's name: its words, or glossary terms for all of it ("safe" for 安全)
    const named = (p: Passage) => {
      const name = normalize(p.zh).replace(/[\s：:]+/g, '');
      if (asked.includes(name)) return true;
      const m = this.index.matcher.match(name);
      let rest = name;
      for (const [a, b] of m.spans) rest = rest.slice(0, a) + ' '.repeat(b - a) + rest.slice(b);
      return m.ids.length > 0 && !/\p{Script=Han}/u.test(rest) && m.ids.every((id) => concepts.has('@' + id));
    };
    let best: { p: Passage; cov: number } | null = null;
    for (const u of hard) {
      for (const p of this.index.holders(u)) {
        if (p.kind !== 'heading' || !NAMED_HEADING.test(p.zh.trim()) || !named(p)) continue;
        const run = this.listRun(p);
        // the heading opens a list ("安全" then its three reasons); a heading over an example's table ("虚假价格") or over
        // agenda titles ("最新动态" does not say what a lecturer rule is) names a subject, not what it lists
        // ...unless the question asks which parts it had ("最新动态那部分讲了哪几块"): then its agenda titles are the answer
        const kind = asksList && run[1]?.kind === 'agenda' ? 'agenda' : 'list';
        const items = run.slice(1).filter((x) => x.kind === kind);
        if (run[1]?.kind !== kind || items.length < NAMED_HEADING_ITEMS) continue;
        const cov = this.index.coverage(units, p, [...run, ...this.passagesOf(p.section)]);
        // an agenda part named verbatim, when the question's other words name nothing the briefing's content lines
        // speak of ("这次重点关注了哪几个议题"), is what the question is about whatever share of it those words are
        const onlyPart = kind === 'agenda' && asked.includes(normalize(p.zh).replace(/[\s：:]+/g, '')) && hard.every((h) => run.some((x) => this.index.ownHolds(h, x)) || h.tokens.every((t) => PART_WORD.test(t)) || this.index.holders(h).every((x) => x.kind === 'agenda' || x.kind === 'heading'));
        if ((cov >= NAMED_HEADING_COVERAGE || onlyPart) && (!best || cov > best.cov)) best = { p, cov };
      }
    }
    return best?.p ?? null;
  }

  analyze(question: string): QuestionAnalysis {
    return this.analyzer.analyze(question);
  }

  compose(input: ComposeInput, qa: QuestionAnalysis): Composition {
    const whole = this.composeWhole(input, qa);
    const parts = this.eachPart(input, qa, whole);
    if (parts) return this.withNamed(input, qa, parts);
    // a list question whose lines list nothing, or only part of a list (its title, one item, two of three stages)
    // gets the whole run of list items
    if (!whole.special && !whole.notStated) return this.withNamed(input, qa, this.enumeratedRun(qa, input, whole.passages) ?? whole);
    return this.withNamed(input, qa, whole);
  }

  /** The lines holding what the asker names: quoted words, and a document's title when its name is asked. */
  private withNamed(input: ComposeInput, qa: QuestionAnalysis, comp: Composition): Composition {
    return this.withExampleTitles(this.withDocument(input, qa, this.withQuoted(input, comp)));
  }

  /**
   * A line of an example chat ("商家: please add my whatsapp…") says what was written, not what it exemplifies: the
   * example's title ("4) 商家试图通过线下传送文件") is quoted before it.
   */
  private withExampleTitles(comp: Composition): Composition {
    if (comp.notStated || !comp.passages.some((p) => CHAT_LINE.test(p.zh))) return comp;
    const passages: Passage[] = [];
    for (const p of comp.passages) {
      if (CHAT_LINE.test(p.zh)) {
        const group = this.byGroup.get(p.group) ?? [];
        let at = group.indexOf(p) - 1;
        while (at >= 0 && CHAT_LINE.test(group[at]!.zh)) at--;
        const title = at >= 0 ? group[at]! : undefined;
        if (title && !passages.includes(title) && !comp.passages.slice(0, comp.passages.indexOf(p)).includes(title)) passages.push(title);
      }
      if (!passages.includes(p)) passages.push(p);
    }
    return passages.length > comp.passages.length ? { ...comp, passages } : comp;
  }

  /**
   * "依据哪两个规则公示的", "which rules are cited": the line naming a rule or notice in title marks (《…》), of the answered
   * topic or among the best lines for the question, is quoted first. Only adds a line; never declines.
   */
  private withDocument(input: ComposeInput, qa: QuestionAnalysis, comp: Composition): Composition {
    const titled = this.analyzer.type('document')?.evidence;
    if (!titled || !qa.types.includes('document') || comp.notStated || !comp.passages.length) return comp;
    const quoted = comp.passages.find((p) => titled.test(p.zh));
    const best = quoted ?? this.titledLine(input.units, new Set(this.topicPassages(input)));
    if (best === comp.passages[0]) return comp;
    return best ? { ...comp, passages: [best, ...comp.passages.filter((p) => p !== best)] } : comp;
  }

  /** The line naming a document in title marks that holds most of the question (the answered topic's a little ahead). */
  private titledLine(units: Unit[], topic: Set<Passage> = new Set()): Passage | null {
    const titled = this.analyzer.type('document')?.evidence;
    if (!titled) return null;
    return this.index.rank(units, (p) => (titled.test(p.zh) ? (topic.has(p) ? IN_SAME_TOPIC : 1) : 0)).find((r) => r.score > 0)?.passage ?? null;
  }

  private readonly foldedLines = new Map<Passage, { zh: string; en: string }>();
  private readonly foldOf = (p: Passage) => {
    let f = this.foldedLines.get(p);
    if (!f) this.foldedLines.set(p, (f = { zh: foldQuoted(p.zh), en: foldQuoted(p.en) }));
    return f;
  };

  /**
   * A name the asker quotes ("我们用的是“智能回复”", "Pay说的“省钱”") is the briefing's own words for the thing asked: the
   * line holding it verbatim is quoted right after the line the ask chose (a heading or an introducing line with the
   * lines under it). Only adds lines to an answer; it never turns a "not stated" into one.
   */
  private withQuoted(input: ComposeInput, comp: Composition): Composition {
    if (comp.notStated || !comp.passages.length) return comp;
    const answered = new Set(input.answered.map((s) => s.id));
    const topic = new Set(this.topicPassages(input));
    const passages = [...comp.passages];
    for (const holders of quotedHolders(input.question, this.index.passages, this.foldOf)) {
      const exact = holders.find((p) => { const f = this.foldOf(p); return quotedSpans(input.question).some((q) => f.zh === q || f.en === q); });
      const best = exact ?? holders.find((p) => passages.includes(p)) ?? holders.find((p) => answered.has(p.section)) ?? holders.find((p) => topic.has(p)) ?? holders[0]!;
      const fresh = this.headedBy(best).filter((p) => !passages.includes(p));
      // after the line itself when it is quoted already, else after the line the ask chose
      const at = passages.includes(best) ? passages.indexOf(best) + 1 : 1;
      passages.splice(at, 0, ...fresh);
    }
    return passages.length > comp.passages.length ? { ...comp, passages } : comp;
  }

  /** A heading, an agenda title ("第二章 为什么选择 金品诚企？") or an introducing line, with the lines under it. */
  private headedBy(p: Passage): Passage[] {
    if (p.kind !== 'heading' && p.kind !== 'agenda' && !INTRODUCES.test(p.zh)) return [p];
    const group = this.byGroup.get(p.group) ?? [p];
    const out = [p];
    for (let i = group.indexOf(p) + 1; i > 0 && i < group.length && out.length < LIST_RUN && !['heading', 'agenda'].includes(group[i]!.kind); i++) out.push(group[i]!);
    return out;
  }


  /**
   * A compound question ("开户要等多久，要钱吗", "what does it cost and in which currency?") gets each part's own answer:
   * every part composed on its own against the same sections, their leads in the question's order, their lines after
   * the whole question's. Only when every part is answered; otherwise the whole question's composition stands.
   */
  private eachPart(input: ComposeInput, qa: QuestionAnalysis, whole: Composition): Composition | null {
    if (input.part) return null;
    // "要求几天内改完？是14天吗？": the whole question's lead already gives the figure and the verdict on the one proposed,
    // read against the lines about the subject; the yes/no part alone ("是14天吗") has no subject to compare against
    if (whole.comparedFigure) return null;
    const parts = askingParts(qa.parts, (text) => this.analyzer.analyze(text).types.filter((t) => t !== 'yesno').length > 0, (text) => this.analyzer.analyze(text).types.length > 0);
    if (parts.length < 2 || parts.length > MAX_PARTS) return null;
    const subs: Composition[] = [];
    for (const part of parts) {
      const partQa = this.analyzer.analyze(part);
      // (against the sections the whole question answered, so a part that leaves its subject to another stays in topic)
      const partInput = { ...input, question: part, units: input.unitsOf(part), part: true, whole: input.question };
      let sub = this.composeWhole(partInput, partQa);
      // a part answered with another part's lead is about a section the whole question ranked next ("(a) products
      // pending rectification and (b) named violators"); not when the whole question is not stated: a neighbouring
      // section's figure is no answer to a part of it
      const repeats = (c: Composition) => (c.lead ? subs.some((x) => x.lead === c.lead) : subs.some((x) => !x.lead && x.passages[0] === c.passages[0]));
      if (!whole.notStated && repeats(sub)) {
        const answered = [...input.answered, ...input.ranked.slice(0, PART_SECTIONS).filter((s) => !input.answered.includes(s))];
        sub = this.composeWhole({ ...partInput, answered }, partQa);
        // still another part's answer ("虚假价格那段谁讲的？Pay那段又是谁？"): the part's own best line names its section
        const own = repeats(sub) ? this.index.rank(partInput.units, () => 1)[0]?.passage.section : undefined;
        const section = own ? this.sectionsById.get(own) : undefined;
        if (section && !answered.includes(section)) sub = this.composeWhole({ ...partInput, answered: [section] }, partQa);
      }
      if (sub.notStated || !sub.passages.length) return null;
      subs.push(sub);
    }
    const leads = [...new Set(subs.map((c) => c.lead.trim()).filter(Boolean))];
    // parts answered by lines alone ("who covered Pay and who did green factory?") still each get their own line first,
    // when those lines differ; otherwise the whole question's composition stands
    if (!leads.length && new Set(subs.map((c) => c.passages[0])).size < subs.length) return null;
    // each part's lead a sentence of its own
    const lead = leads.map((l) => (/[。.!?！？；;]$/.test(l) ? l : l + (input.lang === 'zh' ? '。' : '.'))).join(input.lang === 'zh' ? '' : ' ');
    // each part's best line first (the reply quotes only the first few), then the whole question's, then the rest
    const passages: Passage[] = [];
    const add = (p: Passage) => {
      if (!passages.includes(p)) passages.push(p);
    };
    for (const sub of subs) add(sub.passages[0]!);
    if (!whole.notStated) whole.passages.forEach(add);
    for (const sub of subs) sub.passages.slice(1, PART_LINES).forEach(add);
    return { lead, passages, notStated: null, special: whole.special || subs.some((c) => c.special) };
  }

  private composeWhole(input: ComposeInput, qa: QuestionAnalysis): Composition {
    const answeredIds = new Set(input.answered.map((s) => s.id));
    const rankedIds = new Set(input.ranked.map((s) => s.id));
    const topics = new Set(input.answered.map((s) => s.topic));
    const wantsPerson = qa.types.includes('who');
    const listsMerchants = qa.places.length > 0 || /al\*{4}|名单|list|named|公示/i.test(input.question);
    const prior = (p: Passage) => {
      let w = answeredIds.has(p.section) ? IN_ANSWERED_SECTION : rankedIds.has(p.section) ? IN_RANKED_SECTION : 1;
      if (!answeredIds.has(p.section) && topics.has(this.sectionsById.get(p.section)?.topic ?? '')) w = Math.max(w, IN_SAME_TOPIC);
      if (wantsPerson && p.kind === 'speaker') w *= 2;
      if (p.kind === 'heading') w *= 0.7;
      // the 77 rows of the violator list answer questions about the list, not every question that says "merchant"
      if (p.section === 'enforcement.violator-list' && p.kind === 'table-row' && !listsMerchants) w *= 0.3;
      return w;
    };
    const bm25 = this.index.rank(input.units, prior);
    const ranked = withVotedLines(bm25, input.votes);
    const top = ranked[0]?.score ?? 0;
    const candidates = ranked.filter((r) => r.score >= CANDIDATE_SHARE * top).slice(0, CANDIDATES);

    // the lines of the topic the section ranking settled on, after the ones that matched the question
    const pool = [...candidates, ...ranked.filter((r) => answeredIds.has(r.passage.section) && !candidates.includes(r))];
    const inPool = new Set(pool.map((r) => r.passage));
    for (const s of input.answered) for (const p of this.passagesOf(s.id)) if (!inPool.has(p)) pool.push({ passage: p, score: 0 });

    // a year no line of the briefing names ("the fee in 2021", "back in 2020"): the briefing's lines are of its own
    // year, so they state nothing of that one; a yes/no proposing it for a thing a line dates to another year
    // ("1+N团体标准是2021年发布的吗" against "2022年4月正式对外发布") is answered "no" by that line
    if (qa.period && /^\d{4}$/.test(qa.period)) {
      const years = this.namedYears();
      // (the briefing's own year dates every line, named or not; another year some line names, "2023年起…碳关税", dates
      // only what that line speaks of: "2023年星等级还会调整吗" is asked of a year the briefing states nothing of the star
      // level in, which the period check below reads)
      if (years.named.has(qa.period)) {
        if (qa.period === years.own) qa = { ...qa, period: null };
      } else {
        const dated = qa.types.includes('yesno') ? candidates.slice(0, YESNO_LINES).find((c) => YEAR_IN_LINE.test(c.passage.zh)) : undefined;
        if (dated) return { lead: input.lang === 'zh' ? '不是。' : 'No.', passages: [dated.passage], notStated: null };
        return { lead: '', passages: candidates.slice(0, 1).map((c) => c.passage), notStated: 'period' };
      }
    }
    // ...and so for a month no line names ("报名9月采购节", "the September fair"): the briefing dates its lines to March
    // through June, so it states nothing of a thing in another month
    const month = findMonth(input.question);
    if (month !== null && !(this.namedMonths ??= new Set(MONTHS.map((_, i) => i + 1).filter((m) => this.index.passages.some((p) => monthIn(p, m))))).has(month)) {
      return { lead: '', passages: candidates.slice(0, 1).map((c) => c.passage), notStated: 'period' };
    }
    // ...and so for a version no line names ("金品3.0 跟 2.0 权益有啥区别", "what changes in 4.0?"): the briefing speaks of the
    // version it announces, so it states nothing of another one, nor how the two differ
    if (findVersions(input.question).some((v) => !this.index.passages.some((p) => p.zh.includes(v)))) {
      return { lead: '', passages: candidates.slice(0, 1).map((c) => c.passage), notStated: 'period' };
    }
    // an edition or period the briefing never speaks of ("第一期", "3月份的名单", "last season")
    if (qa.period && !this.decline.mentionsPeriod(qa.period, [...pool.map((r) => r.passage), ...this.topicPassages(input)], input, qa.parts)) {
      return { lead: '', passages: candidates.slice(0, 1).map((c) => c.passage), notStated: 'period' };
    }

    // an agenda item the question names by words no line outside the agenda and headings uses: the briefing lists
    // its title and says nothing of what it covered ("4月商家提效工具速递里有哪些工具")
    const agenda = this.decline.agendaOnly(input, qa);
    if (agenda) return { lead: '', passages: [agenda], notStated: POINTER.test(agenda.zh) ? 'pointer' : 'agenda' };

    // "will SNS add WhatsApp later?", "以后会支持TikTok吗": whether a named item comes later is answered only by a line
    // announcing a plan that names it; what is supported now says nothing of later
    const pol = this.analyzer.rules.polarity;
    // (an item of an open list too: "WhatsApp/Skype…等" lists what is steered to now, no plan)
    const named = qa.items;
    if (named.length && qa.types.includes('yesno') && pol.laterStated && pol.laterAsked?.test(input.question)) {
      const states = (p: Passage) => (pol.laterStated!.test(p.zh) || pol.laterStated!.test(p.en)) && named.every((i) => i.re.test(p.zh) || i.re.test(p.en));
      if (![...pool.map((r) => r.passage), ...this.topicPassages(input)].some(states)) return { lead: '', passages: candidates.slice(0, 1).map((c) => c.passage), notStated: 'future' };
    }

    // special answers computed from stated figures come first
    const special =
      // (the merchant's own act of steering the buyer off the platform is decided by the rule's definition, first)
      this.yesno.steeringAct(qa, input, candidates.map((c) => c.passage)) ??
      this.notInList(input, candidates) ??
      this.tableRowCount(qa, input, candidates) ??
      this.tableCell(qa, input, candidates) ??
      this.presenter(qa, input) ??
      this.people_(input) ??
      this.violatorRows(qa, input, candidates) ??
      this.yesno.eligibility(qa, candidates, input) ??
      this.categoryRows(qa, candidates, input.lang, input.question, this.topicPassages(input)) ??
      this.ladder(qa, input, candidates) ??
      this.aboveWaiver(qa, input, candidates) ??
      this.fee(qa, input, candidates) ??
      // (before the ratio of the asker's own figures: "500克的单价是20000克的几倍" asks the prices of those tiers)
      this.tierCell(input, candidates) ??
      this.ratio(qa, input, candidates) ??
      this.countTimesPrice(qa, input, candidates) ??
      this.durationSum(qa, input) ??
      this.yesno.membership(qa, input, pool) ??
      this.numberedPart(qa, input) ??
      this.headedList(qa, input);
    if (special) {
      // a compound question ("the 2nd offence, and type two from the 4th?") gets the line each other part is about
      if (qa.parts.length > 1) {
        for (const part of qa.parts) {
          const p = this.index.rank(input.unitsOf(part), prior)[0]?.passage;
          if (p && !special.passages.some((x) => x.zh === p.zh)) special.passages.push(p);
        }
      }
      return { ...special, passages: this.withIntroduced(special.passages), special: true };
    }
    const span = this.dateSpan(input.question, input.lang);
    if (span) return { lead: span, passages: candidates.slice(0, 2).map((c) => c.passage), notStated: null, special: true };
    // "how many days is the submission window?": the days of a date range a line of the topic states ("4月30日-5月13日")
    const stated = this.statedSpan(input, pool.map((r) => r.passage));
    if (stated) return { ...stated, notStated: null, special: true };

    // which line holds an answer of the asked type
    // ("多久更新一次" asks how often: a frequency answers it, not a length of time)
    const wanted = ENDS_IN_EVIDENCE.filter((t) => qa.types.includes(t) && !(t === 'howlong' && qa.types.includes('frequency')));
    let lead = '';
    let compared = false;
    let first: RankedPassage | undefined = candidates[0];
    // the line the question is specifically about: if it lacks the figure, another line's figure is not the answer
    const c0 = candidates[0];
    const specific =
      c0 && !['heading', 'agenda'].includes(c0.passage.kind) && this.index.coverage(input.units, c0.passage) >= SPECIFIC_COVERAGE && this.index.holdsRareUnit(input.units, c0.passage)
        ? c0
        : null;
    const topicIds = wanted.length ? new Set(this.topicPassages(input)) : new Set<Passage>();
    for (const t of wanted) {
      const type = this.analyzer.type(t);
      if (!type?.evidence) continue;
      // (a quantity the briefing names without a figure, "转化率", is evidence only for a question naming it)
      const withNamed = type.named?.test(input.question) ? new RegExp(`${type.evidence.source}|${type.named.source}`, 'i') : type.evidence;
      const evidence = t === 'quantity' ? quantityEvidence(input.question, withNamed) : withNamed;
      // "多久能用上" is answered by a date; "有效期几年" is not. A deadline ("报名截止到什么时候") is a day: "至少提前5天"
      // is not one unless the asker gives the day it counts from (handled below) or asks the span itself ("提前几天")
      const untilWhen = /多久(才|就|能|可以|会|生效|上线|开始|开放|到账)|how (long|soon) (until|before|till)|how soon/i.test(input.question);
      const alt = t === 'when' && !(type.deadline?.test(input.question) && !qa.types.includes('howlong')) ? this.analyzer.type('howlong')?.evidence : t === 'howlong' && untilWhen ? this.analyzer.type('when')?.evidence : null;
      // list numbering ("（2）", "1、", "3)") is not a figure
      // and a figure the asker names ("the 金品 3.0 course", "the 2nd list") is not how many
      const named = t === 'quantity' ? [...input.question.normalize('NFKC').matchAll(/\d+(?:\.\d+)?/g)].map((m) => m[0]) : [];
      // the thing the figure must count ("lessons", "话题"): a line's number counts it only where it is named
      const countedUnits = this.countedUnits(type.counted, input);
      const bare = (text: string) => {
        // a length written in days ("由15日延长为30日", "30日内") is no day of a month: it does not answer "哪天"
        if (t === 'day' || t === 'when') return text.replace(CHANGED_DAYS, '$1 ').replace(DAYS_WITHIN, '$1 ');
        if (t !== 'quantity') return text;
        // a sum of money or a length of time counts no things ("原价1500元" is not how many CVs, "1-2 months" is not
        // how many pages)
        if (countedUnits) text = text.replace(MONEY, ' ').replace(TIME_SPAN, ' ');
        let out = text.replace(/^[（(]?\d+[)）、.]\s*|(Note|Measure|Task|Step|Benefit|Chapter|Dimension|Example|Part) \d+[,:]?/g, '');
        // a rank ("Top10", "前10名") places, it does not count
        out = out.replace(/\btop\s*\d+|前\s*\d+\s*名/gi, ' ');
        // a full date ("2022-04-18 22:02:31") counts nothing
        out = out.replace(/\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(\s+\d{1,2}:\d{2}(:\d{2})?)?/g, ' ');
        // a year or an edition's year ("2022年", "2022版", "the 2022 …") counts nothing
        out = out.replace(/(?<!\d)20\d\d(?=\s*[年版]|\s+[A-Za-z])/g, ' ');
        for (const n of named) out = out.replace(new RegExp(`(?<![\\d.])${n.replace('.', '\\.')}(?![\\d.])`, 'g'), ' ');
        return out;
      };
      // (and a line whose every figure counts a noun of its own that is not the thing asked counts something else)
      const counts = (p: Passage) => this.namesCounted(countedUnits, p, this.contextOf(p)) && !this.decline.countsOtherNoun(countedUnits, bare(p.zh), bareEn(p), input.unitsOf);
      // the rendering repeats the line's numbering in words ("2、预警商家行动点" / "Action points 2:"): not a count either
      const bareEn = (p: Passage) => {
        const n = t === 'quantity' ? p.zh.match(/^[（(]?(\d+)[)）、.]/)?.[1] : undefined;
        return bare(n ? p.en.replace(new RegExp(`(?<![\\d.])${n}(?![\\d.])`), ' ') : p.en);
      };
      const holdsWith = (re: RegExp) => (r: RankedPassage) =>
        (re.test(bare(r.passage.zh)) || re.test(bareEn(r.passage))) && (topicIds.has(r.passage) || r.score >= STRONG_SHARE * top) && counts(r.passage);
      let hit = pool.find(holdsWith(evidence));
      // an estimate ("5月初") gives way to a line of the same topic that names the day
      const { vague, precise } = type;
      const states = (re: RegExp, r: RankedPassage) => re.test(r.passage.zh) || re.test(r.passage.en);
      if (hit && vague && precise && states(vague, hit) && !states(precise, hit)) {
        // the day may sit in a sibling section of the same topic ("上线日期" beside the new tasks)
        const topicOf = (id: string) => this.sectionsById.get(id)?.topic;
        const topic = topicOf(hit.passage.section);
        const near = (r: RankedPassage) => topicIds.has(r.passage) || topicOf(r.passage.section) === topic;
        const own = [...this.sectionsById.values()].filter((sec) => sec.topic === topic).flatMap((sec) => this.passagesOf(sec.id)).map((passage) => ({ passage, score: hit!.score }));
        // (a row of a screenshot's table is a record with its own dates, not when the topic's event happens)
        const exact = [...pool, ...own].find((r) => near(r) && r.passage.kind !== 'table-row' && states(precise, r) && !states(vague, r));
        if (exact) hit = pool.find((r) => r.passage === exact.passage) ?? exact;
      }
      // the topic may state this kind of figure for several events ("预计5月底全量上线" for the benefits, "预计5月中旬上线"
      // under "如何申请"): the line that, read with the lines introducing it, holds clearly more of the asking clause
      // is about the event asked
      if (hit && type.ask) hit = this.sameEventFigure(input, type.ask, hit, [...pool, ...[...topicIds].map((passage) => ({ passage, score: 0 }))].filter(holdsWith(evidence)));
      // a date the asker gives plus a stated number of days answers "by which day"
      // ...first, when the question asks for the last day ("the latest date for the materials if the stream is on 10 July")
      const daysLine = qa.date && (t === 'day' || t === 'when') ? pool.find(holdsWith(/(?<![\d月])\d{1,3}\s*天|\d+ days/)) : undefined;
      if (daysLine && (!hit || type.deadline?.test(input.question))) hit = daysLine;
      // (a lead time, "至少提前5天", is how far ahead of an event something is due, not when anything happens: it answers
      // "when" only through the deadline branch below, from a day the asker gives)
      const howlong = this.analyzer.type('howlong');
      const leadOnly = (r: RankedPassage) =>
        t === 'when' && !!howlong?.lead && !!alt && !qa.types.includes('howlong') && !howlong.leadAsked?.test(input.question) && [r.passage.zh, r.passage.en].every((text) => !alt.test(text.replace(howlong.lead!, ' ')));
      if (!hit && alt) hit = pool.find((r) => holdsWith(alt)(r) && !leadOnly(r));
      // "素材最晚什么时候交" against "在直播前（至少提前5天）提供…素材": a lead time answers a deadline when the clause
      // stating it is about the thing asked (not "报名截止到哪天" against a line that also mentions 报名)
      const leadTime = t === 'when' && !hit && type.deadline?.test(input.question) ? this.analyzer.type('howlong')?.lead : null;
      if (leadTime) {
        const re = new RegExp(leadTime.source, 'iu');
        const lt = pool.find((r) => holdsWith(re)(r) && this.leadClauseHolds(input, re, r.passage));
        if (lt) {
          hit = lt;
          lead = figureIn(lt.passage, input.lang, re) ?? '';
        }
      }
      const nearTop = (r: RankedPassage) => r.score >= SECOND_SHARE * top;
      // (unless that line is one labelled attribute among others of the same thing, "支持账户：法人个人账户", and the hit
      // another in its block: the fee of that account)
      const attributes = specific && ATTRIBUTE.test(specific.passage.zh) && hit?.passage.group === specific.passage.group;
      if (hit && specific && hit !== specific && !nearTop(hit) && !holdsWith(evidence)(specific) && !attributes) hit = undefined;
      // the line's figure must be about the event the question asks it of ("多久能重新上架" is not the 14-day
      // rectification period): the words of the asking clause, without the ask itself, must be in the line
      if (hit && type.ask && this.decline.aboutOtherEvent(input, type.ask, hit.passage)) hit = undefined;
      // "沃尔玛要求…的截止时间是哪一年" against "欧盟…计划自2023年起": a name the question gives that another line holds
      // and the figure's line does not is what the figure would have to be about
      if (hit && this.decline.rareNameElsewhere(input, hit.passage, candidates.map((c) => c.passage), evidence)) hit = undefined;
      // "虚假价格一次扣几分" against "再次 扣3分/次": a step of a penalty ladder that does not count the violation asked
      // (rules/ask/arithmetic.yaml notFor) is that other rule's figure
      if (hit && this.decline.otherLaddersStep(input.question, hit.passage)) hit = undefined;
      // "the fee for exchanging" against "0开户费，0维护费，0入账费": a price of other acts is not the asked act's
      if (hit && t === 'price' && type.ask && this.decline.unpricedAct(input, type.ask, hit.passage)) hit = undefined;
      // a lead time ("至少提前5天") is not how long the thing asked about lasts
      if (hit && type.lead && !type.leadAsked?.test(input.question)) {
        const lead = type.lead;
        const rest = (text: string) => text.replace(lead, ' ');
        if (!evidence.test(rest(hit.passage.zh)) && !evidence.test(rest(hit.passage.en))) hit = undefined;
      }
      if (!hit && t === 'quantity') {
        const counted = this.countedList(input, candidates, countedUnits);
        if (counted) return counted;
      }
      // a line may list the things asked about without counting them ("全球收款账户 (摩根大通新加坡分行/花旗银行新加坡分行/
      // 花旗银行香港分行)" for how many banks): their number is the answer, unless the figure found counts them itself
      if (t === 'quantity' && countedUnits && (!hit || !countedUnits.some((u) => this.index.coverage(u, hit!.passage, []) >= COUNTED_NAMED))) {
        const listed = this.enumeratedInLine(input, candidates, countedUnits);
        if (listed) return listed;
      }
      if (!hit) return { lead: '', passages: (specific ? [specific] : candidates.slice(0, 1)).map((c) => c.passage), notStated: t };
      // a figure of the briefing's own round ("本次涉及共81个商家") is not the figure of another period the question names
      if (qa.period && this.decline.currentEditionOnly(qa.period, hit.passage)) return { lead: '', passages: [hit.passage], notStated: 'period' };
      if (first === candidates[0]) first = hit;
      if (!lead) lead = figureIn(hit.passage, input.lang, evidence) ?? '';
    }
    if (!first) return { lead: '', passages: [], notStated: null };

    const picked: Passage[] = [first.passage];
    // "why" is answered by a line that states a purpose or cause ("为了帮助新商家…"): the best-ranked one, else the
    // first of the answered topic, quoted first when the first pick states none
    if (qa.types.includes('why') && !wanted.length && !statesPurpose(first.passage)) {
      const purpose = pool.find((r) => (answeredIds.has(r.passage.section) || r.score > 0) && statesPurpose(r.passage))?.passage ?? this.topicPassages(input).find(statesPurpose);
      if (purpose) picked.unshift(purpose);
    }
    // "日常自查时优先看哪类产品": the topic's line that singles some out leads, when the first pick singles none out
    if (ASKS_PRIORITY.test(input.question) && !wanted.length && !singlesOut(first.passage)) {
      const cov = (p: Passage) => this.index.coverage(input.units, p, this.contextOf(p));
      const lines = [...pool.slice(0, CANDIDATES).map((r) => r.passage), ...this.topicPassages(input)].filter((p) => singlesOut(p) && cov(p) >= PRIORITY_COVERAGE);
      const best = [...new Set(lines)].sort((a, b) => cov(b) - cov(a))[0];
      if (best) picked.unshift(best);
    }
    const add = (p: Passage | undefined) => {
      if (p && picked.length < MAX_PASSAGES && !picked.some((x) => x.zh === p.zh)) picked.push(p);
    };
    for (const c of candidates) if (c.score >= SECOND_SHARE * Math.max(first.score, top * SECOND_SHARE) && picked.length < 2) add(c.passage);
    // the section ranking's prior can bury the line that holds the question best ("本地TT最快当日达" sits in the Pay
    // overview, not the timeline answered): lines close to the best across the whole briefing that hold at least as
    // much of the question as the first pick are quoted too
    for (const p of this.holdingMore(input, first.passage, bm25, prior, lead ? ANYWHERE.marginPastFigure : ANYWHERE.margin)) add(p);
    // a why-question leads with the line that states a purpose, when one is among the close candidates
    if (qa.types.includes('why')) {
      const states = (p: Passage) => PURPOSE.test(p.zh) || PURPOSE_EN.test(p.en);
      const purpose = candidates.slice(0, 4).find((c) => states(c.passage))?.passage ?? input.answered.flatMap((s) => this.passagesOf(s.id)).find(states);
      if (purpose && !picked.includes(purpose)) picked.unshift(purpose);
    }
    if (wantsPerson) {
      // "who presented X": the speaker line of the topic, wherever the section ranking landed in it
      const speaker =
        this.index.rank(input.units, (p) => (p.kind === 'speaker' ? 1 : 0)).find((r) => r.score > 0)?.passage ??
        this.topicPassages(input).find((p) => p.kind === 'speaker');
      if (speaker && !picked.includes(speaker)) picked.unshift(speaker);
    }
    if (qa.parts.length > 1) {
      for (const part of qa.parts) add(this.index.rank(input.unitsOf(part), prior)[0]?.passage);
    }
    // "which / what are the / how do I": the whole list the best line belongs to, in the briefing's order
    // (an agenda of titles is no list of steps: "where do I get the replay" is not answered by the other titles)
    const chosen = [...picked];
    const asksList = qa.types.includes('list') || /几种|几个方面|几项|哪几|分别|all the|what are the/i.test(input.question);
    if (asksList || ((qa.types.includes('howto') || /steps/i.test(input.question)) && picked[0]!.kind !== 'agenda')) {
      const run = this.listRun(picked[0]!);
      if (run.length > 1) picked.splice(0, 1, ...run.filter((p) => !picked.slice(1).includes(p)));
    }
    this.withIntroduced(picked);
    this.withTableRows(picked);
    // a briefing FAQ's question line is answered by the lines after it ("答：不是。" and its reasons)
    for (const p of [...picked]) {
      if (p.kind !== 'faq' || !/[？?]\s*$/.test(p.zh)) continue;
      const group = this.byGroup.get(p.group) ?? [];
      const at = group.indexOf(p);
      const answer: Passage[] = [];
      for (let i = at + 1; i < group.length && answer.length < LIST_RUN - 1 && !/[？?]\s*$/.test(group[i]!.zh); i++) answer.push(group[i]!);
      const fresh = answer.filter((x) => !picked.includes(x));
      picked.splice(picked.indexOf(p) + 1, 0, ...fresh);
    }
    const asksWhen = qa.types.some((t) => t === 'when' || t === 'day' || t === 'howlong') || /截止|最晚|最迟|deadline|by when|latest (date|day)|no later than/i.test(input.question);
    const dated = asksWhen ? (this.dateSpan(input.question, input.lang) ?? this.daysFromDate(qa, picked, input.lang, input.question, pool.slice(0, CANDIDATES).map((r) => r.passage))) : null;
    if (dated) lead = dated;
    lead = change(input.question, input.lang, [...picked, ...pool.slice(0, CANDIDATES).map((r) => r.passage)]) ?? lead;
    // "how long was the session" is the length of the stated clock span ("10:00-11:00" is 1 hour), not the span
    if (qa.types.includes('howlong') && (!lead || /\d{1,2}:\d{2}\s*-\s*\d{1,2}:\d{2}$/.test(lead))) lead = clockSpan(picked, input.lang) ?? lead;
    // a verdict from what the asker states against a condition a line states (a length of time, a star level, a day...)
    if (!lead && qa.types.includes('yesno')) lead = this.yesno.statedCondition(qa, input, [...picked, ...pool.slice(0, CANDIDATES).map((r) => r.passage)], picked) ?? '';
    // the rule the lines state is for merchants who did something the asker did not ("没签信保的也算吗")
    const limit = this.yesno.outsideScope(input, [...picked, ...pool.slice(0, CANDIDATES).map((r) => r.passage)]);
    if (limit && !lead && qa.types.includes('yesno')) {
      if (!picked.includes(limit.line)) picked.unshift(limit.line);
      lead = this.yesno.scopeLead(input, limit);
    } else if (limit) {
      return { lead: '', passages: [limit.line], notStated: 'scope' };
    }
    // a thing the question names that the briefing lists only by example ("Telegram" against "Whatsapp/Skype/Wechat/QQ等三方
    // 即时通信工"): the open list it belongs to is the line that answers, quoted first
    const open = this.openList(qa, [...picked, ...pool.slice(0, CANDIDATES).map((r) => r.passage), ...this.topicPassages(input)]);
    // (first for a yes/no, which it decides; after the first pick for another ask, which that pick answers)
    if (open && !picked.includes(open)) picked.splice(qa.types.includes('yesno') ? 0 : 1, 0, open);
    else if (open && qa.types.includes('yesno') && picked[0] !== open) picked.unshift(...picked.splice(picked.indexOf(open), 1));
    // a thing the question names that the lines picked for a yes/no do not ("do smart replies count?" against lines
    // listing signatures and chats): the line of the few naming it that holds most of the question is quoted after the
    // first pick, so the answer shows where the briefing names it
    if (qa.types.includes('yesno')) {
      const naming = this.namingLine(input, picked.slice(0, YESNO_LINES));
      if (naming && !picked.includes(naming)) picked.splice(1, 0, naming);
    }
    // "calendar days or working days?": a question offering two alternatives is answered only by a line holding one
    // (a comparison asking a figure of both sides is answered by a line stating both: that figure's evidence)
    const comparedFigure = qa.types.includes('compare') ? wanted.map((t) => this.analyzer.type(t)?.evidence).find((e): e is RegExp => !!e) : undefined;
    if (this.decline.neitherAlternative(input, [...picked.slice(0, YESNO_LINES), ...candidates.slice(0, YESNO_LINES).map((c) => c.passage)], comparedFigure) || this.decline.unheldComparison(input, [...picked.slice(0, YESNO_LINES), ...candidates.slice(0, YESNO_LINES).map((c) => c.passage), ...this.topicPassages(input)])) {
      return { lead: '', passages: [picked[0]!], notStated: 'choice' };
    }
    // "钉钉还是云课堂?" where the topic states both: the line stating each side is quoted among the first, so the answer
    // shows both places, not only the one the best lines name
    const sides = this.analyzer.rules.alternatives ? offeredAlternatives(input.question, this.analyzer.rules.alternatives) : null;
    if (sides && !qa.types.includes('yesno')) {
      const topic = new Set(this.topicPassages(input));
      for (const side of sides) {
        const units = input.unitsOf(side).filter((u) => u.kind !== 'num');
        const held = this.analyzer.rules.alternatives!.held;
        if (!units.length || picked.slice(0, YESNO_LINES).some((p) => this.index.coverage(units, p) >= held)) continue;
        const line = this.index.rank(units, (p) => (topic.has(p) ? 1 : 0)).find((r) => r.score > 0 && this.index.coverage(units, r.passage) >= held)?.passage;
        if (line) picked.splice(Math.min(1, picked.length), 0, ...(picked.includes(line) ? picked.splice(picked.indexOf(line), 1) : [line]));
      }
    }
    // a yes/no question whose asking clause shares nothing with the line or its whole section ("does the warning
    // expire after 12 months" against a signature example): the briefing does not say, and "Yes." would be a guess
    const yn = this.analyzer.type('yesno');
    // (any of the first lines picked may be the one that answers it)
    const plainYesNo = qa.types.length === 1 && !['agenda', 'heading'].includes(picked[0]!.kind);
    const otherEvent = (p: Passage) => this.decline.aboutOtherEvent(input, yn!.ask, p, plainYesNo ? YESNO_LINE : YESNO_EVENT);
    // (the first lines may hold the clause together: "在RFQ报价里写上Skype算违规吗" against the rule naming RFQ and the
    // example naming Skype; and a question offering an alternative, "...or is a reasonable reason enough?", is answered
    // by a line holding either side)
    const alternative = !lead && plainYesNo && qa.types.includes('yesno') && !STILL_ASKED.test(input.question.normalize('NFKC')) && this.decline.alternativeHeld(input, picked.slice(0, YESNO_LINES));
    const declinesYesNo = () =>
      (plainYesNo ? picked.slice(0, YESNO_LINES).every(otherEvent) && !this.decline.heldTogether(input, yn!.ask, picked.slice(0, YESNO_LINES)) && !alternative : otherEvent(picked[0]!)) ||
      (plainYesNo && !alternative && (this.decline.modalPredicateUnheld(input, picked.slice(0, YESNO_LINES)) || this.decline.alsoPredicateUnheld(input, picked.slice(0, YESNO_LINES))));
    // "does the list get updated weekly?", "有报名费吗": a yes/no proposing a figure of a type (a frequency, a fee, a length of
    // time) is answered only by lines that hold a figure of that type
    const proposal = !lead && qa.types.includes('yesno') ? this.decline.unheldProposal(input, qa, [...picked.slice(0, YESNO_LINES), ...candidates.slice(0, YESNO_LINES).map((c) => c.passage)]) : null;
    if (proposal) return { lead: '', passages: [picked[0]!], notStated: proposal };
    // "全球收款账户销户要收费吗" against "0开户费，0维护费，0入账费": a fee of an act no picked line names is not stated
    if (!lead && qa.types.includes('yesno') && this.decline.unheldFeeAct(input, picked.slice(0, YESNO_LINES))) {
      return { lead: '', passages: [picked[0]!], notStated: 'price' };
    }
    // "是5月25号公示吗" against "5月下旬将公示": the line gives only part of the month, so the day asked is not stated
    if (!lead && qa.types.includes('yesno') && this.decline.onlyEstimated(qa, picked.slice(0, YESNO_LINES))) {
      return { lead: '', passages: [picked.find((p) => this.decline.estimates(qa, p)) ?? picked[0]!], notStated: 'day' };
    }
    if (!lead && qa.types.includes('yesno') && yn && !faqPolarity(picked, input.lang) && declinesYesNo()) {
      return { lead: '', passages: [picked[0]!], notStated: 'yesno' };
    }
    // "should I stay logged in?" against "要确保…处于登出的状态" among the topic's lines: the line requires the opposite
    // "买家自己发了他的whatsapp，我没问，算违规吗" against the briefing's exemption for that scenario among the topic's lines
    if (!lead && qa.types.includes('yesno')) lead = this.yesno.scenarioAllowed(qa, input, [...picked, ...pool.slice(0, CANDIDATES).map((r) => r.passage), ...this.topicPassages(input)], picked) ?? '';
    if (!lead && qa.types.includes('yesno')) lead = this.yesno.requiredOpposite(input, [...picked, ...pool.slice(0, CANDIDATES).map((r) => r.passage), ...this.topicPassages(input)], picked) ?? '';
    // "is quoting 1 RFQ still a task?" with the taken-out item among the first lines: no, whichever line leads, and
    // whatever a condition of the question read yes ("…if I opened in June?": the new list applies, without the item)
    if (qa.types.includes('yesno') && (!lead || AFFIRMATIVE_LEAD.test(lead))) lead = this.yesno.removedItem(input, picked.slice(0, YESNO_LINES)) ?? lead;
    // (a question offering two alternatives is answered by the line, not by "Yes." or "No.")
    // (unless the line answers the side asked first better than the alternative: "还能参与搜索排名吗，还是直接没曝光了"
    // against "无法参与搜索排序" is a no to the first side)
    // (nor when the alternative only restricts the first side: "does it cover emails too, or just chat?")
    if (!lead && qa.types.includes('yesno') && !(alternative && endsInAlternative(input.question) && !this.decline.restrictiveAlternative(input) && !this.decline.firstSideHeld(input, picked[0]!))) {
      const read = this.yesno.lineLead(qa, input, picked);
      // the line is about the question's topic, not what it asks of it: a plain yes/no is not stated; a question asking
      // more gets the lines for the rest, with no yes or no
      if (read === null && plainYesNo) return { lead: '', passages: [picked[0]!], notStated: 'yesno' };
      lead = read ?? '';
    }
    // "换汇只能在工作时间操作吗", "does opening take more than a week?": a plain yes/no (no question word, no choice) that a
    // word of it also reads as a figure ask (a clock, a length of time) is still asked yes or no: the verdict leads, the
    // figure the line states after it (a verdict from a comparison only: the figure's line's stance would be a guess)
    else if (lead && wanted.length && qa.types.includes('yesno') && !YESNO_LEAD.test(lead) && this.yesNoClausePlain(input.question)) {
      const verdict = this.yesno.comparedLead(input, picked);
      if (verdict) lead = `${verdict}${input.lang === 'zh' ? '' : ' '}${lead}`;
      compared = !!verdict;
    }
    // "will I be penalised / 会不会被罚" answered yes from a line defining the violation: the penalty the topic states for
    // it is what was asked, so its section's penalty line is quoted right after
    if (qa.types.includes('yesno') && /^(是的|会|Yes\b)/.test(lead) && PENALTY_ASK.test(input.question)) {
      const own = this.sectionsById.get(picked[0]!.section);
      const topic = own?.topic;
      const penalty = topic && !own.intents.includes('penalty') ? [...this.sectionsById.values()].find((s) => s.topic === topic && s.intents.includes('penalty')) : undefined;
      const line = penalty ? this.passagesOf(penalty.id).find((p) => PENALTY_LINE.test(p.zh)) : undefined;
      if (line && !picked.includes(line)) picked.splice(1, 0, line);
    }
    const passages = picked.slice(0, Math.max(MAX_PASSAGES, LIST_RUN));
    // the lines picked for the question stay quoted when a list run filled the quote
    for (const p of chosen) if (!passages.includes(p)) passages.push(p);
    // the lines that answered the nearest seen questions join the quote when BM25's picks missed every line of their
    // section; only in a section the answer is about, so a vote never adds a topic or another citation to a side
    const voted = [...(input.votes ?? [])].filter(([p, v]) => v >= VOTE_SHARE && answeredIds.has(p.section)).sort((a, b) => b[1] - a[1]);
    for (const [p] of voted.slice(0, VOTED_LINES)) if (!passages.some((x) => x.section === p.section)) passages.push(p);
    return { lead, passages, notStated: null, comparedFigure: compared };
  }

  /**
   * Whether a clause of the question asks yes or no with no question word and no choice in it: the whole question
   * ("换汇只能在工作时间操作吗"), or the yes/no clause after a question for the figure ("潜力品要发多少个啊 还是30个吗",
   * "要求几天内改完？跟诊断中心一样是14天吗？", "how many days, is it 14?"): the figure asked leads, and the verdict on the
   * figure the asker proposes leads it. ("还是…吗" is "still", not a choice: STILL_ASKED.)
   */
  private yesNoClausePlain(question: string): boolean {
    const q = question.normalize('NFKC');
    const plain = this.analyzer.rules.plainQuestion;
    if (!plain || !plain.test(q)) return true;
    const yn = this.analyzer.type('yesno');
    if (!yn) return false;
    // (a space between two Chinese words ends a clause as a comma would: "潜力品要发多少个啊 还是30个吗")
    const clauses = q.split(FIGURE_CLAUSE_BREAK_SPACED).map((c) => c.trim()).filter(Boolean);
    return clauses.length > 1 && clauses.some((c) => yn.ask.test(c) && !plain.test(STILL_ASKED.test(c) ? c.replace('还是', '') : c));
  }

  /**
   * "课程里的5大权益是哪五个", "服务分成哪几个阶段", "what are the three R": a list question is answered by a run of list
   * items (with the line introducing it) when the run together holds the question better than any single line does;
   * a count the asker states picks the run of that length. The best-matching single line is often the list's title or
   * one item, and quoting it answers a list question with one item.
   */
  private enumeratedRun(qa: QuestionAnalysis, input: ComposeInput, picked: Passage[]): Composition | null {
    if (!qa.types.includes('list') || qa.types.some((t) => t === 'yesno' || t === 'who' || (t !== 'quantity' && (ENDS_IN_EVIDENCE as readonly string[]).includes(t)))) return null;
    const q = input.question.normalize('NFKC');
    if (!this.analyzer.type('list')?.several?.test(q)) return null;
    const m = q.match(STATED_COUNT);
    const digit = m ? (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase() : '';
    const count = digit ? (Number(digit) || HAN_NUMERALS[digit] || NUM_WORD_EN[digit] || null) : null;
    // a line listing inline ("厂房集约化、原料无害化、…") already answers; so does every item of a run (of the count asked)
    if (picked.some((p) => INLINE_LIST.test(p.zh))) return null;
    const whole = (run: Passage[]) => run.slice(1).every((p) => picked.includes(p));
    if (this.runs.some((run) => whole(run) && (count === null || run.length - 1 === count))) return null;
    const sections = new Set([...input.answered, ...input.ranked.slice(0, RUN_SECTIONS)].map((s) => s.id));
    let best: { run: Passage[]; score: number } | null = null;
    for (const run of this.runs) {
      if (!sections.has(run[run.length - 1]!.section)) continue;
      const items = run.slice(1);
      if (count !== null && items.length !== count) continue;
      const cov = this.index.coverage(input.units, run[0]!, run.slice(1));
      // a stated count that matches is itself evidence; without one the run must hold more than any one line
      const bar = count !== null ? RUN_COVERAGE.counted : RUN_COVERAGE.uncounted;
      // (a run some of whose items the picked lines already quote is the list they began)
      const quoted = items.filter((p) => picked.includes(p)).length;
      const score = cov + QUOTED_RUN * (quoted / items.length);
      if (cov >= bar && (!best || score > best.score)) best = { run, score };
    }
    if (!best) return null;
    const n = best.run.length - 1;
    const lead = input.lang === 'zh' ? `共${n}项：` : `${n} are listed:`;
    return { lead, passages: best.run, notStated: null };
  }

  /** Runs of consecutive list items or table rows in a block, each with the line just before it that introduces it. */
  private get runs(): Passage[][] {
    if (this.runCache) return this.runCache;
    const out: Passage[][] = [];
    for (const group of this.byGroup.values()) {
      let i = 0;
      while (i < group.length) {
        const kind = group[i]!.kind;
        let j = i;
        while (j < group.length && RUN_KINDS.has(kind) && group[j]!.kind === kind) j++;
        // (the line before must introduce the run, not end another list)
        if (j - i >= RUN_ITEMS.min && j - i <= RUN_ITEMS.max && i > 0 && INTRO_KINDS.has(group[i - 1]!.kind) && group[i - 1]!.kind !== kind) out.push([group[i - 1]!, ...group.slice(i, j)]);
        i = Math.max(j, i + 1);
      }
    }
    this.runCache = out;
    return out;
  }

  private runCache: Passage[][] | null = null;

  /**
   * "讲师一共几位": no line states the number, but a heading the question names ("讲师一览") is followed by a list of
   * one kind of line (seven lecturer lines); the count of its items answers. A heading followed by mixed lines (a
   * chapter line, then its contents) is no countable list.
   */
  private countedList(input: ComposeInput, candidates: RankedPassage[], counted: Unit[][] | null = null): Composition | null {
    // the candidates themselves, or the heading above an item of the list
    const headings = candidates
      .slice(0, COUNTED_LIST_CANDIDATES)
      .map((c) => (c.passage.kind === 'heading' ? c.passage : this.contextOf(c.passage).find((p) => p.kind === 'heading')))
      .filter((p): p is Passage => !!p);
    for (const heading of new Set(headings)) {
      if (this.index.coverage(input.units, heading) < COUNTED_LIST_COVERAGE) continue;
      const items = this.listRun(heading).slice(1);
      // items of one kind that name things (people, list items, agenda points); table rows and paragraphs hold
      // figures of their own, so their number is not what is asked
      const kinds = new Set(items.map((p) => p.kind));
      if (items.length < 2 || items.length >= LIST_RUN - 1 || kinds.size > 1 || !COUNTABLE_KINDS.has(items[0]!.kind)) continue;
      // the list must be of the thing asked about ("how many lessons" is not the course's three highlights)
      if (!this.namesCounted(counted, heading, [...items, ...this.contextOf(heading)])) continue;
      // ...by the heading's own noun: "课程亮点" lists highlights of the course, not its lessons
      if (this.decline.headingCountsOther(counted, heading, input.unitsOf)) continue;
      const unit = input.question.match(/(?:几|多少)\s*(位|个|项|条|家|种|场|名|章)/)?.[1] ?? '';
      const lead = input.lang === 'zh' ? `共${items.length}${unit || '项'}。` : `${items.length} are listed.`;
      return { lead, passages: [heading, ...items], notStated: null, special: true };
    }
    return null;
  }

  /**
   * A line that names the counted thing and lists its items in one run ("A/B/C", "A、B、C") with no figure of its own:
   * the number of items, quoted with the line.
   */
  private enumeratedInLine(input: ComposeInput, candidates: RankedPassage[], counted: Unit[][]): Composition | null {
    for (const c of candidates.slice(0, COUNTED_LIST_CANDIDATES)) {
      const p = c.passage;
      if (p.kind === 'table-row' || /\d/.test(p.zh)) continue;
      if (!counted.some((u) => this.index.coverage(u, p, []) >= COUNTED_NAMED)) continue;
      // the run: inside brackets when the line has them ("账户 (A/B/C)"), else after a colon, else the whole line
      const run = p.zh.match(/[（(]([^（）()]+)[)）]/)?.[1] ?? p.zh.split(/[:：]/).pop() ?? p.zh;
      const items = run.split(/\s*[/／、]\s*/).map((x) => x.trim());
      if (items.length < 2 || items.some((x) => x.length < 2 || x.length > 24 || /[，,。；;]/.test(x))) continue;
      const unit = input.question.match(/(?:几|多少)\s*(位|个|项|条|家|种|场|名|章)/)?.[1] ?? '';
      const lead = input.lang === 'zh' ? `共${items.length}${unit || '项'}：${items.join('、')}。` : `${items.length}: ${items.join(', ')}.`;
      return { lead, passages: [p], notStated: null, special: true };
    }
    return null;
  }

  /** The units of what a "how many" question counts, or null when it names nothing countable. */
  private countedUnits(re: RegExp | null, input: ComposeInput): Unit[][] | null {
    const m = re ? input.question.normalize('NFKC').toLowerCase().match(re) : null;
    const phrase = m?.slice(1).find((g) => g);
    if (!phrase) return null;
    // an English noun phrase names the thing by its head, the last word ("core benefits", "Facebook pages"), unless
    // that word is a participle ("products pulled")
    const words = phrase.split(/\s+/);
    const head = words.length > 1 && /(ed|ing)$/.test(words[words.length - 1]!) ? words[0]! : words[words.length - 1]!;
    // ("how many items were under key focus": an entry of any list; the list the question names is what is counted)
    if (this.analyzer.rules.countedGeneric.has(head.replace(/(?<=[a-z]{3})s$/, ''))) return null;
    const units = input.unitsOf(head).filter((u) => u.kind !== 'num');
    if (!units.length) return null;
    // a word counting the same thing as the briefing's ("sellers" for its merchants) names it too
    const singular = head.replace(/(?<=[a-z]{3})(es|s)$/, '');
    const alike = this.analyzer.rules.countedAlike.find((g) => g.includes(head) || g.includes(singular)) ?? [];
    const others = alike.filter((w) => w !== head && w !== singular).map((w) => input.unitsOf(w).filter((u) => u.kind !== 'num')).filter((u) => u.length);
    for (const u of others) ALIKE.add(u);
    return [units, ...others];
  }

  /** A line (read with the lines introducing it, or with the given ones) names the counted thing. */
  private namesCounted(counted: Unit[][] | null, p: Passage, context: Passage[]): boolean {
    // (a word alike must be in the line itself: "商家" heads too many sections to tell a count of merchants by)
    return !counted || counted.some((u) => this.index.coverage(u, p, ALIKE.has(u) ? [] : context) >= COUNTED_NAMED);
  }

  /** A line that introduces what follows ("2) 绑定领英/Facebook账号：") says nothing alone: the lines it introduces join it. */
  private withIntroduced(picked: Passage[]): Passage[] {
    for (const p of [...picked]) {
      if (!INTRODUCES.test(p.zh)) continue;
      const group = this.byGroup.get(p.group) ?? [];
      const after = group.slice(group.indexOf(p) + 1);
      const end = after.findIndex((x) => x.kind === 'heading' || INTRODUCES.test(x.zh));
      const fresh = after.slice(0, end < 0 ? INTRODUCED_LINES : Math.min(end, INTRODUCED_LINES)).filter((x) => !picked.includes(x));
      picked.splice(picked.indexOf(p) + 1, 0, ...fresh);
    }
    return picked;
  }

  /**
   * A table's header line ("违规情形	产品处罚") names its columns and states nothing: quoted alone it leaves out the row
   * that holds the answer ("发布违规产品	产品0分下架"), so a picked header brings the rows under it when none of them was
   * picked. Only a short table: quoting part of a long one (the violator list) would read as all of it.
   */
  private withTableRows(picked: Passage[]): Passage[] {
    for (const p of [...picked]) {
      if (p.kind !== 'heading' || !p.zh.includes('\t')) continue;
      const group = this.byGroup.get(p.group) ?? [];
      const after = group.slice(group.indexOf(p) + 1);
      const end = after.findIndex((x) => x.kind !== 'table-row');
      const rows = end < 0 ? after : after.slice(0, end);
      if (!rows.length || rows.length > LIST_RUN || rows.some((x) => picked.includes(x))) continue;
      picked.splice(picked.indexOf(p) + 1, 0, ...rows);
    }
    return picked;
  }

  /**
   * The section ranking's prior can bury the line that holds the question best ("本地TT最快当日达" sits in the Pay
   * overview, not the timeline answered): lines close to the best across the whole briefing that hold at least as
   * much of the question as the first pick, by the margin. None when the first pick holds all of it ("那法人呢").
   */
  private holdingMore(input: ComposeInput, first: Passage, ranked: RankedPassage[], prior: (p: Passage) => number, margin: number): Passage[] {
    const held = this.index.coverage(input.units, first);
    if (held >= 1) return [];
    // a comparison (several sections answered) cites its sides, nothing else
    const sides = input.answered.length > 1 ? new Set(input.answered.map((s) => s.id)) : null;
    // the same BM25 ranking with the section prior taken out (only headings step back), not a second search
    const anywhere = ranked
      .map((r) => ({ passage: r.passage, score: (r.score / prior(r.passage)) * (r.passage.kind === 'heading' ? 0.7 : 1) }))
      .sort((a, b) => b.score - a.score)
      .slice(0, ANYWHERE.candidates);
    return anywhere
      .filter((r) => r.score >= ANYWHERE.share * anywhere[0]!.score && this.index.coverage(input.units, r.passage) >= held + margin)
      .filter((r) => !sides || sides.has(r.passage.section))
      .map((r) => r.passage);
  }

  private sameEventFigure(input: ComposeInput, ask: RegExp, hit: RankedPassage, holders: RankedPassage[]): RankedPassage {
    const clause = askingClause(input.question, ask);
    if (!clause) return hit;
    const units = input.unitsOf(clause).filter((u) => u.kind !== 'num');
    if (!units.length) return hit;
    const about = (p: Passage) => this.index.coverage(units, p, this.contextOf(p));
    let best = hit;
    let bestCov = about(hit.passage);
    const bar = bestCov + SAME_EVENT_MARGIN;
    for (const r of holders) {
      const cov = about(r.passage);
      if (cov >= bar && cov > bestCov) [best, bestCov] = [r, cov];
    }
    return best;
  }

  /**
   * The years some line names (in either language), and the one the Chinese lines name most: the briefing's own edition's,
   * which dates every line whether it says so or not. One pass over the index, on the first question that names a year.
   */
  private namedYears(): { named: Set<string>; own: string } {
    if (this.years) return this.years;
    const named = new Set<string>();
    const counts = new Map<string, number>();
    for (const p of this.index.passages) {
      for (const m of p.zh.matchAll(FOUR_DIGITS)) {
        named.add(m[0]);
        counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
      }
      for (const m of p.en.matchAll(FOUR_DIGITS)) named.add(m[0]);
    }
    return (this.years = { named, own: [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '' });
  }

  /** The lines that introduce a line in its block: the one before it and the nearest heading above it. */
  private contextOf(p: Passage): Passage[] {
    const group = this.byGroup.get(p.group) ?? [];
    const at = group.indexOf(p);
    if (at <= 0) return [];
    const out = [group[at - 1]!];
    for (let i = at - 1; i >= 0; i--) {
      if (group[i]!.kind === 'heading') {
        if (!out.includes(group[i]!)) out.push(group[i]!);
        break;
      }
    }
    return out;
  }

  /** The lines around a list item (or under a heading) in the block it was written in. */
  private listRun(p: Passage): Passage[] {
    const group = this.byGroup.get(p.group) ?? [p];
    const at = group.indexOf(p);
    if (at < 0) return [p];
    if (p.kind === 'heading' || p.kind === 'faq') {
      const out = [p];
      for (let i = at + 1; i < group.length && out.length < LIST_RUN && group[i]!.kind !== 'heading'; i++) out.push(group[i]!);
      return out;
    }
    if (!['list', 'table-row', 'speaker', 'agenda'].includes(p.kind)) return [p];
    // items of one list may have explanation lines between them (① tag, its note, ② detail page...)
    const same = group.filter((x) => x.kind === p.kind);
    const i = same.indexOf(p);
    const lo = Math.max(0, Math.min(i - Math.floor(LIST_RUN / 2), same.length - LIST_RUN));
    return same.slice(lo, lo + LIST_RUN);
  }

  /** The lines of the answered sections' topics, the answered sections' own lines first. */
  private topicPassages(input: ComposeInput): Passage[] {
    const key = input.answered.map((s) => s.id).join('|');
    const cached = this.topicCache.get(key);
    if (cached) return cached;
    const answered = new Set(input.answered.map((s) => s.id));
    const inTopic = [...new Set(input.answered.map((s) => s.topic))].flatMap((t) => this.byTopic.get(t) ?? []);
    const out = [...inTopic.filter((p) => answered.has(p.section)), ...inTopic.filter((p) => !answered.has(p.section))];
    if (this.topicCache.size < 500) this.topicCache.set(key, out);
    return out;
  }

  /**
   * "假发那个例子 >=15000克的价格写的多少", "price at 15kg+ in the hair example": a screenshot's tier table is a row of quantity
   * ranges over a row of prices, cell for cell. A quantity the question names in the table's unit (arithmetic.yaml
   * tierUnits) falls in one range: its price cell is the answer, for each quantity named. Only a table among the lines
   * ranked for the question or of the sections answering it, so a figure asked of another thing never reaches it.
   */
  private tierCell(input: ComposeInput, candidates: RankedPassage[]): Composition | null {
    const units = this.analyzer.rules.arithmetic.tierUnits;
    if (!units.length) return null;
    const q = input.question.normalize('NFKC');
    // (a price cell answers a price: "100克以内交货期是几天" asks the lead-time row of the same screenshot)
    const rows = this.analyzer.rules.arithmetic.tierRows;
    if (rows.otherRow.test(q) && !rows.price.test(q)) return null;
    // (or a line of the answered sections: "15kg以上那档" shares no word with the table's cells)
    const lines = [...candidates.slice(0, TIER_CANDIDATES).map((c) => c.passage), ...input.answered.flatMap((sec) => this.passagesOf(sec.id))];
    for (const line of lines) {
      if (!line.zh.includes('\t')) continue;
      const group = this.byGroup.get(line.group) ?? [];
      const at = group.indexOf(line);
      // the pair the candidate belongs to: it is the ranges, or the prices under them
      for (const [head, values] of [[group[at], group[at + 1]], [group[at - 1], group[at]]] as const) {
        if (!head || !values) continue;
        const ranges = head.zh.split('\t').map((x) => x.trim());
        const prices = values.zh.split('\t').map((x) => x.trim());
        if (ranges.length !== prices.length || ranges.length < 2 || !prices.every((p) => /^\$\s*\d/.test(p))) continue;
        const unit = units.find((u) => ranges.some((r) => u.header.test(r)));
        if (!unit) continue;
        const bounds = ranges.map(tierBounds);
        const asked = [...q.matchAll(unit.asked)].map((m) => Number(m[1]!.replace(/,/g, '')) * (unit.thousand.test(m[2]!) ? 1000 : 1));
        const hits = [...new Set(asked.map((n) => bounds.findIndex((b) => !!b && n >= b[0] && n <= b[1])).filter((i) => i >= 0))];
        if (!hits.length) continue;
        const sep = input.lang === 'zh' ? '；' : '; ';
        let lead = hits.map((i) => `${ranges[i]}${input.lang === 'zh' ? '：' : ': '}${prices[i]}`).join(sep);
        // "the 100-999 g price is how many times the 15kg+ price": the two cells' ratio
        const amounts = hits.map((i) => Number(prices[i]!.replace(/[$,\s]/g, '')));
        if (hits.length === 2 && TIMES_ASK.test(q) && Math.min(...amounts) > 0) {
          const times = Math.round(Math.max(...amounts) / Math.min(...amounts));
          lead += input.lang === 'zh' ? `；相差约${times}倍` : `; about ${times} times apart`;
        }
        return { lead, passages: [head, values], notStated: null };
      }
    }
    return null;
  }

  /**
   * "飙升榜按什么评选", "转化榜Top100有奖励吗": the cell where a row the question names meets a column it names, in a
   * table of the briefing (rows of tab-separated cells; the header row may leave out the row-label column).
   */
  private tableCell(qa: QuestionAnalysis, input: ComposeInput, candidates: RankedPassage[]): Composition | null {
    const q = squashText(input.question);
    for (const c of candidates.slice(0, 3)) {
      if (!c.passage.zh.includes('\t')) continue;
      const rows = (this.byGroup.get(c.passage.group) ?? []).filter((p) => p.zh.includes('\t'));
      if (rows.length < 3) continue;
      const cells = rows.map((r) => r.zh.split('\t').map((x) => x.trim()));
      const width = Math.max(...cells.map((r) => r.length));
      const header = cells[0]!;
      const offset = width - header.length;
      // (a column is named by words: a price cell of a screenshot's table, "$0.01", names no column)
      // ... in Chinese, or by the English name the header's rendering gives it ("conversion list (转化榜)": "conversion")
      const enName = (h: string) => {
        const m = rows[0]!.en.match(new RegExp(`([A-Za-z][A-Za-z -]*?)\\s*\\(${h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\)`));
        const words = m ? m[1]!.toLowerCase().split(/\s+/).filter((w) => w && !COLUMN_WORDS.has(w)) : [];
        return words.length ? words : null;
      };
      // (only where the rendering names the columns: a data row's "false price & MOQ (虚报价格&MOQ)" names a value)
      const renamed = header.filter((h) => enName(h)).length >= 2;
      // (a header's English word alone is not its column: "conversion rate" asks a formula, "conversion list" the column)
      const asksRanking = /\b(list|lists|board|boards|rank\w*|chart|leaderboard|top\s*\d+)\b|#\s*\d+|榜/i.test(input.question);
      const named = (h: string) => q.includes(squashText(h)) || (renamed && asksRanking && !!enName(h)?.every((w) => new RegExp(`\\b${w}`, 'i').test(input.question)));
      let columns = header.map((h, i) => ({ i: i + offset, h })).filter(({ h, i }) => i > 0 && h.length >= 2 && /\p{L}/u.test(h) && named(h));
      // (a column named in the table's own words beats one an English word of the question only echoes: "飙升榜 是按
      // conversion rate 来评的吗" asks the rising list, "conversion" is what it proposes)
      if (columns.length > 1) {
        const literal = columns.filter(({ h }) => q.includes(squashText(h)));
        if (literal.length === 1) columns = literal;
        // ("is the quality list ranked by conversion?": the column named before the criterion asked is the one asked)
        const by = CRITERIA_ASK.exec(input.question);
        const at = (h: string) => { const w = enName(h)?.[0]; const m = w ? new RegExp(`\\b${w}`, 'i').exec(input.question) : null; const z = input.question.indexOf(h); return z >= 0 ? z : m ? m.index : -1; };
        const before = by && columns.length > 1 ? columns.filter(({ h }) => at(h) >= 0 && at(h) < by.index) : [];
        if (before.length === 1) columns = before;
      }
      if (columns.length !== 1) continue;
      const col = columns[0]!;
      // the row whose label the question holds best (character pairs), never the header; the label is any cell but
      // the asked one and a bare number ("3 | 产品 | 生态设计…" is labelled 产品)
      let best: { r: number; share: number; label: string } | null = null;
      for (let r = 1; r < cells.length; r++) {
        for (const [ci, raw] of cells[r]!.entries()) {
          // (nor an empty cell, "/": a mark with no letter labels nothing, and "store/product" in a question holds it)
          if (ci === col.i || /^\d+$/.test(raw) || !/\p{L}/u.test(raw)) continue;
          const label = squashText(raw);
          // a label the question holds whole ("top100", not the "top10" inside it) beats a partial one
          // (spaces apart: "Top 100" holds the label Top100, not Top10)
          const whole = !!label && new RegExp(`(?<![0-9a-z])${[...label].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*')}(?![0-9a-z])`, 'i').test(input.question.normalize('NFKC'));
          // (the row's own label, its first cell that is not a bare number, held whole beats a value cell held whole:
          // "转化榜Top10能拿到精准买家Push吗" asks the Top10 row, not the Top100 row whose quality cell reads 精准买家Push)
          const own = whole && ci === cells[r]!.findIndex((x) => !/^\d+$/.test(x));
          const share = whole ? 1 + label.length / 100 + (own ? 1 : 0) : pairShare(label, q);
          if (!best || share > best.share) best = { r, share, label: raw };
        }
      }
      // "is the conversion list judged by …", "飙升榜按什么评": the row that states each column's criteria answers it
      const criteriaRow = CRITERIA_ASK.test(input.question) ? cells.findIndex((r, k) => k > 0 && CRITERIA_ROW.test(r[0] ?? '')) : -1;
      if (criteriaRow > 0 && (!best || best.share < 1)) best = { r: criteriaRow, share: 1, label: cells[criteriaRow]![0]! };
      // a place the asker gives ("we placed #45", "排第45名") falls in the smallest "Top N" row that holds it
      const rank = input.question.normalize('NFKC').match(/#\s*(\d+)|第\s*(\d+)\s*名|\b(?:rank(?:ed)?|placed?|position|came)\s*(?:#|no\.?\s*)?(\d+)(?:st|nd|rd|th)?\b|\b(\d+)(?:st|nd|rd|th)\b(?=[^.?!]{0,30}\b(list|board|rank|place))/i);
      if (rank && (!best || best.share < 1)) {
        const place = Number(rank[1] ?? rank[2] ?? rank[3] ?? rank[4]);
        const tops = cells.map((r, k) => ({ k, n: Number(r[0]?.match(/^top\s*(\d+)$/i)?.[1] ?? NaN), label: r[0] ?? '' })).filter((x) => x.k > 0 && x.n >= place);
        const bucket = tops.sort((a, b) => a.n - b.n)[0];
        if (bucket) best = { r: bucket.k, share: 1, label: bucket.label };
      }
      // a column the question names without a row ("飙升榜按什么评"): every row's cell in it (a yes/no needs a row)
      if ((!best || best.share < 0.3) && qa.types.includes('yesno')) continue;
      if (!best || best.share < 0.3) {
        const column = rows.slice(1).map((row, k) => ({ row, label: cells[k + 1]![0] ?? '', cell: cells[k + 1]![col.i] ?? '' })).filter((x) => x.cell);
        if (!column.length) continue;
        const lead = `${col.h}：${column.map((x) => `${x.label}：${x.cell}`).join(input.lang === 'zh' ? '；' : '; ')}`;
        return { lead, passages: [rows[0]!, ...column.map((x) => x.row)], notStated: null };
      }
      const cell = cells[best.r]![col.i] ?? '';
      const label = best.label;
      const empty = !cell || /^[/／-]$/.test(cell);
      // "要几条视频才能进Top10" asks a number: a cell without one does not answer it
      const asked = ENDS_IN_EVIDENCE.filter((t) => qa.types.includes(t)).map((t) => this.analyzer.type(t)?.evidence);
      if (!empty && asked.some((re) => re && !re.test(cell))) return null;
      const lang = input.lang;
      let lead: string;
      if (qa.types.includes('yesno')) {
        // an empty cell: say which rows of that column do get something
        const given = cells.slice(1).filter((r) => /^top\s*\d+$/i.test(r[0] ?? '') && r[col.i] && !/^[/／-]$/.test(r[col.i]!)).map((r) => `${r[0]}${lang === 'zh' ? '：' : ': '}${r[col.i]}`);
        const others = given.length ? (lang === 'zh' ? `${col.h}只有${given.join('；')}。` : ` In ${col.h} only ${given.join('; ')}.`) : '';
        // a criterion proposed that is another column's ("飙升榜是按转化率评的吗", "is the rising list ranked by
        // conversion?"): that column's name in either language, not the asked one's, is a no with the asked criterion
        if (best.r === criteriaRow && !empty) {
          const stem = (h: string) => squashText(h).replace(/榜$/, '');
          const mentions = (h: string) => (stem(h).length >= 2 && q.includes(stem(h))) || !!enName(h)?.every((w) => new RegExp(`\\b${w}`, 'i').test(input.question));
          const other = header.find((h, i) => i + offset !== col.i && i + offset > 0 && h.length >= 2 && mentions(h));
          const yes = !other;
          lead = yes
            ? lang === 'zh' ? `是的：${col.h}的${label}是“${cell}”。` : `Yes: ${col.h} is judged on "${cell}" (${label}).`
            : lang === 'zh' ? `不是：${col.h}的${label}是“${cell}”（${other}才看${stem(other!)}）。` : `No: ${col.h} is judged on "${cell}" (${label}); ${other} is the one judged on that.`;
          return { lead, passages: [rows[best.r]!, rows[0]!], notStated: null };
        }
        // a reward the question names that another cell of the table holds ("优质榜Top10有精准买家Push吗" where that
        // row's cell is 提报话题+标杆走访): the asked cell not holding it is a no, with what the cell does give
        // (each part of a combined cell, "提报话题+标杆走访", is a reward of its own; the question names one in the table's
        // words or by a glossary concept of it, "benchmark visit")
        const values = [...new Set(cells.slice(1).flatMap((r) => r.filter((x, ci) => ci !== 0 && !/^[/／-]$/.test(x) && !/^\d+$/.test(x)).flatMap((x) => x.split(/[+＋]/).map((v) => v.trim()))))].filter((v) => v.length >= 3);
        const askedIds = new Set(this.index.matcher.match(input.question.normalize('NFKC').toLowerCase()).ids);
        // (a value's concept is the one its longest glossary term names: 精准买家Push is buyer-push, not buyer)
        // (matched once per value: names() and holds() ask for the same values and parts again and again)
        const conceptsByValue = new Map<string, string[]>();
        const conceptsOf = (v: string) => {
          let ids = conceptsByValue.get(v);
          if (!ids) {
            const m = this.index.matcher.match(normalize(v));
            const spanOf = (i: number) => m.spans[i]![1] - m.spans[i]![0];
            const longest = Math.max(0, ...m.ids.map((_, i) => spanOf(i)));
            ids = [...new Set(m.ids.filter((id, i) => spanOf(i) === longest && !this.index.matcher.frames.has(id)))];
            conceptsByValue.set(v, ids);
          }
          return ids;
        };
        const names = (v: string) => {
          if (q.includes(squashText(v))) return true;
          const ids = conceptsOf(v);
          return ids.length > 0 && ids.every((id) => askedIds.has(id));
        };
        const wantedValue = values.filter(names)[0];
        const holds = (v: string) => {
          if (squashText(cell).includes(squashText(v))) return true;
          const wanted = conceptsOf(v).join();
          return cell.split(/[+＋]/).some((part) => conceptsOf(part).length > 0 && conceptsOf(part).join() === wanted);
        };
        if (!empty && wantedValue && !holds(wantedValue)) {
          lead = lang === 'zh' ? `没有：${col.h}的${label}是“${cell}”，不是${wantedValue}。` : `No: the ${label} of ${col.h} gets "${cell}", not ${wantedValue}.`;
          return { lead, passages: [rows[best.r]!, rows[0]!], notStated: null };
        }
        lead = empty
          ? lang === 'zh' ? `没有：${col.h}的${label}一栏为“/”。${others}` : `No: the ${label} cell of ${col.h} is "/" (nothing).${others}`
          : lang === 'zh' ? `是的，有：${col.h}·${label}：${cell}。` : `Yes: ${col.h}, ${label}: ${cell}.`;
      } else {
        lead = empty ? (lang === 'zh' ? `${col.h}·${label}：无（表中为“/”）。` : `${col.h}, ${label}: none (the table shows "/").`) : `${col.h}·${label}：${cell}`;
      }
      return { lead, passages: [rows[best.r]!, rows[0]!], notStated: null };
    }
    return null;
  }

  /**
   * "评价有几个维度": a table whose header names the counted thing ("序号 | 维度 | 评价指标") has one of it per row;
   * the count of its rows, with each row's cell in that column.
   */
  private tableRowCount(qa: QuestionAnalysis, input: ComposeInput, candidates: RankedPassage[]): Composition | null {
    if (!qa.types.includes('quantity')) return null;
    const q = squashText(input.question);
    const counted = q.match(/(?:几|多少)(?:个|项|条|类|种)?(\p{Script=Han}{2})/u)?.[1] ?? q.match(/(\p{Script=Han}{2})(?:有|是|一共|共|总共)?(?:几|多少)(?:个|项|条|类|种)/u)?.[1];
    if (!counted) return null;
    for (const c of candidates.slice(0, 3)) {
      if (!c.passage.zh.includes('\t')) continue;
      // the table is the run of rows with as many cells as its header, from a header that names the counted thing down
      const group = this.byGroup.get(c.passage.group) ?? [];
      const start = group.findIndex((p) => p.zh.split('\t').map((x) => x.trim()).includes(counted));
      if (start < 0) continue;
      const header = group[start]!.zh.split('\t').map((x) => x.trim());
      let end = start + 1;
      while (end < group.length && group[end]!.zh.split('\t').length === header.length) end++;
      const rows = group.slice(start, end);
      const col = header.indexOf(counted);
      if (rows.length < 3) continue;
      const body = rows.slice(1);
      const names = body.map((r) => r.zh.split('\t')[col]?.trim()).filter((x): x is string => !!x);
      const lead = input.lang === 'zh' ? `共${body.length}个${header[col]}：${names.join('、')}。` : `${body.length} (${header[col]}): ${names.join(', ')}.`;
      return { lead, passages: [rows[0]!, ...body.slice(0, MAX_PASSAGES)], notStated: null };
    }
    return null;
  }

  /** The speaker lines of the people the question names ("what's Qin Fen's role?", "晴月和印天分别负责什么"). */
  namedPeople(question: string): Passage[] {
    const q = question.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
    return [...new Set(this.people.filter((x) => q.includes(x.name)).map((x) => x.passage))];
  }

  /**
   * The parts a presenter question names, each with the presenter of the block that holds it (see presenter), or null.
   * Read once per question: the rescue path and the composition of the rescued section both ask it.
   */
  private presentedParts(q: string, unitsOf: (text: string) => Unit[]): { part: Passage; by: string }[] | null {
    if (this.presented?.q === q && this.presented.unitsOf === unitsOf) return this.presented.found;
    const found = this.findPresentedParts(q, unitsOf);
    this.presented = { q, unitsOf, found };
    return found;
  }

  private findPresentedParts(q: string, unitsOf: (text: string) => Unit[]): { part: Passage; by: string }[] | null {
    const rules = this.analyzer.rules.presenter!;
    const same = rules.same.test(q);
    // the parts named: "A和B是同一个人讲的吗" names two, each before the asking words
    // (without the presenters' own names: "presented by 殷钦, right?" names a person, not the part)
    // (nor the word for a talk itself: "the Pay session" names Pay, while "session" alone is a glossary word for the
    // whole briefing and would rank the block that speaks of live sessions)
    let topicText = q.replace(rules.ask, ' ').replace(rules.same, ' ').replace(TALK_WORD, ' ');
    for (const name of new Set(this.people.map((x) => x.name))) if (/\p{Script=Han}/u.test(name)) topicText = topicText.split(name).join(' ');
    // ("who presented Pay, and who green factory?", "pay和绿色工厂分别是谁讲的": each part looked up too)
    const several = same || rules.each.test(q);
    const parts = several ? topicText.split(/和|与|跟|以及|\band\b|&/i).map((x) => x.trim()).filter((x) => x.length >= 2) : [topicText];
    const found: { part: Passage; by: string }[] = [];
    for (const text of parts) {
      // (words no line holds, "correct", "pretty sure", say nothing of which part)
      // (nor do the words for a part itself, "那部分", "section")
      const units = unitsOf(text).filter((u) => u.kind !== 'num' && !this.index.nowhere(u) && !u.tokens.every((t) => PART_WORD.test(t)));
      // every line but the presenters' own (which name people, not parts): a lecturer's line ("印天 数据参谋运营小二")
      // best holding the question asks a lecturer's role, not a presenter; a line outside every presented block (an
      // agenda title never presented, "讲师使用规则重点强调") clearly ahead of the best presented one means the part
      // named has no presenter stated
      const ranked = this.index.rank(units, (p) => (p.kind === 'speaker' && /^主讲/.test(p.zh) ? 0 : 1));
      const first = ranked[0];
      if (!first || first.score <= 0) continue;
      if (first.passage.kind === 'speaker') return null;
      let top = ranked.find((r) => r.passage.speaker && r.passage.kind !== 'speaker');
      // (an agenda title names the part in the agenda's words, "SNS打通Facebook功能升级": the presented block that
      // holds most of the title is that part, when one holds most of it)
      if (first.passage.kind === 'agenda' && !first.passage.speaker && (!top || top.score < PRESENTED_SHARE * first.score)) {
        const title = unitsOf(first.passage.zh).filter((u) => u.kind !== 'num');
        // (a table's rows are its data, never the title of a part)
        const block = this.index.rank(title, (p) => (p.speaker && p.kind !== 'speaker' && p.kind !== 'table-row' ? 1 : 0))[0];
        top = block && this.index.coverage(title, block.passage) >= AGENDA_PRESENTED ? block : undefined;
        if (!top) continue;
      } else if (!top || (!first.passage.speaker && top.score < PRESENTED_SHARE * first.score)) continue;
      if (this.index.coverage(units, top.passage) < PRESENTER_COVERAGE) continue;
      found.push({ part: top.passage, by: top.passage.speaker! });
    }
    if (!found.length || (parts.length > 1 && found.length < parts.length)) return null;
    return found;
  }

  /**
   * "金品官方课发布那段是谁讲的", "the SNS upgrade was presented by 殷钦, right?", "A和B是同一个人讲的吗": each block of
   * lines carries its presenter, so the part the question names (the lines it matches best, a presenter's own line
   * aside) gives the presenter, quoted by their "主讲" line. A presenter the question proposes is confirmed or corrected;
   * two parts asked of one presenter are each looked up.
   */
  private presenter(qa: QuestionAnalysis, input: ComposeInput): Composition | null {
    const rules = this.analyzer.rules.presenter;
    const q = input.question.normalize('NFKC');
    if (!rules || !rules.ask.test(q)) return null;
    const same = rules.same.test(q);
    const found = this.presentedParts(q, input.unitsOf);
    if (!found) return null;
    const lineOf = (name: string) => this.presenterLines.get(name);
    const lines = [...new Set(found.map((f) => f.by))].map(lineOf).filter((p): p is Passage => !!p);
    if (!lines.length) return null;
    const zh = input.lang === 'zh';
    const roman = (name: string) => lineOf(name)?.en.match(/member ([A-Z][a-z]+(?: [A-Z][a-z]+)?)/)?.[1];
    const shown = (name: string) => (zh ? `阿里小二${name}` : `${roman(name) ?? name} (${name})`);
    let lead: string;
    if (same) {
      const one = found.every((f) => f.by === found[0]!.by);
      lead = one
        ? zh ? `是的，都是${shown(found[0]!.by)}主讲的。` : `Yes: both were presented by ${shown(found[0]!.by)}.`
        : zh ? `不是：${found.map((f) => `「${f.part.zh}」由${shown(f.by)}主讲`).join('，')}。` : `No: ${found.map((f) => `"${f.part.en}" was presented by ${shown(f.by)}`).join('; ')}.`;
    } else {
      if (found.length > 1) {
        const each = found.map((f) => (zh ? `「${f.part.zh}」由${shown(f.by)}主讲` : `"${f.part.en}" was presented by ${shown(f.by)}`));
        return { lead: zh ? `${each.join('，')}。` : `${each.join('; ')}.`, passages: [...lines, ...found.map((f) => f.part)].slice(0, MAX_PASSAGES), notStated: null, special: true };
      }
      const by = found[0]!.by;
      // a presenter the question proposes ("presented by 殷钦, right?"): confirmed, or corrected with the right one
      const proposed = this.namedPeople(q).find((p) => p.kind === 'speaker' && p.speaker && /^主讲/.test(p.zh))?.speaker;
      if (proposed && qa.types.includes('yesno')) {
        lead = proposed === by
          ? zh ? `是的，是${shown(by)}主讲的。` : `Yes: it was presented by ${shown(by)}.`
          : zh ? `不是，这部分是${shown(by)}主讲的（${shown(proposed)}讲的是别的部分）。` : `No: that part was presented by ${shown(by)}, not ${shown(proposed)}.`;
      } else {
        lead = zh ? `由${shown(by)}主讲。` : `It was presented by ${shown(by)}.`;
      }
    }
    return { lead, passages: [...lines, ...found.map((f) => f.part)].slice(0, MAX_PASSAGES), notStated: null, special: true };
  }

  private people_(input: ComposeInput): Composition | null {
    const lines = this.namedPeople(input.question);
    if (!lines.length) return null;
    // "name: role" for each person listed with a role ("秦奋 国际站行业&商家业务部负责人")
    const roles = lines
      .filter((p) => !/^主讲/.test(p.zh))
      .map((p) => (input.lang === 'zh' ? p.zh.replace(/\s+/, '：') : p.en.replace(/^Lecturer \p{Script=Han}+ \(([^)]+)\):/u, (_, n: string) => `${n}:`)));
    const lead = roles.join(input.lang === 'zh' ? '；' : '; ');
    return { lead: lead ? lead + (input.lang === 'zh' ? '。' : '.') : '', passages: lines.slice(0, MAX_PASSAGES), notStated: null };
  }

  /**
   * "Goods $5,800, shipping $22,899,929.67: how many times the price?", "4,000 viewers, 260 went in: conversion
   * rate?": the ratio of the two figures the asker gives (times, or a percentage when a rate is asked).
   */
  private ratio(qa: QuestionAnalysis, input: ComposeInput, candidates: RankedPassage[]): Composition | null {
    const q = input.question;
    const times = /多少倍|几倍|是.{0,12}的.{0,4}倍|how many times|times (the|as|higher|more|bigger)|\bratio\b/i.test(q);
    const rate = /率|\brate\b|percent|percentage|百分比|占比/i.test(q) && !times && !/费|\bfees?\b|\bcosts?\b|\bcharge/i.test(q);
    if (!times && !rate) return null;
    // two sums of money when the asker gives more figures ("$5,800 for 100 sqm ... shipping $22,899,929.67")
    const money = qa.amounts.filter((x) => x.currency).map((x) => x.value);
    const figures = money.length === 2 ? money : qa.figures.filter((v) => v > 0);
    if (figures.length !== 2) return null;
    const [a, b] = figures as [number, number];
    const hi = Math.max(a, b);
    const lo = Math.min(a, b);
    const lang = input.lang;
    const quotes = candidates.slice(0, 2).map((c) => c.passage);
    if (times) {
      const r = hi / lo;
      const shown = r >= 100 ? String(Math.round(r)) : fmt(Math.round(r * 10) / 10);
      const exact = fmt(Math.round(r * 100) / 100);
      const lead = lang === 'zh' ? `约${shown}倍（${fmt(hi)} ÷ ${fmt(lo)} ≈ ${exact}）。` : `About ${shown} times (${fmt(hi)} ÷ ${fmt(lo)} ≈ ${exact}).`;
      return { lead, passages: quotes, notStated: null };
    }
    const pct = Math.round((lo / hi) * 10000) / 100;
    const lead = lang === 'zh' ? `${pct}%（${fmt(lo)} ÷ ${fmt(hi)}）。` : `${pct}% (${fmt(lo)} ÷ ${fmt(hi)}).`;
    return { lead, passages: quotes, notStated: null };
  }

  /**
   * "add up verification + linking funds + binding, how many working days?": each named step's stated duration (a
   * range "1-2个工作日" adds as a range; "worst case" takes the upper ends). Quotes each step's duration line.
   */
  private durationSum(qa: QuestionAnalysis, input: ComposeInput): Composition | null {
    const q = input.question.normalize('NFKC');
    if (!qa.types.includes('howlong') || !/(加起来|一共|总共|合计|累计|add (them )?up|added up|in total|altogether|combined|sum)/i.test(q)) return null;
    // the steps are listed after "add up" or before "加起来"; the side that holds the list
    const at = q.search(/加起来|一共|总共|合计|累计|add (them )?up|added up|sum of/i);
    const key = q.slice(at).match(/^(加起来|一共|总共|合计|累计|add (them )?up|added up|sum of)/i)?.[0] ?? '';
    const SEP = /\s*\+\s*|、|\s+and\s+|和|加上/;
    const sides = [q.slice(at + key.length), q.slice(0, at)].map((x) => x.replace(/[,，]?\s*(how (long|many)|要多久|最长|最多|多少|几个).*$/i, '').replace(/^.*[,，:：]\s*/, ''));
    const list = sides.find((x) => SEP.test(x)) ?? '';
    const steps = list.split(SEP).map((x) => x.trim()).filter((x) => x.length >= 2);
    if (steps.length < 2) return null;
    const DURATION = /(\d+)(?:\s*-\s*(\d+))?\s*个?(工作日|天|小时)/;
    const DURATION_EN = /(\d+)(?:\s*-\s*(\d+))?\s*(working day|day|hour)s?\b/i;
    const lines: Passage[] = [];
    const each: string[] = [];
    let lo = 0;
    let hi = 0;
    let unit = '';
    for (const step of steps) {
      // the step's own line, or the duration line right under its heading ("5 关联入账" / "时效：1-2个工作日")
      const ranked = this.index.rank(input.unitsOf(step), () => 1).slice(0, 5);
      let found: Passage | undefined;
      for (const r of ranked) {
        const group = this.byGroup.get(r.passage.group) ?? [];
        const at = group.indexOf(r.passage);
        const under: Passage[] = [];
        for (let i = at + 1; i < group.length && i <= at + 4 && group[i]!.kind !== 'heading'; i++) under.push(group[i]!);
        found = [r.passage, ...under].find((p) => DURATION.test(p.zh)) ?? [r.passage, ...under].find((p) => DURATION_EN.test(p.en));
        if (found) break;
      }
      // a slide heading keeps its duration only in the rendering ("Step 5: link the incoming funds (1-2 working days)")
      const en = found?.en.match(DURATION_EN);
      const m = found?.zh.match(DURATION) ?? (en ? ([en[0], en[1], en[2], { 'working day': '工作日', day: '天', hour: '小时' }[en[3]!.toLowerCase()]!] as unknown as RegExpMatchArray) : null);
      if (!found || !m || (unit && unit !== m[3])) return null;
      unit = m[3]!;
      lo += Number(m[1]);
      hi += Number(m[2] ?? m[1]);
      each.push(`${step} ${m[2] ? `${m[1]}-${m[2]}` : m[1]}`);
      if (!lines.some((p) => p.zh === found!.zh)) lines.push(found);
    }
    const worst = /worst|最长|最多|最坏|最慢|at most|max/i.test(q);
    const en = { 工作日: 'working days', 天: 'days', 小时: 'hours' }[unit] ?? unit;
    const zhSpan = worst || lo === hi ? `${hi}个${unit === '工作日' ? '工作日' : unit}`.replace('个天', '天').replace('个小时', '小时') : `${lo}-${hi}个${unit}`;
    const enSpan = worst || lo === hi ? `${hi} ${en}` : `${lo}-${hi} ${en}`;
    const lead = input.lang === 'zh' ? `${worst ? '最长' : '合计'}${zhSpan}（${each.join(' + ')}）。` : `${worst ? 'At most ' : ''}${enSpan} in total (${each.join(' + ')}).`;
    return { lead, passages: lines, notStated: null };
  }

  /**
   * "If all 700 places are taken, how much is that at the original price?": one count the asker gives times the unit
   * price a line states (原价1500元, 1500 yuan each). Quotes the price line.
   */
  private countTimesPrice(qa: QuestionAnalysis, input: ComposeInput, candidates: RankedPassage[]): Composition | null {
    const q = input.question.normalize('NFKC');
    const asksTotal = /(一共|总共|合计|总计|加起来|in total|altogether|total|combined)/i.test(q) && /(多少钱|多少元|多少人民币|价值多少|how much|what value|worth)/i.test(q);
    if (!asksTotal || qa.amounts.some((a) => a.currency)) return null;
    const counts = qa.figures.filter((v) => v > 1);
    if (counts.length !== 1) return null;
    const n = counts[0]!;
    for (const c of candidates.slice(0, 4)) {
      const m = c.passage.zh.match(/(?:原价|单价|每[个场份位名])\s*(\d+(?:\.\d+)?)\s*元/) ?? c.passage.zh.match(/(\d+(?:\.\d+)?)\s*元\s*\/\s*[个场份位名次]/);
      if (!m) continue;
      const price = Number(m[1]);
      const total = n * price;
      const wan = total >= 10000 && total % 100 === 0 ? `${fmt(total / 10000)}万元` : '';
      const lead =
        input.lang === 'zh'
          ? `${wan || `${fmt(total)}元`}（${fmt(n)} × ${fmt(price)}元${wan ? ` = ${fmt(total)}元` : ''}）。`
          : `RMB ${fmt(total)} (${fmt(n)} × ${fmt(price)} yuan${wan ? `, ${wan}` : ''}).`;
      return { lead, passages: [c.passage], notStated: null };
    }
    return null;
  }

  /**
   * "Which of these is NOT an example: A, B, C, D?": each option looked up in the lines of the topic; the one no line
   * holds is the answer, and the lines holding the others are quoted.
   */
  private notInList(input: ComposeInput, candidates: RankedPassage[]): Composition | null {
    const q = input.question.normalize('NFKC');
    if (!NOT_IN_LIST.test(q)) return null;
    const colon = Math.max(q.lastIndexOf(':'), q.lastIndexOf('：'));
    const tail = (colon >= 0 ? q.slice(colon + 1) : q.replace(/^.*?\b(?:is not|isn't|not)\b[^,，:：]*?(?:,|，)/i, '')).replace(/[?？。!！]+\s*$/, '');
    const options = tail
      .split(/[、,，;；/]|\s+or\s+|或者|还是|\s+and\s+/i)
      .map((o) => o.trim().replace(/^(and|or)\s+/i, ''))
      .filter((o) => o.length >= 2);
    if (options.length < 3) return null;
    const sections = new Set([...input.answered.map((s) => s.id), ...candidates.slice(0, 3).map((c) => c.passage.section)]);
    const topics = new Set([...sections].map((id) => this.sectionsById.get(id)?.topic ?? ''));
    // the options are looked up in one topic: the one that holds most of them
    const lookup = (topic: string) => {
      const scope = this.byTopic.get(topic) ?? [];
      return options.map((o) => {
        let best: { p: Passage; share: number } | null = null;
        for (const p of scope) {
          const share = optionShare(o, p);
          if (!best || share > best.share) best = { p, share };
        }
        return { o, best };
      });
    };
    const total = (f: ReturnType<typeof lookup>) => f.reduce((a, x) => a + (x.best?.share ?? 0), 0);
    const found = [...topics].map(lookup).sort((a, b) => total(b) - total(a))[0]!;
    const sorted = [...found].sort((a, b) => (a.best?.share ?? 0) - (b.best?.share ?? 0));
    const odd = sorted[0]!;
    // one option clearly missing while the others are found: otherwise the lines do not decide it
    if ((odd.best?.share ?? 0) > 0.5 || (sorted[1]!.best?.share ?? 0) < Math.max(0.6, (odd.best?.share ?? 0) + 0.4)) return null;
    const held = found.filter((f) => f !== odd && f.best).map((f) => f.best!.p);
    const lead =
      input.lang === 'zh'
        ? `「${odd.o}」不是：简报没有列出它，其余几项都在原文中。`
        : `"${odd.o}" is not: the briefing does not list it, while the others are in it.`;
    return { lead, passages: [...new Set(held)].slice(0, MAX_PASSAGES), notStated: null };
  }

  /**
   * "Is there any company outside mainland China on the April list?", "名单里只有国内公司吗": the rows whose company names
   * start with a place outside mainland China (places.yaml `abroad`), counted and quoted; "only domestic?" is answered
   * the other way round.
   */
  private abroadRows(qa: QuestionAnalysis, input: ComposeInput): Composition | null {
    const how = this.abroadAsked(input.question);
    if (!how || !this.abroad) return null;
    const startsWith = (row: Passage) => this.abroad!.outside.find((o) => row.zh.split('\t')[1]!.startsWith(o));
    const matching = this.violatorRowList.filter((r) => startsWith(r));
    const n = matching.length;
    const lang = input.lang;
    const provinces = this.analyzer.rules.places.provinces;
    const names = [...new Set(matching.map((r) => startsWith(r)!))];
    const where = lang === 'zh' ? names.join('、') : names.map((zh) => cap(provinces.find((p) => p.zh === zh)?.en[0] ?? zh)).join(', ');
    const counted = lang === 'zh' ? `名单上中国大陆以外的商家共${n}家${n ? `（${where}）` : ''}` : `${n} on the list from outside mainland China${n ? ` (${where})` : ''}`;
    let lead: string;
    if (qa.types.includes('yesno') && !qa.types.includes('quantity')) {
      const yes = how === 'asked' ? n > 0 : n === 0;
      lead = lang === 'zh' ? `${yes ? '是的' : '不是'}：${counted}。` : `${yes ? 'Yes' : 'No'}: ${counted}.`;
    } else {
      lead = lang === 'zh' ? `${counted}（按表格逐行统计）。` : `${cap(counted)} (counting the table rows).`;
    }
    const heading = this.violatorHeading;
    const shown = matching.slice(0, MAX_PASSAGES);
    return { lead, passages: shown.length ? shown : heading ? [heading] : [], notStated: null };
  }

  /**
   * "名单上 昆明柔**** 出现了几次", "how often does al****ng appear?": a masked company name or account as the list writes
   * it (the characters before the asterisks) picks the rows that hold it, counted as appearances, every such row quoted.
   */
  private namedRows(question: string, lang: Lang): Composition | null {
    const q = question.normalize('NFKC');
    const account = q.match(MASKED_ACCOUNT)?.[0]?.toLowerCase();
    const company = q.match(MASKED_COMPANY)?.[0];
    if (!account && !company) return null;
    // (the Han run before the asterisks may begin with the asker's words, "名单里昆明柔": the longest end of it that
    // begins a company name on the list is the name; none, and the question names no company of the list)
    const run = company ?? '';
    const start = account ? '' : [...run].map((_, i) => run.slice(i)).filter((x) => x.length >= 2).find((x) => this.violatorRowList.some((r) => r.zh.split('\t')[1]!.startsWith(x)));
    if (!account && !start) return null;
    const holds = (row: Passage) => {
      const [acc, name] = row.zh.split('\t');
      return account ? acc!.toLowerCase() === account : name!.startsWith(start!);
    };
    const rows = this.violatorRowList.filter(holds);
    const shown = account ?? `${start}****`;
    const n = rows.length;
    const types = [...new Set(rows.map((r) => r.zh.split('\t')[2]!))];
    const lead =
      lang === 'zh'
        ? n ? `名单上「${shown}」共出现${n}次（${n}行，违规类型：${types.join('、')}）。` : `名单上没有「${shown}」。`
        : n ? `"${shown}" appears ${n} time${n === 1 ? '' : 's'} on the list (${n} row${n === 1 ? '' : 's'}; violation type: ${types.join(', ')}).` : `"${shown}" does not appear on the list.`;
    const heading = this.violatorHeading;
    return { lead, passages: n ? rows.slice(0, MAX_PASSAGES) : heading ? [heading] : [], notStated: null };
  }

  /** Counts and lookups over the rows of the April violator list ("how many Yiwu companies", "any from Chengdu?"). */
  private violatorRows(qa: QuestionAnalysis, input: ComposeInput, candidates: RankedPassage[]): Composition | null {
    const q = input.question;
    // (a part of a compound question, "…on the April list for steering, and how many for fake prices?", keeps the list
    // the whole question names)
    const wholeAboutList = !!input.whole && VIOLATOR_LIST.test(input.whole);
    const aboutList = VIOLATOR_LIST.test(q) || wholeAboutList;
    // the list's rule link or its id is a line of its own, not a count of its rows
    if (!aboutList || /链接|网址|\blink\b|\burl\b|ruleid/i.test(q)) return null;
    const named = this.namedRows(q, input.lang);
    if (named) return named;
    const offsite = VIOLATION_OFFSITE.test(q);
    const pricing = VIOLATION_PRICING.test(q);
    const type = offsite ? '恶意引导站外沟通工具' : pricing ? '虚报价格&MOQ' : null;
    // "I saw a Singapore company on it; I thought the list was only mainland sellers?": whether all are domestic is
    // asked, whatever place the question names beside it
    if ((!qa.places.length || this.abroadAsked(q) === 'onlyDomestic') && !type) return this.abroadRows(qa, input);
    if (!qa.places.length && !qa.types.some((t) => t === 'quantity' || t === 'yesno')) return null;
    // "We're on the April list for fake MOQ. Is this round already a points deduction?": the list is the setting,
    // the question asked is in the last sentence and is not about who is on it
    const asked = q.split(/[.。!！;；]/).map((x) => x.trim()).filter(Boolean).pop() ?? q;
    if (!qa.places.length && !VIOLATOR_LIST.test(asked) && !(wholeAboutList && type)) return null;
    // ("我们在名单上，改价格有14天吗": a length of time the asker proposes is asked of the named merchants' deadline,
    // never a count of the list's rows)
    if (!qa.places.length && /\d+\s*(个)?(工作日|天|日|小时|周|个月)|\b\d+\s*(working |business )?(days?|hours?|weeks?|months?)\b/i.test(q)) return null;
    const rows = this.violatorRowList;
    if (!rows.length) return null;
    const provinces = this.analyzer.rules.places.provinces;
    const inPlace = (row: Passage) => {
      const name = row.zh.split('\t')[1]!;
      return qa.places.some((pl) => {
        if (name.includes(pl.zh)) return true;
        if (pl.zh !== pl.province) return false;
        const cities = provinces.find((p) => p.zh === pl.province)?.cities.map((c) => c.split('|')[0]!) ?? [];
        return cities.some((c) => name.startsWith(c));
      });
    };
    const matching = rows.filter((r) => (!type || r.zh.endsWith(type)) && (!qa.places.length || inPlace(r)));
    const lang = input.lang;
    const where = qa.places.map((p) => (lang === 'zh' ? p.zh : cap(p.name))).join(lang === 'zh' ? '、' : ', ');
    const typeEn = type === '恶意引导站外沟通工具' ? 'steering buyers off-platform (恶意引导站外沟通工具)' : 'false price & MOQ (虚报价格&MOQ)';
    const n = matching.length;
    let lead: string;
    if (qa.types.includes('yesno') && !qa.types.includes('quantity')) {
      lead =
        lang === 'zh'
          ? n ? `是的，有：名单上${where}${type ? `因${type}` : ''}共${n}家。` : `没有，名单上没有${where}${type ? `因${type}` : ''}上榜的商家。`
          : n ? `Yes: ${n} on the list${where ? ` from ${where}` : ''}${type ? ` for ${typeEn}` : ''}.` : `No: none on the list${where ? ` from ${where}` : ''}${type ? ` for ${typeEn}` : ''}.`;
    } else {
      lead =
        lang === 'zh'
          ? `名单上${where}${type ? `因${type}上榜的` : '的商家'}共${n}家（按表格逐行统计${this.violatorTotal ? `；标题写本次共${this.violatorTotal}个商家` : ''}）。`
          : `${n} merchants on the list${where ? ` from ${where}` : ''}${type ? ` for ${typeEn}` : ''} (counting the table rows${this.violatorTotal ? `; the heading says ${this.violatorTotal} in total` : ''}).`;
    }
    // "how many for steering buyers off-platform, and how many for fake prices?": a count asked of each type gets both,
    // with a row of each quoted
    if (offsite && pricing && !qa.places.length && qa.types.includes('quantity')) {
      const other = rows.filter((r) => r.zh.endsWith('虚报价格&MOQ'));
      lead =
        lang === 'zh'
          ? `名单上因恶意引导站外沟通工具上榜的共${n}家，因虚报价格&MOQ上榜的共${other.length}家（按表格逐行统计${this.violatorTotal ? `；标题写本次共${this.violatorTotal}个商家` : ''}）。`
          : `${n} merchants on the list for ${typeEn} and ${other.length} for false price & MOQ (虚报价格&MOQ) (counting the table rows${this.violatorTotal ? `; the heading says ${this.violatorTotal} in total` : ''}).`;
      return { lead, passages: [...matching.slice(0, 2), ...other.slice(0, 2)], notStated: null };
    }
    const heading = this.violatorHeading;
    const shown = matching.slice(0, MAX_PASSAGES);
    return { lead, passages: shown.length ? shown : heading ? [heading] : [], notStated: null };
  }

  /**
   * The line naming a glossary thing of the question that the given lines do not: only a thing few lines name (a
   * specific name, not a topic word), and of those the line holding most of the question.
   */
  private namingLine(input: ComposeInput, lines: Passage[]): Passage | null {
    for (const u of input.units) {
      // (by the concept itself, not by a word behind it: "智能" alone names no smart reply)
      if (u.kind !== 'concept' || u.soft !== undefined || lines.some((p) => this.index.namesConcept(u, p))) continue;
      const holders = this.index.holders(u).filter((p) => this.index.namesConcept(u, p));
      if (!holders.length || holders.length > NAMING_LINES) continue;
      const best = holders.map((p) => ({ p, c: this.index.coverage(input.units, p) })).sort((a, b) => b.c - a.c)[0]!;
      if (best.c >= NAMING_COVERAGE) return best.p;
    }
    return null;
  }

  /** "Which standard covers beauty products?": the table rows whose category list holds the asked category. */
  private categoryRows(qa: QuestionAnalysis, candidates: RankedPassage[], lang: Lang, question = '', topic: Passage[] = []): Composition | null {
    // the category rows may sit lower in the answered topic than the lines that matched ("is there a standard for us")
    const topicRows = topic.some((p) => p.categories.length);
    const rowsNear = candidates.some((c) => c.passage.categories.length) || (qa.types.includes('yesno') && topicRows);
    // "我们做太阳能板的，适用哪个标准": a product the table's standards are named for decides the row by itself
    const byProduct = qa.standards.length && !qa.categories.length && (rowsNear || topicRows) ? this.index.passages.filter((p) => p.categories.length && qa.standards.some((k) => p.zh.startsWith(`《${k}`))) : [];
    if (byProduct.length) {
      const names = byProduct.map((r) => (lang === 'zh' ? (r.zh.match(/《[^》]+》/)?.[0] ?? r.zh) : r.en.split(':')[0]!));
      const cats = [...new Set(byProduct.flatMap((r) => r.categories))].join(lang === 'zh' ? '、' : ', ');
      const lead = lang === 'zh' ? `是的，有：${names.join('、')}（试用类目：${cats}）。` : `Yes: ${names.join('; ')} (pilot categories: ${cats}).`;
      return { lead, passages: byProduct.slice(0, MAX_PASSAGES), notStated: null };
    }
    if (!qa.categories.length || !rowsNear) return null;
    const nameOf = (r: Passage) => (lang === 'zh' ? (r.zh.match(/《[^》]+》/)?.[0] ?? r.zh) : r.en.split(':')[0]!);
    // "光伏组件标准适用消费电子吗": the question names one standard, so the answer is whether its row lists the category
    const q = question.normalize('NFKC');
    const keyOf = (p: Passage) => (p.categories.length ? p.zh.match(/《([^》]+?)(?:行业|制造业|产业)/)?.[1] : undefined);
    const rowsAll = this.index.passages.filter((p) => !!keyOf(p));
    let named = rowsAll.find((p) => q.includes(keyOf(p)!));
    let nameText = named ? keyOf(named)! : '';
    // "does the textile/apparel standard apply to machinery?", "纺织服装标准适用机械吗": the standard named in other words,
    // by the categories or products just before "standard" that one row alone holds
    if (!named) {
      const before = q.match(/([^,.;?!，。；？！]{1,40}?)(?:(?:green|sustainable|绿色|可持续)\s*)?(?:\s*(?:factory|工厂)\s*)?(?:标准|\bstandards?\b)/i);
      const seg = before?.[1] ?? '';
      const sa = seg ? this.analyzer.analyze(seg) : null;
      const fit = sa ? rowsAll.filter((p) => (sa.standards.length && sa.standards.some((k) => p.zh.startsWith(`《${k}`))) || (!sa.standards.length && sa.categories.length > 0 && sa.categories.every((c) => p.categories.includes(c)))) : [];
      if (fit.length === 1) [named, nameText] = [fit[0], seg];
    }
    // the categories asked about are the ones named outside the standard's own name ("建筑工程机械标准 … 电气设备")
    const asked = named ? this.analyzer.analyze(q.replace(nameText, ' ')).categories : [];
    if (named && asked.length) {
      const yes = named.categories.some((c) => asked.includes(c));
      const listed = named.categories.join(lang === 'zh' ? '、' : ', ');
      const lead =
        lang === 'zh'
          ? `${yes ? '是的' : '不是'}，${nameOf(named)}适用的类目是：${listed}。`
          : `${yes ? 'Yes' : 'No'}: ${nameOf(named)} covers ${listed}.`;
      return { lead, passages: [named], notStated: null };
    }
    const rows = this.index.passages.filter((p) => p.categories.some((c) => qa.categories.includes(c)));
    if (!rows.length) return null;
    const names = rows.map(nameOf);
    // "is there a standard for us / which one applies": there is, and these are they
    const lead =
      lang === 'zh'
        ? `是的，有。${qa.categories.join('、')}适用的标准：${names.join('、')}。`
        : `Yes: standards that apply to ${qa.categories.join(', ')}: ${names.join('; ')}.`;
    return { lead, passages: rows.slice(0, MAX_PASSAGES), notStated: null };
  }

  /** "What happens the 3rd time?": the step of the penalty ladder for that offence, and the running total. */
  private ladder(qa: QuestionAnalysis, input: ComposeInput, candidates: RankedPassage[]): Composition | null {
    if (qa.offence === null) return null;
    // a step states points and a measure, no length of time or date: "how long until it shows up in search again" asks
    // a time the ladder does not hold, whatever offence "again" names
    if (qa.types.some((t) => LADDER_TIMELESS.has(t)) && !qa.types.includes('points')) return null;
    const lang = input.lang;
    const sections = new Set([...input.answered.map((s) => s.id), ...candidates.slice(0, 3).map((c) => c.passage.section)]);
    const asked = input.question.normalize('NFKC');
    const ladder = this.analyzer.rules.arithmetic.ladders.find(
      (l) => l.sections.some((s) => sections.has(s)) && !l.notFor?.test(asked) && (!l.onlyFor || l.onlyFor.test(asked)),
    );
    if (!ladder) return null;
    const stepOf = (k: number) => ladder.steps.find((s) => k >= s.from && (s.to === undefined || k <= s.to));
    // "our 4th and 5th offences: how many points for those?": the steps of the named offences, added up
    if (qa.offences.length >= 2 && qa.offences.every((k) => stepOf(k))) {
      const steps = qa.offences.map((k) => stepOf(k)!);
      const sum = steps.reduce((a, st) => a + st.points, 0);
      const each = qa.offences.map((k, i) => (lang === 'zh' ? `第${k}次${steps[i]!.points}分` : `${ordinal(k)}: ${steps[i]!.points}`)).join(lang === 'zh' ? '、' : ', ');
      const lead = lang === 'zh' ? `共扣${sum}分（${each}）。` : `${sum} points in total (${each}).`;
      const quotes = [...new Set(steps)].map((st) => this.passageByZh(st.quote)).filter((p): p is Passage => !!p);
      return { lead, passages: quotes, notStated: null };
    }
    const step = stepOf(qa.offence);
    if (!step) return null;
    let total = 0;
    for (let k = 1; k <= qa.offence; k++) total += stepOf(k)?.points ?? 0;
    const n = qa.offence;
    // "第一次会扣分吗" / "will the 2nd time cost 6 points?": whether that step deducts (the number asked, or any)
    const q = input.question.normalize('NFKC');
    const askedPoints = q.match(/扣\s*(\d+)\s*分|(\d+)\s*(?:个)?\s*(?:分|points?)\b/i);
    const aboutPoints = /扣分|扣.{0,3}分|\bpoints?\b|deduct/i.test(q);
    // "does the 90-day suspension kick in on the 2nd offence?": whether that step takes the measure the question names
    // ("is it still just a warning?" names the first step's measure; "警告之后第二次会扣分吗" asks the points)
    const measured = ladder.steps.filter((s) => s.measure && new RegExp(s.measure, 'i').test(q) && !(aboutPoints && s.points === 0));
    const word = !qa.types.includes('yesno')
      ? ''
      : measured.length
        ? yesNo(q, lang, measured.includes(step), 'fact')
        : aboutPoints
          ? yesNo(q, lang, askedPoints ? step.points === Number(askedPoints[1] ?? askedPoints[2]) : step.points > 0, 'fact')
          : '';
    const lead =
      (word && lang !== 'zh' ? word + ' ' : word) +
      (lang === 'zh'
        ? `第${n}次：${step.zh}${n > 1 ? `；前${n}次累计扣${total}分` : ''}。`
        : `${ordinal(n)} offence: ${step.en}${n > 1 ? `; ${total} points in total over ${n} offences` : ''}.`);
    const quotes = [step, ...ladder.steps.filter((s) => s !== step)].map((s) => this.passageByZh(s.quote)).filter((p): p is Passage => !!p);
    return { lead, passages: quotes.slice(0, 2), notStated: null };
  }

  /**
   * "We withdrew USD 350k this month: is the part above 300k charged?": a yes/no on the part of the month's total above
   * the waiver is "no", whatever the mode.
   */
  private aboveWaiver(qa: QuestionAnalysis, input: ComposeInput, candidates: RankedPassage[]): Composition | null {
    const q = input.question.normalize('NFKC');
    if (!qa.types.includes('yesno') || !(ASKS_CHARGE.test(q) || /\bpay\b/i.test(q))) return null;
    if (!/超出|超过|以上的部分|多出|\b(above|over|beyond|exceed\w*|excess)\b/i.test(q)) return null;
    const { waiver } = this.analyzer.rules.arithmetic;
    // (an amount the asker says they are already past, "已经超过30万美金了", is above it however it compares)
    const past = qa.amount ? /(超过|超出|过了|已过|多于|高于|above|over|more than|beyond|past|exceed\w*)\s*(了)?\s*$/i.test(input.question.normalize('NFKC').slice(0, qa.amounts.find((a) => a.value === qa.amount!.value)?.at ?? 0).replace(/(us\$|usd|\$)\s*$/i, '')) : false;
    if (qa.amount && qa.amount.currency !== 'CNY' && qa.amount.value <= waiver.monthlyUsd && !past) return null;
    const line = this.passageByZh(waiver.quote);
    // (a sum of money moved, or the waiver among the lines that match: "shipping way above normal" is no withdrawal)
    if (!line || !(qa.amount?.currency || candidates.slice(0, 3).some((c) => c.passage === line))) return null;
    // ("is the part above 300k free?" asks the other way round: yes)
    const asksFree = /免费|免(提现)?(手续)?费|不收|不要钱|不扣|\bfree\b|\bwaived?\b|\bno (fee|charge)s?\b|\bwithout (a )?(fee|charge)s?\b/i.test(q);
    const word = yesNo(q, input.lang, asksFree, 'fact');
    const lead =
      input.lang === 'zh'
        ? `${word === '不是。' ? '不收。' : word}三种模式月度合计超过30万美金的部分免提现手续费，只有前${fmt(waiver.monthlyUsd)}美元按费率收费。`
        : `${asksFree ? 'Yes.' : 'No.'} The part of a month's total above USD 300,000 (across the three modes) is free of withdrawal fees; only the first ${fmt(waiver.monthlyUsd)} USD is charged.`;
    return { lead, passages: [line], notStated: null };
  }

  /** "What fee on 100,000 USD to the legal representative?": the stated rate applied, with the monthly waiver. */
  private fee(qa: QuestionAnalysis, input: ComposeInput, candidates: RankedPassage[]): Composition | null {
    if (!qa.amount || !/费|手续|扣|cost|fee|charge|pay|收多少|多少钱|save|省/i.test(input.question)) return null;
    const { fees, waiver } = this.analyzer.rules.arithmetic;
    // the threshold itself ("explain the 300k rule") is not an amount to charge, unless the fee on it is asked
    // ("对公提现30万美金，手续费是多少")
    const feeOnIt = qa.types.includes('price') && !/超过|超出|以上|以外|\b(above|over|beyond|exceed\w*|past)\b/i.test(input.question);
    if (qa.amount.value === waiver.monthlyUsd && qa.amounts.length === 1 && !feeOnIt) return null;
    const named = fees.filter((f) => new RegExp(f.names, 'i').test(input.question));
    if (named.length >= 2) return this.feeAcross(qa, input, named);
    const order = [...input.answered.map((s) => s.id), ...candidates.map((c) => c.passage.section)];
    // the mode the asker names wins over the section ranking's guess
    const mode = named[0] ?? order.map((id) => fees.find((f) => f.section === id)).find((f) => !!f);
    if (!mode) return null;
    const lang = input.lang;
    const { value, currency } = qa.amount;
    const capped = currency === 'USD' && value > waiver.monthlyUsd;
    const base = capped ? waiver.monthlyUsd : value;
    const fee = (base * mode.percent) / 100;
    // another currency the asker writes ("8000英镑", "EUR 5,000") is kept as written
    const other = input.question.match(/英镑|欧元|港币|港元|日元|\b(GBP|EUR|HKD|JPY|pounds?|euros?)\b/i)?.[0] ?? '';
    const cur = currency === 'USD' ? (lang === 'zh' ? '美元' : 'USD') : currency === 'CNY' ? (lang === 'zh' ? '元' : 'CNY') : other;
    // English writes yuan amounts as "RMB 600"
    const money = (v: number) => (lang !== 'zh' && currency === 'CNY' ? `RMB ${fmt(v)}` : `${fmt(v)}${cur ? (lang === 'zh' ? cur : ' ' + cur) : ''}`);
    let lead =
      lang === 'zh'
        ? `${mode.zh}手续费${mode.percent}%，${money(value)}约收${money(fee)}（${fmt(base)} × ${mode.percent}%）。`
        : `${cap(mode.en)} costs ${mode.percent}%: on ${money(value)} that is about ${money(fee)} (${fmt(base)} × ${mode.percent}%).`;
    if (capped) {
      lead +=
        lang === 'zh'
          ? `三种模式月度合计超过30万美金的部分免手续费：超出的${money(value - waiver.monthlyUsd)}免费，只按前${fmt(waiver.monthlyUsd)}美元计。`
          : ` The part of a month's total above USD 300,000 is free: the ${money(value - waiver.monthlyUsd)} above it costs nothing, so only the first ${fmt(waiver.monthlyUsd)} USD is charged.`;
    }
    if (mode.onlyCurrency && currency && currency !== mode.onlyCurrency) {
      lead += lang === 'zh' ? `注意：${mode.zh}只支持人民币。` : ` Note: ${mode.en} is in CNY only.`;
    }
    const quotes = [this.passageByZh(mode.quote, mode.section), capped ? this.passageByZh(waiver.quote) : undefined].filter((p): p is Passage => !!p);
    return { lead, passages: quotes, notStated: null };
  }

  /** Two modes named: with one amount, what each costs and the difference; with several, the month's total. */
  private feeAcross(qa: QuestionAnalysis, input: ComposeInput, modes: Arithmetic['fees']): Composition {
    const { waiver } = this.analyzer.rules.arithmetic;
    const lang = input.lang;
    const cur = qa.amount!.currency === 'USD' ? (lang === 'zh' ? '美元' : 'USD') : qa.amount!.currency === 'CNY' ? (lang === 'zh' ? '元' : 'CNY') : '';
    const money = (v: number) => `${fmt(v)}${cur ? (lang === 'zh' ? cur : ' ' + cur) : ''}`;
    const quotes = modes.map((m) => this.passageByZh(m.quote, m.section)).filter((p): p is Passage => !!p);
    let lead: string;
    // "is any of it free?" turns on the waiver; "is there a fee?" is yes as the first 300,000 are charged
    const freeWord = (free: boolean) => (qa.types.includes('yesno') ? yesNo(input.question, lang, /免|free|waive/i.test(input.question) ? free : true, 'fact') : '');
    const paired = qa.amounts.length >= 2 && new Set(modes.map((m) => m.percent)).size > 1 ? pairAmounts(input.question, qa.amounts, modes) : null;
    if (paired) {
      // "$100k corporate + $150k overseas + $80k to the legal rep": each amount at its mode's rate; the waiver is on the
      // month's total over the three modes
      const total = paired.reduce((a, x) => a + x.amount.value, 0);
      const usd = qa.amount!.currency !== 'CNY';
      const free = usd && total > waiver.monthlyUsd ? total - waiver.monthlyUsd : 0;
      const each = paired.map(({ amount, mode }) =>
        lang === 'zh'
          ? `${mode.zh}${fmt(amount.value)} × ${mode.percent}% = ${money((amount.value * mode.percent) / 100)}`
          : `${mode.en} ${fmt(amount.value)} × ${mode.percent}% = ${money((amount.value * mode.percent) / 100)}`,
      );
      const word = freeWord(free > 0);
      // below the waiver every amount is charged at its rate: the fees add up (above it, which amount is free is not stated)
      const feeSum = paired.reduce((a, x) => a + (x.amount.value * x.mode.percent) / 100, 0);
      const summed = free ? '' : lang === 'zh' ? `手续费合计${money(feeSum)}。` : ` ${money(feeSum)} in fees in total.`;
      lead =
        lang === 'zh'
          ? `${word}当月合计${money(total)}${free ? `，超出30万美金的${money(free)}免提现手续费（三种模式合并计算），只按前${fmt(waiver.monthlyUsd)}美元收费` : '，未超过30万美金，全部按费率收费'}。按费率：${each.join('；')}。${summed}`
          : `${word ? word + ' ' : ''}Together ${money(total)} in the month${free ? `: the ${money(free)} above USD 300,000 is free of withdrawal fees (the three modes count together), only the first ${fmt(waiver.monthlyUsd)} USD is charged` : ', not above USD 300,000, so all of it is charged'}. At the rates: ${each.join('; ')}.${summed}`;
      const w = this.passageByZh(waiver.quote);
      if (free && w) quotes.unshift(w);
    } else if (qa.amounts.length >= 2 && new Set(modes.map((m) => m.percent)).size === 1) {
      const total = qa.amounts.reduce((a, x) => a + x.value, 0);
      const capped = qa.amount!.currency !== 'CNY' && total > waiver.monthlyUsd;
      const base = capped ? waiver.monthlyUsd : total;
      const fee = (base * modes[0]!.percent) / 100;
      const word = freeWord(capped);
      lead =
        (word && lang !== 'zh' ? word + ' ' : word) +
        (lang === 'zh'
          ? `合计${money(total)}，费率都是${modes[0]!.percent}%${capped ? `，月度合计超过30万美金的部分免手续费，只按${fmt(base)}计` : ''}：手续费约${money(fee)}。`
          : `Together ${money(total)} at ${modes[0]!.percent}%${capped ? `; the part of the month's total above USD 300,000 is free, so only ${fmt(base)} is charged` : ''}: about ${money(fee)} in fees.`);
      const w = this.passageByZh(waiver.quote);
      if (capped && w) quotes.push(w);
    } else {
      const v = qa.amount!.value;
      const each = modes.map((m) => ({ m, fee: (v * m.percent) / 100 }));
      const sorted = [...each].sort((a, b) => a.fee - b.fee);
      const diff = sorted[sorted.length - 1]!.fee - sorted[0]!.fee;
      lead =
        lang === 'zh'
          ? `${each.map((e) => `${e.m.zh}${e.m.percent}%约${money(e.fee)}`).join('，')}；走${sorted[0]!.m.zh}可省${money(diff)}。`
          : `${each.map((e) => `${cap(e.m.en)} at ${e.m.percent}%: about ${money(e.fee)}`).join('; ')}. ${cap(sorted[0]!.m.en)} saves ${money(diff)}.`;
    }
    return { lead, passages: quotes, notStated: null };
  }

  /** "4/30 to 5/13, how many days?": the days between two dates the asker gives (both ends counted when asked to). */
  private dateSpan(question: string, lang: Lang): string | null {
    if (!/多少天|几天|how many days|days in total|一共|总共/i.test(question)) return null;
    const dates = [...question.matchAll(DAY_OF_MONTH)];
    if (dates.length < 2) return null;
    const [a, b] = [dayOfYear(dates[0]![1]!, dates[0]![2]!), dayOfYear(dates[1]![1]!, dates[1]![2]!)];
    return spanLead(Math.abs(b - a), lang);
  }

  /**
   * "一共几天" / "how many days long" with no two dates in the question: the first line of the ranked pool that states
   * a range of days ("4月30日-5月13日", "30 April - 13 May"), counted with both ends and without the first.
   */
  private statedSpan(input: ComposeInput, lines: Passage[]): { lead: string; passages: Passage[] } | null {
    const q = input.question.normalize('NFKC');
    if (!/多少天|几天|多少日|how many days|days long/i.test(q)) return null;
    // The days of a range answer only a question about the range itself ("投稿窗口一共几天", "how many days is the window
    // in total"), not the time some step takes after an event ("投稿后审核一般要几天", "how many days after submitting
    // until review"): a range a line states is no answer to how long a process lasts.
    if (/后[^，,。？?]{0,10}(几天|多少天)|after\b.{0,40}how many days|how many days\b.{0,30}\b(after|until|before|does it take|to (get|be))\b/i.test(q)) return null;
    if (!/窗口|期间|时间段|活动期|一共|总共|共|头尾|首尾|持续|多长|window|period|campaign|in total|both ends|last|run/i.test(q)) return null;
    if ([...q.matchAll(DAY_OF_MONTH)].length >= 2) return null;
    for (const p of lines) {
      const m = p.zh.normalize('NFKC').match(/(\d{1,2})月(\d{1,2})[日号]?\s*[-~至到—]+\s*(?:(\d{1,2})月)?(\d{1,2})[日号]/);
      if (!m) continue;
      const toMonth = m[3] ?? m[1]!;
      const days = dayOfYear(toMonth, m[4]!) - dayOfYear(m[1]!, m[2]!);
      if (days <= 0) continue;
      const range = { zh: `${m[1]}月${m[2]}日至${toMonth}月${m[4]}日`, en: `${MONTHS[Number(m[1]) - 1]} ${m[2]} to ${MONTHS[Number(toMonth) - 1]} ${m[4]}` };
      return { lead: spanLead(days, input.lang, range), passages: [p] };
    }
    return null;
  }

  /** The line listing, by example ("…等"), the class of an item the question names that no line of these names itself. */
  private openList(qa: QuestionAnalysis, lines: Passage[]): Passage | null {
    const unnamed = qa.items.filter((i) => i.open && !this.index.passages.some((p) => i.re.test(p.zh) || i.re.test(p.en)));
    for (const item of unnamed) {
      const classItems = this.analyzer.rules.polarity.items.filter((i) => i.cls === item.cls);
      const line = lines.find((p) => item.open!.test(p.zh) && classItems.filter((i) => i.re.test(p.zh) || i.re.test(p.en)).length >= 2);
      if (line) return line;
    }
    return null;
  }

  /** "Named on 28 April: fix by when?": the stated number of days counted from the asker's date. */
  private daysFromDate(qa: QuestionAnalysis, picked: Passage[], lang: Lang, question = '', nearby: Passage[] = []): string | null {
    if (!qa.date) return null;
    // "which day does evaluation start" after a given day: a line saying it starts the day after (次日) answers it,
    // before any "within 30 days" advice in the same line
    const next = /开始|开启|进入|生效|start|begin|open|kick/i.test(question) ? [...picked, ...nearby].find((p) => /次日/.test(p.zh)) : undefined;
    if (next) {
      const d = new Date(Date.UTC(BRIEFING_YEAR, qa.date.month - 1, qa.date.day + 1));
      const mm = d.getUTCMonth() + 1;
      const dd = d.getUTCDate();
      const from = lang === 'zh' ? `${qa.date.month}月${qa.date.day}日` : `${MONTHS[qa.date.month - 1]} ${qa.date.day}`;
      // the line that says "the day after" is quoted with the day computed from it
      if (!picked.includes(next)) picked.unshift(next);
      return lang === 'zh' ? `${mm}月${dd}日（${from}的次日）。` : `${MONTHS[mm - 1]} ${dd} (the day after ${from}).`;
    }
    for (const p of picked) {
      // (a date's day, "4月28日", is no number of days)
      const m = p.zh.match(/(?<![\d月])(\d+)\s*(?:天|日)(?!期)/);
      if (!m) continue;
      const days = Number(m[1]);
      const before = /提前|之前|前（/.test(p.zh) && /提前/.test(p.zh);
      const d = new Date(Date.UTC(BRIEFING_YEAR, qa.date.month - 1, qa.date.day));
      d.setUTCDate(d.getUTCDate() + (before ? -days : days));
      const mm = d.getUTCMonth() + 1;
      const dd = d.getUTCDate();
      const from = lang === 'zh' ? `${qa.date.month}月${qa.date.day}日` : `${MONTHS[qa.date.month - 1]} ${qa.date.day}`;
      return lang === 'zh'
        ? `${before ? '最晚' : '截至'}${mm}月${dd}日（${from}${before ? '往前' : '起'}${days}天）。`
        : `${before ? 'By' : 'Until'} ${MONTHS[mm - 1]} ${dd} (${days} days ${before ? 'before' : 'after'} ${from}).`;
    }
    return null;
  }

  private passageByZh(zh: string, section?: string): Passage | undefined {
    return this.index.passages.find((p) => p.zh === zh && (!section || p.section === section)) ?? this.index.passages.find((p) => p.zh === zh);
  }

  passagesOf(sectionId: string): Passage[] {
    return this.bySection.get(sectionId) ?? [];
  }

  /** The kind of detail the question asks for that none of the lines states (decline.ts `unstatedDetail`). */
  unstatedDetail(question: string, units: Unit[], lines: Passage[], kinds: readonly DetailKind[], summariesFor?: (k: DetailKind, about?: ReadonlySet<string>) => readonly string[], lead = ''): { kind: DetailKind; line: Passage } | null {
    return this.decline.unstatedDetail(question, units, lines, kinds, summariesFor, lead);
  }
}

// a yes/no asking whether one is penalised ("会不会被罚", "will I be penalised"), and a line stating a penalty
const PENALTY_ASK = /被罚|挨罚|会罚|罚吗|处罚|受罚|\bpenali[sz]\w*|\bpunish\w*|\bsanction\w*/i;
const PENALTY_LINE = /下架|扣\s*\d+\s*分|警告|屏蔽|关闭|删除|冻结/;
// a question asking by what a ranking is judged, and the table row that states each column's criteria ("评选依据")
const CRITERIA_ASK = /评选|依据|按什么|怎么评|(按|根据|以)[^，,。？?]{0,30}(来)?评|\b(judged|ranked|scored|rated|based|criteri\w*|measured|calculated|formula|decided|determined) (by|on|as)\b|\bcriteri\w*|=|\bdivided by\b|除以/i;
const CRITERIA_ROW = /评选|依据|标准|criteri/i;
// words of a column's English name that name no column ("conversion list" is named by "conversion")
const COLUMN_WORDS = new Set(['list', 'lists', 'board', 'boards', 'ranking', 'rankings', 'leaderboard', 'column', 'table', 'the', 'of', 'chart']);
const squashText = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[\s*_]+/g, '');

/** Share of a label's character pairs (or the label itself when it is one character pair or less) found in text. */
function pairShare(label: string, text: string): number {
  if (!label) return 0;
  if (label.length <= 2) return text.includes(label) ? 1 : 0;
  let n = 0;
  let hit = 0;
  for (let i = 0; i + 2 <= label.length; i++, n++) if (text.includes(label.slice(i, i + 2))) hit++;
  return hit / n;
}

// "以下哪个不是…", "哪一项不属于…", "which of these is NOT…"
export const NOT_IN_LIST = /(哪个|哪一个|哪项|哪一项|哪位|哪一位|哪种|哪条)(不是|不属于|不在|没有)|不属于.{0,10}的是|which (one )?(of (these|the following) )?(is|was|are) (not|n't)\b|which .{0,40}\b(is not|isn't|was not|wasn't)\b|\bnot (one of|among|an example|a reward|a benefit|a lecturer)/i;

/** How much of an option a line holds: Chinese character pairs or English words (stemmed crudely), 0..1. */
function optionShare(option: string, p: Passage): number {
  const o = option.toLowerCase().normalize('NFKC');
  const text = `${p.zh} ${p.en}`.toLowerCase().normalize('NFKC').replace(/\s+/g, ' ');
  const units: string[] = [];
  for (const run of o.match(/\p{Script=Han}+/gu) ?? []) {
    if (run.length === 1) units.push(run);
    for (let i = 0; i + 2 <= run.length; i++) units.push(run.slice(i, i + 2));
  }
  for (const w of o.match(/[a-z0-9]+/g) ?? []) if (w.length >= 2 && !['the', 'of', 'and', 'a', 'an', 'to', 'for'].includes(w)) units.push(w.length > 4 ? w.slice(0, w.length - 1) : w);
  if (!units.length) return 0;
  return units.filter((u) => text.includes(u)).length / units.length;
}

const fmt = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: 2 });

/** A tier's quantity range: "100 - 999 Grams" [100, 999], ">=15000 Grams" [15000, ∞), ">100" (100, ∞); null for a label. */
function tierBounds(cell: string): [number, number] | null {
  const c = cell.replace(/,/g, '');
  const span = c.match(/^(\d+(?:\.\d+)?)\s*-\s*(\d+(?:\.\d+)?)/);
  if (span) return [Number(span[1]), Number(span[2])];
  const from = c.match(/^(>=|≥|>)\s*(\d+(?:\.\d+)?)/);
  if (from) return [Number(from[2]) + (from[1] === '>' ? 1e-9 : 0), Infinity];
  return null;
}

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
}

/** The figure of the asked type in the line, in the asker's language ("7天内" / "7 days"). */
function figureIn(p: Passage, lang: Lang, evidence: RegExp): string | null {
  const text = lang === 'zh' ? p.zh : p.en;
  const m = text.match(evidence) ?? (lang === 'zh' ? null : p.zh.match(evidence));
  if (!m) return null;
  // widen a bare figure to the phrase around it ("7" -> "7天内务必修改" is too long; keep the clause)
  const at = m.index ?? 0;
  // (a thousands separator, "$22,899,929.67", is inside the figure, not a clause break)
  const stops = /[，；;。：:（）()]|(?<!\d),|,(?!\d{3}(?!\d))|\. /g;
  let clauseStart = 0;
  let clauseEnd = text.length;
  // (a label's word, "图片更新周期：每小时更新", is not the figure: the value after its colon comes with it)
  let label = false;
  for (const s of text.matchAll(stops)) {
    const i = s.index!;
    if (i < at) clauseStart = i + s[0].length;
    else if (i >= at + m[0].length && !label && /[：:]/.test(s[0]) && i + 1 < text.length) label = true;
    else if (i >= at + m[0].length) {
      clauseEnd = i;
      break;
    }
  }
  const clause = text.slice(clauseStart, clauseEnd).replace(/\t+/g, ' ').trim();
  return clause.length <= 60 ? sentenceStart(clause) : m[0];
}

// a joining word that opened the clause in its line ("…, and fix violations within 7 days")
const JOINED_CLAUSE = /^(?:and|or|but|then|so|also|plus|while)\s+(?=\S)/i;

/** A clause cut from inside an English line, made to open an answer: no joining word before it, a capital first. */
function sentenceStart(clause: string): string {
  if (/\p{Script=Han}/u.test(clause.slice(0, 1))) return clause;
  const bare = clause.replace(JOINED_CLAUSE, '');
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}

// measure words specific enough that a count in another unit does not answer ("几条视频", "多少份简历")
const SPECIFIC_ZH_UNITS = '份|条|张|场|位|人|倍|次';

/** "几条视频" wants a count of 条; other counts accept any figure with a measure word, never list numbering. */
function quantityEvidence(question: string, fallback: RegExp): RegExp {
  const zh = question.match(new RegExp(`(?:几|多少)\\s*(${SPECIFIC_ZH_UNITS})`));
  const en = question.match(/how many\s+(?:\w+\s+)?(people|persons|ppl|folks|respondents|participants|videos|sessions|streams|reports|copies|times)\b/i);
  const unit = zh?.[1] ?? (en ? EN_UNITS[en[1]!.toLowerCase()] : undefined);
  if (unit) return new RegExp(`[0-9一二两三四五六七八九十百千万]+\\s*(个)?(${unit})`);
  return fallback;
}

// the measure word the briefing counts an English "how many X" in ("102人作答", "连播5场", "5份报告")
const EN_UNITS: Record<string, string> = {
  people: '人|名', persons: '人|名', ppl: '人|名', folks: '人|名', respondents: '人', participants: '人|名', videos: '条', sessions: '场', streams: '场', reports: '份', copies: '份', times: '倍|次',
};

/** "How many more days than before?": the difference a line states as "由15日延长为30日" or "30个->50个". */
function change(question: string, lang: Lang, lines: Passage[]): string | null {
  if (!/多了|增加了|少了|减少了|延长了|比以前|比之前|more than before|longer than|increase|how many more|how much more|fewer/i.test(question)) return null;
  for (const p of lines) {
    const m = p.zh.match(/由(\d+)\s*([^\d\s]{0,2}?)\s*(?:延长|变|增加|减少|提高)?为(\d+)/) ?? p.zh.match(/(\d+)\s*([^\d\s>-]{0,2})\s*->\s*(\d+)/);
    if (!m) continue;
    const [a, unit, b] = [Number(m[1]), m[2] ?? '', Number(m[3])];
    const d = Math.abs(b - a);
    const unitZh = unit === '日' ? '天' : unit;
    return lang === 'zh' ? `${b > a ? '多了' : '少了'}${d}${unitZh}（由${a}${unit}变为${b}${unit}）。` : `${d} ${b > a ? 'more' : 'fewer'}${unit === '日' || unit === '天' ? ' days' : ''} (from ${a} to ${b}).`;
  }
  return null;
}

/** "How long is the briefing?": the length of a stated time range (10:00-11:00). */
function clockSpan(lines: Passage[], lang: Lang): string | null {
  for (const p of lines) {
    const m = p.zh.match(/(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})/);
    if (!m) continue;
    const mins = Number(m[3]) * 60 + Number(m[4]) - (Number(m[1]) * 60 + Number(m[2]));
    if (mins <= 0) continue;
    const h = mins / 60;
    return lang === 'zh' ? `${Number.isInteger(h) ? `${h}小时` : `${mins}分钟`}（${m[0]}）。` : `${Number.isInteger(h) ? `${h} hour${h === 1 ? '' : 's'}` : `${mins} minutes`} (${m[0]}).`;
  }
  return null;
}

/**
 * Each amount of "$100k as corporate + $150k overseas + $80k legal rep" (the mode after it) or "对公5万，法人2万" (the
 * mode before it) with its mode; null unless every amount gets exactly one mode and no mode gets two.
 */
const AMOUNT_AT_START = /^(?:usd|us\$|\$|rmb|cny|¥)?\s*\d[\d,.]*\s*(?:万|w\b|k\b|千|million|m\b)?\s*(?:美元|美金|刀|usd|dollars?|us\$|人民币|元|块|rmb|cny|yuan)?/i;
function pairAmounts(question: string, amounts: QuestionAnalysis['amounts'], modes: Arithmetic['fees']): { amount: QuestionAnalysis['amounts'][number]; mode: Arithmetic['fees'][number] }[] | null {
  const q = question.normalize('NFKC');
  const starts = amounts.map((a) => a.at ?? 0);
  const modesIn = (text: string) => modes.filter((m) => new RegExp(m.names, 'i').test(text));
  for (const after of [true, false]) {
    const out = amounts.map((amount, i) => {
      const text = after ? q.slice(starts[i]!, starts[i + 1] ?? q.length) : q.slice(i ? starts[i - 1]! : 0, starts[i]!);
      const found = modesIn(after || i ? text.replace(AMOUNT_AT_START, '') : text);
      return found.length === 1 ? { amount, mode: found[0]! } : null;
    });
    if (out.every((x) => x) && new Set(out.map((x) => x!.mode)).size === out.length) return out as { amount: QuestionAnalysis['amounts'][number]; mode: Arithmetic['fees'][number] }[];
  }
  return null;
}
