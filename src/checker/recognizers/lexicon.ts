import { origSpan } from '../normalize.js';
import { compile, expand, type LexiconRule } from '../rules.js';
import { anyOf, type DraftContext, type RawFinding, type Recognizer } from '../types.js';
import { LiteralScanner, acrossJoin, allHit, literalSets, prunedRegex, scannedTest, type PrunedRegex } from '../literals.js';
import { StartedMatches } from '../starts.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// A sentence end in the folded text view: "!?。！？", a "." before a space, or a "." touching a Chinese character on
// either side; a line break also stops a sentence after the match.
const SENTENCE_END = String.raw`[!?。！？]|\.(?=\s)|(?<=[\u3400-\u9fff])\.|\.(?=[\u3400-\u9fff])`;
const SENTENCE_STOP = new RegExp(String.raw`\n|${SENTENCE_END}`);
const SENTENCE_ENDS = new RegExp(SENTENCE_END, 'g');
const SENTENCE_STOPS = new RegExp(SENTENCE_STOP.source, 'g');
/** The first piece of s that holds at most `sentences` sentence ends (its own sentence, then the next ones). */
function sentencesOf(s: string, sentences: number): string {
  SENTENCE_STOPS.lastIndex = 0;
  let n = 0;
  for (let m = SENTENCE_STOPS.exec(s); m; m = SENTENCE_STOPS.exec(s)) if (++n === sentences) return s.slice(0, m.index);
  return s;
}
/** Index of the last sentence-ending mark in s, or -1. */
function lastSentenceEnd(s: string): number {
  let last = -1;
  SENTENCE_ENDS.lastIndex = 0;
  for (let m = SENTENCE_ENDS.exec(s); m; m = SENTENCE_ENDS.exec(s)) last = m.index;
  return last;
}

/** Everything up to the last "but" of a span: a negation before it does not reach past it. */
const CONTRAST_BEFORE = /^[\s\S]*(?:但是|可是|不过|(?<!不)但|\bbut\b|\bhowever\b)/;

/**
 * The sentence [ss, se) was cut to the window around the match [a, b); this widens it to the sentence's own ends, at most
 * UNLESS_REACH window-lengths each side (a long unbroken paste stays cheap).
 */
const UNLESS_REACH = 4;
function wholeSentence(t: string, ss: number, se: number, a: number, b: number, window: number): [number, number] {
  let us = ss;
  if (ss === Math.max(0, a - window) && ss > 0) {
    const from = Math.max(0, a - UNLESS_REACH * window);
    const head = t.slice(from, a);
    const cut = Math.max(head.lastIndexOf('\n'), lastSentenceEnd(head));
    us = cut >= 0 ? from + cut + 1 : from;
  }
  let ue = se;
  if (se === Math.min(t.length, b + window) && se < t.length) {
    const to = Math.min(t.length, b + UNLESS_REACH * window);
    const stop = SENTENCE_STOP.exec(t.slice(b, to));
    ue = stop ? b + stop.index : to;
  }
  return [us, ue];
}

const CLAUSE_MARK = /[,，;；]/g;
/** The clause of s that holds [a, b): from the clause mark before a to the one after b. */
function clauseAround(s: string, a: number, b: number): string {
  let from = 0;
  let to = s.length;
  CLAUSE_MARK.lastIndex = 0;
  for (let m = CLAUSE_MARK.exec(s); m; m = CLAUSE_MARK.exec(s)) {
    if (m.index < a) from = m.index + 1;
    else if (m.index >= b) {
      to = m.index;
      break;
    }
  }
  return s.slice(from, to);
}

/**
 * A regex tested on pieces of a draft's text view (a sentence, a clause, the words around a match), cut once per
 * draft to the alternatives whose required literals the draft holds (prunedRegex). The context and "unless" lists
 * run to thousands of characters in every buyer language, and V8 tried each alternative at every position of each
 * piece, once per match; a piece of the draft cannot hold what the draft lacks, so the answers are the same.
 */
class DraftPrunedTest {
  private readonly pruned: PrunedRegex;
  private ctx: DraftContext | null = null;
  private re: RegExp | null = null;

  constructor(re: RegExp, scanner: LiteralScanner, joined: boolean) {
    this.pruned = prunedRegex(re, scanner, { joined });
  }

  /** re.test(piece), piece a part of ctx's text view (two parts joined by a space if made `joined`). */
  test(ctx: DraftContext, hits: Uint8Array, piece: string): boolean {
    if (this.ctx !== ctx) {
      this.ctx = ctx;
      this.re = this.pruned.pick(hits);
    }
    return this.re !== null && this.re.test(piece);
  }
}

const prunedTest = (re: RegExp | null | undefined, scanner: LiteralScanner, joined = false) => (re ? new DraftPrunedTest(re, scanner, joined) : null);

/**
 * An entry's gate words as one regex. A gate word that starts with a Latin letter must start a word ("app" in
 * "the app", not in "whatsapp"; "ig" in "IG", not in "eight"), so short gate words still skip most drafts.
 */
export function gateRegex(gate: string): RegExp {
  const alts = gate.split('|').map((g) => (/^[a-z0-9]/.test(g) ? `(?<![a-z0-9])${escape(g)}` : escape(g)));
  return new RegExp(alts.join('|'));
}

/**
 * Presidio-style recognizer: each entry names a channel (an app nickname, a description of its logo, a
 * homophone, an emoji, a social platform) with a base score; a context word in the same sentence ("add",
 * "DM me", "link in bio", 同名, 私信) raises it to the entry's context score; a negation before it cancels it.
 * Runs on the folded text view, where emoji and symbols are kept.
 */
export function lexiconRecognizer(rule: LexiconRule, lexicon: Record<string, string>, scanner = new LiteralScanner()): Recognizer {
  const entries = rule.entries.map((e) => ({
    ...e,
    re: compile(e.patterns.map((p) => `(?:${p})`).join('|'), lexicon),
    context: e.context.length ? anyOf(e.context, lexicon, expand) : null,
    unless: e.unless ? anyOf(e.unless, lexicon, expand) : undefined,
  }));
  // A regex's required literals as scanner ids (sets: every set needs one hit). A regex whose required literals the
  // draft lacks cannot match a piece of it. `spaced`: false for a regex tested on two pieces of the text joined by a
  // space (the context words), where a literal's words are sure to be in the draft, not the literal (acrossJoin).
  const setsOf = (re: RegExp | null | undefined, spaced: boolean) =>
    scanner.sets(re ? (spaced ? literalSets(re.source, re.flags) : acrossJoin(literalSets(re.source, re.flags))) : []);
  // Substrings each entry's matches must contain: a draft without any of them skips that entry's scan. Gates and
  // the entries' own required literals are answered from one literal scan of the text view (shared via `scanner`).
  const gates = entries.map((e) => scannedTest(gateRegex(e.gate), scanner));
  // Each entry's regex, cut per draft to the alternatives whose required literals the draft holds.
  const pruned = entries.map((e) => prunedRegex(e.re, scanner));
  // Each entry's regex tried only where a match can start (see starts.ts).
  const matches = entries.map((e) => new StartedMatches(e.re, scanner));
  const needs = entries.map((e) => setsOf(e.re, true));

  const shared = anyOf(rule.context, lexicon, expand);
  const negation = anyOf(rule.negation, lexicon, expand);
  const unless = anyOf(rule.unless, lexicon, expand);
  // The same pre-check for the words tested around each match (context, "unless", negation). The unless and negation
  // words are tested on substrings of the text view, so every set counts; the context on the text before and after
  // the match joined by a space, so only sets without one.
  const contextSets = entries.map((e) => setsOf(e.context ?? shared, false));
  const skipSets = entries.map((e) => setsOf(e.unless === undefined ? unless : e.unless, true));
  const negationSets = setsOf(negation, true);
  // An entry that scores 0 without context words ("payee-private") can report nothing in a draft that holds none of
  // the literals every context match needs: the whole entry is skipped.
  // (With the sets of the context's literals that hold no whitespace, as this skip was written: far context words
  // (farContext) may raise such an entry too, and the stronger sets of acrossJoin would skip some of those.)
  const wholeWordSets = (re: RegExp | null | undefined) => scanner.sets(re ? literalSets(re.source, re.flags).filter((set) => set.every((l) => !/\s/.test(l))) : []);
  const contextNeeds = entries.map((e) => (e.score > 0 ? new Int32Array(0) : wholeWordSets(e.context ?? shared)));
  const describes = anyOf(rule.describes, lexicon, expand);
  const farContext = anyOf(rule.farContext, lexicon, expand);
  const negationAfter = rule.negationAfter.length ? new RegExp(`^[^,，;；]{0,16}?(?:${anyOf(rule.negationAfter, lexicon, expand)!.source})`, 'u') : null;
  const fill = (r: { zh: string; en: string }, name: string) => ({ zh: r.zh.replace('{name}', name), en: r.en.replace('{name}', name) });
  // The words tested around each match, cut per draft (the shared lists once for every entry that uses them).
  const negationTest = prunedTest(negation, scanner);
  const describesTest = prunedTest(describes, scanner);
  const sharedUnless = prunedTest(unless, scanner);
  const sharedContext = prunedTest(shared, scanner, true);
  const skipTests = entries.map((e) => (e.unless === undefined ? sharedUnless : prunedTest(e.unless, scanner)));
  const contextTests = entries.map((e) => (e.context ? prunedTest(e.context, scanner, true) : sharedContext));

  return (ctx: DraftContext) => {
    const out: RawFinding[] = [];
    const t = ctx.t.s;
    const hits = ctx.literalHits('t', scanner);
    for (let k = 0; k < entries.length; k++) {
      const e = entries[k]!;
      if (!allHit(hits, contextNeeds[k]!)) continue;
      if (!gates[k]!.test(t, hits) || !allHit(hits, needs[k]!)) continue;
      const re = pruned[k]!.pick(hits);
      if (!re) continue;
      const found = matches[k]!;
      if (!found.begin(re, t, hits)) continue;
      for (let m = found.next(); m; m = found.next()) {
        const a = m.index;
        const b = a + m[0].length;
        // The sentence around the match, within the window: "!?。！？" and line breaks end it, and so does a "."
        // before a space or touching a Chinese character (the text view folds "。" to "."): "美金.信保订单号 ...".
        let ss = Math.max(0, a - rule.window);
        const head = t.slice(ss, a);
        const cut = Math.max(head.lastIndexOf('\n'), lastSentenceEnd(head));
        if (cut >= 0) ss += cut + 1;
        let se = Math.min(t.length, b + rule.window);
        const tail = t.slice(b, se);
        const stop = SENTENCE_STOP.exec(tail);
        if (stop) se = b + stop.index;
        const pre = t.slice(ss, a);
        const sentence = t.slice(ss, se);
        // A negation before a "but" was the rep's decline, not this match's: "不能在这里留微信，但是您搜一下 jiasheng2022".
        if (negationTest && allHit(hits, negationSets) && negationTest.test(ctx, hits, pre.slice(-24).replace(CONTRAST_BEFORE, ''))) continue;
        if (negationAfter && negationAfter.test(t.slice(b, se))) continue;
        const skip = skipTests[k]!;
        // A sentence that asks ("Wise transfer outside Alibaba?") is answered by the next one ("Sorry, no."): the unless
        // words read both.
        let answered = sentence;
        let answerEnd = se;
        if (t[se] === '?' || t[se] === '？') {
          const tail2 = t.slice(se + 1, se + 1 + rule.window);
          const stop2 = SENTENCE_STOP.exec(tail2);
          answerEnd = se + 1 + (stop2 ? stop2.index : tail2.length);
          answered = t.slice(ss, answerEnd);
        }
        const skipping = skip !== null && allHit(hits, skipSets[k]!);
        if (skipping && skip.test(ctx, hits, answered)) continue;
        // An entry with its own unless words has its own account of the goods (the social platforms' products).
        if (e.unless === undefined && describesTest && describesTest.test(ctx, hits, clauseAround(sentence, a - ss, b - ss))) continue;
        const around = pre + ' ' + t.slice(b, se);
        const contextTest = contextTests[k]!;
        let inContext = contextTest !== null && allHit(hits, contextSets[k]!) && contextTest.test(ctx, hits, around);
        // A word pointing back at the name from beyond the window ("…, búscanos allí"), in its sentence or the next, not
        // itself negated ("don't message us there") and with no unless word on the way ("… but orders only here").
        if (!inContext && farContext) {
          const span = sentencesOf(t.slice(b, Math.min(t.length, b + rule.farWindow)), 2);
          const fm = farContext.exec(span);
          inContext = fm !== null && !(negation && negation.test(span.slice(Math.max(0, fm.index - 24), fm.index).replace(CONTRAST_BEFORE, ''))) &&
            !(skip && skip.test(ctx, hits, span));
        }
        const score = inContext ? e.contextScore : e.score;
        if (score <= 0) continue;
        // Failing the window, the unless words read the match's whole sentence, as the pattern rules' do: the reason or
        // the refusal often ends a long sentence ("you may find our Facebook page via the share posts but we only take
        // orders and questions here", rounds 25 and 29). Only as a second chance, and only for a match that would count:
        // some unless words look around them for what would undo them ("… DM me there"), and the window is what they
        // were written for; most matches score nothing and never need the longer read.
        if (skipping) {
          const [us, ue] = wholeSentence(t, ss, se, a, b, rule.window);
          const whole = t.slice(us, answerEnd > se ? answerEnd : ue);
          if (whole.length > answered.length && skip.test(ctx, hits, whole)) continue;
        }
        const [start, end] = origSpan(ctx.t, a, b);
        out.push({
          category: e.category ?? rule.category, start, end, rule: `${rule.id}.${e.id}${inContext ? '' : '.mention'}`, score,
          reason: fill(rule.reason, e.name), clauseId: rule.clause,
        });
      }
    }
    return out;
  };
}
