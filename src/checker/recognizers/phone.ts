import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { origSpan } from '../normalize.js';
import { anyOf, type DraftContext, type RawFinding, type Recognizer } from '../types.js';
import { expand, type PhoneRule } from '../rules.js';

const CN_MOBILE = /^(?:0?86)?1[3-9]\d{9}$/;
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

/**
 * Phone numbers from digit runs (already joined across separators, spelled digits and Chinese numerals).
 * libphonenumber-js validates international numbers for every country; labels decide the rest.
 */
export function phoneRecognizer(rule: PhoneRule, lexicon: Record<string, string>): Recognizer {
  const contact = new RegExp(anyOf(rule.contact, lexicon, expand)!.source, 'g');
  const notContact = new RegExp(anyOf(rule.notContact, lexicon, expand)!.source, 'g');
  const units = anyOf(rule.unitsAfter, lexicon, expand)!;
  const buyer = anyOf(rule.buyerOwned, lexicon, expand)!;
  const buyerG = new RegExp(buyer.source, 'g');
  const ownWords = /\b(?:my|me|our|us)\b|我/;
  const sc = rule.scores;

  return (ctx: DraftContext) => {
    const out: RawFinding[] = [];
    const t = ctx.t.s;
    for (const run of ctx.runs) {
      const d = run.digits;
      if (d.length < rule.minDigits || d.length > rule.maxDigits) continue;
      const real = d.replace(/M/g, '');
      const masked = real.length !== d.length;
      if (masked && (real.length < 3 || d.length < 10 || d.length > 14)) continue;
      let pre = t.slice(Math.max(0, run.start - rule.window), run.start);
      const nl = pre.lastIndexOf('\n');
      if (nl >= 0) pre = pre.slice(nl + 1);
      const post = t.slice(run.end, run.end + 12);
      const cPos = lastMatch(contact, pre);
      const nPos = lastMatch(notContact, pre);
      const hasContact = cPos >= 0 && cPos >= nPos;
      const labelledOther = nPos > cPos || (!run.plus && units.test(post));
      if (run.glued && !hasContact) continue;
      const intl = run.plus || (d.startsWith('00') && !labelledOther);

      let score = 0;
      if (masked) {
        if (labelledOther && !hasContact) continue;
        score = hasContact || intl || CN_MOBILE_MASKED.test(d) ? sc.masked : sc.maskedNoContext;
      } else if (intl) {
        const e164 = d.startsWith('00') ? d.slice(2) : d;
        // +86 mobiles are most drafts' numbers; a regex settles them without the (slower) metadata parse.
        const p = /^861[3-9]\d{9}$/.test(e164) ? null : parsePhoneNumberFromString('+' + e164);
        if (p === null || p?.isValid()) score = sc.international;
        else if (p?.isPossible()) score = hasContact ? sc.withContext : sc.possible;
        else if (hasContact) score = sc.possible;
      } else if (labelledOther && !hasContact) {
        continue;
      } else if (CN_MOBILE.test(d)) {
        score = sc.cnMobile;
      } else if (hasContact || (run.spelled && d.length >= 8)) {
        score = sc.withContext;
      } else if (d.length >= 11 && d.length <= 13 && parsePhoneNumberFromString('+' + d)?.isValid()) {
        score = sc.possible;
      } else if (d.length >= 10) {
        score = sc.weak;
      }
      if (score <= 0) continue;
      // The buyer's own number quoted back (e.g. for the consignee) is not the seller giving a contact.
      const near = pre.slice(-30);
      if (buyer.test(near) && !ownWords.test(near.slice(Math.max(0, lastMatch(buyerG, near) - 1)))) score = Math.min(score, sc.buyerOwned);
      // An opening bracket before the area code belongs to the number: "(415) 555-2671".
      const from = run.start > 0 && t.charCodeAt(run.start - 1) === 40 ? run.start - 1 : run.start;
      const [start, end] = origSpan(ctx.t, from, run.end);
      out.push({ category: rule.category, start, end, rule: `${rule.id}.${masked ? 'masked' : intl ? 'international' : 'national'}`, score, reason: rule.reason, clauseId: rule.clause });
    }
    return out;
  };
}
