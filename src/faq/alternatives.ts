/**
 * "A or B?" questions ("calendar days or working days?", "是按工作日还是自然日算？", "JPMorgan SG vs Citi HK?"): the
 * question offers two alternatives, and the briefing answers it only when a line holds one of them. A line about the
 * same subject that names neither (the 14-day period, without saying how days are counted) is no answer. This module
 * finds the two sides; the composer judges whether the lines hold either. The joining words, the filler a side drops
 * and the bar are data (rules/ask/alternatives.yaml).
 */
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { readYamlFile } from '../config/yaml.js';
import { RegexSource } from './asks.js';

export const AlternativesFileSchema = z.object({
  /** the words that join two alternatives inside one clause ("or", "还是", "vs") */
  joiner: RegexSource,
  /** words a side drops before its words are compared (auxiliaries, articles, 是/按/算...) */
  filler: RegexSource,
  /** where the right-hand side's alternative ends: a qualifier that follows it ("with the same buyer", "才算") */
  tailStop: RegexSource,
  /** at most this many words of a side are the alternative itself (the rest is the subject they share) */
  maxWords: z.number().int().positive(),
  /** share of a side's own words a line (with the lines introducing it) must hold to state that side */
  held: z.number().min(0).max(1),
  /** a side naming these is stated by a line of the answered topic saying this ("at night or on weekends" by "7*24h") */
  heldBy: z.array(z.object({ side: RegexSource, line: RegexSource })).default([]),
  /**
   * a choice between two opposite degrees ("高还是低", "higher or lower") of the subject against a thing it is compared
   * with (`reference`, whose first group is that thing): stated only by a line holding that thing
   */
  degreeChoice: z.object({ question: RegexSource, reference: RegexSource }).optional(),
  /**
   * an ask of its own (what happens, how much, where, when...) in the question outside the two sides: the choice is one
   * part of the question or qualifies that ask ("会怎么处理", "at what stage can a buyer complain about A or B"), so the
   * lines answering that ask answer it; the choice alone is not the whole question
   */
  otherAsk: RegexSource.optional(),
  /** a right-hand side that names no alternative ("or worse", "还是别的"): the question asks what it is */
  openSide: RegexSource.optional(),
  /**
   * the start of a right-hand side that restricts rather than offers ("…include A, or only B?", "…A吗，还是只有B"): the
   * question asks whether A is included beyond B, a yes or no on A
   */
  restrictive: RegexSource.optional(),
});

export interface AlternativeRules {
  joiner: RegExp;
  filler: RegExp;
  tailStop: RegExp;
  maxWords: number;
  held: number;
  heldBy: { side: RegExp; line: RegExp }[];
  degreeChoice: { question: RegExp; reference: RegExp } | null;
  otherAsk: RegExp | null;
  openSide: RegExp | null;
  restrictive: RegExp | null;
}

export function loadAlternativeRules(path: string): AlternativeRules | null {
  if (!existsSync(path)) return null;
  const f = readYamlFile(path, AlternativesFileSchema, { shownAs: path });
  return { joiner: new RegExp(f.joiner, 'iu'), filler: new RegExp(f.filler, 'giu'), tailStop: new RegExp(f.tailStop, 'iu'), maxWords: f.maxWords, held: f.held, heldBy: f.heldBy.map((h) => ({ side: new RegExp(h.side, 'iu'), line: new RegExp(h.line, 'iu') })), degreeChoice: f.degreeChoice ? { question: new RegExp(f.degreeChoice.question, 'iu'), reference: new RegExp(f.degreeChoice.reference, 'iu') } : null, otherAsk: f.otherAsk ? new RegExp(f.otherAsk, 'iu') : null, openSide: f.openSide ? new RegExp(f.openSide, 'iu') : null, restrictive: f.restrictive ? new RegExp(f.restrictive, 'iu') : null };
}

const HAN = /\p{Script=Han}/u;
// a clause opening a condition
const CONDITION = /^\s*(如果|假如|假设|若是|若|要是|万一|一旦|if|when|once|in case)(?![a-z])/iu;
// how much longer than the right side (in words; a Chinese character is half a word) the left side may grow
const SIDE_SLACK = 0.5;

/**
 * The two alternatives a question offers, each cut to its own words (about as many as the other side has, at most
 * maxWords; Chinese counted in characters, twice as many), or null when it offers none. "Is the 14-day window counted
 * in calendar days or working days?" gives ["calendar days", "working days"]; "是按工作日还是自然日算" gives
 * ["工作日", "自然日"].
 */
export function offeredAlternatives(question: string, rules: AlternativeRules): [string, string] | null {
  const q = question.normalize('NFKC');
  const m = q.match(rules.joiner);
  if (!m || m.index === undefined) return null;
  // the clause around the joiner (a Chinese "，还是…" keeps the clause before the comma: "开通就算完成，还是要…")
  // ("能招普工吗？还是只能招外贸岗": a Chinese question mark before 还是 ends the first side, not the clause; an English
  // "…? or is a reason enough" adds a second question to a yes/no, which the composer reads as such)
  const before = q.slice(0, m.index).replace(HAN.test(m[0]) ? /[,，?？]\s*$/ : /[,，]\s*$/, '');
  const after = q.slice(m.index + m[0].length);
  const leftClause = before.split(/[?？。!！;；,，:：]|\s[-—–]\s/).pop() ?? '';
  let right = after.split(/[?？。!！;；,，:：]|\s[-—–]\s/)[0] ?? '';
  // alternatives inside a condition that another clause asks about ("如果越积越多或者反复犯，会怎么处理", "if it happens
  // twice or more, what then?") are the case asked of, not the choice asked for
  const rest = after.slice(right.length);
  if (CONDITION.test(leftClause) && /^\s*[,，;；]\s*\S/.test(rest)) return null;
  const stop = right.match(rules.tailStop);
  if (stop?.index) right = right.slice(0, stop.index);
  // the filler leaves a gap: a Chinese side is the run of characters next to the joiner, an English side its words
  // (an English filler word ends a side: "is the penalty a fine or a deposit deduction" offers "fine", not "penalty
  // fine"; a Chinese one only leaves a gap: "打折的产品" is one side)
  const segments = (s: string) => s.replace(rules.filler, (f) => (/[a-z]/i.test(f) ? '|' : ' ')).split('|').map((x) => x.trim()).filter(Boolean);
  const chunks = (s: string) => s.split(/\s+/).filter(Boolean);
  const size = (c: string) => (HAN.test(c) ? c.length / 2 : 1);
  const r = chunks(segments(right)[0] ?? '');
  const l = chunks(segments(leftClause).pop() ?? '');
  if (!r.length || !l.length) return null;
  const rightSide: string[] = [];
  let n = 0;
  for (const c of r) {
    if (n >= rules.maxWords || (rightSide.length && HAN.test(c) !== HAN.test(rightSide[rightSide.length - 1]!))) break;
    rightSide.push(c);
    n += size(c);
    if (HAN.test(c)) break;
  }
  const leftSide: string[] = [];
  let k = 0;
  for (const c of [...l].reverse()) {
    // (about as many as the right side: "星等级按月评还是按季度评" offers "月评" against "季度评", the level is their subject)
    if (k >= Math.min(n, rules.maxWords) || (k > 0 && k + size(c) > n + SIDE_SLACK)) break;
    leftSide.unshift(c);
    k += size(c);
  }
  return [leftSide.join(' '), rightSide.join(' ')];
}

/**
 * Whether the choice is only part of what the question asks: outside the clause holding the two alternatives (or before
 * them in that clause) the question asks something of its own (rules `otherAsk`: "…攒多了或者反复违规，平台会怎么处理",
 * "at what stage can a buyer complain about A or B? only after they've paid?"), or the right-hand side names no
 * alternative at all (rules `openSide`: "just hidden or worse"). The lines answering the rest answer the question; a
 * line naming neither side is no reason to decline it.
 */
export function choiceIsPartOfTheAsk(question: string, sides: [string, string], rules: AlternativeRules): boolean {
  if (rules.openSide?.test(sides[1].trim())) return true;
  if (!rules.otherAsk) return false;
  const q = question.normalize('NFKC');
  const m = q.match(rules.joiner);
  if (!m || m.index === undefined) return false;
  const clauses = /[?？。!！;；,，:：]|\s[-—–]\s/;
  // the clauses before and after the one holding the joiner, and its part before the left-hand side
  const before = q.slice(0, m.index);
  const clauseStart = before.split(clauses).pop() ?? '';
  const leftAt = sides[0] ? clauseStart.lastIndexOf(sides[0].split(/\s+/)[0]!) : -1;
  const outside = [before.slice(0, before.length - clauseStart.length), leftAt > 0 ? clauseStart.slice(0, leftAt) : '', q.slice(m.index + m[0].length).split(clauses).slice(1).join(' ')];
  return outside.some((t) => rules.otherAsk!.test(t));
}
