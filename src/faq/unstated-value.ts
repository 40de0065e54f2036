/**
 * The last look before a composed answer goes out: does the line it would lead with hold a value of the asked type for
 * the asked subject? The composer finds a line holding a figure of the asked type (a number for "how many", a yes for a
 * yes/no) among the lines near the question; these checks catch the cases where that figure is not the answer:
 *
 * - the line about the asked subject names the value without giving it ("累积到一定量", "a certain amount": vague), so a
 *   figure from a nearby example is no threshold;
 * - the lead's only figure counts nothing (a date, "5.1之前"; a year; list numbering), so it answers no "how many";
 * - a yes/no lead that already says the briefing does not mention the thing asked (polarity.ts `unstatedInPredicate`)
 *   is what it says: a decline, not an answer (unless the thing is an evaluative word, "会有风险吗").
 *
 * Each returns what the briefing does not state and the nearest line it does state, for index.ts's "not stated"
 * answer. The patterns are data (rules/ask/unstated.yaml), validated at load; a rules folder without the file turns
 * the checks off.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { readYamlFile } from '../config/yaml.js';
import { RegexSource, type DetailKind } from './asks.js';
import type { Passage } from './passages.js';
import { UNMENTIONED_LEAD } from './polarity.js';

const UnstatedFileSchema = z.object({
  vague: z
    .array(
      z.object({
        id: z.string().min(1),
        asks: z.array(z.string().min(1)).default([]),
        details: z.array(z.string().min(1)).default([]),
        line: RegexSource,
        stated: RegexSource,
        states: z.object({ zh: z.string().includes('{vague}'), en: z.string().includes('{vague}') }),
      }),
    )
    .default([]),
  notCounts: z.array(RegexSource).default([]),
  unmentionedKept: RegexSource.optional(),
  countClasses: z.array(z.object({ id: z.string().min(1), nouns: RegexSource })).default([]),
});

export interface VagueKind {
  id: string;
  asks: Set<string>;
  details: string[];
  line: RegExp;
  stated: RegExp;
  states: { zh: string; en: string };
}

export interface UnstatedValueRules {
  vague: VagueKind[];
  notCounts: RegExp[];
  unmentionedKept: RegExp | null;
  countClasses: { id: string; nouns: RegExp }[];
}

export interface Unstated {
  id: string;
  zh: string;
  en: string;
  line: Passage | undefined;
}

// how many of the composed answer's first lines are read for a vague value (the lead's line and the ones after it)
const VAGUE_LINES = 3;

export function loadUnstatedValues(rulesDir: string): UnstatedValueRules | null {
  const path = join(rulesDir, 'ask', 'unstated.yaml');
  if (!existsSync(path)) return null;
  const data = readYamlFile(path, UnstatedFileSchema, { shownAs: path });
  return {
    vague: data.vague.map((k) => ({ id: k.id, asks: new Set(k.asks), details: k.details, line: new RegExp(k.line, 'iu'), stated: new RegExp(k.stated, 'iu'), states: k.states })),
    notCounts: data.notCounts.map((s) => new RegExp(s, 'giu')),
    unmentionedKept: data.unmentionedKept ? new RegExp(data.unmentionedKept, 'iu') : null,
    countClasses: data.countClasses.map((c) => ({ id: c.id, nouns: new RegExp(c.nouns, 'iu') })),
  };
}

export interface ValueInput {
  question: string;
  /** the ask types of the question (rules/ask/types.yaml ids) */
  types: readonly string[];
  /** the composed answer's lead and its lines, in order */
  lead: string;
  passages: readonly Passage[];
  /** whether the lead was computed from stated figures or rows (a count of a table), not read off one line */
  special: boolean;
  /** how much of the question a line holds (PassageIndex.coverage with the question's units) */
  coverage: (p: Passage) => number;
  detailKinds: readonly DetailKind[];
  /** the summaries of the sections answering, shown under the lines */
  summaries: readonly string[];
}

/**
 * The lead's figure is not the value asked: the line most about the subject states it vaguely, or the lead's figure
 * counts nothing, or the lead itself says the briefing does not mention the thing. Null when the answer stands.
 */
export function unstatedValue(rules: UnstatedValueRules | null, input: ValueInput): Unstated | null {
  return rules ? (unmentioned(rules, input) ?? vagueValue(rules, input) ?? countsNothing(rules, input) ?? countsOtherClass(rules, input)) : null;
}

/** A yes/no lead saying the briefing does not mention the asked thing ("简报没有提到“证书”，不能据此说是"). */
function unmentioned(rules: UnstatedValueRules, input: ValueInput): Unstated | null {
  const m = input.lead.match(UNMENTIONED_LEAD);
  if (!m) return null;
  const named = (m[1] ?? m[2] ?? '').trim();
  if (rules.unmentionedKept?.test(named)) return null;
  return { id: 'unmentioned', zh: `${named}的情况`, en: `anything about ${named}`, line: input.passages[0] };
}

/**
 * "How many fake-price products before the whole store is penalised?" answered "3948 times" from an example, while the
 * rule itself says "累积到一定量": a line among the first quoted that holds at least as much of the question as the
 * lead's line, and states the asked kind of value only vaguely, means the briefing does not give it.
 */
function vagueValue(rules: UnstatedValueRules, input: ValueInput): Unstated | null {
  if (input.special || !input.passages.length) return null;
  const q = input.question.normalize('NFKC');
  const first = input.passages[0]!;
  for (const kind of rules.vague) {
    const asked = input.types.some((t) => kind.asks.has(t)) || input.detailKinds.some((d) => kind.details.includes(d.id) && d.cue.test(q) && !d.except?.test(q));
    if (!asked) continue;
    for (const p of input.passages.slice(0, VAGUE_LINES)) {
      if (p.kind === 'heading' || p.kind === 'agenda') continue;
      const zh = p.zh.match(kind.line)?.[0];
      const en = p.en.match(kind.line)?.[0];
      if (!zh && !en) continue;
      if (kind.stated.test(p.zh) || kind.stated.test(p.en)) continue;
      if (p !== first && input.coverage(p) < input.coverage(first)) continue;
      return {
        id: `vague:${kind.id}`,
        zh: kind.states.zh.replace('{vague}', zh ?? en!),
        en: kind.states.en.replace('{vague}', en ?? zh!),
        line: p,
      };
    }
  }
  return null;
}

/**
 * "How many merchants have opened Pay?" led by "merchants who opened before 5.1 keep the original tasks": every figure
 * of the lead is a date, a year, a version or numbering, so it counts nothing and no number is stated.
 */
function countsNothing(rules: UnstatedValueRules, input: ValueInput): Unstated | null {
  if (input.special || !input.types.includes('quantity') || !/\d/.test(input.lead)) return null;
  // (a question asking more than the count, "how many lecturers and who are they", is answered by the other lines too)
  if (input.types.length > 1) return null;
  const counts = (text: string) => /\d|[一二两三四五六七八九十百千万]\s*(个|家|名|次|项|场|位|种|条|款|件)/u.test(withoutNonCounts(rules, text));
  // (and any quoted line that does count something, "由15日延长为30日" under a lead naming the launch date, "招募数量 700名"
  // under a lead naming the event's season, may be the answer, and so may the summary shown with them)
  if (counts(input.lead) || input.passages.some((p) => counts(p.zh)) || input.summaries.some(counts)) return null;
  return { id: 'counts-nothing', zh: '具体数量', en: 'a number for that', line: input.passages[0] };
}

/** The text with its figures that count nothing (dates, years, versions, numbering: unstated.yaml notCounts) blanked. */
function withoutNonCounts(rules: UnstatedValueRules, text: string): string {
  return rules.notCounts.reduce((t, re) => t.replace(re, ' '), text.normalize('NFKC'));
}

// the words after "how many" or 多少/几 that name what is counted
const ASKED_COUNT_EN = /\b(?:how many|number of)\s+(?:more\s+|different\s+|total\s+)?([a-z]+)/i;
const ASKED_COUNT_ZH = /(?:多少|几)\s*((?:个|家|名|场|款|件|条|次|倍|种|位)?\s*\p{Script=Han}{0,3})/u;
// a figure and the words after it, in a line's Chinese or English
const FIGURE_ZH = /(?<![\d.])\d+(?:\.\d+)?\s*(?:万|千|百)?\s*(\p{Script=Han}{1,4})/gu;
const FIGURE_EN = /(?<![\d.])\d+(?:\.\d+)?\s+([a-z]+)/gi;

/**
 * "How many merchants watched the session live?" led by "a Zhaopin gold host streams 5 sessions in a row" (连播5场):
 * what the question counts is of one class (rules/ask/unstated.yaml countClasses), and every figure of the lead's line
 * counts things of another, so the briefing states no number of what was asked. (Read off the lead, not its line: a line
 * may state a count of the asked class beside other figures, "700 places" under a 0-yuan sign-up.)
 */
function countsOtherClass(rules: UnstatedValueRules, input: ValueInput): Unstated | null {
  if (input.special || !input.types.includes('quantity') || input.types.length > 1 || !input.passages.length) return null;
  const q = input.question.normalize('NFKC');
  const classOf = (noun: string) => rules.countClasses.find((c) => c.nouns.test(noun.trim()))?.id;
  const asked = classOf(q.match(ASKED_COUNT_EN)?.[1] ?? '') ?? classOf(q.match(ASKED_COUNT_ZH)?.[1] ?? '');
  if (!asked) return null;
  // (the lead is the figure read off its line, in the answer's language: "5 sessions", "连播5场")
  const lead = withoutNonCounts(rules, input.lead);
  // a lead with no figure at all ("星等级最高几星" answered by quoting the lines on when rating starts): the quoted lines
  // are the answer, so they must hold a figure of the asked class, or one the classes cannot tell (left to the composer)
  if (!/\d/.test(lead)) return leadlessOtherClass(rules, input, asked, classOf);
  const classes = [...[...lead.matchAll(FIGURE_ZH)].map((m) => classOf(m[1]!)), ...[...lead.matchAll(FIGURE_EN)].map((m) => classOf(m[1]!))];
  // (every figure of the lead must be of a known class other than the one asked)
  if (!classes.length || classes.some((c) => !c || c === asked)) return null;
  const figures = input.lead.match(/\d+/g) ?? [];
  const line = input.passages.find((p) => figures.every((f) => p.zh.includes(f) || p.en.includes(f))) ?? input.passages[0]!;
  return { id: `counts-other:${asked}`, zh: '所问对象的具体数量', en: 'a number of what you ask about', line };
}

// a count in Chinese numerals and the measure word or noun after it ("三个维度", "四大核心价值")
const FIGURE_HAN = /[一二两三四五六七八九十百千万]+\s*((?:个|家|名|场|种|次|份|位|大|项|条|款|件|颗|星)\p{Script=Han}{0,3})/gu;

/**
 * A "how many" of a known class answered with no figure in its lead, only quoted lines: every counting figure of those
 * lines (after dates, years and numbering are set aside) is of a known class other than the one asked, or there is none,
 * so the briefing states no number of what was asked ("商家星等级一共分几星" against the lines on when rating opens).
 * A figure whose class is unknown, or in Chinese numerals, may be the answer: the lines stand.
 */
function leadlessOtherClass(rules: UnstatedValueRules, input: ValueInput, asked: string, classOf: (noun: string) => string | undefined): Unstated | null {
  const lines = input.passages.slice(0, VAGUE_LINES).filter((p) => p.kind !== 'heading' && p.kind !== 'agenda');
  if (!lines.length) return null;
  for (const p of lines) {
    const zh = withoutNonCounts(rules, p.zh);
    const en = withoutNonCounts(rules, p.en);
    if ([...zh.matchAll(FIGURE_HAN)].length) return null;
    const classes = [...[...zh.matchAll(FIGURE_ZH)].map((m) => classOf(m[1]!)), ...[...en.matchAll(FIGURE_EN)].map((m) => classOf(m[1]!))];
    if (classes.some((c) => !c || c === asked)) return null;
    // (a bare digit the patterns read no noun after, "Top 10", may count anything)
    if ((zh.match(/\d+/g) ?? []).length > [...zh.matchAll(FIGURE_ZH)].length) return null;
  }
  return { id: `counts-other:${asked}`, zh: '所问对象的具体数量', en: 'a number of what you ask about', line: lines[0] };
}
