import { extendOverInvisible, origSpan, type View } from './normalize.js';
import { nextNonEmpty } from './matches.js';
import type { ClassifierInput } from './classifier.js';
import { compile, type RuleSet } from './rules.js';
import { DraftContext, type RawFinding, type Recognizer } from './types.js';
import { emailRecognizer } from './recognizers/email.js';
import { linkRecognizer } from './recognizers/link.js';
import { messengerRecognizer } from './recognizers/messenger.js';
import { patternRecognizer } from './recognizers/pattern.js';
import { lexiconRecognizer } from './recognizers/lexicon.js';
import { phoneRecognizer } from './recognizers/phone.js';
import { findZones } from './recognizers/zones.js';
import { quoteFinder, type QuoteZone } from './recognizers/quotes.js';
import { buildRegionIndex } from './regions.js';
import { LiteralScanner, prunedRegex, scannedTest } from './literals.js';

const CONTACT_KINDS = new Set(['phone', 'email', 'messenger', 'link']);

export interface Detection {
  ctx: DraftContext;
  findings: RawFinding[];
  /** Spans quoting the buyer; findings inside them were dropped below the warn band. */
  quoted: QuoteZone[];
  /**
   * What the classifier reads: the draft with the buyer's quoted words and labelled numbers blanked out. Built on
   * first read: a draft the rules already block never needs it.
   */
  readonly classifierCtx: ClassifierInput;
  /** The draft is only a greeting, a sign-off or a name/title/company signature (rules/detection/courtesy.yaml). */
  readonly courtesyOnly: boolean;
  /** The rep's own words keep the talk here (checker.yaml classifierUnless): the classifier alone may not warn. */
  readonly classifierVetoed: boolean;
}

export interface Detector {
  rules: RuleSet;
  detect(text: string): Detection;
}

// Words of a clause that turns the reported request down, in either language.
const RUN_ON_DECLINED = /不好意思|抱歉|对不起|很遗憾|不用|不需要|不能|不方便|不可以|无法|没法|不行|不搞|不建|不拉|不做|不参加|不加|\bsorry\b|\bunfortunately\b|\bcan.?t\b|\bcannot\b|\bdon.?t\b|\bwon.?t\b|\bnot\b/iu;
// A finding inside the buyer's quoted words keeps its span (logs still mask it) but no longer warns.
const QUOTED_SCORE = 0.2;
// A contact itself in a finding's words: digits of a number, an address's @, a domain or a link.
const GIVEN_CONTACT = /\d[\d\s-]{3,}\d|@|:\/\/|\.(?:com|net|org|cn|me|io|ly|gl|cc)\b|www\./iu;

/** Builds the recognizer registry from the rule files and runs it over a draft. */
export function createDetector(rules: RuleSet): Detector {
  const regions = buildRegionIndex(rules.regions);
  // One literal scan per view serves every gate and pre-check registered here.
  const compactLiterals = new LiteralScanner(); // compact view: pattern rules
  const textLiterals = new LiteralScanner(); // text view: lexicon entries
  const recognizers: Recognizer[] = rules.recognizers.map((r) => {
    switch (r.kind) {
      case 'messenger':
        return messengerRecognizer(r, rules.lexicon, compactLiterals);
      case 'phone':
        return phoneRecognizer(r, rules.lexicon, regions, textLiterals);
      case 'email':
        return emailRecognizer(r, rules.lexicon);
      case 'link':
        return linkRecognizer(r, rules.lexicon);
      case 'pattern':
        return patternRecognizer(r, rules.lexicon, compactLiterals);
      case 'lexicon':
        return lexiconRecognizer(r, rules.lexicon, textLiterals);
    }
  });
  const warn = rules.thresholds.warn;
  // The order-step words the ask rules accept as a reason (ORDERW, and INTL_NOT_CONTACT in the buyers' languages),
  // told to the classifier, which otherwise learns them in English and Chinese only.
  // Answered from the compact view's literal scan where it can be (the pattern rules' scan, shared).
  const orderWordsRe = rules.lexicon.ORDERW ? compile(['{ORDERW}', rules.lexicon.INTL_NOT_CONTACT ? '{INTL_NOT_CONTACT}' : ''].filter(Boolean).join('|'), rules.lexicon, '') : null;
  const orderWords = orderWordsRe ? scannedTest(orderWordsRe, compactLiterals) : null;
  const orderTalk = (c: DraftContext, s: string) => !!orderWords?.test(s, c.literalHits('c', compactLiterals));
  // Declining or keeping the talk here, in the buyers' languages too (the quote rules' decline words and INTL_STAY):
  // told to the classifier, whose n-grams otherwise read "maaf, tidak bisa kasih nomor WA" as the number's offer.
  // So do the refusal lists of rules/detection/refusals.yaml (forbidding, declining to share, refusing to pay outside).
  const refusalLists = ['INTL_STAY', 'INTL_REFUSE', 'RULE_FORBIDS', 'DECLINE_SHARE', 'KEPT_HERE', 'REFUSE_OFF_PAY'].filter((n) => rules.lexicon[n]);
  const declineSrc = [...(rules.quotes?.decline ?? []), ...refusalLists.map((n) => `{${n}}`)];
  const declineRe = declineSrc.length ? compile(declineSrc.map((d) => `(?:${d})`).join('|'), rules.lexicon, 'u') : null;
  const declines = (s: string) => !!declineRe?.test(s);
  // An offer to send, upload or show something in this chat ("want me to send the full spec here?", 我在这里发给您):
  // blanked for the classifier, whose n-grams otherwise read "send you the …" as the start of "… on WhatsApp", and
  // told to it as a feature. Not when the clause says it cannot be sent here ("too big to send here", 这里发不了).
  const sendHereRe = rules.lexicon.SEND_HERE ? compile('{SEND_HERE}', rules.lexicon, 'gu') : null;
  const sendHereDenied = rules.lexicon.SEND_HERE_DENIED ? compile('(?:{SEND_HERE_DENIED})[^,，;；.。!?！？]{0,24}$', rules.lexicon, 'u') : null;
  // Wording the rules read as no channel ("call me Lily, by the way"): blanked for the classifier as well, no feature.
  const noChannelRe = rules.lexicon.NO_CHANNEL_HERE ? compile('{NO_CHANNEL_HERE}', rules.lexicon, 'gu') : null;
  // Other sellers' practice told only to set the rep apart ("other suppliers will call you on your mobile, we won't",
  // "很多工厂会让您加 Skype 视频看厂，我们不需要"): what a finding inside such a span names is what others do and the rep
  // refuses. Read here, once, for every rule (refusals.yaml OTHERS_WE_DONT), where it used to be in the unless words of a
  // few rules only. A contact given inside it (a number, an address, a link, an @handle) is still given.
  const othersWeDont = rules.lexicon.OTHERS_WE_DONT ? compile('{OTHERS_WE_DONT}', rules.lexicon, 'gu') : null;
  // A contact word said of something other than the rep and the buyer exchanging contact (not-an-exchange.yaml): the
  // goods' own alerts or QR code, an impostor or a hacked account. Read here for every rule, as OTHERS_WE_DONT is,
  // where the rules' own unless words each knew a few of these. Not when the span also has the two exchanging contact.
  // (cut per draft to the alternatives whose literals the compact view holds: most drafts hold none of an impostor's or a
  // device's words, and the whole alternation tried at every position cost a tenth of a warned draft's check. Without
  // 'u', which the cut needs: the entries are BMP characters and code-unit classes, read the same either way.)
  const notAnExchange = rules.lexicon.NOT_AN_EXCHANGE ? prunedRegex(compile('{NOT_AN_EXCHANGE}', rules.lexicon, 'g'), compactLiterals) : null;
  const exchangeBetweenUs = rules.lexicon.EXCHANGE_BETWEEN_US ? compile('{EXCHANGE_BETWEEN_US}', rules.lexicon, 'u') : null;
  const noExchangeInside = (span: string) => !exchangeBetweenUs?.test(span);
  const findQuotes = rules.quotes ? quoteFinder(rules.quotes, textLiterals) : () => [];
  // The opening marks of rules/detection/quotes.yaml (a zone in marks starts at its mark).
  const openMarks = new Set(rules.quotes?.open ?? []);
  // Greeting, sign-off and signature lines, and what rules a draft out of being only those.
  const courtesyLine = rules.lexicon.COURTESY_LINE ? compile('^\\s*(?:{COURTESY_LINE})[\\s,，!！.。~～:：]*$', rules.lexicon, 'u') : null;
  const courtesyExcludes = rules.lexicon.COURTESY_EXCLUDES ? compile('{COURTESY_EXCLUDES}', rules.lexicon, 'u') : null;
  const courtesyOnly = (t: string): boolean => {
    if (!courtesyLine || t.length > 400 || courtesyExcludes?.test(t)) return false;
    let lines = 0;
    for (const line of t.split('\n')) {
      if (line.trim() === '') continue;
      if (!courtesyLine.test(line)) return false;
      lines++;
    }
    return lines > 0;
  };

  // Read on the whole compact view: the classifier's own view blanks what it takes for the buyer's words, and takes too
  // much at times ("chat on Skype as you suggested but we must keep it on Alibaba" loses all after "as"). No leak of
  // the stranger sets quotes a keep-here line (245 classifier-only leaks, none matches).
  const classifierUnlessRe = rules.classifierUnless.length ? compile(rules.classifierUnless.map((d) => `(?:${d})`).join('|'), rules.lexicon, 'u') : null;

  // A class rather than an object literal with getters: such a literal (its accessors and their two closures, made
  // per draft) cost about 1.5 us a draft, as much as a small recognizer.
  class LazyDetection implements Detection {
    private built: ClassifierInput | null = null;
    private courtesy: boolean | undefined = undefined;
    constructor(public ctx: DraftContext, public findings: RawFinding[], public quoted: QuoteZone[], private readonly text: string) {}
    get classifierCtx(): ClassifierInput {
      return (this.built ??= classifierInput(this.ctx, this.text, this.quoted));
    }
    get courtesyOnly(): boolean {
      return (this.courtesy ??= this.findings.length === 0 && courtesyOnly(this.ctx.t.s));
    }
    get classifierVetoed(): boolean {
      return !!classifierUnlessRe?.test(this.ctx.c.s);
    }
  }

  return {
    rules,
    detect(text: string) {
      const ctx = new DraftContext(text);
      let raw: RawFinding[] = [];
      for (const r of recognizers) {
        const found = r(ctx);
        // Most recognizers find nothing: a spread call per recognizer, even of an empty list, cost more than most scans.
        for (let k = 0; k < found.length; k++) raw.push(found[k]!);
      }
      const quoted = findQuotes(ctx);
      if (quoted.length > 0 && raw.length > 0) {
        // Zones sorted by start: a binary search per finding keeps this O(n log n) on drafts with thousands of each.
        const zs = [...quoted].sort((a, b) => a.start - b.start);
        const zoneAt = (pos: number): QuoteZone | null => {
          let lo = 0;
          let hi = zs.length;
          while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (zs[mid]!.start <= pos) lo = mid + 1;
            else hi = mid;
          }
          // Zones may nest or overlap; the few starting just before pos are enough to look at.
          for (let k = lo - 1; k >= 0 && k >= lo - 4; k--) if (pos < zs[k]!.end) return zs[k]!;
          return null;
        };
        // A match that ends inside the buyer's own words in marks or on a speaker line draws on them too ("Quote from
        // buyer: 'send me your email …'" reads the rep's label "Quote" as the file and the buyer's "your email" as the
        // ask): it is quoted like one inside. Not the unmarked rest of a sentence ("… since you want trade assurance"),
        // which is the rep reporting the buyer's wish in the rep's own words.
        const quotedWords = (z: QuoteZone | null) => !!z && (z.why === 'speaker-line' || z.why === 'quoted-block' || openMarks.has(text.slice(z.start, z.start + 1)));
        // The buyer's words reported without marks end at their clause; a match that runs on across a comma into the
        // rep's next clause takes its channel from the rep ("您发的图纸打不开，麻烦您发到我们工程部邮箱" asks for the
        // file by mail): it is the rep's own.
        // Not when that clause declines ("您说想用网盘传图纸，不好意思，我们不用网盘"): the reported words stay quoted.
        const runsOnPastReport = (z: QuoteZone, f: RawFinding) =>
          z.why === 'attributed' && !openMarks.has(text.slice(z.start, z.start + 1)) && f.end > z.end + 1 && /[,，;；、]/u.test(text.slice(z.end, f.end)) &&
          !RUN_ON_DECLINED.test(text.slice(z.end, f.end));
        raw = raw.map((f) => {
          const zs0 = zoneAt(f.start);
          const z = (zs0 !== null && !runsOnPastReport(zs0, f)) || (f.end > f.start && quotedWords(zoneAt(f.end - 1)));
          if (!z || f.score < warn) return f;
          return { ...f, rule: `${f.rule}.quoted`, score: Math.min(f.score, QUOTED_SCORE) };
        });
      }
      if (othersWeDont && raw.some((f) => f.score >= warn)) {
        const spans = spansOf(ctx, othersWeDont);
        if (spans.length > 0) raw = lowerInside(raw, spans, 'others', text);
      }
      if (notAnExchange && raw.some((f) => f.score >= warn)) {
        const spans = notExchangeSpans(ctx);
        if (spans.length > 0) raw = lowerInside(raw, spans, 'not-exchange', text);
      }
      if (raw.length > 0) {
        const zones = findZones(ctx, rules.zones);
        if (zones.length > 0) {
          raw = raw.map((f) => {
            if (!CONTACT_KINDS.has(f.category) || f.score < warn) return f;
            const z = zones.find((z) => f.start >= z.start && f.end <= z.end);
            if (!z) return f;
            return {
              ...f,
              category: 'signature',
              rule: z.rule.id,
              score: Math.max(f.score, z.rule.minScore),
              reason: { zh: `${z.rule.reason.zh}：${f.reason.zh}`, en: `${z.rule.reason.en}: ${f.reason.en}` },
              clauseId: z.rule.clause,
            };
          });
        }
      }
      for (const f of raw) f.end = extendOverInvisible(text, f.end);
      const findings = dedupe(raw, warn);
      return new LazyDetection(ctx, findings, quoted, text);
    },
  };

  /** The not-an-exchange spans of a draft: read once, since a warned draft needs them twice (to lower its findings and
   *  to blank them for the classifier). */
  function notExchangeSpans(ctx: DraftContext): Array<[number, number]> {
    if (!notAnExchange) return [];
    return ctx.once('not-an-exchange', () => {
      const re = notAnExchange.pick(ctx.literalHits('c', compactLiterals));
      return re ? spansOf(ctx, re, noExchangeInside) : [];
    });
  }

  /** Original-text spans of the matches of `re` on the compact view that `keep` accepts (by the matched text). */
  function spansOf(ctx: DraftContext, re: RegExp, keep: (span: string) => boolean = () => true): Array<[number, number]> {
    const spans: Array<[number, number]> = [];
    const c = ctx.c.s;
    re.lastIndex = 0;
    for (let m = nextNonEmpty(re, c); m; m = nextNonEmpty(re, c)) if (keep(m[0])) spans.push(origSpan(ctx.c, m.index, m.index + m[0].length));
    return spans;
  }

  /**
   * Findings at or above the warn band that start inside one of the spans, lowered to the quoted score and marked with
   * `why`; not those whose own words hold a contact (a number, an address, a link), which is given wherever it stands.
   * (A finding that starts inside and runs past the span is what the span says, read on: "send the catalogue by
   * WeTransfer; we don't, I'll upload it here".)
   */
  function lowerInside(raw: RawFinding[], spans: Array<[number, number]>, why: string, text: string): RawFinding[] {
    return raw.map((f) => {
      if (f.score < warn || GIVEN_CONTACT.test(text.slice(f.start, f.end))) return f;
      if (!spans.some(([a, b]) => f.start >= a && f.start < b)) return f;
      return { ...f, rule: `${f.rule}.${why}`, score: Math.min(f.score, QUOTED_SCORE) };
    });
  }

  /** Notes each match of `re` on the folded view (that `keep` accepts, by its index) as a span the classifier does not
   *  read; returns how many it noted. */
  function blankMatches(ctx: DraftContext, re: RegExp, keep: (at: number) => boolean = () => true): number {
    const t = ctx.t.s;
    let n = 0;
    re.lastIndex = 0;
    for (let m = nextNonEmpty(re, t); m; m = nextNonEmpty(re, t)) {
      if (!keep(m.index)) continue;
      const [start, end] = origSpan(ctx.t, m.index, m.index + m[0].length);
      ctx.labelledSpans.push({ start, end });
      n++;
    }
    return n;
  }

  /**
   * The classifier reads the draft without the buyer's quoted words, and without the phone-like shape of numbers
   * labelled as orders or models (its n-grams would take "0912 345 678" for a phone in any language).
   */
  function classifierInput(ctx: DraftContext, text: string, quoted: QuoteZone[]): ClassifierInput {
    // An offer to send here is blanked and counted unless its clause says it cannot be sent here; wording that names
    // no channel is blanked only.
    const t = ctx.t.s;
    if (sendHereRe) ctx.sentHere += blankMatches(ctx, sendHereRe, (at) => !sendHereDenied?.test(t.slice(Math.max(0, at - 40), at)));
    if (noChannelRe) blankMatches(ctx, noChannelRe);
    // What the rules lower as no exchange (a QR code on the goods, an impostor's mail) is blanked too: the classifier's
    // n-grams read "扫…二维码" or "WhatsApp message" as the invitation itself.
    if (notAnExchange) {
      for (const [start, end] of notExchangeSpans(ctx)) {
        if (!GIVEN_CONTACT.test(text.slice(start, end))) ctx.labelledSpans.push({ start, end });
      }
    }
    // Numbers and tracking links are noted by different recognizers: blankView wants them in text order.
    ctx.labelledSpans.sort((x, y) => x.start - y.start);
    if (quoted.length > 0) {
      const blanked = new DraftContext(blank(text, [...quoted, ...ctx.labelledSpans]));
      blanked.labelledNumbers = ctx.labelledNumbers;
      blanked.orderTalk = orderTalk(blanked, blanked.c.s);
      blanked.declines = declines(blanked.c.s);
      blanked.appFeatures = ctx.appFeatures;
      blanked.appRefused = ctx.appRefused;
      blanked.sentHere = ctx.sentHere;
      return blanked;
    }
    if (ctx.labelledSpans.length > 0) {
      // Blanked in the views already built: folding the text again would cost as much as several recognizers.
      const c = blankView(ctx.c, ctx.labelledSpans);
      return { text, t: { s: blankView(ctx.t, ctx.labelledSpans) }, c: { s: c }, labelledNumbers: ctx.labelledNumbers, orderTalk: orderTalk(ctx, c), declines: declines(c), appFeatures: ctx.appFeatures, appRefused: ctx.appRefused, sentHere: ctx.sentHere };
    }
    ctx.orderTalk = orderTalk(ctx, ctx.c.s);
    ctx.declines = declines(ctx.c.s);
    return ctx;
  }
}

/** First view index whose original offset is at or after pos (view offsets rise with the text's). */
function firstAtOrAfter(v: View, pos: number): number {
  let lo = 0;
  let hi = v.s.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v.st[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A view's string with the characters that come from the given original spans (in text order) turned to spaces. */
function blankView(v: View, spans: Array<{ start: number; end: number }>): string {
  let out = '';
  let from = 0;
  for (let k = 0; k < spans.length; k++) {
    const a = Math.max(from, firstAtOrAfter(v, spans[k]!.start));
    const b = firstAtOrAfter(v, spans[k]!.end);
    if (b <= a) continue;
    out += v.s.slice(from, a) + ' '.repeat(b - a);
    from = b;
  }
  return out + v.s.slice(from);
}

/** The text with quoted spans replaced by spaces (same length, so offsets still line up). */
function blank(text: string, zones: Array<{ start: number; end: number }>): string {
  const sorted = [...zones].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const z of sorted) {
    const start = Math.max(z.start, at);
    if (z.end <= start) continue;
    parts.push(text.slice(at, start), ' '.repeat(z.end - start));
    at = z.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * Overlapping findings merge into one span labelled by the strongest, so highlights never overlap.
 * Weak hits (below the warn band) never widen a strong one.
 */
function dedupe(raw: RawFinding[], warn: number): RawFinding[] {
  const sorted = raw.filter((f) => f.end > f.start).sort((x, y) => x.start - y.start || y.end - x.end);
  const kept: RawFinding[] = [];
  for (const f of sorted) {
    const last = kept[kept.length - 1];
    if (!last || f.start >= last.end) {
      kept.push(f);
      continue;
    }
    const strong = f.score > last.score ? f : last;
    const widen = f.score >= warn && last.score >= warn;
    kept[kept.length - 1] = { ...strong, start: widen ? last.start : strong.start, end: widen ? Math.max(last.end, f.end) : strong.end };
  }
  return kept;
}
