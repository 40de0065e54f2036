import { t } from '../core/lang.js';
import type { Lang } from '../core/types.js';
import type { AdmissionCues, ListingRules, ShownRealCues } from './rules.js';
import type { Finding, ListingKind, Unit } from './types.js';
import { CLAUSE, WHAT, admittedDetail, admittedFix } from './admissions.js';
import { THOUSAND_NOT_KILO } from './parse.js';

type Draft = Omit<Finding, 'clause' | 'clauseEn'>;
type UnitTable = Map<string, Omit<Unit, 'label'>>;

/**
 * What the listing's own text says against a value it shows (shown-real.yaml), read compositionally so the wording is free:
 *
 * 1. Two readings of one attribute (MOQ, shipping, price), one labelled as shown (the page, the template, the field) or a
 *    bare field, the other labelled as real (actual, invoiced, internal, 实际, 接单): the real one at least `gap` times the
 *    shown one, or the shown freight free, makes the shown one false. Labels are a field's name, a CSV column's header or the
 *    words of a clause; a clause without its own labels carries on its sentence's ("运费模板设置的是每单5美金，实际发货……，
 *    大概80刀一单").
 * 2. A confession: a shown cue with a charge-later or refusal cue in that sentence or the next, a purpose cue ("so the price
 *    range looks lower"), or a free shipping said to cover only the seller's country. Its kind is the sentence's topic.
 * 3. A price said to be for one component of goods sold whole ("price per socket; set of 108 sold complete only").
 * 4. A give-away offered as a SKU at a token price, in a sentence, a SKU line or a summary row's lowest SKU.
 *
 * One finding per kind; the checker adds only kinds no other reader found.
 */
export function shownRealFindings(text: string, rules: ListingRules, lang: Lang): Draft[] {
  const cues = rules.shownReal;
  if (!cues) return [];
  const adm = rules.admissions;
  const units = rules.unitByName;
  const out: Draft[] = [];
  const add = (kind: ListingKind, said: string, how: 'pair' | 'said') => {
    if (out.some((f) => f.kind === kind)) return;
    out.push({ kind, detail: detail(kind, said.trim().slice(0, 120), how, lang), fix: fix(kind, lang), evidence: { said: said.trim().slice(0, 120) }, severity: 2 });
  };
  const honest = (s: string) => cues.honest.test(s) || Boolean(adm?.honest.test(s));

  // 1. Shown and real readings of one attribute.
  // (a pair needs a statement read as real, and each is labelled so by a piece of the text real matches: a text it misses,
  // most listings, is not cut into fields and clauses at all)
  const statements = cues.realLocal && !cues.real.test(text) ? [] : statementsOf(text, cues, rules);
  const paired: string[] = [];
  for (const kind of new Set(statements.map((s) => s.kind))) {
    const mine = statements.filter((s) => s.kind === kind && !honest(s.text));
    const real = mine.filter((s) => s.role === 'real');
    const shown = mine.filter((s) => s.role === 'shown');
    if (!real.length || !shown.length) continue;
    const inflated = kind === 'moq' && cues.moqInflated?.deter.test(text) ? cues.moqInflated.gap : undefined;
    const hit = real.find((r) => shown.some((s) => apart(s, r, kind, cues.gap, units) || (inflated !== undefined && apart(r, s, kind, inflated, units))));
    if (hit) paired.push(hit.text);
    if (hit) add(kind === 'price_range' && cues.component.part.test(text) ? 'price_unit' : kind, hit.text, 'pair');
  }

  // 2. Confessions, sentence by sentence (a sentence and the one after it).
  const freeShown = Boolean(adm?.shownFree.test(text));
  const c = cues.confession;
  // (a sentence can confess only if one of the cues below matches it, and with local cues one that misses the whole text
  // misses each of its sentences: most listings are not cut into sentences for this)
  const confessable = !cues.confessionLocal || cues.shown.test(text) || c.purpose.test(text) || (freeShown && (c.homeOnly.test(text) || c.later.test(text) || c.refuse.test(text)));
  let cut: string[] | undefined;
  const sentencesOf = () => (cut ??= text.split(SENTENCE).filter((s) => s.trim().length >= 6));
  const sentences = confessable ? sentencesOf() : [];
  const shippingCue = cues.attributes.find((a) => a.kind === 'shipping')?.cue;
  for (const [i, s] of sentences.entries()) {
    // Only a sentence with a purpose or shown cue, or (with free shipping shown) a home-only, charge-later or refusal one, can confess:
    // the rest are passed over before their pair with the next sentence is built and read for the other cues (every cue is a
    // test of the string alone, so the order they are asked in changes no answer).
    const shownCue = cues.shown.test(s);
    const purpose = c.purpose.test(s);
    if (!shownCue && !purpose && !(freeShown && (c.homeOnly.test(s) || c.later.test(s) || c.refuse.test(s)))) continue;
    const next = sentences[i + 1] ?? '';
    const pair = `${s} ${next}`;
    // (a sentence that gave a shown-real pair has said what it says: "价格区间写的 0.5-500 美金，实际上……卖120，区间随便填的")
    if (honest(pair) || paired.some((p) => s.includes(p.trim()))) continue;
    let kind: ListingKind | undefined;
    // (what a purpose sentence is about may be named the sentence before: "the cheapest sku is 'Armrest pad' $0.50 — it's
    // there so the price range looks lower")
    if (purpose) kind = topicOf(`${sentences[i - 1] ?? ''} ${s}`, adm) === 'sku_filler' ? 'sku_filler' : topicOf(s, adm) ?? 'price_range';
    else if (c.unless.test(pair)) continue;
    else if (c.homeOnly.test(s) && freeShown) kind = 'shipping';
    // (freight said charged later with its amount, beside a shown fee that is not free, is for the judge to compare: $18
    // charged over a $15 fee shown is no false freight; the shown-real pairs above compare labelled ones)
    // (nor is freight "quoted after the order" where the page shows none free or at an amount: "运费模板：海运/空运 下单后报价"
    // says how sea or air freight is priced, and nothing shown is false; adding or topping it up later still confesses)
    else if (shownCue && (c.later.test(pair) || c.refuse.test(pair))) {
      const topic = topicOf(pair, adm);
      if (
        !(topic === 'shipping' && MONEY_MARK.test(pair) && !adm?.shownFree.test(pair)) &&
        !(topic === 'shipping' && !freeShown && !c.refuse.test(pair) && !c.later.test(pair.replace(QUOTED_LATER, ' ')))
      )
        kind = topic ?? 'price_range';
      else if (c.later.test(s) && freeShown && (topicOf(s, adm) === 'shipping' || shippingCue?.test(s))) kind = 'shipping';
    } else if ((c.later.test(s) || c.refuse.test(s)) && freeShown && (topicOf(s, adm) === 'shipping' || shippingCue?.test(s))) kind = 'shipping';
    if (!kind) continue;
    add(kind, s, 'said');
    // (a confession naming both the MOQ and the price admits both: "把MOQ写成1，价格写的最低档，其实小单根本不接")
    if (kind === 'moq' && PRICE_REFUSED.test(pair)) add('price_range', s, 'said');
  }

  // 4. A give-away offered as a SKU at a token price.
  const filler = fillerSkuSaid(text, rules, cues);
  if (filler) add('sku_filler', filler, 'said');

  // 3. A price per component of goods sold whole.
  if (cues.component.whole.test(text)) {
    // (a part price stated in money beside the whole's is the page's own conversion: "one unit = one 100m roll, price per
    // meter $0.31")
    const part = sentencesOf().find((s) => cues.component.part.test(s) && !MONEY_MARK.test(s));
    if (part && !LENGTH_SHOWN.test(text)) add('price_unit', part, 'said');
  }
  return out;
}

/** A sentence or SKU line naming a give-away (sku.yaml fillerNames) at a token price (sku.pennyUsd) in a text that speaks of
 *  SKUs, or a summary row whose lowest SKU is a give-away at fillerRatio of the main SKU's price or less. */
function fillerSkuSaid(text: string, rules: ListingRules, cues: ShownRealCues): string | undefined {
  const f = cues.fillerSku;
  if (!f || !f.sku.test(text)) return undefined;
  const th = rules.thresholds.sku;
  // (a freight line is no give-away: "Shipping fee: US$0.00 for 100 pieces")
  const freight = cues.attributes.find((a) => a.kind === 'shipping')?.cue;
  const giveAway = (s: string) => (rules.fillerEn.test(s) || rules.fillerZhIn(s)) && !freight?.test(s);
  const lines = text.split('\n').filter((l) => l.trim());
  if (lines.length >= 2) {
    const head = cells(lines[0]!);
    const col = (re: RegExp) => head.findIndex((h) => re.test(h));
    const [n, lo, main] = [col(f.lowestName), col(f.lowestPrice), col(f.mainPrice)];
    if (n >= 0 && lo >= 0 && main >= 0) {
      for (const row of lines.slice(1)) {
        const c = cells(row);
        const [low, top] = [Number(c[lo]), Number(c[main])];
        if (c[n] && giveAway(c[n]!) && low >= 0 && low <= th.pennyUsd && top > 0 && low <= th.fillerRatio * top) return `${head[n]}: ${c[n]}, ${head[lo]}: ${c[lo]}, ${head[main]}: ${c[main]}`;
      }
    }
  }
  // A sentence naming the SKU itself, or a line of a SKU list ("SKU list:" over "Hook (free gift) $0.01 stock 99999") priced at
  // fillerRatio of the list's dearest line or less (a list whose every pack costs cents holds no give-away).
  let list: string[] | null = null;
  const listTop = (ls: string[]) => Math.max(0, ...ls.map((l) => amountsIn(l, 'price_range', false)[0]?.value ?? 0));
  for (const [i, line] of lines.entries()) {
    if (f.sku.test(line) && /[:：]\s*$/.test(line)) {
      const rest = lines.slice(i + 1);
      const end = rest.findIndex((l) => /[:：]\s*$/.test(l) || !/\d/.test(l));
      list = end < 0 ? rest : rest.slice(0, end);
      continue;
    }
    const inList = list?.includes(line) ?? false;
    for (const s of line.split(SENTENCE)) {
      const named = f.sku.test(s);
      if (!giveAway(s) || !(inList || named) || (!named && f.notSku.test(s))) continue;
      // (the give-away named just before its token price: "加了一个感谢卡0.01美金", "'Gift card 礼品卡' $0.01"; not a word
      // elsewhere in a run-on paste of a kit's SKUs)
      const penny = [...s.matchAll(MONEY)].find((m) => Number((m[1] ?? m[2])!.replace(/,/g, '')) <= th.pennyUsd && !/[:：]\s*(?:US\s*)?$/.test(s.slice(0, m.index)) && giveAway(s.slice(Math.max(0, m.index! - 16), m.index)));
      if (!penny) continue;
      const low = Number((penny[1] ?? penny[2])!.replace(/,/g, ''));
      if (named || low <= th.fillerRatio * listTop(list!)) return s;
    }
  }
  return undefined;
}

interface Statement {
  kind: ListingKind;
  role: 'shown' | 'real';
  text: string;
  /** The amounts it names, in order; a free freight is 0. */
  amounts: { value: number; unit?: string }[];
}

/** Each field, CSV cell or clause that names an attribute and an amount, with its role: real when labelled so, shown when
 *  labelled so or a bare field (a backend "MOQ: 1" is what the page shows). */
function statementsOf(text: string, cues: ShownRealCues, rules: ListingRules): Statement[] {
  const out: Statement[] = [];
  const push = (label: string, value: string, whole: string, field: boolean, carried?: { kind?: ListingKind; role?: 'shown' | 'real' }) => {
    // (a value with no digit and no free freight names no amount: nothing to read, and nothing carried to read on)
    if (!carried && !mayHoldAmount(value)) return;
    const labelled = cues.attributes.find((a) => a.cue.test(label))?.kind;
    const kind = labelled ?? cues.attributes.find((a) => a.cue.test(value))?.kind ?? carried?.kind;
    const role = cues.real.test(label) || cues.real.test(value) ? 'real' : cues.shown.test(label) || cues.shown.test(value) ? 'shown' : field ? 'shown' : carried?.role;
    if (carried) {
      carried.kind = kind;
      carried.role = role;
    }
    if (!kind || !role) return;
    // (freight said to be folded into the goods' price, "shipping cost ~USD 1.10/pc absorbed in unit price 3.80", is the
    // freight's share of the price, charged on top of nothing: no reading of the shipping fee)
    if (kind === 'shipping' && rules.freightInPrice?.test(whole)) return;
    // (a bare number is an amount only under a label naming the attribute: "最低价：1"; in a clause or a remark it may be
    // anything, "实际只卖整卷5米", "Price includes 1 design revision")
    const amounts = amountsIn(value, kind, Boolean(labelled) && field);
    if (amounts.length) out.push({ kind, role, text: whole, amounts });
  };
  const lines = text.split('\n').filter((l) => l.trim());
  // (the first line's cells cut once: the CSV test and the header read the same cells)
  const head = lines.length >= 2 ? cells(lines[0]!) : [];
  const csv = lines.length >= 2 && head.length >= 3 && head.length === cells(lines[1]!).length && !/\d/.test(lines[0]!.replace(/\d+\s*(?:pcs|件)/gi, ''));
  if (csv) {
    // (a unit column counts a bare MOQ cell: "页面起订量 1" beside "单位 卷" is one roll)
    const unitAt = head.findIndex((h) => rules.csvRole?.(h) === 'unit');
    for (const row of lines.slice(1)) {
      const c = cells(row);
      c.forEach((v, i) => push(head[i]!, /^\s*\d[\d,.]*\s*$/.test(v) && unitAt >= 0 && c[unitAt] ? `${v} ${c[unitAt]}` : v, `${head[i]}: ${v}`, true));
    }
    return out;
  }
  for (const line of lines) {
    const f = FIELD.exec(line);
    if (f && cues.attributes.some((a) => a.cue.test(f[1]!))) {
      push(f[1]!, f[2]!, line, true);
      continue;
    }
    // A remark field ("Internal Remark: Price includes 1 design revision; plate fee $30 shown as separate SKU") is prose whose
    // label gives every clause its role.
    const role = f ? (cues.real.test(f[1]!) ? 'real' : cues.shown.test(f[1]!) ? 'shown' : undefined) : undefined;
    for (const sentence of (f ? f[2]! : line).split(SENTENCE)) {
      // (what one clause carries to the next stays in its sentence: a sentence with no amount in any clause records nothing,
      // nor does one none of whose clauses names an attribute; clauses are cut at non-word characters, so attribute cues that
      // are all local (rules.ts) and miss the sentence miss each of its clauses)
      if (!mayHoldAmount(sentence) || (cues.anyAttribute && !cues.anyAttribute.test(sentence))) continue;
      const carried: { kind?: ListingKind; role?: 'shown' | 'real' } = { role };
      for (const clause of sentence.split(CLAUSE)) push('', clause, clause, false, carried);
    }
  }
  return out;
}

/** Whether amountsIn can find an amount in a value (or in any clause of it): every amount is a digit or a free freight.
 *  (FREE's words read the same in a clause as in its sentence: clauses are cut at commas, which are no word characters.) */
function mayHoldAmount(value: string): boolean {
  return DIGIT.test(value) || FREE.test(value);
}
const DIGIT = /\d/;

/** The amounts a value names: money for a price or freight (money-marked ones first), quantities with their unit for an MOQ. */
function amountsIn(value: string, kind: ListingKind, bare: boolean): { value: number; unit?: string }[] {
  if (kind === 'shipping' && FREE.test(value)) return [{ value: 0 }];
  const v = value.replace(CODE, ' ');
  // ("1000万个" is ten million pieces: 万 / 千 before the unit multiply; 千 before 克, 米 or 瓦 is the unit's kilo)
  if (kind === 'moq')
    return [...v.matchAll(QTY)].map((m) => {
      const mult = ZH_MULTIPLIER.exec(m[2] ?? '');
      const unit = mult ? (m[2]!.slice(1) || undefined) : m[2];
      return { value: Number(m[1]!.replace(/,/g, '')) * (mult ? (mult[0] === '万' ? 10_000 : 1000) : 1), unit: unit?.toLowerCase() };
    });
  const money = [...v.matchAll(MONEY)].map((m) => Number((m[1] ?? m[2])!.replace(/,/g, '')));
  // (outside a field a bare number is money right after the attribute or a charging verb, "价格写的0.01-0.5", "实际……收80",
  // "报4块多"; not with a unit of goods after it, "只卖整卷5米")
  const said = bare ? [...v.matchAll(NUMBER)] : [...v.matchAll(SAID_AMOUNT)].filter((m) => !QTY_AFTER.test(v.slice(m.index! + m[0].length)));
  const nums = money.length ? money : said.map((m) => Number(m[1]!.replace(/,/g, '')));
  return nums.filter((n) => Number.isFinite(n)).map((n) => ({ value: n }));
}

/** The real reading at least `gap` times the shown one (the shown freight free and the real one charged). Quantities in units
 *  of one dimension compare in base units; a labelled real MOQ in a unit of another dimension ("1 roll" against "3 tons") is
 *  another quantity altogether. */
function apart(shown: Statement, real: Statement, kind: ListingKind, gap: number, units: UnitTable): boolean {
  if (kind !== 'moq') {
    // (the first amount of the shown statement, the low end of a range: a later one in its clause may be another thing's
    // price, "Shipping $8.00/pc for the LED desk lamp ($2.40/pc")
    const s = shown.amounts[0]!;
    const r = Math.min(...real.amounts.map((a) => a.value));
    return (s.value === 0 && r > 0) || (s.value > 0 && r >= gap * s.value);
  }
  const s = shown.amounts[0]!;
  return real.amounts.some((r) => {
    const su = s.unit ? units.get(s.unit) : undefined;
    const ru = r.unit ? units.get(r.unit) : undefined;
    if (su && ru && su.dim !== ru.dim) return true;
    const k = su && ru ? ru.base / su.base : 1;
    return r.value * k >= gap * s.value;
  });
}

function topicOf(s: string, adm: AdmissionCues | null): ListingKind | undefined {
  return adm?.topics.find((x) => x.cue.test(s))?.kind;
}

function cells(line: string): string[] {
  return line.split(/,(?![^"]*"(?:[^"]*"[^"]*")*[^"]*$)/).map((c) => c.trim().replace(/^"|"$/g, ''));
}

// A sentence ends at a line end or a full stop; its clauses at a comma that is no thousands separator (CLAUSE, admissions.ts).
const SENTENCE = /\n|[。！!；;?？]|\.(?=\s|$)|\s—\s/;
// A backend field: a short label, a colon, its value.
const FIELD = /^\s*([^:：\t\n]{1,48}?)\s*(?:[:：]|\t+)\s*(.+)$/;
const FREE = /\bfree\b|包邮|免运费|免邮|^\s*(?:US\s*)?\$?\s*0(?:\.0+)?\s*(?:美金|美元|刀|usd)?\s*$/i;
// Reference codes and model numbers are no amounts ("QS-0412", "DN100", "GB/T14976").
const CODE = /[A-Za-z]+[-/]?[A-Za-z]*\d[\w-]*/g;
// (the low end of a range marked once, "0.5-500 美金", is money too)
const MONEY = /(?:US\s*)?\$\s*(\d[\d,]*(?:\.\d+)?)|(\d[\d,]*(?:\.\d+)?)(?:\s*(?:刀|美金|美元|usd|块)|(?=\s*(?:-|~|–|to)\s*\d[\d,]*(?:\.\d+)?\s*(?:刀|美金|美元|usd|块)))/gi;
const NUMBER = /(?<![\d.])(\d[\d,]*(?:\.\d+)?)(?![\d.])/g;
const SAID_AMOUNT = /(?:价格?|报价|单价|运费|price|收|报|卖|charge[ds]?|invoiced|quote[ds]?)(?:[^\dA-Za-z。，,；;\n]{0,4}|\s+(?:is|at|of)\s+)(\d[\d,]*(?:\.\d+)?)/giu;
const QTY_AFTER = /^\s*(?:[A-Za-z]+|米|件|个|条|套|卷|吨|克|千克|公斤|只|支|片|箱|包|袋|平方?米?)(?![\d])/u;
const QTY = /(?<![\d.])(\d[\d,]*(?:\.\d+)?)\s*([A-Za-z]+|\p{Script=Han}{1,2})?/gu;
const ZH_MULTIPLIER = new RegExp(String.raw`^(?:万|${THOUSAND_NOT_KILO})`, 'u');
// A refusal of the price itself beside the MOQ's ("也不是这个价", "not at that price").
const PRICE_REFUSED = /不是这个价|\bnot\s+(?:at\s+)?(?:that|this)\s+price\b/i;
// A price per metre is no component price where the listing is priced per metre.
const LENGTH_SHOWN = /\/\s*(?:(?:meter|metre|m)\b|米)|单位\s*[:：]\s*(?:米|meter|metre)/i;
// Freight to be quoted once the order is known ("下单后报价", "quoted after order", "quote on request"), at the day's real rate
// ("下单后按实际报", "下单后我们按当天实际运费报给他"; round 45): no amount charged on top.
const QUOTED_LATER = /(?:下单|付款|拍下|支付|成交|询价)(?:以)?后\s*(?:我们|我方)?\s*(?:再|另行|单独)?\s*(?:(?:按|根据)\s*(?:当天|当时|实时)?的?(?:实际|真实)?的?(?:运费|运价|价格|情况)?\s*(?:再)?)?\s*报(?:价|运费)?(?![^。；;\n]{0,6}(?:加|补|另收|改价))|\bquoted?\s+(?:after|upon|on)\s+(?:the\s+)?(?:order|request|inquiry|enquiry)\b/gi;
const MONEY_MARK = /\$\s*\d|\d\s*(?:刀|美金|美元|usd)/i;


function detail(kind: ListingKind, said: string, how: 'pair' | 'said', lang: Lang): string {
  if (how === 'said') return admittedDetail(kind, said, lang);
  const [zh, en] = WHAT[kind];
  return t(lang, `同一项写了两个值：页面上的${zh}和实际执行的不一样（「${said}」）：页面上的是虚假的${zh}。`, `The listing gives the ${en} twice, the one shown and the one really applied ("${said}"): the ${en} shown is false.`);
}

// price_unit and the price itself are worded for a value shown against a real one; the rest as for an admission.
function fix(kind: ListingKind, lang: Lang): string {
  switch (kind) {
    case 'price_unit':
      return t(lang, '按实际出售的整件（整套、整卷、整条）标价，或把计价单位改成价格对应的单位。', 'Price the goods as they are really sold (the whole set, coil or length), or set the unit to the one the price is for.');
    case 'price_range':
    case 'price_ladder':
      return t(lang, '页面上只发布真实成交价，不要先挂低价、询盘或下单后再报真实价格。', 'Publish only the price buyers really pay; do not show a low price and quote the real one after the inquiry or order.');
    default:
      return admittedFix(kind, lang);
  }
}
