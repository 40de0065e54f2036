import { origSpan } from '../normalize.js';
import { anyOf, type DraftContext, type RawFinding, type Recognizer } from '../types.js';
import { compile, expand, type PatternRule } from '../rules.js';
import { nonEmptyMatches } from '../matches.js';
import { mayMatch, requiredLiterals } from '../literals.js';

/** Top-level alternatives of a regex source ("a|b(?:c|d)|e" -> ["a", "b(?:c|d)", "e"]). */
function topLevelAlternatives(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(src.slice(from, i));
      from = i + 1;
    }
  }
  out.push(src.slice(from));
  return out;
}

/**
 * A gate as plain substring checks for its Chinese literal alternatives ("百度|官网") and one regex for the rest:
 * a dozen gates run on every draft, and indexOf beats a regex alternation that starts with many ideographs.
 */
export function literalGate(src: string): { test(s: string): boolean } {
  const literals: string[] = [];
  const rest: string[] = [];
  for (const alt of topLevelAlternatives(src)) {
    const bare = /^\(\?:(.*)\)$/.exec(alt)?.[1];
    // Only non-ASCII literals (Chinese words) leave the regex: its first-character quick check handles ASCII
    // alternatives well but degrades when many alternatives start with ideographs.
    const pieces = bare !== undefined && !/[\\^$.*+?()[\]{}]/.test(bare.replace(/\|/g, '')) ? bare.split('|') : [alt];
    for (const piece of pieces) {
      if (piece !== '' && /[^\x00-\x7f]/.test(piece) && !/[\\^$.*+?()[\]{}|]/.test(piece)) literals.push(piece);
      else rest.push(piece);
    }
  }
  const re = rest.length ? new RegExp(rest.join('|')) : null;
  return { test: (s: string) => literals.some((l) => s.includes(l)) || (re !== null && re.test(s)) };
}

/** Phrase recognizer on the compact view, with same-sentence "unless" words and a negation look-behind. */
export function patternRecognizer(rule: PatternRule, lexicon: Record<string, string>): Recognizer {
  const res = rule.patterns.map((p) => compile(p, lexicon));
  // Literals each pattern's matches must contain: a draft without them skips that pattern's scan.
  const needs = res.map((re) => requiredLiterals(re.source, re.flags));
  const unless = anyOf(rule.unless, lexicon, expand);
  const negation = anyOf(rule.negation, lexicon, expand);
  const denied = rule.unlessDenied.length ? new RegExp(anyOf(rule.unlessDenied, lexicon, expand)!.source, 'g') : null;
  const gate = compile(rule.gate, lexicon, '');
  return (ctx: DraftContext) => {
    const out: RawFinding[] = [];
    const s = ctx.c.s;
    if (!ctx.gate(rule.gate, gate)) return out;
    for (let k = 0; k < res.length; k++) {
      const re = res[k]!;
      if (!mayMatch(s, needs[k]!)) continue;
      for (const m of nonEmptyMatches(re, s)) {
        const a = m.index;
        const b = a + m[0].length;
        const [ss, se] = ctx.sentence(a, b);
        // The reason often follows the ask: "Please share your phone? The courier needs it." The next sentence
        // counts for the "unless" words too.
        const next = se < s.length ? s.indexOf('\n', se + 1) : -1;
        const around = s.slice(ss, next < 0 ? s.length : next);
        if (unless && unless.test(denied ? around.replace(denied, ' ') : around)) continue;
        if (negation && negation.test(s.slice(Math.max(ss, a - 25), a))) continue;
        const [start, end] = origSpan(ctx.c, a, b);
        out.push({ category: rule.category, start, end, rule: rule.id, score: rule.score, reason: rule.reason, clauseId: rule.clause });
      }
    }
    return out;
  };
}
