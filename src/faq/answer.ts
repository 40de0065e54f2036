import type { Lang } from '../core/types.js';
import { t } from '../core/lang.js';
import type { Section } from './knowledge.js';
import type { Hit, Retriever } from './retriever.js';
import { analyzeDoc, type ConceptMatcher, type Unit } from './text.js';
import type { InputProblem } from './guard.js';
import { MAX_QUESTION_CHARS } from './guard.js';

export interface Citation {
  sectionId: string;
  title: string;
  quote: string;
}

/**
 * Why an answer declines: the question could not be read (an InputProblem), nothing in the briefing answers it
 * ('unknown'), or its topic is in the briefing but the lines do not state what is asked of it ('not_stated': a detail,
 * a time, a place...). Every decline carries one, so a caller that wants only real answers (the router's quoted-draft
 * path) tells a "the briefing does not say" from an answer by the type, not by reading the text.
 */
export type DeclineReason = InputProblem | 'unknown' | 'not_stated';

export interface Answer {
  answer: string;
  declined: boolean;
  /** set when declined */
  declineReason?: DeclineReason;
  /** for a 'not_stated' decline, what was not stated: an answer type ("clock"), an ask, or a detail kind ("detail:penalty") */
  unstated?: string;
  sources: string[];
  lang: Lang;
  citations: Citation[];
  suggestions: { sectionId: string; title: string }[];
  stage: 'extractive' | 'llm';
}

export const RULE_CHANNEL = 'https://rulechannel.alibaba.com';

/**
 * When Haili answers rather than declines. Two signals: coverage (how much of the question the section explains)
 * and the BM25 score (how much evidence there is at all). The line between them is a class-balanced logistic
 * regression on (coverage, ln(1 + score)) fitted on corpus/questions/train.jsonl plus heldout.jsonl and
 * heldout2.jsonl after those two had been scored; heldout3.jsonl was written before the fit and never used for it.
 * A short question that a section covers completely (e.g. "热线", "MOQ penalty?") is answered even with a small score.
 */
const W_COVERAGE = 3.36;
const W_LOG_SCORE = 4.39;
const BIAS = -14.23;
const MIN_CONFIDENCE = 0.4;
const FULL_COVERAGE = 0.9;
const MIN_SCORE_WHEN_FULL = 5;
const OUTSIDE_MIN_COVERAGE = 0.8;

export function confidence(hit: Hit): number {
  return 1 / (1 + Math.exp(-(W_COVERAGE * hit.coverage + W_LOG_SCORE * Math.log1p(hit.score) + BIAS)));
}

/** The question names another platform, carrier or payment firm that the best section does not really cover. */
export function namesUncoveredOutside(hit: Hit): boolean {
  // "Does Made-in-China do this too?" matches our words but asks about something the briefing never covers
  if (hit.foreign > 0) return true;
  // a section that merely mentions the other platform in passing must explain nearly all of the question
  return hit.namesOutside && hit.coverage < OUTSIDE_MIN_COVERAGE;
}

export function isConfident(hit: Hit | undefined): hit is Hit {
  if (!hit) return false;
  if (namesUncoveredOutside(hit)) return false;
  return confidence(hit) >= MIN_CONFIDENCE || (hit.coverage >= FULL_COVERAGE && hit.score >= MIN_SCORE_WHEN_FULL);
}

export function sectionTitle(section: Section, lang: Lang): string {
  return lang === 'zh' ? section.title : section.titleEn;
}

/** The source line that shares the most weighted tokens with the question; falls back to the first line. */
const lineTokens = new WeakMap<Section, Set<string>[]>();

export function bestQuote(section: Section, units: Unit[], retriever: Retriever, matcher: ConceptMatcher): string {
  const wanted = new Set(units.flatMap((u) => [...u.tokens, ...(u.surface ?? [])]));
  let perLine = lineTokens.get(section);
  if (!perLine) {
    perLine = section.text.map((line) => new Set(analyzeDoc(line, matcher)));
    lineTokens.set(section, perLine);
  }
  const factValues = Object.values(section.facts).map(squashed);
  let best = section.text[0]!;
  let bestScore = 0;
  for (let i = 0; i < section.text.length; i++) {
    const line = section.text[i]!;
    const tokens = perLine[i]!;
    let score = 0;
    for (const tok of wanted) if (tokens.has(tok)) score += retriever.idf(tok);
    // prefer the line that states a key figure, so the quote backs the number in the answer
    if (score > 0 && factValues.some((v) => squashed(line).includes(v))) score += 1;
    if (score > bestScore) {
      best = line;
      bestScore = score;
    }
  }
  return cleanQuote(best);
}

const squashed = (s: string) => s.replace(/\s+/g, '');

/** Strips slide markup (bold stars, bullets) but keeps the words exactly as the source says them. */
export function cleanQuote(line: string): string {
  return line.replace(/\*\*/g, '').replace(/^[-✓■\s]+/, '').trim();
}

/** One section's answer, or several side by side when the question compares them (对公 vs 法人). */
export function extractiveAnswer(hits: Hit | Hit[], lang: Lang, units: Unit[], retriever: Retriever, matcher: ConceptMatcher): Answer {
  const sections = (Array.isArray(hits) ? hits : [hits]).map((h) => h.section);
  return {
    answer: sections.map((s) => (lang === 'zh' ? s.answer : s.answerEn)).join('\n'),
    declined: false,
    sources: sections.map((s) => s.id),
    lang,
    citations: sections.map((s) => ({ sectionId: s.id, title: sectionTitle(s, lang), quote: bestQuote(s, units, retriever, matcher) })),
    suggestions: [],
    stage: 'extractive',
  };
}

// A comparison ("对公 vs 法人") wants the two sections that each explain one side: near-tied with the best hit, and
// complementary (each holds a compared concept the other lacks), so a section that mentions both sides in passing
// (the fee waiver lists all three withdrawal modes) does not stand in for the pair.
const COMPARE_TIE = 0.55;
const COMPARE_CANDIDATES = 5;

export function comparedHits(hits: Hit[], units: Unit[], matcher: ConceptMatcher): Hit[] {
  const top = hits[0];
  if (!top) return [];
  const compares = units.some((u) => u.kind === 'concept' && matcher.comparisons.has(u.tokens[0]!.slice(1)));
  if (!compares) return [top];
  const rank = (h: Hit) => h.score * (0.5 + h.coverage);
  const close = hits.slice(0, COMPARE_CANDIDATES).filter((h) => rank(h) >= COMPARE_TIE * rank(top) && isConfident(h));
  let best: [Hit, Hit] | null = null;
  for (let i = 0; i < close.length; i++) {
    for (let j = i + 1; j < close.length; j++) {
      const [a, b] = [close[i]!, close[j]!];
      const complementary = a.concepts.some((c) => !b.concepts.includes(c)) && b.concepts.some((c) => !a.concepts.includes(c));
      if (complementary && (!best || rank(a) + rank(b) > rank(best[0]) + rank(best[1]))) best = [a, b];
    }
  }
  return best ?? [top];
}

export function declinedAnswer(lang: Lang, suggestions: Section[], why: InputProblem | 'unknown'): Answer {
  const list = suggestions.map((s) => sectionTitle(s, lang)).join(t(lang, '；', '; '));
  const channel = t(lang, `以官方规则频道为准：${RULE_CHANNEL}`, `for the official rules see ${RULE_CHANNEL}`);
  let answer: string;
  switch (why) {
    case 'empty':
      answer = t(lang, '请直接输入你的政策问题，例如“法人提现手续费多少？”', 'Please type your policy question, e.g. "How much does withdrawing to the legal representative cost?"');
      break;
    case 'too_long':
      answer = t(
        lang,
        `问题太长了（超过${MAX_QUESTION_CHARS}字），请用一两句话提问。`,
        `That question is too long (over ${MAX_QUESTION_CHARS} characters); please ask it in one or two sentences.`,
      );
      break;
    case 'no_content':
      answer = t(lang, '没有看到文字问题，请用中文或英文描述你的问题。', 'I could not find a question in that; please ask in Chinese or English.');
      break;
    case 'other_language':
      answer = 'Sorry, I can only answer policy questions in Chinese or English. Please ask again in English or Chinese. 抱歉，目前只支持中文或英文提问。';
      break;
    default:
      answer = t(
        lang,
        `抱歉，我掌握的政策资料里没有这个问题的答案，我不做猜测。${list ? `相关主题：${list}。` : ''}${channel}`,
        `Sorry, the policy material I have does not answer this, and I won't guess. ${list ? `Closest topics: ${list}. ` : ''}${channel[0]!.toUpperCase()}${channel.slice(1)}.`,
      );
  }
  return {
    answer,
    declined: true,
    declineReason: why,
    sources: [],
    lang,
    citations: [],
    suggestions: suggestions.map((s) => ({ sectionId: s.id, title: sectionTitle(s, lang) })),
    stage: 'extractive',
  };
}
