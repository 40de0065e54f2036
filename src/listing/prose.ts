import type { Lang } from '../core/types.js';
import { t } from '../core/lang.js';
import { fmtUsd } from './format.js';
import type { ListingRules, ProseCues } from './rules.js';
import type { Finding, ListingKind } from './types.js';

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

const MONEY = /(?:US\s?\$|USD\s?\$?|\$)\s?(\d[\d,]*(?:\.\d+)?)(?:\s*(?:-|–|~|to)\s*(?:US\s?\$|USD\s?|\$)?\s?(\d[\d,]*(?:\.\d+)?))?|(\d[\d,]*(?:\.\d+)?)\s*(?:美元|美金|USD\b|dollars?\b)/gi;
// A count: digits (with 万), not part of an amount, a size or a model number.
const QTY = /(?<![\d.,$A-Za-z])(\d[\d,]*(?:\.\d+)?)\s*(万)?(?![\d.]|\s*%)/g;
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

function amounts(s: string): Amount[] {
  const out: Amount[] = [];
  for (const m of s.matchAll(MONEY)) {
    const v = Number((m[1] ?? m[3])!.replace(/,/g, ''));
    const hi = m[2] ? Number(m[2].replace(/,/g, '')) : v;
    if (Number.isFinite(v) && v > 0) out.push({ usd: v, hi: Math.max(v, hi), at: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

function counts(s: string, skip: Amount[]): number[] {
  const out: number[] = [];
  for (const m of s.matchAll(QTY)) {
    if (skip.some((a) => m.index! >= a.at && m.index! < a.end)) continue;
    out.push(Number(m[1]!.replace(/,/g, '')) * (m[2] ? 10_000 : 1));
  }
  return out.filter((n) => Number.isFinite(n) && n > 0);
}

/** The message speaks of the rep's own listing in sentences, with no field lines of a pasted page. */
export function isProse(text: string, cues: ProseCues): boolean {
  // The check asks it of one text three times (withoutHypotheticals, statedConversion, proseFindings): read once.
  if (proseLast && proseLast.text === text && proseLast.cues === cues) return proseLast.is;
  proseLast = { text, cues, is: readsAsProse(text, cues) };
  return proseLast.is;
}
let proseLast: { text: string; cues: ProseCues; is: boolean } | undefined;

function readsAsProse(text: string, cues: ProseCues): boolean {
  // The cue first: most pastes hold none, and are no prose without splitting them into lines.
  if (!cues.firstPerson.test(text)) return false;
  const lines = text.split('\n').filter((l) => l.trim());
  if (!lines.length) return false;
  const fields = lines.filter((l) => FIELD_LINE.test(l)).length;
  return fields === 0 || (fields <= 2 && lines.length >= 4 && lines.some((l) => l.length > 60 && cues.firstPerson.test(l)));
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

/**
 * The findings a rep's own description of a listing states. Empty when the text is no such description. `conv` is the
 * text's statedConversion when the caller has already read it.
 */
export function proseFindings(text: string, rules: ListingRules, lang: Lang, conv: Conversion | null = statedConversion(text, rules)): Draft[] {
  const cues = rules.prose;
  if (!cues || text.length > 5000 || !isProse(text, cues)) return [];
  const sentences = text.split(SENTENCE).map((s) => s.trim()).filter(Boolean);
  const out: Draft[] = [];
  const add = (kind: ListingKind, detail: [string, string], fix: [string, string], evidence: Record<string, number | string>) => {
    if (!out.some((d) => d.kind === kind)) out.push({ kind, severity: 2, detail: t(lang, ...detail), fix: t(lang, ...fix), evidence });
  };

  // Prices, each read by the cue nearest before it in its clause, else any cue of its clause, else the cue of the clause
  // before; a price in a clause about another seller is the market's, one just after a freight word is freight.
  const shown: number[] = [];
  const real: number[] = [];
  const market: number[] = [];
  const freight: number[] = [];
  let bait = '';
  for (const sentence of sentences) {
    if (cues.hypothetical.test(sentence) && !cues.real.test(sentence)) continue;
    if (!bait && cues.bait.test(sentence)) bait = sentence.slice(0, 80);
    const clauses = sentence.split(CLAUSE);
    for (let k = 0; k < clauses.length; k++) {
      const clause = clauses[k]!;
      const peer = cues.peer.test(clause);
      let from = 0;
      for (const a of amounts(clause)) {
        const before = clause.slice(from, a.at);
        from = a.end;
        if (peer) {
          market.push(a.hi);
          continue;
        }
        if (cues.freight.test(before.slice(-30))) {
          freight.push(a.usd);
          continue;
        }
        const lastAt = (re: RegExp) => {
          let at = -1;
          for (const m of before.matchAll(new RegExp(re.source, 'giu'))) at = m.index!;
          return at;
        };
        const r = lastAt(cues.real);
        const sh = lastAt(cues.shown);
        // No cue in its own clause: the cue of the clause before, when that clause states no price of its own
        // ("实际我们500个起卖，价格 $0.35").
        const prev = k > 0 ? clauses[k - 1]! : '';
        const prevCue = prev && !amounts(prev).length ? (cues.real.test(prev) ? 'real' : cues.shown.test(prev) ? 'shown' : null) : null;
        const cue = r >= 0 || sh >= 0 ? (r > sh ? 'real' : 'shown') : cues.real.test(clause) ? 'real' : cues.shown.test(clause) ? 'shown' : prevCue;
        if (cue === 'real') real.push(a.hi);
        else if (cue === 'shown') shown.push(a.usd);
      }
    }
  }
  const lowShown = shown.length ? Math.min(...shown) : 0;
  const realTop = Math.max(0, ...real, ...(real.length ? market : []));
  if (lowShown > 0 && realTop >= cues.gap * lowShown) {
    const moved = freight.find((f) => f >= (realTop - lowShown) / 2);
    if (moved !== undefined) {
      add(
        'shipping',
        [`你说商品按 ${fmtUsd(lowShown)} 展示，真实价格约 ${fmtUsd(realTop)}，差价放进了运费 ${fmtUsd(moved)}：低价高运费。`, `You say the goods are shown at ${fmtUsd(lowShown)} while their real price is about ${fmtUsd(realTop)}, with the difference moved into ${fmtUsd(moved)} of shipping: a low price with inflated shipping.`],
        [`按真实价格 ${fmtUsd(realTop)} 标价，运费按实际物流成本设置。`, `List the real price, ${fmtUsd(realTop)}, and set shipping to what the freight really costs.`],
        { shownPrice: lowShown, realPrice: realTop, shipping: moved },
      );
    } else {
      add(
        'price_range',
        [`你说页面展示 ${fmtUsd(lowShown)}，而真实/正常价格约 ${fmtUsd(realTop)}（${Math.round(realTop / lowShown)} 倍）：展示价不是买家能成交的价格。`, `You say the listing shows ${fmtUsd(lowShown)} while the real or normal price is about ${fmtUsd(realTop)} (${Math.round(realTop / lowShown)}×): the price shown is not one a buyer can pay.`],
        [`按真实成交价 ${fmtUsd(realTop)} 发布价格。`, `Publish the price buyers really pay, about ${fmtUsd(realTop)}.`],
        { shownPrice: lowShown, realPrice: realTop },
      );
    }
  } else if (lowShown > 0 && bait) {
    add(
      'price_range',
      [`你说展示的价格 ${fmtUsd(lowShown)} 是为了吸引买家（「${bait}」），不是真实价格。`, `You say the price shown, ${fmtUsd(lowShown)}, is there to draw buyers ("${bait}"), not the price they pay.`],
      [`发布真实价格；价格随行情变动时，按当前行情设置价格区间。`, `Publish the real price; if it follows the market, set the range to the current market price.`],
      { shownPrice: lowShown, note: bait },
    );
  }

  // MOQs: the one the listing states and the one the rep says is real.
  let statedMoq = 0;
  let realMoq = 0;
  for (const sentence of sentences) {
    const clauses = sentence.split(CLAUSE);
    clauses.forEach((clause, i) => {
      if (cues.hypothetical.test(clause)) return;
      // "MOQ set to 1 but we only sell by the container (about 8000 pcs)": what comes before the real-MOQ cue is the
      // stated MOQ, what comes after it the real one.
      const r = cues.realMoq.exec(clause);
      const statedPart = r ? clause.slice(0, r.index) : clause;
      const m = cues.moq.exec(statedPart);
      if (m && !statedMoq) {
        const rest = statedPart.slice(m.index);
        const q = counts(rest, amounts(rest));
        if (q.length) statedMoq = q[0]!;
      }
      // A minimum for another offer (OEM, a custom logo) is not the listing's real MOQ.
      if (!r || cues.scoped.test(clause)) return;
      const realPart = clause.slice(r.index);
      const q = [realPart, clauses[i + 1] ?? ''].map((c) => counts(c, amounts(c))).find((x) => x.length);
      if (q && !realMoq) realMoq = Math.max(...q);
    });
  }
  if (statedMoq > 0 && realMoq > 0 && Math.max(statedMoq, realMoq) / Math.min(statedMoq, realMoq) >= cues.gap) {
    add(
      'moq',
      [`你说页面的起订量是 ${statedMoq.toLocaleString('en-US')}，实际起订量却是 ${realMoq.toLocaleString('en-US')}：页面起订量不真实。`, `You say the listing states an MOQ of ${statedMoq.toLocaleString('en-US')}, while the real minimum is ${realMoq.toLocaleString('en-US')}: the MOQ shown is false.`],
      [`把起订量改成真实的 ${realMoq.toLocaleString('en-US')}，并写明单位。`, `Set the MOQ to the real ${realMoq.toLocaleString('en-US')}, with its unit.`],
      { statedMoq, realMoq },
    );
  }

  // A SKU the rep added, its name in quotes and its price beside it.
  for (const sentence of sentences) {
    if (!cues.sku.test(sentence)) continue;
    for (const q of sentence.matchAll(QUOTED)) {
      const name = q[1]!.trim();
      const after = amounts(sentence.slice(q.index! + q[0].length))[0];
      if (!after) continue;
      const product = Math.max(0, ...real, ...shown.filter((s) => s !== after.usd));
      const fee = rules.isFeeName(name) || rules.isSetupCharge(name);
      if (fee || (product > 0 && product >= cues.gap * after.usd)) {
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
  const all = amounts(text);
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
