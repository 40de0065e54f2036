import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { origSpan, type DigitRun } from '../normalize.js';
import type { RegionIndex } from '../regions.js';
import { anyOf, type DraftContext, type RawFinding, type Recognizer } from '../types.js';
import { expand, type PhoneRule } from '../rules.js';
import { LiteralScanner, prunedRegex } from '../literals.js';

const CN_MOBILE = /^(?:0?86)?1[3-9]\d{9}$/;
const S10 = /^[a-z]{2}\d{9}[a-z]{2}$/;
const CN_MOBILE_MASKED = /^(?:86)?1[3-9M][\dM]{9}$/;

/** End offset of the last match of a global regex in s, or -1. */
function lastMatch(g: RegExp, s: string): number {
  g.lastIndex = 0;
  let last = -1;
  let m: RegExpExecArray | null;
  while ((m = g.exec(s))) {
    last = m.index + m[0].length;
    if (m[0].length === 0) g.lastIndex++;
  }
  return last;
}

// A sentence end: "!?。！？;" or ". " after a word that is not a label abbreviation ("no.", "ref.", "art.").
// A "." after a Chinese character or a bracket is a folded "。" and ends the clause without a space.
// ("n." and "num." are the Romance languages' "no.": "certificato n. 347 …", "factura n. …".)
const CLAUSE_END = /(?:[!?。！？;；]|\.(?<=[\u3400-\u9fff)）]\.)|(?<!\b(?:no|nr|n|num|ref|art|mat|reg|cert|doc|inv|tel|mob|item|p\.o|s\/n|vol|pt)\.?)\.\s)/g;
function clauseStart(pre: string): number {
  return Math.max(0, lastMatch(CLAUSE_END, pre));
}

// "Mohamed: 0100 762 3341", "Mr. Rajesh - 98201 34567": a person's name right before a number labels it as theirs.
const NAME_LABEL = /(?:\b(?:mr|mrs|ms|miss|dr|eng|sir|madam)\.?\s)?\b[A-Z][a-z]{2,15}(?:\s[A-Z][a-z]{2,15})?\s?[:：\-–]\s*$/;
// A person the buyer is told to reach, by name, right before a number ("Turkey 的 order 可以找 Mehmet，0532 …", "ask for
// Wanjiru, 0712 …", "联系王经理：…"): the number is that person's, whatever the clause named before ("order", "price"),
// read on the original text for the name's capital.
const PERSON_REACHED = /(?:找|联系|打给|问|\b(?:call|ask(?:\sfor)?|contact|reach|ring|text|whats[Aa]pp|talk\sto|speak\sto|speak\swith|talk\swith)\s)\s?(?:(?:mr|mrs|ms|miss|dr|eng|sir|madam)\.?\s)?(?:[A-Z][a-z]{2,15}(?:\s[A-Z][a-z]{2,15})?|[\u4e00-\u9fff]{1,3}(?:经理|先生|小姐|女士|总|工|姐|哥))\s?[,，:：\-–—]?\s?[(（]?\s*$/u;
/** The shipping block before a number names the consignee or the buyer's delivery details. */
function consigneeBlock(consignee: RegExp, t: string, at: number): boolean {
  const from = t.lastIndexOf('\n\n', at);
  const block = t.slice(Math.max(0, from, at - 240), at);
  return consignee.test(block);
}

/** Whether a contact word occurs in `s`. */
function contactBefore(contact: RegExp | null, s: string): boolean {
  return !!contact && lastMatch(contact, s) >= 0;
}

/** Up to `max` characters before `at`, back to the line's start. */
function lineBefore(t: string, at: number, max: number): string {
  const from = Math.max(0, at - max, t.lastIndexOf('\n', at - 1) + 1);
  return t.slice(from, at);
}

// The rest of a number's sentence: up to its end mark or line break (a question mark kept: "对吧？").
const SENTENCE_END = /[。！!\n]|[？?](?=.)|\.\s/s;
/** Words after the number, in its sentence, put it on the waybill or read it back to be confirmed. */
function onWaybill(after: RegExp, t: string, at: number): boolean {
  const rest = t.slice(at, at + 80);
  const stop = SENTENCE_END.exec(rest);
  return after.test(stop ? rest.slice(0, stop.index + 1) : rest);
}

// The rep's own number, named just before it: words after it ("please confirm it is correct") do not make it the buyer's.
const OWN_NEAR = /\b(?:my|our|me|us|mine)\b|我的|我们的|找我|联系我|打给我|打我|拨我|加我/;
// "your number" stays the buyer's even beside a service word; only "for customers"-style lines are the seller's.
// How far back a service line ("our Lagos rep will come to …") is read before a number a buyer word is near.
const SERVICE_WINDOW = 90;
const SECOND_PERSON = /\b(?:your|ur)\b|您的|你的|贵司/;

/**
 * A number typed like a code the draft labels, differing only in its last group ("Part no. 0912-345-678 is the
 * gasket, 0912-345-679 the ring", "model 1380-013-8000B; the older 1380-013-7000"): a sibling of that code, one of
 * the same family of part or model numbers, not a phone. Needs two groups at least, the same group lengths and every
 * group but the last the same digits.
 */
function siblingOf(groups: string[], codes: string[][]): boolean {
  if (groups.length < 2) return false;
  return codes.some((c) => {
    if (c.length !== groups.length) return false;
    for (let i = 0; i < c.length; i++) if (c[i]!.length !== groups[i]!.length || (i < c.length - 1 && c[i] !== groups[i])) return false;
    return c[c.length - 1] !== groups[groups.length - 1];
  });
}
const digitGroups = (s: string) => s.split(/[^0-9]+/).filter(Boolean);

/**
 * Whether the number at start-end is items of a list: the join mark stands between three or more codes of one length
 * ("8805/8806/8807"), or joins it to the item before or after it too ("9005/9006/H11": "/" inside and "/H11" after).
 */
function listItem(s: string, start: number, end: number, join: RegExp): boolean {
  const parts = s.slice(start, end).split(join);
  if (parts.length < 2) return false;
  // Three or more codes of one length ("8805/8806/8807"); a phone split to slip past filters groups unevenly ("0812/345/678").
  if (parts.length >= 3 && parts.every((p) => p.trim().length === parts[0]!.trim().length)) return true;
  const next = /^\s?(\S)\s?[0-9A-Za-z\u4e00-\u9fff]/.exec(s.slice(end, end + 4));
  if (next && join.test(next[1]!)) return true;
  const prev = /[0-9A-Za-z\u4e00-\u9fff]\s?(\S)\s?$/.exec(s.slice(Math.max(0, start - 4), start));
  return !!prev && join.test(prev[1]!);
}

/** Lengths of the digit groups as typed: "0812-345-678" -> [4, 3, 3]. */
function groupsOf(s: string): string {
  return s.split(/[^0-9]+/).filter(Boolean).map((g) => g.length).join(',');
}

/**
 * Where a run's typed groups end, as digit counts, longest first, the whole run excluded: "+86 182-6420-3318 24h"
 * gives 13 (before "24"), 9, 5. A number typed right before another figure ("24h", "7 days") joins it in one run.
 */
function groupEnds(s: string, start: number, end: number): number[] {
  const ends: number[] = [];
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
    else if (n > 0 && ends[ends.length - 1] !== n) ends.push(n);
  }
  return ends.reverse();
}

/** Notes a number the text labels as an order, model or shipment number, or a code (for the classifier). */
function labelled(ctx: DraftContext, run: DigitRun): void {
  ctx.labelledNumbers++;
  const [start, end] = origSpan(ctx.t, run.start, run.end);
  ctx.labelledSpans.push({ start, end });
}

/**
 * The runs that are the two ends of a numbered range: same length, unmasked, not dialled with "+", joined by a range
 * word, the second a little above the first ("cartons 0412-558-907 to 0412-559-006"). Phone numbers are not given
 * as ranges, so the span, not a label, says these are a series.
 */
function rangeEnds(runs: DigitRun[], t: string, join: RegExp, maxSpan: number): Set<DigitRun> {
  const ends = new Set<DigitRun>();
  for (let i = 0; i + 1 < runs.length; i++) {
    const [a, b] = [runs[i]!, runs[i + 1]!];
    if (a.plus || b.plus || a.digits.length !== b.digits.length || /M/.test(a.digits + b.digits)) continue;
    if (!join.test(t.slice(a.end, b.start))) continue;
    const span = BigInt(b.digits) - BigInt(a.digits);
    if (span > 0n && span <= BigInt(maxSpan)) ends.add(a).add(b);
  }
  return ends;
}

/** A ship's IMO number ends in a check digit: the first six digits weighted 7 down to 2, summed, mod 10. */
function imoCheckDigit(d: string): boolean {
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += (d.charCodeAt(i) - 48) * (7 - i);
  return sum % 10 === d.charCodeAt(6) - 48;
}

// ISO 6346 letter values: A=10 upwards, skipping the multiples of 11.
const ISO6346 = (() => {
  const v: Record<string, number> = {};
  let n = 10;
  for (const c of 'abcdefghijklmnopqrstuvwxyz') {
    if (n % 11 === 0) n++;
    v[c] = n++;
  }
  return v;
})();
const CONTAINER_OWNER = /([a-z]{3}[ujz])\s?$/;

/** A GS1 trade item number (EAN-8, UPC-A, EAN-13, GTIN-14) whose last digit is its check digit. */
function gtin(d: string): boolean {
  if (d.length !== 8 && d.length !== 12 && d.length !== 13 && d.length !== 14) return false;
  let sum = 0;
  for (let i = d.length - 2, w = 3; i >= 0; i--, w = 4 - w) sum += (d.charCodeAt(i) - 48) * w;
  return (10 - (sum % 10)) % 10 === d.charCodeAt(d.length - 1) - 48;
}
// A draft about barcodes ("checked the barcodes you sent: 6281001234562 ✔"): its GS1 numbers are goods, not phones.
const BARCODE_WORDS = /\b(?:barcodes?|ean(?:-?1[34]|-?8)?|upc|gtin|gs1)\b|条码|条形码|商品码/i;

/** A container number (ISO 6346): owner code and category letter, six digits, and the check digit. */
function containerNumber(owner: string, d: string): boolean {
  if (d.length !== 7) return false;
  const s = owner + d.slice(0, 6);
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += (i < 4 ? ISO6346[s[i]!]! : s.charCodeAt(i) - 48) * (1 << i); // ISO 6346 position weights 1, 2, 4 ... 512
  return (sum % 11) % 10 === d.charCodeAt(6) - 48;
}

/** View index just after the n-th digit of the run. */
function afterDigit(s: string, start: number, n: number): number {
  for (let i = start; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57 && --n === 0) return i + 1;
  }
  return s.length;
}

/**
 * Phone numbers from digit runs (already joined across separators, spelled digits and Chinese numerals).
 * libphonenumber-js validates international numbers for every country; a national-format number counts when
 * it is a mobile number of a region the draft points at (country, city, currency, another +code), or of a
 * buyer market written exactly the way that market groups its numbers. Labels ("model", "order") keep other
 * numbers out, unless the same text tells the buyer to call or message that number.
 */
export function phoneRecognizer(rule: PhoneRule, lexicon: Record<string, string>, regions: RegionIndex, scanner = new LiteralScanner()): Recognizer {
  // The contact and not-contact labels run (on the text before each number, a piece of the text view) cut per draft
  // to the alternatives whose required literals the text view holds: a literal absent from the draft is absent there.
  const contactAll = prunedRegex(new RegExp(anyOf(rule.contact, lexicon, expand)!.source, 'g'), scanner);
  const notContactAll = prunedRegex(new RegExp(anyOf(rule.notContact, lexicon, expand)!.source, 'g'), scanner);
  const units = anyOf(rule.unitsAfter, lexicon, expand)!;
  const buyer = anyOf(rule.buyerOwned, lexicon, expand)!;
  const buyerG = new RegExp(buyer.source, 'g');
  const instruction = anyOf(rule.instruction, lexicon, expand)!;
  const callVerb = anyOf(rule.callVerb, lexicon, expand)!;
  const shortNotAfter = anyOf(rule.shortNotAfter, lexicon, expand);
  const platformOwned = anyOf(rule.platformOwned, lexicon, expand)!;
  const serviceLine = anyOf(rule.serviceLine, lexicon, expand);
  const visitedPlace = anyOf(rule.visitedPlace, lexicon, expand);
  const visitedPlaceG = visitedPlace ? new RegExp(visitedPlace.source, 'g') : null;
  const printedCopy = anyOf(rule.printedCopy, lexicon, expand);
  const audienceLabel = rule.audienceLabel ? new RegExp(expand(rule.audienceLabel, lexicon)) : null;
  /** The label right before the number names the customers of a place the region index knows ("Mexico 客户:"). */
  const audience = (clause: string): boolean => {
    const m = audienceLabel?.exec(clause);
    return !!m && regions.inferRegions(clause.slice(Math.max(0, m.index - 24)), []).size > 0;
  };
  const ownerAfter = anyOf(rule.ownerAfter, lexicon, expand);
  const repCallsIt = anyOf(rule.repCallsIt, lexicon, expand);
  const consignee = anyOf(rule.consignee, lexicon, expand);
  const consigneeAfter = anyOf(rule.consigneeAfter, lexicon, expand);
  const notContactAfter = anyOf(rule.notContactAfter, lexicon, expand);
  const numberWordOnly = rule.numberWordOnly ? new RegExp(expand(rule.numberWordOnly, lexicon)) : null;
  const notPhoneShape = anyOf(rule.notPhoneShapes, lexicon, expand);
  const codePrefix = rule.codePrefix ? new RegExp(rule.codePrefix) : null;
  const rangeJoin = rule.rangeJoin ? new RegExp(rule.rangeJoin) : null;
  const listJoin = rule.listJoin ? new RegExp(rule.listJoin) : null;
  // Someone other than the buyer owns the number when one of these comes after the buyer word.
  // So does a request to call it: "贵司如需更多资料，请致电 400-..." names who asks, not whose number it is.
  // ("mine is …" after the buyers named: "most US buyers prefer texting, mine is (917) …")
  // (The Chinese request as plainly as the English one: "标签印您的品牌，样品寄出后请联系 +86 …" tells the buyer whom to
  // reach; "请联系您的收货人 …" still reads the buyer's, its buyer word being the last before the number.)
  const ownWords = /\b(?:my|me|mine|our|ours|us|his|her|their|him|staff|agent|colleague|manager)\b|\b(?:please|pls|kindly)\s(?:call|dial|ring|contact)\b|我|他|她|同事|经理|致电|拨打|来电|请(?:直接|随时|及时|尽快)?\s?(?:联系|拨|打给)/;
  const sc = rule.scores;
  const shipLabel = rule.shipNumber ? new RegExp(expand(rule.shipNumber, lexicon)) : null;

  /** Regions the draft names or dials, computed once per draft and only when a bare national number needs it. */
  const inferred = (ctx: DraftContext) =>
    ctx.once('phone.regions', () => regions.inferRegions(ctx.t.s, ctx.runs.filter((r) => r.plus).map((r) => r.digits)));

  /** Digits that are a whole mobile number, Chinese or of a buyer market, however they are typed. */
  const wholeMobile = (d: string): boolean => CN_MOBILE.test(d) || regions.mobileRegions(d, regions.markets).length > 0;

  /** A buyer-market mobile typed with that market's own national grouping ("07400 123456", "0812-345-678"). */
  const marketShaped = (ctx: DraftContext, run: DigitRun): boolean => {
    if (run.spelled) return false;
    const typed = groupsOf(ctx.t.s.slice(run.start, run.end));
    if (!typed.includes(',')) return false;
    for (const region of regions.mobileRegions(run.digits, regions.markets)) {
      const p = parsePhoneNumberFromString(run.digits, region as CountryCode);
      if (!p) continue;
      // As the country writes it nationally ("098201 34567"), or without the trunk 0 ("98201 34567").
      if (groupsOf(p.formatNational()) === typed || groupsOf(p.formatInternational()).replace(/^\d+,/, '') === typed) return true;
    }
    return false;
  };

  const validInternational = (e164: string): boolean | null => {
    const p = parsePhoneNumberFromString('+' + e164);
    if (p?.isValid()) return true;
    // "+52 1 55 1234 5678": a token some countries used to put before mobiles.
    const cc = p?.countryCallingCode;
    const tok = cc ? regions.legacyToken(cc) : null;
    if (cc && tok && e164.startsWith(cc + tok) && parsePhoneNumberFromString('+' + cc + e164.slice(cc.length + tok.length))?.isValid()) return true;
    return p ? (p.isPossible() ? false : null) : null;
  };

  return (ctx: DraftContext) => {
    const out: RawFinding[] = [];
    const t = ctx.t.s;
    if (ctx.runs.length === 0) return out;
    const hits = ctx.literalHits('t', scanner);
    // The digit groups of numbers labelled as codes, and the unlabelled national numbers that may be their siblings.
    const codes: string[][] = [];
    const unlabelled: Array<{ at: number; run: DigitRun; groups: string[] }> = [];
    const contact = contactAll.pick(hits);
    const notContact = notContactAll.pick(hits);
    const ranged = rangeJoin ? rangeEnds(ctx.runs, t, rangeJoin, rule.rangeMaxSpan) : null;
    for (const run of ctx.runs) {
      const d = run.digits;
      if (d.length > rule.maxDigits) {
        // Too long for one phone number, but several codes joined ("OEM number is 4351202230 / 43512-02230"): under a
        // code's label in its clause the classifier reads them without their digit shapes, as it reads one labelled code.
        // (Only codes joined by a slash: one long account number stays as it is, the classifier reads its shape.)
        if (notContact && !run.plus && t.slice(run.start, run.end).includes('/')) {
          let before = t.slice(Math.max(0, run.start - rule.window), run.start);
          before = before.slice(clauseStart(before));
          const n = lastMatch(notContact, before);
          if (n >= 0 && n >= (contact ? lastMatch(contact, before) : -1) + 1) labelled(ctx, run);
        }
        continue;
      }
      const short = d.length < rule.minDigits;
      if (short && d.length < rule.shortMinDigits) continue;
      const real = d.replace(/M/g, '');
      const masked = real.length !== d.length;
      if (masked && (short || real.length < 3 || d.length < 10 || d.length > 14)) continue;
      let pre = t.slice(Math.max(0, run.start - rule.window), run.start);
      const nl = pre.lastIndexOf('\n');
      if (nl >= 0) pre = pre.slice(nl + 1);
      if (short) {
        // "call me on 7290": only a call verb right before makes a short number a phone number.
        // A price or a quantity after "手机" ("手机 6999 元") is not a number to call.
        if (run.plus || run.glued || !callVerb.test(pre) || units.test(t.slice(run.end, run.end + 12)) || regions.mobileRegions(d).length === 0) continue;
        // ("Perth, WA 6000": WA there is the state, and the number its postcode)
        if (shortNotAfter?.test(pre)) continue;
      }
      const post = t.slice(run.end, run.end + 12);
      let after = t.slice(run.end, run.end + 60);
      const nlAfter = after.indexOf('\n');
      if (nlAfter >= 0) after = after.slice(0, nlAfter);
      const cPos = contact ? lastMatch(contact, pre) : -1;
      // A label names the number of its own clause: "Price is 120 SAR delivered. Ahmed 050..." is not a price.
      const clause = clauseStart(pre);
      const nPos = notContact ? lastMatch(notContact, pre.slice(clause)) : -1;
      const nPosAbs = nPos < 0 ? -1 : nPos + clause;
      // Whether the text after the number tells the buyer to call or message it; tested at most once, lazily
      // (a plain variable, not a closure: tsx wraps every per-run closure in a naming helper).
      let told: boolean | undefined;
      // A label right before a contact word that says only "a number" names which number it is, in the word order of
      // the buyers' languages: "conocimiento de embarque número 123…", "선하증권 번호 …", "Rechnung Nummer …".
      const wordOnly = cPos > nPosAbs && nPosAbs >= 0 && numberWordOnly ? numberWordOnly.exec(pre.slice(0, cPos)) : null;
      const labelsWord = wordOnly !== null && wordOnly.index - nPosAbs <= 2 && /^[\s:：#-]*$/.test(pre.slice(nPosAbs, wordOnly.index));
      let hasContact = (cPos >= 0 && cPos >= nPosAbs && !labelsWord) || (nPosAbs < 0 && NAME_LABEL.test(ctx.text.slice(Math.max(0, ctx.t.st[run.start]! - 36), ctx.t.st[run.start]!)));
      let labelledOther = nPosAbs > cPos || (!run.plus && units.test(post));
      if (!hasContact && nPosAbs >= 0 && PERSON_REACHED.test(ctx.text.slice(Math.max(0, ctx.t.st[run.start]! - 40), ctx.t.st[run.start]!))) {
        hasContact = true;
        labelledOther = !run.plus && units.test(post);
      }
      let relabelled = false;
      // A label right after it, in its sentence: "'139 0539 8810' is our batch code", "… 是生产批号".
      if (!labelledOther && notContactAfter && onWaybill(notContactAfter, t, run.end)) {
        labelledOther = true;
        // "唛头上的号码 0569 221 704 是您给的采购单号": the contact word before it only said "a number"; the label says which.
        if (hasContact && numberWordOnly && cPos >= 0 && numberWordOnly.test(pre.slice(Math.max(0, cPos - 8), cPos))) hasContact = false;
      }
      // A code's own capital letters joined to it by a hyphen ("JM-186-2390-5587", "WX-2022-0415", "WA-0712-345"): the
      // letters are the code's, so a contact word among them ("WX", "WA") labels the number only when nothing else does:
      // no other label before it, no contact word before the code, and digits that make no whole mobile number.
      let coded = false;
      if (codePrefix && !run.plus && !run.spelled) {
        const at = ctx.t.st[run.start]!;
        const p = codePrefix.exec(ctx.text.slice(Math.max(0, at - 12), at));
        if (p) {
          coded = true;
          const ownLetters = p[0].replace(/^[^A-Za-z0-9]/, '').length;
          if (cPos > pre.length - ownLetters && (nPosAbs >= 0 || !(contactBefore(contact, pre.slice(0, pre.length - ownLetters)) || wholeMobile(d)))) {
            hasContact = false;
            labelledOther ||= nPosAbs >= 0;
          }
        }
      }
      if (shipLabel && d.length === 7 && imoCheckDigit(d) && shipLabel.test(pre)) {
        // "IMO" here labels a ship, not the messenger of the same name.
        labelledOther = true;
        hasContact = false;
      }
      // A figure with a unit right after it ("Cell: 21700 5000mAh", "电芯 18650 3500mAh") is a measurement even
      // after a contact-like word ("cell", "mobile" power): only a whole Chinese mobile or a call instruction
      // keeps it a phone.
      if (hasContact && !run.plus && units.test(post) && !CN_MOBILE.test(d) && !(told ??= instruction.test(after))) {
        hasContact = false;
        labelledOther = true;
      }
      if (labelledOther && (told ??= instruction.test(after))) {
        // "订单号：1861234xxxx，有问题直接打这个号码": the label is a cover for a number to call.
        labelledOther = false;
        hasContact = relabelled = true;
      } else if (!hasContact && !labelledOther && (told ??= instruction.test(after))) hasContact = true;
      // A postal item's S10 code ("RU218845093CN": two letters, nine digits, two letters) is a shipment, whatever
      // words are near it.
      if (run.glued && d.length === 9 && S10.test(t.slice(Math.max(0, run.start - 2), run.end + 2))) {
        labelled(ctx, run);
        continue;
      }
      // A check-digit-valid GS1 number in a draft about barcodes, unless it is a whole Chinese mobile with its country
      // code ("8613912345678") or the text says to call it.
      if (!run.plus && gtin(d) && !/^861[3-9]/.test(d) && BARCODE_WORDS.test(ctx.text) && !(told ??= instruction.test(after))) {
        labelled(ctx, run);
        continue;
      }
      // A container number ("TCNU 581 2290 4", "MSKU7283910") is a shipment, whatever words are near it.
      const owner = CONTAINER_OWNER.exec(t.slice(Math.max(0, run.start - 5), run.start));
      if (owner && containerNumber(owner[1]!, d)) {
        labelled(ctx, run);
        continue;
      }
      if ((run.glued || coded) && !hasContact) {
        codes.push(digitGroups(t.slice(run.start, run.end)));
        labelled(ctx, run); // a code glued to letters ("1Z 6R2 A71 03 5528 9041", "SKU12345678AB", "JM-186-2390-5587")
        continue;
      }
      // A date typed as one ("2022-05-19", "19.05.2022") is no phone number, even after a name-like label ("ETA
      // Vladivostok: 2022-05-19"), unless the text says to call it.
      if (!run.plus && notPhoneShape && notPhoneShape.test(t.slice(run.start, run.end)) && !(told ??= instruction.test(after))) {
        labelled(ctx, run);
        continue;
      }
      // An end of a numbered range ("cartons 0412-558-907 to 0412-559-006") is a series, even after a contact-like word
      // ("packing list line 2"), unless the text says to call it.
      if (ranged?.has(run) && !(told ??= instruction.test(after))) {
        labelled(ctx, run);
        continue;
      }
      // A placeholder printed on a sample or a demo ("样品图上显示的“138 0000 0000”只是展示效果"): eight zeros end no
      // number anyone answers, unless the text says to call it.
      if (!masked && !run.plus && /0{8,}$/.test(d) && !(told ??= instruction.test(after))) {
        labelled(ctx, run);
        continue;
      }
      const intl = run.plus || (d.startsWith('00') && !labelledOther);

      let score = 0;
      let kind = masked ? 'masked' : intl ? 'international' : 'national';
      let runEnd = run.end;
      if (short) {
        score = sc.withContext;
      } else if (masked) {
        if (labelledOther && !hasContact) {
          labelled(ctx, run);
          continue;
        }
        score = hasContact || intl || CN_MOBILE_MASKED.test(d) ? sc.masked : sc.maskedNoContext;
      } else if (intl) {
        const e164 = d.startsWith('00') ? d.slice(2) : d;
        // +86 mobiles are most drafts' numbers; a regex settles them without the (slower) metadata parse.
        let valid = /^861[3-9]\d{9}$/.test(e164) ? true : validInternational(e164);
        if (valid !== true && !run.spelled) {
          // A valid number followed by another figure in the same run ("+86 182-6420-3318 24h online").
          const skip = d.length - e164.length;
          for (const n of groupEnds(t, run.start, run.end)) {
            if (n - skip < 8) break;
            if (validInternational(e164.slice(0, n - skip))) {
              valid = true;
              runEnd = afterDigit(t, run.start, n);
              break;
            }
          }
        }
        if (valid) score = sc.international;
        else if (valid === false) score = hasContact ? sc.withContext : sc.possible;
        else if (hasContact) score = sc.possible;
      } else if (labelledOther && !hasContact) {
        codes.push(digitGroups(t.slice(run.start, run.end)));
        labelled(ctx, run);
        continue;
      } else if (CN_MOBILE.test(d)) {
        score = sc.cnMobile;
      } else if (hasContact || (run.spelled && d.length >= 8)) {
        // A relabelled number that is a mobile somewhere, or a whole international number without its "+"
        // ("modelo 52-1-33-1846-2207, llama a este"), is a phone; anything else only possibly one.
        const mobile = regions.mobileRegions(d).length > 0 || CN_MOBILE_MASKED.test(d) || validInternational(d) === true;
        score = relabelled && !mobile ? sc.possible : sc.withContext;
      } else if (listJoin && !run.spelled && listItem(t, run.start, run.end, listJoin)) {
        // Codes side by side in a list ("9005/9006/H11", "8805/8806/8807"), no word making any of them a phone.
        labelled(ctx, run);
        continue;
      } else {
        const named = inferred(ctx);
        if (named.size > 0 && regions.mobileRegions(d, named).length > 0) {
          score = sc.regionMobile;
          kind = 'regional';
        } else if (marketShaped(ctx, run)) {
          score = sc.marketMobile;
          kind = 'regional';
        } else if (d.length >= 11 && d.length <= 13 && parsePhoneNumberFromString('+' + d)?.isValid()) {
          score = sc.possible;
        } else if (d.length >= 10) {
          score = sc.weak;
        }
      }
      if (relabelled) kind = 'relabelled';
      if (score <= 0) continue;
      // The buyer's own number quoted back (e.g. for the consignee) is not the seller giving a contact.
      // The window starts at a word's start: a cut "our" must not read as the buyer's "ur".
      let nearFrom = Math.max(clause, pre.length - 30);
      while (nearFrom > clause && /[a-z0-9]/.test(pre[nearFrom - 1]!) && /[a-z0-9]/.test(pre[nearFrom]!)) nearFrom--;
      const near = pre.slice(nearFrom);
      // The service line is read on the number's clause back to SERVICE_WINDOW characters, wider than the window of
      // labels: "Our Sri Lanka agent will visit your shop: 077 …" names the agent 42 characters before the number.
      // Only read when a buyer word is near (inline, not a per-run closure: tsx wraps each in a naming helper).
      const buyerNear = buyer.test(near);
      let servesBuyers = false;
      if (buyerNear) {
        let wide = t.slice(Math.max(0, run.start - SERVICE_WINDOW), run.start);
        const nlw = wide.lastIndexOf('\n');
        if (nlw >= 0) wide = wide.slice(nlw + 1);
        wide = wide.slice(clauseStart(wide));
        if (serviceLine?.test(wide) || audience(pre.slice(clause))) {
          // The buyer's place the seller's person goes to is taken out before "your" is looked for near the number.
          const rest = visitedPlaceG ? wide.replace(visitedPlaceG, ' ') : null;
          servesBuyers = !SECOND_PERSON.test(rest === null ? near : rest.slice(Math.max(0, rest.length - near.length)));
        }
      }
      let owned = false;
      // Read back as the buyer's (a "your" near it, or "… that's yours?" after it), outside any shipping block.
      let readBack = false;
      if (buyerNear && !servesBuyers && !ownWords.test(near.slice(Math.max(0, lastMatch(buyerG, near) - 1))) && !(told ??= instruction.test(after))) owned = readBack = true;
      else if (!OWN_NEAR.test(near) && (consignee && consigneeBlock(consignee, t, run.start) || consigneeAfter && onWaybill(consigneeAfter, t, runEnd)) && !(told ??= instruction.test(after))) owned = true;
      else if (platformOwned.test(near) && !relabelled) owned = true;
      else if (!OWN_NEAR.test(near) && !!ownerAfter?.test(after) && !relabelled) owned = readBack = true;
      // ... and the rep calling or messaging the buyer on it, in its sentence or the next: the number is the way the
      // rep reaches the buyer off the platform, not a detail for the order ("is this your number 055 …? I tried calling").
      if (readBack && repCallsIt && !(consignee && consigneeBlock(consignee, t, run.start)) && repCallsIt.test(t.slice(Math.max(0, run.start - 80), runEnd + 120))) {
        owned = false;
        kind = 'called';
        score = Math.max(score, sc.withContext);
      }
      // Inside the sample wording of a sign, label or print the buyer orders ("any text, e.g. 'OPEN 24H – CALL 07700 …'").
      else if (printedCopy && !OWN_NEAR.test(near) && printedCopy.test(lineBefore(t, run.start, 160)) && !(told ??= instruction.test(after))) owned = true;
      if (owned) {
        score = Math.min(score, sc.buyerOwned);
        // The classifier reads the buyer's or the platform's number without its phone shape, like a labelled one.
        labelled(ctx, run);
      }
      // An opening bracket before the area code belongs to the number: "(415) 555-2671".
      const from = run.start > 0 && t.charCodeAt(run.start - 1) === 40 ? run.start - 1 : run.start;
      const [start, end] = origSpan(ctx.t, from, runEnd);
      if (!intl && !masked && !short && !hasContact && !relabelled && !owned && !run.spelled) unlabelled.push({ at: out.length, run, groups: digitGroups(t.slice(run.start, runEnd)) });
      out.push({ category: rule.category, start, end, rule: `${rule.id}.${kind}`, score, reason: rule.reason, clauseId: rule.clause });
    }
    if (codes.length === 0 || unlabelled.length === 0) return out;
    const drop = new Set<number>();
    for (const u of unlabelled) {
      if (!siblingOf(u.groups, codes)) continue;
      drop.add(u.at);
      labelled(ctx, u.run);
    }
    return drop.size ? out.filter((_, i) => !drop.has(i)) : out;
  };
}
