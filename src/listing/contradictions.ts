import type { MoqFloorCues } from './rules.js';
import type { Quantity, Unit } from './types.js';

/**
 * The least quantities a listing's own sentences say the seller takes ("1件不发货，最少一箱（200件）起发", "we can't run the
 * extruder for less than 2 tons", "we sell by 25 MT FCL only"), whatever layout or field they sit in: a page description, a
 * remark cell, an internal note, a rep's message. The cue words are data (contradictions.yaml); the judge compares the
 * largest floor with the MOQ the listing states.
 */
export function statedFloors(text: string, cues: MoqFloorCues, quantities: (sentence: string) => { qty: number; unit: Unit; raw: string }[], noPlainStock: boolean, moqField: RegExp): Quantity[] {
  const out: Quantity[] = [];
  for (const line of text.split('\n')) {
    // (a line saying small orders do ship takes back every floor on it: "we do ship single pieces; most buyers order 200+")
    // (the MOQ field itself is what a floor is compared with, not a floor: "最小起订量：10 千个（即 1 万个）")
    // (a field labelled for another offer speaks of it in every clause: "定制服务：绣 logo 起订 100 条；专属颜色 起订 500 条")
    if (!/\d/.test(line)) continue;
    // (speed: no floor or below cue anywhere on the line, none in any of its clauses: rules.ts anyFloor)
    if (cues.anyFloor && !cues.anyFloor.test(line)) continue;
    if (moqField.test(line) || cues.accepts.test(line)) continue;
    const label = LABEL.exec(line)?.[0];
    if (label && !noPlainStock && cues.scoped.test(label)) continue;
    for (const sentence of line.split(SENTENCE)) {
      if (!/\d/.test(sentence) || (!noPlainStock && cues.scoped.test(sentence))) continue;
      // The floor and its quantity share a clause; the refusal may stand in the next ("1件不发货，最少一箱（200件）起发"). A clause
      // with a price is a tier ("2kg 以上 $1.22/g"), not a floor.
      for (const clause of sentence.split(CLAUSE)) {
        if (!/\d/.test(clause) || PRICED.test(clause)) continue;
        if (!cues.floor.test(clause) && !(cues.below.test(clause) && cues.refuse.test(sentence))) continue;
        for (const q of quantities(clause)) out.push({ qty: q.qty, unit: q.unit, raw: clause.trim().slice(0, 80) });
      }
    }
  }
  return out;
}

/** The first sentence that takes back free shipping: freight the buyer pays after ordering, a new freight link after payment,
 *  "free shipping" that only reaches a forwarder in China (contradictions.yaml freightLater). */
export function freightLaterSaid(text: string, cues: { later: RegExp; none: RegExp }): string | undefined {
  for (const line of text.split('\n')) {
    if (!cues.later.test(line)) continue;
    for (const sentence of line.split(SENTENCE)) if (cues.later.test(sentence) && !cues.none.test(sentence)) return sentence.trim().slice(0, 120);
  }
  return undefined;
}

// Sentences end at a full stop (lines are split first); a clause ("，") stays inside its sentence, where the refusal and the
// floor it explains are usually written ("1件不发货，最少一箱（200件）起发").
const SENTENCE = /[。！!；;]|\.(?=\s|$)/;
// Clauses end at a comma that is no thousands separator ("1,000 pcs").
const CLAUSE = /[，、]|,(?!\d{3}(?!\d))/;
// An amount of money in a clause.
const PRICED = /(?:US\s?)?[$¥€￥]\s?\d|\b(?:USD|RMB|CNY|EUR)\s?\d|\d\s*(?:美元|美金|刀|元)(?![\p{Script=Han}])/u;
// A field label at the head of a line ("Remark:", "定制服务：").
const LABEL = /^[^:：\n]{1,24}[:：]/;
