import { origSpan } from '../normalize.js';
import { anyOf, gateSlot, type DraftContext, type RawFinding, type Recognizer } from '../types.js';
import { compile, expand, type PatternRule } from '../rules.js';
import { LiteralScanner, literalSets, prunedRegex, rarestSet, scannedTest, allHit } from '../literals.js';
import { StartedMatches } from '../starts.js';

const CLAUSE_BEFORE = /^.*[，,；;。!?！？]/su;

/**
 * Phrase recognizer on the compact view, with same-sentence "unless" words and a negation look-behind.
 * The gate and each pattern's required literals are decided from one literal scan of the compact view (shared by
 * every rule through `scanner`); a regex runs only where the scan cannot settle the answer.
 */
export function patternRecognizer(rule: PatternRule, lexicon: Record<string, string>, scanner = new LiteralScanner()): Recognizer {
  const res = rule.patterns.map((p) => compile(p, lexicon));
  // Literals each pattern's matches must contain: a draft without them skips that pattern's scan.
  const required = res.map((re) => literalSets(re.source, re.flags));
  const needs = required.map((sets) => scanner.sets(sets));
  // One set for the whole rule: a literal of one required set of each pattern. A draft holding none of them fails
  // every pattern's own check, so the rule is done before its gate and its patterns are looked at (most rules, on
  // most drafts). -1 when some pattern requires nothing the parser can tell.
  const rarest = required.map(rarestSet);
  const anyPattern = rarest.length > 0 && rarest.every((set) => set !== null) ? scanner.set(rarest.flatMap((set) => set!)) : -1;
  // Each pattern cut per draft to the alternatives whose required literals the draft holds.
  const pruned = res.map((re) => prunedRegex(re, scanner));
  // Each pattern tried only where a match can start (see starts.ts).
  const matches = res.map((re) => new StartedMatches(re, scanner));
  const unless = anyOf(rule.unless, lexicon, expand);
  const negation = anyOf(rule.negation, lexicon, expand);
  const negationAfter = anyOf(rule.negationAfter, lexicon, expand);
  const denied = rule.unlessDenied.length ? new RegExp(anyOf(rule.unlessDenied, lexicon, expand)!.source, 'g') : null;
  const gate = scannedTest(compile(rule.gate, lexicon, ''), scanner);
  const gateAnswer = gateSlot(rule.gate);
  const paperwork = compile('{PAPERW}', lexicon, 'i');
  return (ctx: DraftContext) => {
    const out: RawFinding[] = [];
    const s = ctx.c.s;
    const hits = ctx.literalHits('c', scanner);
    if (anyPattern >= 0 && hits[anyPattern] !== 1) return out;
    if (!ctx.gate(gateAnswer, gate, hits)) return out;
    for (let k = 0; k < res.length; k++) {
      if (!allHit(hits, needs[k]!)) continue;
      const re = pruned[k]!.pick(hits);
      if (!re) continue;
      let unlessAt = -1;
      let unlessEnd = -1;
      let unlessHit = false;
      const found = matches[k]!;
      if (!found.begin(re, s, hits)) continue;
      for (let m = found.next(); m; m = found.next()) {
        const a = m.index;
        const b = a + m[0].length;
        const [ss, se] = ctx.sentence(a, b);
        // The reason often follows the ask: "Please share your phone? The courier needs it." The next sentence
        // counts for the "unless" words too (looked up only for rules that have them).
        // The answer depends only on the sentence's bounds, so it is looked up once per sentence: a long unbroken draft
        // with many matches would otherwise test the same (long) sentence once per match.
        if (unless && ss === unlessAt && se === unlessEnd) {
          if (unlessHit) continue;
        } else if (unless) {
          unlessAt = ss;
          unlessEnd = se;
          unlessHit = false;
          const next = se < s.length ? s.indexOf('\n', se + 1) : -1;
          // So does the sentence before it when it names order paperwork ("The invoice goes by email for customs.
          // What is your email?"); "The sample video is too big. Reply with your email" stays an ask.
          const before = ss > 0 ? s.slice(ctx.sentence(ss - 1, ss - 1)[0], ss) : '';
          const around = (paperwork.test(before) ? before : '') + s.slice(ss, next < 0 ? s.length : next);
          unlessHit = unless.test(denied ? around.replace(denied, ' ') : around);
          if (unlessHit) continue;
        }
        // A negation counts in the match's own clause, as in the messenger rule: "这边不方便，打我电话吧" still invites.
        if (negation && negation.test(s.slice(Math.max(ss, a - 25), a).replace(CLAUSE_BEFORE, ''))) continue;
        if (negationAfter && negationAfter.test(s.slice(b, Math.min(se, b + rule.negationAfterWindow)))) continue;
        const [start, end] = origSpan(ctx.c, a, b);
        out.push({ category: rule.category, start, end, rule: rule.id, score: rule.score, reason: rule.reason, clauseId: rule.clause });
      }
    }
    return out;
  };
}
