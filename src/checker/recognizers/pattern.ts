import { origSpan } from '../normalize.js';
import { anyOf, type DraftContext, type RawFinding, type Recognizer } from '../types.js';
import { compile, expand, type PatternRule } from '../rules.js';
import { nonEmptyMatches } from '../matches.js';
import { mayMatch, requiredLiterals } from '../literals.js';

/** Phrase recognizer on the compact view, with same-sentence "unless" words and a negation look-behind. */
export function patternRecognizer(rule: PatternRule, lexicon: Record<string, string>): Recognizer {
  const res = rule.patterns.map((p) => compile(p, lexicon));
  // Literals each pattern's matches must contain: a draft without them skips that pattern's scan.
  const needs = res.map((re) => requiredLiterals(re.source, re.flags));
  const unless = anyOf(rule.unless, lexicon, expand);
  const negation = anyOf(rule.negation, lexicon, expand);
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
        if (unless && unless.test(s.slice(ss, se))) continue;
        if (negation && negation.test(s.slice(Math.max(ss, a - 25), a))) continue;
        const [start, end] = origSpan(ctx.c, a, b);
        out.push({ category: rule.category, start, end, rule: rule.id, score: rule.score, reason: rule.reason, clauseId: rule.clause });
      }
    }
    return out;
  };
}
