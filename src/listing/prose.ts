// fastEdges: a pattern's word-opening \b under flags iu in the form V8 runs 5-10x faster, same matches (word-edges.ts).
import { fastEdges } from './word-edges.js';
import type { Lang } from '../core/types.js';
import { t } from '../core/lang.js';
import { fmtUsd } from './format.js';
import { beyondEstimate, type ListingRules, type ProseCues } from './rules.js';
import type { Finding, ListingKind, Tier, Unit } from './types.js';
import { HAN_NUMERALS } from '../core/numerals.js';

/**
 * A rep describing a listing in their own words, not pasting it: "for the mug (normal price $1.20) we now show $0.30/pc
 * and put shipping at $9 per piece", "MOQ写的是 1 Lot，其实 1 lot 是 5000 个", "we quote power banks per mAh, $0.0004/mAh,
 * so the 20000mAh one = $8.00". Such a message has no fields for the parser; it states the numbers and how they relate.
 * This reads the relations it states, with the cue words of rules/listing/prose.yaml:
 *  - a price the listing shows far below the price the rep says is real, normal or the market's (price_range), with the
 *    difference moved into freight (shipping), or a price the rep says is set to draw clicks (price_range);
 *  - an MOQ the listing states far from the one the rep says is real (moq);
 *  - a SKU the rep added, named in quotes, far cheaper than the product or a fee that is no product (sku_filler);
 *  - a price per unit of one item's property (per mAh, per hour, per page) with the rep's own sum for one item (price_unit).
 */

type Draft = Omit<Finding, 'clause' | 'clauseEn'>;

// An amount of money: a currency before it ("$3", "US$ 0.5-1", "¥35") or after it ("0.5-1 美金", "6 块多美金", "12 usd"),
// "k" for thousands ("$20k"). Currencies convert by thresholds.yaml usdPer.
// A "$" after a number is its currency only when no number follows it: in "10k $2.1" the 10k is a quantity and the $ opens
// the next amount.
const NUM = String.raw`(\d[\d,]*(?:\.\d+)?)(k\b)?`;
const SEP = String.raw`\s*(?:-|–|~|～|to|到|至)\s*`;
const CUR_BEFORE = String.raw`(US\s?\$|USD\s?\$?|HK\$|\$|¥|￥|RMB\s?|CNY\s?|€|EUR\s?)`;
const CUR_AFTER = String.raw`(?:块多|多)?\s*(美元|美金|刀|USD\b|US\s?dollars?\b|dollars?\b|bucks?\b|\$(?!\s?\d)|cents?\b|美分|元|块钱|人民币|RMB\b|CNY\b|yuan\b|欧元|EUR\b|euros?\b)`;
const MONEY = new RegExp(`${CUR_BEFORE}\\s?${NUM}(?:${SEP}(?:US\\s?\\$|USD\\s?|\\$|¥|€)?\\s?${NUM})?|(?<![\\d.])${NUM}(?:${SEP}${NUM})?\\s*${CUR_AFTER}`, 'gi');
// A count: digits (with 万), not part of an amount, a size or a model number.
const QTY = /(?<![\d.,$A-Za-z])(\d[\d,]*(?:\.\d+)?)\s*(万|k\b)?(?![\d.]|\s*%)/gi;
// Field lines ("Price: $3", "价格：US$3"): a pasted page, read by the parser, not a message about one. A long line
// opening with a few words and a colon ("quick q: our notebooks ...") is a sentence.
const FIELD_LINE = /^\s*[^:：\n]{1,24}[:：]\s*\S.{0,70}$/;
// Sentence ends; a dot after an abbreviation ("Min. Order", "No. 5") is no end. SENTENCE_KEPT keeps the ends when
// splitting, so a message can be put back together without some of its sentences.
const SENTENCE_END = String.raw`[。！？!?\n]+|(?<!\b(?:min|no|approx|max|nr))\.(?=\s|$)`;
const SENTENCE = new RegExp(SENTENCE_END, 'i');
const SENTENCE_KEPT = new RegExp(`(${SENTENCE_END})`, 'i');
// Clause ends: a comma inside a number ("$1,050") is no end.
const CLAUSE = /[，；;]|,(?!\d{3}(?!\d))/;
const QUOTED = /[“"'「『‘]([^”"'」』’\n]{2,40})[”"'」』’]/g;

interface Amount {
  usd: number;
  hi: number;
  at: number;
  end: number;
}

/** A unit a price is per, or a count is in: a unit of units.yaml, "attribute" for a property of one item (per mAh). */
interface PerUnit {
  id: string;
  dim: string;
  label: string;
}

function amounts(s: string, rules: ListingRules): Amount[] {
  const out: Amount[] = [];
  const rate = rules.thresholds.usdPer;
  for (const m of s.matchAll(MONEY)) {
    if (m.index! > 0 && /[\d.]/.test(s[m.index! - 1]!)) continue;
    const cur = (m[1] ?? m[10] ?? '').toUpperCase();
    const usdPer = /¥|￥|RMB|CNY|YUAN|元|块钱|人民币/.test(cur) ? rate.CNY : /€|EUR|欧元/.test(cur) ? rate.EUR : /CENT|美分/.test(cur) ? rate.USD / 100 : rate.USD;
    const num = (d: string | undefined, k: string | undefined) => (d ? Number(d.replace(/,/g, '')) * (k ? 1000 : 1) : NaN);
    const v = num(m[2] ?? m[6], m[3] ?? m[7]);
    const h = num(m[4] ?? m[8], m[5] ?? m[9]);
    if (Number.isFinite(v) && v > 0) out.push({ usd: v * usdPer, hi: Math.max(v, Number.isFinite(h) ? h : v) * usdPer, at: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

function counts(s: string, skip: Amount[]): number[] {
  return countsAt(s, skip).map((c) => c.n);
}

// A count in Chinese numerals: "一千", "两千五", "三百", "五万".
const HAN_COUNT = /([一二两三四五六七八九十])([万千百])([一二两三四五六七八九])?/gu;
const HAN_PLACE: Record<string, number> = { 万: 10_000, 千: 1000, 百: 100 };

function countsAt(s: string, skip: Amount[]): { n: number; at: number; end: number }[] {
  const out: { n: number; at: number; end: number }[] = [];
  for (const m of s.matchAll(HAN_COUNT)) {
    const place = HAN_PLACE[m[2]!]!;
    out.push({ n: HAN_NUMERALS[m[1]!]! * place + (m[3] ? (HAN_NUMERALS[m[3]]! * place) / 10 : 0), at: m.index!, end: m.index! + m[0].length });
  }
  for (const m of s.matchAll(QTY)) {
    if (skip.some((a) => m.index! >= a.at && m.index! < a.end)) continue;
    const n = Number(m[1]!.replace(/,/g, '')) * (m[2] === '万' ? 10_000 : m[2] ? 1000 : 1);
    if (Number.isFinite(n) && n > 0) out.push({ n, at: m.index!, end: m.index! + m[0].length });
  }
  return out.sort((a, b) => a.at - b.at);
}

// The unit a price is per, after it ("$3/sqm", "$0.23/W", "0.01美金一个", "$0.32 each") or before it ("per square meter
// $38", "按个的 0.6 美金", "每公斤 7.2 美金"), and the unit a count is in ("1 吨", "500 pcs").
const PER_AFTER = /^\s*(?:(?:is|are)\s+)?(?:\/|per\s+|a\s+|每|一)\s*((?:square|sq|cubic|metric)\s+[a-z]+|[a-z]+|\p{Script=Han}{1,3})/iu;
const EACH = /^\s*(?:each|apiece|ea)\b/i;
const PER_BEFORE = fastEdges(/(?:\bper\s+((?:square|sq|cubic|metric)\s+[a-z]+|[a-z]+)|(?:按|每)\s*(\p{Script=Han}{1,3}|[a-z]+))[\s的]*(?:计价|算|价格?|price|is|at|[:：])?\s*$/iu);
const COUNT_UNIT = /^\s*((?:square|sq|cubic|metric)\s+[a-z]+|[a-z]+|\p{Script=Han}{1,3})/iu;

function unitNamed(raw: string | undefined, rules: ListingRules, cues: ProseCues): PerUnit | undefined {
  if (!raw) return undefined;
  const name = raw.trim().toLowerCase();
  const tries = /\p{Script=Han}/u.test(name) ? [name.slice(0, 3), name.slice(0, 2), name.slice(0, 1)] : [name, name.replace(/(?:es|s)$/, '')];
  for (const n of tries) {
    const u = rules.unitByName.get(n);
    if (u) return { id: u.id, dim: u.dim, label: raw.trim() };
  }
  // A bare "W" after a price is per watt ("$0.23/W"), though no unit name elsewhere (it is part of model names).
  if (/^(?:w|kw)$/.test(name)) return { id: 'watt', dim: 'power', label: raw.trim() };
  if (cues.attributeUnit.test(`/${name}`)) return { id: name, dim: 'attribute', label: raw.trim() };
  return undefined;
}

function unitAfter(s: string, rules: ListingRules, cues: ProseCues): PerUnit | undefined {
  if (EACH.test(s)) return { id: 'piece', dim: 'count', label: 'each' };
  return unitNamed(PER_AFTER.exec(s)?.[1], rules, cues);
}

function unitBefore(s: string, rules: ListingRules, cues: ProseCues): PerUnit | undefined {
  const m = PER_BEFORE.exec(s.slice(-28));
  return m ? unitNamed(m[1] ?? m[2], rules, cues) : undefined;
}

/** A cue's pattern with the g flag, for matchAll (which reads a copy of it): compiled once per cue, not per amount. */
const globals = new WeakMap<RegExp, RegExp>();
function globalOf(re: RegExp): RegExp {
  let g = globals.get(re);
  if (!g) globals.set(re, (g = new RegExp(re.source, 'giu')));
  return g;
}

// A price tier's quantity: a count or a range of counts with an amount just after it ("1-99 $5", "100pcs: US$1.8", "500+ $4.2").
const TIER_QTY = /(?<![\d.])\d[\d,]*(?:\s*(?:-|–|~)\s*\d[\d,]*)?\s*\+?\s*(?:[a-z]{1,5}\.?|\p{Script=Han}{1,2})?\s*[:：=@]?\s*(?=(?:US\s?\$|USD\s?\$?|\$|¥|￥|€)\s?\d)/giu;
// A pack's content: "1000 pcs/box", "500 pieces per carton", "每箱500个", "500个/箱".
const PACK_CONTENT_SAID = /(?<![\d.,])\d[\d,]*\s*(?:pcs|pieces|pc|个|件|只|支|片|双|套)\s*(?:\/|per\s+|each\s+)\s*(?:box|boxes|carton|cartons|ctn|case|bag|pack|roll|箱|盒|包|袋|卷)(?![A-Za-z])|每\s*(?:箱|盒|包|袋|卷)\s*\d[\d,]*\s*(?:个|件|只|支|片|双|套|pcs)/gi;

/** The message speaks of the rep's own listing in sentences, with no field lines of a pasted page. */
export function isProse(text: string, cues: ProseCues): boolean {
  // The check asks it of one text three times (withoutHypotheticals, statedConversion, proseFindings): read once.
  if (proseLast && proseLast.text === text && proseLast.cues === cues) return proseLast.is;
  proseLast = { text, cues, is: readsAsProse(text, cues) };
  return proseLast.is;
}
let proseLast: { text: string; cues: ProseCues; is: boolean } | undefined;

function readsAsProse(text: string, cues: ProseCues): boolean {
  const lines = text.split('\n').filter((l) => l.trim());
  if (!lines.length) return false;
  // (without "we", a message of more than six lines or with a tab is no prose whatever its fields: none counted)
  const we = cues.firstPerson.test(text);
  if (!we && (lines.length > 6 || text.includes('\t'))) return false;
  // A line of tab-separated cells is a page's table row, as much a field as "Price: $3".
  const fields = lines.filter((l) => FIELD_LINE.test(l) || l.includes('\t')).length;
  // Without "we": a short message of sentences (no more than six lines, no tab: above) that talks about a listing (asks,
  // names the listing, a colleague).
  if (!we) return fields === 0 && (cues.talk.test(text) || cues.real.test(text) || cues.shown.test(text));
  return fields === 0 || (fields <= 2 && lines.length >= 4 && lines.some((l) => l.length > 60 && cues.firstPerson.test(l)));
}

/** isProse with the rules' cue words; false without prose.yaml. */
export function isProseText(text: string, rules: ListingRules): boolean {
  return Boolean(rules.prose && text.length <= 5000 && isProse(text, rules.prose));
}

/** The text without the prices its own words say were replaced or removed (contradictions.yaml replaced): "changed the listing
 *  from range price $1-$5 to a ladder", a rectification record's "原价格区间" over its "整改后价格区间". */
export function withoutReplaced(text: string, rules: ListingRules): string {
  const r = rules.replaced;
  if (!r || text.length > 5000) return text;
  let out = text.replace(r.old, ' ');
  if (r.now.test(out)) out = out.replace(r.lineOld, ' ');
  return out;
}

/**
 * A rep's message without the sentences that only wonder or report a suggestion ("colleague says we should change it
 * to kg with MOQ 1", "要不要改成 0"): their numbers are not the listing's, and the parser must not read them as fields.
 */
export function withoutHypotheticals(text: string, rules: ListingRules): string {
  const cues = rules.prose;
  if (!cues || text.length > 5000 || !isProse(text, cues)) return text;
  const parts = text.split(SENTENCE_KEPT);
  let out = '';
  for (let i = 0; i < parts.length; i += 2) {
    const sentence = parts[i]!;
    if (!cues.hypothetical.test(sentence)) out += sentence + (parts[i + 1] ?? '');
    else out += (parts[i + 1] ?? '').includes('\n') ? '\n' : '';
  }
  return out;
}

type Role = 'shown' | 'real' | 'market' | 'freight' | 'sample' | null;

/** One amount of the message as read: what it is (by the cue words around it), the unit it is per, where it stands. */
interface Read extends Amount {
  role: Role;
  unit?: PerUnit;
  sentence: number;
  /** The clause it stands in, and its text after the amount up to the next amount. */
  clause: string;
  tail: string;
  /** The clause's text before the amount, from the amount before it. */
  before: string;
}

/** A clause that only wonders whether to do something (prose.yaml hypothetical) and states nothing as real. */
export function onlyWonders(clause: string, cues: ProseCues): boolean {
  return cues.hypothetical.test(clause) && !cues.real.test(clause);
}

/**
 * The message's amounts, each read by the cue nearest before it in its clause, else any cue of its clause, else the cue of
 * the clause before; a price in a clause about another seller is the market's, one just after a freight word is freight,
 * one just after a sample word a sample's. Also the first sentence that says a price is set to draw buyers (bait).
 */
function readProse(text: string, rules: ListingRules, cues: ProseCues): { sentences: string[]; reads: Read[]; bait: string } {
  const sentences = text.split(SENTENCE).map((s) => s.trim()).filter(Boolean);
  const reads: Read[] = [];
  let bait = '';
  sentences.forEach((sentence, si) => {
    // (A sentence that vouches for the price or SKU denies the bait word it holds: "it's real, 不是引流价". ... in the clause
    // that holds the bait word: "镜框0.9刀是真的单卖的，然后又加了个“眼镜布”0.05刀，现在最低价显示0.05" vouches for the frame,
    // not for the cloth that pulls the price down.)
    if (!bait && cues.bait.test(sentence)) {
      const baitClauses = sentence.split(CLAUSE).filter((c) => cues.bait.test(c));
      // (... and a sentence saying buyers really pay the price shown, "引流款，页面价 $2.99，客户真下单我们也按2.99卖", denies it whole)
      // (... and a bait word only wondered about, "老板问要不要改低一点吸引客户", "should we drop it to get clicks", is no bait set)
      const wonderedOnly = baitClauses.length > 0 && baitClauses.every((c) => onlyWonders(c, cues));
      const denied = wonderedOnly || (baitClauses.length ? baitClauses.some((c) => cues.genuine.test(c)) : cues.genuine.test(sentence)) || Boolean(cues.soldAsShown?.test(sentence));
      if (!denied) bait = sentence.slice(0, 80);
    }
    const clauses = sentence.split(CLAUSE);
    // A clause that only wonders ("要不要改成 0", "should we change it to $5") or one just after such a clause with no
    // amount of its own: its numbers are not the listing's. The ask closing a message ("这个要不要改") leaves the rest.
    const wondering = clauses.map((c) => cues.hypothetical.test(c) && !cues.real.test(c));
    for (let k = 0; k < clauses.length; k++) {
      const clause = clauses[k]!;
      if (wondering[k] || (k > 0 && wondering[k - 1] && !amounts(clauses[k - 1]!, rules).length)) continue;
      const peer = cues.peer.test(clause);
      // In a clause about other sellers, an amount after a first-person word that follows the last mention of them is the
      // rep's own ("competitors all show $1.x so we match at $1.50", "我们挂 $18 因为同行都这样挂").
      const ownAfterPeer = (upTo: number) => {
        const head = clause.slice(0, upTo);
        let last = 0;
        for (const m of head.matchAll(globalOf(cues.peer))) last = m.index! + m[0].length;
        return cues.firstPerson.test(head.slice(last));
      };
      const found = amounts(clause, rules);
      let from = 0;
      found.forEach((a, j) => {
        const before = clause.slice(from, a.at);
        from = a.end;
        const tail = clause.slice(a.end, found[j + 1]?.at ?? clause.length);
        const unit = unitAfter(tail, rules, cues) ?? unitBefore(clause.slice(0, a.at), rules, cues);
        const read = (role: Role) => reads.push({ ...a, role, unit, sentence: si, clause, tail, before });
        if (peer && !ownAfterPeer(a.at)) return read('market');
        // The order value free shipping starts at ("Free shipping on orders over US $200", "满 US$200 包邮") is neither freight
        // nor a price of the goods.
        if (FREE_OVER_BEFORE.test(before) || (FREE_OVER_ZH_BEFORE.test(before) && FREE_OVER_ZH_AFTER.test(tail))) return;
        // A packing or handling fee on top of the goods ("18L tin 另加 $0.9/tin 包装费"): neither their price nor freight.
        if (cues.packingFeeBefore?.test(before) || cues.packingFeeAfter?.test(tail)) return;
        if (cues.freight.test(before.slice(-30)) || FREIGHT_AFTER.test(tail)) return read('freight');
        if (cues.sample.test(before.slice(-20))) return read('sample');
        // An amount charged after the order in a sentence about freight ("页面运费写 15 刀，下单后另外收 80 刀/个").
        // (only a clause that names a fee or the carrier: an extra charge on the goods is their price)
        if (cues.charged.test(before) && cues.freight.test(sentence) && CHARGE_WORD.test(clause)) return read('freight');
        const lastAt = (re: RegExp) => {
          let at = -1;
          for (const m of before.matchAll(globalOf(re))) at = m.index!;
          return at;
        };
        const r = lastAt(cues.real);
        const sh = lastAt(cues.shown);
        // No cue in its own clause: the cue of the clause before, when that clause states no price of its own
        // ("实际我们500个起卖，价格 $0.35").
        const prev = k > 0 ? clauses[k - 1]! : '';
        const prevCue = prev && !amounts(prev, rules).length ? (cues.real.test(prev) ? 'real' : cues.shown.test(prev) ? 'shown' : null) : null;
        const cue = r >= 0 || sh >= 0 ? (r > sh ? 'real' : 'shown') : cues.real.test(clause) ? 'real' : cues.shown.test(clause) ? 'shown' : prevCue;
        read(cue);
      });
    }
  });
  return { sentences, reads, bait };
}

/**
 * The price a rep says their listing shows ("我们挂 $12.9 一台", "listed at $3.20 each", "每克5美金"), for the market
 * comparison a pasted page gets: the lowest amount read as shown, or, when no amount is read as shown, real, the market's,
 * freight or a sample's, the lowest amount the message states. Null when it states none, or only a price per a property
 * of one item (per mAh), which no market range is in. `lead`: the words of its sentence before it ("真丝眼罩 我们挂的是").
 */
export function proseShownPrice(text: string, rules: ListingRules): { min: number; max?: number; unit?: Unit; lead: string } | null {
  const cues = rules.prose;
  if (!cues || text.length > 5000 || !isProse(text, cues)) return null;
  const { reads, sentences } = readProse(text, rules, cues);
  const shown = reads.filter((r) => r.role === 'shown');
  const pool = shown.length ? shown : reads.every((r) => r.role === null) ? reads : [];
  const priced = pool.filter((r) => r.unit?.dim !== 'attribute');
  if (!priced.length) return null;
  const low = priced.reduce((a, b) => (b.usd < a.usd ? b : a));
  let unit: Unit | undefined;
  if (low.unit) for (const u of rules.unitByName.values()) if (u.id === low.unit.id) { unit = { ...u, label: low.unit.label }; break; }
  // The words before the price in its sentence: what the message names the goods by when the parser found no title.
  const sentence = sentences[low.sentence] ?? '';
  const lead = sentence.slice(0, Math.max(0, sentence.indexOf(low.clause)) + low.at);
  return { min: low.usd, ...(low.hi > low.usd ? { max: low.hi } : {}), ...(unit ? { unit } : {}), lead };
}

/**
 * The findings a rep's own description of a listing states. Empty when the text is no such description. `conv` is the
 * text's statedConversion when the caller has already read it.
 */
export function proseFindings(text: string, rules: ListingRules, lang: Lang, conv: Conversion | null = statedConversion(text, rules)): Draft[] {
  const cues = rules.prose;
  if (!cues || text.length > 5000 || !isProse(text, cues)) return [];
  const { sentences, reads, bait } = readProse(text, rules, cues);
  const out: Draft[] = [];
  const add = (kind: ListingKind, detail: [string, string], fix: [string, string], evidence: Record<string, number | string>) => {
    if (!out.some((d) => d.kind === kind)) out.push({ kind, severity: 2, detail: t(lang, ...detail), fix: t(lang, ...fix), evidence });
  };
  const ship = rules.thresholds.shipping;

  const shownReads = reads.filter((r) => r.role === 'shown');
  const shown = shownReads.map((r) => r.usd);
  const real = reads.filter((r) => r.role === 'real').map((r) => r.hi);
  const market = reads.filter((r) => r.role === 'market').map((r) => r.hi);
  const freight = reads.filter((r) => r.role === 'freight');
  const lowShown = shown.length ? Math.min(...shown) : 0;
  const realTop = Math.max(0, ...real, ...(real.length ? market : []));
  // A price per one unit beside the unit the goods really sell in ("0.05 USD / gram ... 实际按副卖 1.8 刀", "$0.004/square
  // inch, but we only sell by box", "per seat $39 instead of per set $117 because it shows a smaller number"): the price
  // is per no unit a buyer orders. A price per a measure that the rep's own count turns into the other price, with no
  // word of drawing buyers ("US$0.28/meter ... 单卷 5 米 US$1.40"), is an honest conversion and no false price either.
  const switched = unitSwitch(text, reads, rules, cues, Boolean(bait));
  if (switched) {
    add(
      'price_unit',
      [`价格 ${fmtUsd(switched.usd)} 标的是每「${switched.from}」，而商品实际按「${switched.to}」卖：计价单位不是买家能下单的单位，展示价格失真。`, `The price of ${fmtUsd(switched.usd)} is per ${switched.from}, while the goods really sell by the ${switched.to}: the price is per no unit a buyer can order.`],
      [`按实际出售的单位（${switched.to}）标出价格。`, `Quote the price per the unit really sold (${switched.to}).`],
      { unitPrice: switched.usd, priceUnit: switched.from, realUnit: switched.to },
    );
  }
  // The low price shown is per one of the units the real price is for, by the rep's own count ("US$0.28/meter ... 单卷 5 米
  // US$1.40"), and nothing draws buyers: an honest conversion, no gap between shown and real.
  // ... or by the sizes of two measures of one kind ("$0.42/kg" shown, "$420/ton" the usual quote).
  const measureOf = (r: Read) => {
    const key = readUnitKey(r, rules, cues);
    const u = key ? rules.unitByName.get(key.replace(/_/g, ' ')) : undefined;
    return u && u.dim !== 'count' ? u : undefined;
  };
  const sameMeasure = (a: Read, b: Read) => measuresConvert(a.usd, measureOf(a), b.usd, measureOf(b));
  const converted =
    lowShown > 0 &&
    !bait &&
    ((shownReads.some((r) => r.usd === lowShown && r.unit) && counts(text, amounts(text, rules)).some((n) => n >= 2 && reads.some((r) => r.role === 'real' && Math.abs(lowShown * n - r.usd) <= 0.35 * r.usd))) ||
      shownReads.some((r) => r.usd === lowShown && reads.some((o) => o.role === 'real' && sameMeasure(r, o))));
  // The rep vouches the part is genuine goods buyers buy, and says nothing of pulling the price down: no filler, and its
  // low price beside the main product's is a range of real goods, not a price no buyer can pay.
  const vouched = !bait && cues.genuine.test(text);
  // The SKU the rep says draws the price down, read once for the branch below that names it.
  const baitLow = !converted && bait && !switched ? baitSku(reads, sentences, cues) : undefined;
  // (The unit switch above names the false price: it takes the place of a price_range finding below, not of the others.)
  if (!converted && lowShown > 0 && realTop >= cues.gap * lowShown) {
    const moved = freight.find((f) => f.usd >= (realTop - lowShown) / 2)?.usd;
    // The low price shown is one SKU's ("shows from $15.90 but that's just the cover SKU, the sink itself is $89").
    const low = shownReads.find((r) => r.usd === lowShown)!;
    if (moved !== undefined) {
      add(
        'shipping',
        [`你说商品按 ${fmtUsd(lowShown)} 展示，真实价格约 ${fmtUsd(realTop)}，差价放进了运费 ${fmtUsd(moved)}：低价高运费。`, `You say the goods are shown at ${fmtUsd(lowShown)} while their real price is about ${fmtUsd(realTop)}, with the difference moved into ${fmtUsd(moved)} of shipping: a low price with inflated shipping.`],
        [`按真实价格 ${fmtUsd(realTop)} 标价，运费按实际物流成本设置。`, `List the real price, ${fmtUsd(realTop)}, and set shipping to what the freight really costs.`],
        { shownPrice: lowShown, realPrice: realTop, shipping: moved },
      );
    } else if (!vouched && cues.sku.test(low.clause)) {
      add(
        'sku_filler',
        [`你说页面的起价 ${fmtUsd(lowShown)} 是某个 SKU 的价格，而商品本身约 ${fmtUsd(realTop)}：这个 SKU 不是商品本身，拉低了展示价格。`, `You say the price shown, ${fmtUsd(lowShown)}, is one SKU's while the product itself is about ${fmtUsd(realTop)}: that SKU is not the product and sets a false headline price.`],
        [`删除这个 SKU，或把它作为配件单独发布；页面起价应是商品本身的价格。`, `Remove that SKU or list it as a part of its own; the headline price must be the product's own.`],
        { shownPrice: lowShown, productPrice: realTop },
      );
    } else if (!switched && !vouched) {
      add(
        'price_range',
        [`你说页面展示 ${fmtUsd(lowShown)}，而真实/正常价格约 ${fmtUsd(realTop)}（${Math.round(realTop / lowShown)} 倍）：展示价不是买家能成交的价格。`, `You say the listing shows ${fmtUsd(lowShown)} while the real or normal price is about ${fmtUsd(realTop)} (${Math.round(realTop / lowShown)}×): the price shown is not one a buyer can pay.`],
        [`按真实成交价 ${fmtUsd(realTop)} 发布价格。`, `Publish the price buyers really pay, about ${fmtUsd(realTop)}.`],
        { shownPrice: lowShown, realPrice: realTop },
      );
    }
  } else if (!real.length && market.length && shown.length && Math.min(...shown) >= cues.aboveMarketRatio * peerPriceIn(shownReads, reads, measureOf)) {
    // Shown far above what the rep says other sellers ask: a price nobody is meant to pay (a listing kept up, not sold).
    const high = Math.min(...shown);
    const peerTop = Math.max(...market);
    add(
      'price_range',
      [`你说页面展示 ${fmtUsd(high)}，而同款市场价约 ${fmtUsd(peerTop)}（${Math.round(high / peerTop)} 倍）：价格与同类产品市场价相差甚远。`, `You say the listing shows ${fmtUsd(high)} while the same goods sell for about ${fmtUsd(peerTop)} elsewhere (${Math.round(high / peerTop)}×): the price is far from the market price of similar products.`],
      [`按真实售价发布；不再销售的商品请下架，不要用高价挂着。`, `Publish the price you really sell at; take down goods you no longer sell instead of parking them at a price nobody pays.`],
      { shownPrice: high, marketPrice: peerTop },
    );
  } else if (baitLow) {
    // The price drawn down is one SKU's, by the rep's own word ("added a 'sample colour card' SKU at $0.05 so the listing
    // shows from $0.05", "SKU 里加了个 'Gift bag only' $0.02 ... 只是让价格好看"): a SKU that is not the product sets the price.
    add(
      'sku_filler',
      [`你说价格 ${fmtUsd(baitLow.usd)} 的 SKU 是为了拉低展示价格（「${bait}」）：这个 SKU 不是商品本身，展示的价格不真实。`, `You say the SKU at ${fmtUsd(baitLow.usd)} is there to pull the price shown down ("${bait}"): that SKU is not the product and sets a false price.`],
      [`删除这个 SKU；页面起价应是商品本身的价格。`, `Remove that SKU; the headline price must be the product's own.`],
      { skuPrice: baitLow.usd, note: bait },
    );
  } else if (!converted && lowShown > 0 && bait && !switched) {
    add(
      'price_range',
      [`你说展示的价格 ${fmtUsd(lowShown)} 是为了吸引买家（「${bait}」），不是真实价格。`, `You say the price shown, ${fmtUsd(lowShown)}, is there to draw buyers ("${bait}"), not the price they pay.`],
      [`发布真实价格；价格随行情变动时，按当前行情设置价格区间。`, `Publish the real price; if it follows the market, set the range to the current market price.`],
      { shownPrice: lowShown, note: bait },
    );
  }

  // MOQs: the one the listing states (after its cue, or just before it: "we put 1 piece MOQ") and the one the rep says
  // is real. A minimum for another offer (OEM, a custom logo) is not the listing's real MOQ, unless the seller keeps no
  // stock: then every order is made to order and that minimum is the real one.
  const noStock = cues.noStock.test(text);
  let stated: { qty: number; unit?: PerUnit } | null = null;
  let realMoq = 0;
  let alsoBelow = false;
  // The real minimum is a whole shipping lot ("we only ship full container", "其实只接整柜").
  let wholeLot = '';
  for (const sentence of sentences) {
    const clauses = sentence.split(CLAUSE);
    clauses.forEach((clause, i) => {
      if (cues.hypothetical.test(clause)) return;
      // "MOQ set to 1 but we only sell by the container (about 8000 pcs)": what comes before the real-MOQ cue is the
      // stated MOQ, what comes after it the real one.
      const r = cues.realMoq.exec(clause);
      // A cue that is a count with 起 ("500起") matches from the number's last digits: it starts where the number does.
      let rAt = r?.index ?? clause.length;
      while (r && rAt > 0 && /[\d.,]/.test(clause[rAt - 1]!)) rAt--;
      const statedPart = clause.slice(0, rAt);
      const m = cues.moq.exec(statedPart);
      if (m && !stated) {
        const rest = statedPart.slice(m.index + m[0].length);
        const q = countsAt(rest, amounts(rest, rules))[0];
        const lead = /(\d[\d,]*)\s*((?:[a-z]+|\p{Script=Han}{1,2})\s*)?$/iu.exec(statedPart.slice(Math.max(0, m.index - 16), m.index));
        if (q) stated = { qty: q.n, unit: unitNamed(COUNT_UNIT.exec(rest.slice(q.end))?.[1], rules, cues) };
        else if (lead) stated = { qty: Number(lead[1]!.replace(/,/g, '')), unit: unitNamed(lead[2], rules, cues) };
      }
      if (!r || (cues.scoped.test(clause) && !noStock)) return;
      const realPart = clause.slice(rAt);
      if (cues.wholeLot.test(realPart)) wholeLot = realPart.slice(0, 60);
      // A quantity with a price beside it ("1000件起 $0.80") is a price tier, not a minimum.
      if (/^\d/.test(r[0]) && amounts(realPart, rules).length) return;
      // What one pack holds ("1000 pcs/box", "每箱500个") is the pack's content, no minimum: "yes they are really that cheap,
      // 1000 pcs/box" says nothing of the MOQ.
      // ... nor is a price tier's quantity, an amount just after it ("all our tiers are real: 1-99 $5, 100-499 $4.6").
      // A cue in a clause about the freight says what the freight really costs ("运费按实际DHL算的，5KW那款要两百多刀",
      // "shipping is actual DHL cost, about 400 dollars"): neither it nor the clause after it names a minimum (round 44).
      if (cues.freight.test(clause) && !cues.moq.test(clause)) return;
      const q = [realPart, clauses[i + 1] ?? ''].map((c) => c.replace(PACK_CONTENT_SAID, (x) => ' '.repeat(x.length)).replace(TIER_QTY, (x) => ' '.repeat(x.length))).map((c) => counts(c, amounts(c, rules))).find((x) => x.length);
      if (q && !realMoq) {
        realMoq = Math.max(...q);
        alsoBelow = Boolean(cues.alsoBelow?.test(realPart));
      }
    });
  }
  const statedMoq = (stated as { qty: number; unit?: PerUnit } | null)?.qty ?? 0;
  const statedUnit = (stated as { qty: number; unit?: PerUnit } | null)?.unit;
  // (a smaller order the seller also takes is no false minimum: "MOQ 写了5000，其实100个也卖")
  if (statedMoq > 0 && realMoq > 0 && !(alsoBelow && realMoq < statedMoq) && Math.max(statedMoq, realMoq) / Math.min(statedMoq, realMoq) >= cues.gap) {
    add(
      'moq',
      [`你说页面的起订量是 ${statedMoq.toLocaleString('en-US')}，实际起订量却是 ${realMoq.toLocaleString('en-US')}：页面起订量不真实。`, `You say the listing states an MOQ of ${statedMoq.toLocaleString('en-US')}, while the real minimum is ${realMoq.toLocaleString('en-US')}: the MOQ shown is false.`],
      [`把起订量改成真实的 ${realMoq.toLocaleString('en-US')}，并写明单位。`, `Set the MOQ to the real ${realMoq.toLocaleString('en-US')}, with its unit.`],
      { statedMoq, realMoq },
    );
  }
  // A listed MOQ of a few units (1 kg, 1 metre) where the rep says only a whole container or pallet is sold.
  if (wholeLot && statedMoq > 0 && statedUnit?.id !== 'container' && statedUnit?.id !== 'box' && statedUnit?.id !== 'carton' && statedMoq < 100 && !CONTAINER.test(String(statedUnit?.label ?? ''))) {
    add(
      'moq',
      [`你说页面起订量是 ${statedMoq.toLocaleString('en-US')}${statedUnit ? ` ${statedUnit.label}` : ''}，实际只整柜/整托出货（「${wholeLot}」）：页面起订量不真实。`, `You say the listing states an MOQ of ${statedMoq.toLocaleString('en-US')}${statedUnit ? ` ${statedUnit.label}` : ''}, while only a whole container or pallet is sold ("${wholeLot}"): the MOQ shown is false.`],
      [`把起订量改成真实的整柜/整托数量，并写明单位。`, `Set the MOQ to the real container or pallet quantity, with its unit.`],
      { statedMoq, realMoq: wholeLot },
    );
  }
  // An MOQ in a measure (tons, metres) for goods priced by the piece: the minimum is in no unit the goods are sold in.
  const goodsUnits = reads.filter((r) => r.role !== 'freight' && r.role !== 'market' && r.unit).map((r) => r.unit!);
  if (statedUnit && statedUnit.dim !== 'count' && statedUnit.dim !== 'attribute' && goodsUnits.length && goodsUnits.every((u) => u.dim === 'count') && !EQUIVALENCE.test(text)) {
    add(
      'moq',
      [`起订量按「${statedUnit.label}」写，而价格按「${goodsUnits[0]!.label}」计：起订量的单位不是商品出售的单位，起订量失真。`, `The MOQ is in ${statedUnit.label} while the price is per ${goodsUnits[0]!.label}: the minimum is not in the unit the goods are sold in.`],
      [`按计价单位（${goodsUnits[0]!.label}）写明真实起订量。`, `State the real MOQ in the unit the price is per (${goodsUnits[0]!.label}).`],
      { statedMoq, moqUnit: statedUnit.label, priceUnit: goodsUnits[0]!.label },
    );
  }

  // Freight against the goods it ships: far above their value and above any parcel fee is the goods' price moved into
  // freight ("运费模板设的首件 199 美金，产品本身 0.8 美金"). The value is the goods' price times the quantity the freight is
  // for ("$20k for 100 sqm"), else times the MOQ. A freight the rep marks as an estimate may run higher.
  const goods = reads.filter((r) => r.role === 'real').length ? reads.filter((r) => r.role === 'real') : reads.filter((r) => r.role === 'shown' || r.role === null);
  const price = goods.length ? Math.max(...goods.map((g) => g.hi)) : 0;
  for (const f of freight) {
    // Freight per the unit the goods are priced per ("$0.50/平方 ... 运费 $9,999 每平方") compares with one unit's price.
    const sameUnit = Boolean(f.unit && goods.some((g) => g.unit?.id === f.unit!.id));
    if (!price || (f.unit && f.unit.dim !== 'count' && !sameUnit)) continue;
    // Freight per container ("预估 $1,850/柜", "$2,400 per 40HQ") ships a container load, not one unit of the goods (penny
    // goods are still judged: a container of them is still worth next to nothing).
    if (f.unit?.id === 'container' && !sameUnit && price > ship.pennyGoodsUsd) continue;
    const forQty = /^\s*(?:for|per|\/|每|一)?\s*(\d[\d,]*)/i.exec(f.tail);
    // ("/pc", "per piece", "each" after it; or per the goods' own unit)
    const perUnitAfter = sameUnit || /^\s*(?:\/|per\s|each|每|一)/i.test(f.tail);
    const perOne = perUnitAfter || /首|每|一(?:个|件|只|台|套|条|双|单)\s*$/.test(f.clause.slice(0, f.at).slice(-6));
    // Freight per piece ("$35 per piece") is a rate, not one parcel's fee: no parcel fee excuses it.
    const perPiece = perUnitAfter || /每\S{0,2}$/.test(f.clause.slice(0, f.at));
    // Else the largest count of goods the message names ("500 pcs $0.50 each, freight $600") is the order it ships.
    const named = Math.max(0, ...[...text.matchAll(GOODS_COUNT)].map((m) => Number(m[1]!.replace(/,/g, ''))));
    const known = Boolean(forQty || perOne || statedMoq || named);
    // With no quantity, goods priced per a measure ship in amounts the message does not say ("$45 per sqm").
    if (!known && goods.some((g) => g.unit && g.unit.dim !== 'count')) continue;
    const qty = forQty ? Number(forQty[1]!.replace(/,/g, '')) : perOne ? 1 : statedMoq || named || 1;
    const value = price * qty;
    const estimate = cues.estimate.test(f.clause);
    const limit = !known ? cues.loneFreightRatio : estimate ? ship.maxRatioEstimate : ship.maxRatio;
    const penny = price <= ship.pennyGoodsUsd && f.usd > ship.pennyGoodsRatio * value;
    if (((perPiece || f.usd > ship.normalParcelUsd) && f.usd > limit * value) || penny) {
      add(
        'shipping',
        [`运费 ${fmtUsd(f.usd)} 是货值 ${fmtUsd(value)} 的 ${Math.round(f.usd / value)} 倍：价格虚低、运费虚高。`, `Shipping of ${fmtUsd(f.usd)} is ${Math.round(f.usd / value)}× the ${fmtUsd(value)} of goods it ships: a low price with inflated shipping.`],
        [`运费按实际物流成本设置，商品按真实价格标价。`, `Set shipping to what the freight really costs and list the goods at their real price.`],
        { shipping: f.usd, goodsValue: value },
      );
      break;
    }
  }
  // Freight charged after the order above the freight the page shows (or above "free shipping").
  const published = freight.filter((f) => !cues.charged.test(f.before));
  const shownFee = published.length ? Math.min(...published.map((f) => f.usd)) : cues.freeShipping.test(text) ? 0 : null;
  // (an estimate may vary, but not by chargedEstimateFactor times a real fee shown)
  const chargedF = freight.filter((f) => cues.charged.test(f.before) && (!cues.estimate.test(f.clause) || beyondEstimate(f.usd, shownFee, ship)));
  // An amount added on top of the fee shown ("adding $6/pc" to a shown $8) makes the freight charged their sum.
  const top = chargedF.length ? Math.max(...chargedF.map((f) => f.usd + (shownFee !== null && cues.addOn.test(f.before) ? shownFee : 0))) : 0;
  if (shownFee !== null && top > Math.max(shownFee * (1 + ship.chargedOverPublished), shownFee + 1)) {
    add(
      'shipping',
      [`页面运费是 ${fmtUsd(shownFee)}，实际向买家收 ${fmtUsd(top)}：实际收取的运费高于发布的运费。`, `The page shows ${fmtUsd(shownFee)} of shipping while buyers are charged ${fmtUsd(top)}: the freight charged is above the freight published.`],
      [`在运费模板里设置真实运费，下单后不再另收。`, `Set the real freight in the freight template and charge nothing more after the order.`],
      { publishedShipping: shownFee, chargedShipping: top },
    );
  }

  // A SKU the rep added, its name in quotes and its price beside it; or a SKU the rep says holds something else.
  // The product's own price: the real one, else any price the message states that is no fee, sample or other seller's.
  const productTop = Math.max(0, ...real, ...reads.filter((r) => r.role === null).map((r) => r.hi));
  // A SKU the rep says is only a part, the packaging or a fee ("the $0.99 variant is only the box, the watch is $35",
  // "最便宜的规格是一个包装盒，0.5美金"), far below the product's price.
  for (const r of reads) {
    if (r.role !== 'shown' && r.role !== null) continue;
    const clauses = sentences[r.sentence]!.split(CLAUSE);
    const k = clauses.indexOf(r.clause);
    const about = k > 0 && !amounts(clauses[k - 1]!, rules).length ? `${clauses[k - 1]} ${r.clause}` : r.clause;
    if (vouched || !cues.sku.test(about) || !(cues.skuSwap.test(about) || rules.partOf(about) || rules.isSoloName(about) || rules.isFeeName(about) || rules.fillerEn.test(about) || rules.fillerZh.some((w) => about.includes(w)))) continue;
    const product = Math.max(0, ...reads.filter((x) => x !== r && x.clause !== r.clause && (x.role === 'real' || x.role === null || x.role === 'shown')).map((x) => x.hi));
    // (a part the rep names as a spare or replacement, priced as goods, is judged as on a pasted listing: openly sold, unless
    // the message says it is there to draw buyers)
    if (!bait && [...about.matchAll(QUOTED)].some((q) => sparePricedAsGoods(q[1]!.trim(), r.usd, product, rules))) continue;
    if (product >= cues.gap * r.hi) {
      add(
        'sku_filler',
        [`你说价格 ${fmtUsd(r.usd)} 的 SKU 只是配件、包装或费用，而商品本身约 ${fmtUsd(product)}：这个 SKU 不是商品本身，拉低了展示价格。`, `You say the SKU at ${fmtUsd(r.usd)} is only a part, packaging or a fee, while the product itself is about ${fmtUsd(product)}: that SKU is not the product and sets a false price.`],
        [`删除这个 SKU；配件、包装或费用单独发布或写在描述里。`, `Remove that SKU; list a part, packaging or fee on its own or in the description.`],
        { skuPrice: r.usd, productPrice: product },
      );
      break;
    }
  }
  sentences.forEach((sentence) => {
    if (!cues.sku.test(sentence)) return;
    if (cues.skuSwap.test(sentence)) {
      const a = amounts(sentence, rules)[0];
      if (a) {
        add(
          'sku_filler',
          [`你说这个 SKU 里实际放的是别的东西（${fmtUsd(a.usd)}）：用 SKU 改变了关键产品要素，价格偏离商品本身。`, `You say the SKU holds something other than its name (${fmtUsd(a.usd)}): a SKU that changes what the product is sets a false price.`],
          [`删除这个 SKU；其他商品单独发布，SKU 只写本商品的规格。`, `Remove that SKU; list the other item on its own, and keep SKUs to this product's own options.`],
          { skuPrice: a.usd },
        );
      }
    }
    for (const q of sentence.matchAll(QUOTED)) {
      const name = q[1]!.trim();
      const after = amounts(sentence.slice(q.index! + q[0].length), rules)[0];
      if (!after) continue;
      const product = Math.max(productTop, ...shown.filter((s) => s !== after.usd));
      const fee = rules.isFeeName(name) || rules.isSetupCharge(name);
      if (!fee && !bait && sparePricedAsGoods(name, after.usd, product, rules)) continue;
      if (fee || (!vouched && product > 0 && product >= cues.gap * after.usd)) {
        add(
          'sku_filler',
          [`你说加了 SKU「${name}」，价格 ${fmtUsd(after.usd)}${product ? `，而商品本身约 ${fmtUsd(product)}` : ''}：这个 SKU 不是商品本身，会拉低展示价格。`, `You say you added a SKU "${name}" at ${fmtUsd(after.usd)}${product ? `, while the product itself is about ${fmtUsd(product)}` : ''}: that SKU is not the product and sets a false price.`],
          [`删除这个 SKU；配件、费用或赠品单独发布或写在描述里。`, `Remove that SKU; list a part, fee or gift on its own or in the description.`],
          { sku: name.slice(0, 40), skuPrice: after.usd, ...(product ? { productPrice: product } : {}) },
        );
        if (fee && cues.freight.test(name)) {
          add('shipping', [`运费做成了 SKU「${name}」（${fmtUsd(after.usd)}），商品价格因此显得很低。`, `Shipping is sold as a SKU, "${name}" at ${fmtUsd(after.usd)}, so the goods' price looks low.`], [`运费用运费模板设置，不要做成 SKU。`, `Set shipping in the freight template, not as a SKU.`], { sku: name.slice(0, 40), skuPrice: after.usd });
        }
      }
    }
  });

  // A price the rep says is really per another unit than the one it is shown per ("标价 $0.99/pc，其实 0.99 是 per watt 的
  // 价格", "shows $0.05/pc but that's per bead", "page says /piece" beside a price per metre).
  const pageUnit = unitNamed(PAGE_UNIT.exec(text)?.[1], rules, cues);
  for (const s of [...shownReads, ...reads.filter((r) => r.role === null || r.role === 'real')]) {
    const after = text.slice(text.indexOf(s.clause) + s.clause.indexOf(s.tail) + (s.tail ? 0 : s.clause.length), text.length).slice(0, 120);
    const redef = s.role === 'shown' ? REDEF.exec(after) : null;
    const u1 = s.role === 'shown' ? s.unit ?? (redef ? { id: 'piece', dim: 'count', label: 'piece' } : undefined) : pageUnit;
    // A count noun no unit list holds ("per bead") is a unit of its own.
    const noun = redef && /^[a-z]+$/i.test(redef[1]!) && !/^(?:price|unit|order|item|one|the|a|an|each|piece|pc|pcs)$/i.test(redef[1]!) ? { id: redef[1]!.toLowerCase(), dim: 'count', label: redef[1]! } : undefined;
    const u2 = redef ? unitNamed(redef[1], rules, cues) ?? noun : s.role !== 'shown' && pageUnit ? s.unit : undefined;
    if (u1 && u2 && u1.id !== u2.id && unitNamed(u1.label, rules, cues)?.id !== u2.id) {
      add(
        'price_unit',
        [`页面价格 ${fmtUsd(s.usd)} 标的是每「${u1.label}」，而它其实是每「${u2.label}」的价格：计价单位不真实。`, `The page shows ${fmtUsd(s.usd)} per ${u1.label}, while it is the price per ${u2.label}: the price is in a false unit.`],
        [`按实际出售的单位标出整件商品的价格。`, `Quote the price of the unit really sold, for one whole item.`],
        { shownPrice: s.usd, shownUnit: u1.label, realUnit: u2.label },
      );
      break;
    }
  }
  // Goods sold by the piece (a phone case, a chair) priced per a measure ("手机壳按克卖，0.02美金一克"): no buyer buys a gram.
  const goodsRead = (r: Read) => r.role !== 'freight' && r.role !== 'market' && r.role !== 'sample' && r.unit;
  const byMeasure = reads.find((r) => goodsRead(r) && (r.unit!.dim === 'mass' || r.unit!.dim === 'length' || r.unit!.dim === 'area' || r.unit!.dim === 'liquid'));
  // ... unless the MOQ is in that measure or the goods ship by the container: bulk goods (sand, flour, salt) by the ton.
  const bulk = byMeasure && ((statedUnit && statedUnit.dim === byMeasure.unit!.dim) || CONTAINER.test(text));
  if (byMeasure && !bulk && (rules.soldByCount(text) || rules.isDevice(text))) {
    add(
      'price_unit',
      [`按件卖的商品却按「${byMeasure.unit!.label}」标价 ${fmtUsd(byMeasure.usd)}：搜索里显示的不是一件的价格。`, `Goods sold by the piece are priced per ${byMeasure.unit!.label}, ${fmtUsd(byMeasure.usd)}: search shows a price no buyer pays for one item.`],
      [`按件标出一件商品的价格。`, `Quote the price of one item.`],
      { unitPrice: byMeasure.usd, priceUnit: byMeasure.unit!.label },
    );
  }

  // A price per unit of one item's property (per mAh, per hour of burn time, per watt of a hair dryer): the price of no
  // item, whether or not the rep sums it up. Goods the trade quotes per watt (panels, lamps, batteries) pass.
  const perProperty = reads.find((r) => goodsRead(r) && (r.unit!.dim === 'attribute' || r.unit!.dim === 'power') && !(/^(?:w|kw|watts?|瓦|瓦特|wh)$/i.test(r.unit!.label) && rules.quotedPerWatt(text)));
  if (perProperty && !conv?.attribute) {
    add(
      'price_unit',
      [`价格按每「${perProperty.unit!.label}」${fmtUsd(perProperty.usd)} 标：按商品的某个参数计价，搜索里显示的价格不是一件的价格。`, `The price is quoted per ${perProperty.unit!.label}, ${fmtUsd(perProperty.usd)}: a price per unit of the item's property shows search a price no buyer pays for an item.`],
      [`按件标出整件商品的价格。`, `Quote the price of one whole item.`],
      { unitPrice: perProperty.usd, priceUnit: perProperty.unit!.label },
    );
  }
  // A price per unit of one item's property, with the rep's own sum for one item ("so the 20000mAh one = $8.00").
  if (conv?.attribute) {
    const { unitPrice: a, itemPrice: b, unit } = conv;
    add(
      'price_unit',
      [`价格按每"${unit}" ${fmtUsd(a)} 标，而一件商品实际是 ${fmtUsd(b)}：按商品的某个参数计价，搜索里显示的价格不是一件的价格。`, `The price is quoted per ${unit}, ${fmtUsd(a)}, while one item is ${fmtUsd(b)}: a price per unit of the item's property shows search a price no buyer pays for an item.`],
      [`按件标出整件商品的价格（${fmtUsd(b)} 起）。`, `Quote the price of one whole item (from ${fmtUsd(b)}).`],
      { unitPrice: a, priceUnit: unit, itemPrice: b },
    );
  }
  return out;
}

/** The name a price's unit goes by: its units.yaml id, else the noun after "per" or "/" ("per seat" -> seat). */
function unitKey(name: string | undefined, rules: ListingRules, cues: ProseCues): string | undefined {
  if (!name) return undefined;
  const known = unitNamed(name, rules, cues);
  if (known) return known.id;
  const n = name.trim().toLowerCase();
  // (a page's "Ready to Ship  In Stock" badges say the goods are on hand, not a unit they ship in; nor is "in time"; "sold by
  // weight" names any measure of mass, and "in metric tons" the ton its next word says, not a unit called "metric")
  return /^[a-z]{3,}(?: [a-z]{2,})?$/.test(n) && !/^(?:the|one|unit|price|order|item|stock|time|weight|metric)$/.test(n) ? n.replace(/s$/, '') : undefined;
}

function readUnitKey(r: Read, rules: ListingRules, cues: ProseCues): string | undefined {
  if (r.unit) return r.unit.id;
  return unitKey(PER_AFTER.exec(r.tail)?.[1] ?? (/\bper\s+([a-z]+)\s*$/i.exec(r.clause.slice(0, r.at))?.[1]), rules, cues);
}

type MeasureUnit = Pick<Unit, 'id' | 'dim' | 'base'>;

/**
 * Two prices per two different measures of one kind ("$0.64/kg" and "$640/ton") that are the same price once converted
 * by the units' sizes, within 35% (as the rep's own sums are read): an open conversion, no unit switch. Counted units
 * (pieces, sets) have no size to convert by.
 */
/**
 * The dearest price the rep says other sellers ask, per the unit of the cheapest price shown when both are measures of one
 * kind ("USD 3,150/ton" shown, "another supplier shows $0.5/kg": $500 per ton), else as said.
 */
function peerPriceIn(shown: Read[], reads: Read[], measureOf: (r: Read) => MeasureUnit | undefined): number {
  const low = shown.reduce((a, b) => (b.usd < a.usd ? b : a));
  const to = measureOf(low);
  let top = 0;
  for (const r of reads) {
    if (r.role !== 'market') continue;
    const from = measureOf(r);
    top = Math.max(top, to && from && from.dim === to.dim ? (r.usd * to.base) / from.base : r.usd);
  }
  return top;
}

/** The unit a sold-by phrase names is a measure of the same kind as the price's (kilogram and ton, metre and yard). */
function sameMeasure(priced: MeasureUnit | undefined, soldKey: string, rules: ListingRules): boolean {
  const sold = rules.unitByName.get(soldKey.replace(/_/g, ' '));
  return Boolean(priced && sold && priced.dim !== 'count' && priced.dim === sold.dim);
}

function measuresConvert(usdA: number, ua: MeasureUnit | undefined, usdB: number, ub: MeasureUnit | undefined): boolean {
  return Boolean(ua && ub && ua.dim === ub.dim && ua.dim !== 'count' && ua.id !== ub.id && Math.abs((usdA * ub.base) / ua.base - usdB) <= 0.35 * usdB);
}

/**
 * The cheapest price of the goods per one unit, when the message says the goods sell in another: by a sold-by phrase
 * ("only sell by box", "按卷发货", "只卖整套"), or by a dearer price per another unit that the rep's own counts do not
 * turn it into (or that the rep says is set to look cheap). Null when no such switch is stated.
 */
/** The cheapest price of the listing's own (shown, or named with no cue) in a sentence about a SKU, option or 规格. */
function baitSku(reads: Read[], sentences: string[], cues: ProseCues): Read | undefined {
  let low: Read | undefined;
  for (const r of reads) if ((r.role === 'shown' || r.role === null) && cues.sku.test(sentences[r.sentence]!) && (!low || r.usd < low.usd)) low = r;
  return low;
}

function unitSwitch(text: string, reads: Read[], rules: ListingRules, cues: ProseCues, bait: boolean): { usd: number; from: string; to: string } | null {
  const priced = reads.filter((r) => r.role === 'shown' || r.role === null || r.role === 'real').map((r) => ({ r, key: readUnitKey(r, rules, cues) }));
  const withUnit = priced.filter((p) => p.key);
  if (!withUnit.length) return null;
  const low = withUnit.reduce((a, b) => (b.r.usd < a.r.usd ? b : a));
  if (low.r.role === 'real') return null;
  const lowDim = low.r.unit?.dim;
  // Two measures of one kind ("$640/吨" and "$0.64/kg") that convert into each other by their sizes: the same price written
  // per another unit, which the rep states openly; no unit a buyer cannot order.
  const unitOfKey = (p: (typeof withUnit)[number]) => rules.unitByName.get(p.key!.replace(/_/g, ' '));
  const lu = unitOfKey(low);
  const converts = (p: (typeof withUnit)[number]) => p !== low && measuresConvert(low.r.usd, lu, p.r.usd, unitOfKey(p));
  if (withUnit.some(converts)) return null;
  const sold = cues.soldBy.exec(text);
  const soldKey = sold ? unitKey(sold[1] ?? sold[2] ?? sold[3], rules, cues) : undefined;
  // Sold by the set, or the price per a measure or an item's property: a price per piece beside cartons is a pack's.
  // ... but a price per one measure of goods sold by a bigger one of the same kind ("按吨卖 ... 每公斤3.2美金", "per kg,
  // sold by the ton") converts by the units' own sizes: a buyer reads the price per ton off it; no unit switched unless
  // the rep says the smaller unit is there to look cheap.
  const nums = counts(text, amounts(text, rules));
  const fitsTo = (usd: number) => nums.some((n) => n >= 2 && Math.abs(low.r.usd * n - usd) <= 0.35 * usd);
  // ... and a price per metre beside the roll it is sold by, with the rep's own count turning one into the other ("100米/卷 $38，
  // 也按米挂了 $0.38/米"), and no word of drawing buyers or a wrong unit: the same price written per metre, stated openly.
  const wrong = Boolean(cues.wrongUnit?.test(text));
  const countedOut = !bait && !wrong && priced.some((p) => p !== low && p.key !== low.key && p.r.usd >= cues.gap * low.r.usd && fitsTo(p.r.usd));
  if (soldKey && soldKey !== low.key && !countedOut && (lowDim !== 'count' || soldKey === 'set' || bait) && (bait || wrong || !sameMeasure(lu, soldKey, rules))) return { usd: low.r.usd, from: low.key!, to: soldKey };
  const other = withUnit.find((p) => p.key !== low.key && p.r.usd >= cues.gap * low.r.usd);
  if (!other) return null;
  const fits = fitsTo(other.r.usd);
  return bait || !fits ? { usd: low.r.usd, from: low.key!, to: other.key! } : null;
}

// A clause naming a fee or the carrier ("危险品附加费", "换了快递", "a surcharge").
const CHARGE_WORD = /费|快递|物流|\bsurcharges?\b|\bfees?\b|\bfreight\b|\bshipping\b|\bcouriers?\b|\bpostage\b/i;
// Goods shipped by the container ("MOQ 1x20' container", "一个小柜", "FCL"): bulk goods, sold by a measure.
const CONTAINER = /柜|\bcontainers?\b|\bFCL\b|\b[24]0\s?(?:ft|'|’|GP|HQ)/i;
// A count of goods by the piece ("500 pcs", "1000件").
const GOODS_COUNT = /(\d[\d,]*)\s*(?:pcs|pieces|units|sets|pairs|件|个|套|双|只|台)(?![A-Za-z])/gi;
/** The order value a free-shipping offer starts at, just before or around an amount (see readProse). */
const FREE_OVER_BEFORE = /\bfree (?:shipping|delivery|postage)\b[^$\d\n]{0,25}\b(?:over|above|from|exceeding|of|at least)\s*(?:US\s?)?$/i;
const FREE_OVER_ZH_BEFORE = /(?:满|超过|超)\s*(?:US\s?)?$/i;
const FREE_OVER_ZH_AFTER = /^\s*(?:美元|美金|刀|usd)?\s*(?:以上|及以上)?\s*(?:包邮|免运费|免邮)/i;
// A freight word just after an amount ("$80 freight", "100美金运费").
const FREIGHT_AFTER = /^\s*(?:of\s+|in\s+|for\s+)?(?:shipping|freight|postage|delivery fee|运费|邮费|快递费|物流费)/i;
// The rep's own equivalence of two units ("1 吨约 2 万个", "1 ton = 20k pcs"): an MOQ in one and a price in the other agree.
const EQUIVALENCE = /[=≈]|约合|相当于|折合|\bequals?\b|\bwhich is (?:about )?\d/i;
// After a price shown: "but that's per bead", "其实 0.99 是 per watt 的价格", "其实是每平米的价格", "标价为单双价格": the unit
// the rep says the price is really per.
const REDEF = fastEdges(/(?:\b(?:but|actually|really|that'?s|thats|it'?s|its)\b|其实|实际上?)[^,，;；。]{0,16}?(?:\bis\s+|\bare\s+|是|为)?\s*(?:the\s+)?(?:price\s+)?(?:\bper\s+|每|单)\s*((?:square|sq|cubic)\s+[a-z]+|[a-z]+|\p{Script=Han}{1,2})/iu);
// What the page labels its price per ("page says /piece", "页面写的是/件", "listing shows per piece").
const PAGE_UNIT = fastEdges(/(?:\b(?:page|listing|headline)\b[^,，;；.。]{0,12}?(?:says|shows|states|is)|页面[^,，;；。]{0,6}?(?:写的?是?|显示|标的?是?))\s*(?:\/|per\s+|每|按)\s*([a-z]+|\p{Script=Han}{1,2})/iu);

// A quantity step just before its price: "10 pcs $12", "1-99 pcs: $5", "1000件以上 US$0.42", "100+ $2.50", "500个 0.9 美金".
const STEP = /(\d[\d,]*(?:\.\d+)?)(k\b|千|万)?(?:\s*(?:-|–|~|to)\s*\d[\d,]*k?)?\s*(?:\+|以上|or more)?\s*(pcs|pieces?|units?|sets?|pairs?|boxes|cartons?|sheets?|kg|tons?|[件个套双只台箱张]|)\s*(?:\+|以上|or more)?\s*(?:at|@|:|：|=|is|are|要|是)?\s*$/i;

// Just after a step's price: the price is the whole step's ("$4.90 total", "$35 in total", "总价", "一共").
const STEP_TOTAL = /^\s*(?:in\s+)?(?:total|all\s+in|altogether|for\s+(?:all|the\s+lot))\b|^\s*(?:总价|总共|一共|合计)/i;

/**
 * The price ladder a rep writes out in a sentence ("our ladder is 10 pcs $12, 100 pcs $11, 500 pcs $0.9"): each price
 * with the quantity step just before it, in the order written. Empty unless two or more steps rise in quantity.
 */
export function proseTiers(text: string, rules: ListingRules): Tier[] {
  if (!isProseText(text, rules)) return [];
  const out: Tier[] = [];
  for (const clause of text.split(/[，；;。\n]|,(?!\d{3}(?!\d))/)) {
    let from = 0;
    for (const a of amounts(clause, rules)) {
      const m = STEP.exec(clause.slice(Math.max(from, a.at - 24), a.at));
      from = a.end;
      if (!m) continue;
      // ("10k pcs", "1千个", "2万件": the step's quantity with its multiplier)
      const min = Number(m[1]!.replace(/,/g, '')) * (m[2] === '万' ? 10_000 : m[2] ? 1000 : 1);
      if (!(min > 0) || !Number.isInteger(min) || (out.length && min <= out[out.length - 1]!.min)) continue;
      // "5 pcs $4.90 total", "100个一共 $35": the step's whole price, per piece over its quantity.
      const usd = STEP_TOTAL.test(clause.slice(a.end, a.end + 16)) ? a.usd / min : a.usd;
      out.push({ min, price: { value: usd, currency: 'USD', usd }, label: m[0].trim() });
    }
  }
  return out.length >= 2 ? out : [];
}

/** A price per unit the rep converts into the price of one item or pack themselves. */
export interface Conversion {
  unitPrice: number;
  itemPrice: number;
  unit: string;
  attribute: boolean;
}

const PER_UNIT = /^\s*(?:\/|per\s|每)\s*([A-Za-z]+|\p{Script=Han}{1,2})/u;

/**
 * A rep's own sum converting a price per unit into the price of one item or pack ("$0.35/m, so the 100m roll is $35",
 * "$0.0004/mAh, so the 20000mAh one = $8.00"): the price per unit times a count the message states. `attribute` when the
 * unit measures a property of one item (prose.yaml attributeUnits) rather than a quantity of goods, and the goods are not
 * ones the trade quotes per that unit (panels per watt).
 */
export function statedConversion(text: string, rules: ListingRules): Conversion | null {
  const cues = rules.prose;
  if (!cues || text.length > 5000 || !isProse(text, cues)) return null;
  const all = amounts(text, rules);
  const nums = counts(text, all);
  for (const a of all) {
    const after = text.slice(a.end, a.end + 16);
    const per = PER_UNIT.exec(after);
    if (!per) continue;
    const sum = all.find((b) => b !== a && b.usd > a.usd && nums.some((n) => n >= 2 && Math.abs(a.usd * n - b.usd) <= 0.03 * b.usd));
    if (!sum) continue;
    const unit = per[1]!;
    const perWatt = /^(?:w|watts?|瓦)$/i.test(unit) && rules.quotedPerWatt(text);
    return { unitPrice: a.usd, itemPrice: sum.usd, unit, attribute: cues.attributeUnit.test(after) && !perWatt };
  }
  return null;
}

/**
 * A SKU the rep names as a spare or replacement part ("替换炸篮" $4.20 beside a $29 air fryer, "extra strap" $1.20 beside a
 * $13.50 watch) at a price a part really sells for: what a pasted listing's labelled part priced as goods is
 * (sku.yaml partLabels, thresholds sku.partMinUsd / partMinShare), an add-on buyers order, not a placeholder price.
 * A token price, a give-away or a fee stays filler.
 */
function sparePricedAsGoods(name: string, usd: number, product: number, rules: ListingRules): boolean {
  const th = rules.thresholds.sku;
  if (!rules.isLabelledPart(name) || rules.isFeeName(name) || rules.fillerEn.test(name) || rules.fillerZh.some((w) => name.includes(w))) return false;
  return (th.partMinUsd !== undefined && usd >= th.partMinUsd) || (th.partMinShare !== undefined && usd > th.pennyUsd && product > 0 && usd >= product * th.partMinShare);
}
