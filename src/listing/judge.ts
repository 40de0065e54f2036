// fastEdges: a pattern's word-opening \b under flags iu in the form V8 runs 5-10x faster, same matches (word-edges.ts).
import { fastEdges } from './word-edges.js';
import type { Lang } from '../core/types.js';
import { t } from '../core/lang.js';
import { HAN_NUMERALS } from '../core/numerals.js';
import { fmtMoney, fmtPercent, fmtQty, fmtRatio, fmtUsd } from './format.js';
import { gramsOf, NO_SPLIT, PIECE_IS_PART, PRICE_PER_SINGLE, SOLD_BY_SET, SOLD_WHOLE } from './parse.js';
import { beyondEstimate, type ListingRules, type MatchedCategory, type ReferenceCategory } from './rules.js';
import type { Finding, ListingKind, Money, ParsedListing, Quantity, Sku, Tier, Unit } from './types.js';
import { thousandfoldUnit } from './unit-scale.js';

/**
 * The rules of the listing check. Each looks at the parsed numbers for one kind of false product information
 * the briefing names and, when a threshold from rules/listing/thresholds.yaml is passed, returns a finding with
 * its numbers, the clause and a fix. Without a reference-price table only internal consistency is judged.
 */

type Draft = Omit<Finding, 'clause' | 'clauseEn'> & { clauseId?: string };

export function judge(p: ParsedListing, rules: ListingRules, lang: Lang, only?: 'market'): { findings: Finding[]; notes: string[] } {
  const notes: string[] = [];
  const drafts: Draft[] = [];
  const flaggedSkus = new Set<Sku>();
  // Only the market comparison: for a price a rep's words say the listing shows, whose relations to the message's other
  // numbers prose.ts reads (a range the rep explains in words is no unexplained range of a page).
  if (only === 'market') return { findings: finished(marketRange(p, rules, lang, flaggedSkus, notes, []), rules), notes };
  drafts.push(...ladder(p, rules, lang));
  drafts.push(...skuFiller(p, rules, lang, flaggedSkus));
  drafts.push(...shipping(p, rules, lang));
  drafts.push(...moq(p, rules, lang));
  drafts.push(...priceUnit(p, rules, lang));
  drafts.push(...priceRange(p, rules, lang, flaggedSkus, notes));
  // (a fallback: on a page whose prices are already false, a tiny order is their consequence, not a finding of its own)
  if (!drafts.length) drafts.push(...itemOrderMoq(p, rules, lang));
  return { findings: finished(drafts, rules), notes };
}

/** One label at $0.011, one nut at $0.009: an MOQ of single items worth cents at the dearest price shown is no quantity anyone
 *  sells (moq.minItemOrderUsd; the counterpart of minMeasureOrderUsd for goods counted by the item). */
function itemOrderMoq(p: ParsedListing, rules: ListingRules, lang: Lang): Draft[] {
  const th = rules.thresholds.moq;
  const m = p.moq;
  // (one or two items: five gloves at $0.006 is a sample of goods sold in bags, the false MOQs seen are all of one item)
  if (!th.minItemOrderUsd || !m?.unit || !ITEM_MOQ_UNITS.has(m.unit.id) || m.qty > 2) return [];
  const tiers = sortedTiers(p.tiers);
  const priceUnit = tiers[0]?.unit ?? p.headline?.unit;
  if (priceUnit && priceUnit.id !== m.unit.id) return [];
  // (the headline and tiers only: a SKU's price is another item's, not what one of these items costs)
  const dearest = dearestPrice(p, false);
  if (!dearest || !(dearest.usd > 0)) return [];
  const value = dearest.usd * m.qty;
  if (value >= th.minItemOrderUsd) return [];
  return [
    {
      kind: 'moq',
      severity: th.minItemOrderUsd / Math.max(value, 1e-6),
      detail: t(lang, `起订量 ${fmtQty(m.qty, m.unit, lang)} 按 ${fmtMoney(dearest)} 计算，一单只值 ${fmtUsd(value)}：没有人这样出售，这不是真实的起订量。`, `An MOQ of ${fmtQty(m.qty, m.unit, 'en')} at ${fmtMoney(dearest)} makes one order worth ${fmtUsd(value)}: nobody sells that, so it is not a real MOQ.`),
      fix: t(lang, `把最小起订量改成真实接单的数量。`, `Set the MOQ to the quantity you really accept.`),
      evidence: { moq: m.qty, orderValueUsd: round(value, 4) },
    },
  ];
}

/** The drafts as findings, gravest first, each with its briefing clause. */
function finished(drafts: Draft[], rules: ListingRules): Finding[] {
  // (pushed in a loop, not made by .map: the array's elements kind would change once this is optimised, and the check
  // reading the findings was deoptimised by it)
  const findings: Finding[] = [];
  for (const { clauseId, ...d } of drafts.sort((a, b) => b.severity - a.severity)) {
    const clause = clauseId ? rules.clauses.get(clauseId)! : rules.clauseOf(d.kind);
    findings.push({ ...d, clause: clause.text, clauseEn: clause.en });
  }
  return findings;
}

// ---------------------------------------------------------------------------------------------------------
// price_ladder: tier prices that no real volume discount produces (the hair example: $1,500 -> $13.50 per gram)

function ladder(p: ParsedListing, rules: ListingRules, lang: Lang): Draft[] {
  // (a page that says its small orders carry plates, moulds or tooling says the goods are made to order: only such goods have them)
  const madeToOrder = p.tiers.length >= 2 && (Boolean(p.title && rules.madeToOrder(p.title)) || Boolean(p.madeToOrderSaid) || Boolean(p.setupInSmallOrders));
  // The page says its small-order price carries the set-up (plates, moulds, tooling): price = set-up / quantity + cost,
  // so a step may fall as fast as the quantity rises (the smallest order of a tier never costs less in all than the
  // smallest order of the tier before), up to setupStepCap.
  const setup = madeToOrder && Boolean(p.setupInSmallOrders) && rules.thresholds.ladder.setupStepCap !== undefined;
  // Two ladders on one page (one per colour: "Black: 1-99 $5 | 100+ $4.50", "Gold: 1-99 $6 | 100+ $5.50") restart
  // at a quantity already seen: each is judged on its own, not merged into one that seems to rise.
  // Tiers counted in two different packs ("50 - 499 Pieces $3.80" ... "10 - 49 Cartons $155.00", a full-carton price
  // beside the price per piece) are two price lists: each is judged in its own unit, never one against the other.
  const units = new Map<string, Tier[]>();
  for (const x of p.tiers) if (x.unit?.dim === 'count') units.set(x.unit.id, [...(units.get(x.unit.id) ?? []), x]);
  // (A pack costs more than one item: a tier in another unit priced below the main list is no pack price but a bait tier,
  // and stays in the ladder.)
  const lists = [...units.values()].sort((a, b) => b.length - a.length);
  const mainTop = lists.length > 1 ? Math.max(...lists[0]!.map((x) => x.price.usd)) : 0;
  if (lists.length > 1 && lists.slice(1).every((l) => l.every((x) => x.price.usd > mainTop))) {
    const main = new Set(lists[0]!);
    const own = p.tiers.filter((x) => main.has(x) || !x.unit || x.unit.dim !== 'count');
    const found = [own, ...lists.slice(1).filter((l) => l.length >= 2)].map((l) => ladder({ ...p, tiers: l }, rules, lang)).filter((d) => d.length);
    return mostSevere(found);
  }
  const runs: Tier[][] = [];
  for (const x of p.tiers) {
    const run = runs[runs.length - 1];
    if (run && x.min > run[run.length - 1]!.min) run.push(x);
    else runs.push([x]);
  }
  if (runs.length > 1 && runs.every((r) => r.length >= 2)) {
    const found = runs.map((r) => ladderOf(r, rules, lang, madeToOrder, setup)).filter((d) => d.length);
    return mostSevere(found);
  }
  return ladderOf(p.tiers, rules, lang, madeToOrder, setup);
}

/** Of the findings of several ladders judged apart, the one whose first finding weighs most. */
function mostSevere(found: Draft[][]): Draft[] {
  return found.length ? found.reduce((a, b) => (b[0]!.severity > a[0]!.severity ? b : a)) : [];
}

function ladderOf(all: Tier[], rules: ListingRules, lang: Lang, madeToOrder: boolean, setup = false): Draft[] {
  const th = rules.thresholds.ladder;
  const tiers = sortedTiers(all);
  if (tiers.length < 2) return [];
  const first = tiers[0]!;
  const last = tiers[tiers.length - 1]!;
  const total = fallOf(first.price, last.price);
  // Each step against the most it may fall: maxStepRatio, or for made-to-order goods the quantity step to an exponent
  // (set-up costs spread over the order), capped. bigStep is the step furthest past its own limit.
  const stepLimit = (i: number) => {
    if (!madeToOrder || !th.madeToOrderStepExponent || !th.madeToOrderStepCap) return th.maxStepRatio;
    const qtyStep = tiers[i]!.min / Math.max(tiers[i - 1]!.min, 1);
    if (setup) return Math.max(th.maxStepRatio, Math.min(th.setupStepCap!, qtyStep));
    // The set-up cost weighs most on the smallest order: the first step may fall up to as fast as the quantity rises.
    const exponent = i === 1 ? Math.max(th.madeToOrderStepExponent, th.madeToOrderFirstStepExponent ?? 0) : th.madeToOrderStepExponent;
    return Math.max(th.maxStepRatio, Math.min(th.madeToOrderStepCap, qtyStep ** exponent));
  };
  if (madeToOrder && steadyFall(tiers, rules)) return [];
  let bigStep = 1;
  let bigLimit = th.maxStepRatio;
  let stepAt = 0;
  let rise = 1;
  let riseAt = 0;
  for (let i = 1; i < tiers.length; i++) {
    const r = fallOf(tiers[i - 1]!.price, tiers[i]!.price);
    const limit = stepLimit(i);
    if (stepAt === 0 || r / limit > bigStep / bigLimit) [bigStep, bigLimit, stepAt] = [r, limit, i];
    // (a rise is read as written: the rounding allowance is for falls only)
    const up = tiers[i]!.price.usd / Math.max(tiers[i - 1]!.price.usd, 1e-9);
    if (up > rise) [rise, riseAt] = [up, i];
  }
  // A cliff after gentle steps: a later step falling hard where the steps before it barely fell is a bait tier, whatever
  // the limits above allow it (a set-up cost weighs most on the first step, never on a later one).
  // (unless the page says its small orders carry the set-up and the step falls no faster than its quantity rises, within
  // setupStepCap: an order of the higher tier still costs more in all than the smallest order of the tier before)
  const cliff = bigStep > bigLimit ? 0 : cliffStep(tiers, rules);
  const cliffAt = cliff && setup && fallOf(tiers[cliff - 1]!.price, tiers[cliff]!.price) <= stepLimit(cliff) ? 0 : cliff;
  if (cliffAt) [bigStep, bigLimit, stepAt] = [fallOf(tiers[cliffAt - 1]!.price, tiers[cliffAt]!.price), th.cliffMinRatio!, cliffAt];
  const out: Draft[] = [];
  // Gentle steps over a wide quantity span (50 to 50,000 stickers) can add up to more than maxTotalRatio: the
  // setup cost spreads over a thousandfold order. The whole fall may then reach the span to spanExponent.
  const span = last.min / Math.max(first.min, 1);
  // Made-to-order goods spread their set-up cost over the whole span the same way as over each step.
  const spanExponent = madeToOrder && th.madeToOrderStepExponent ? Math.max(th.spanExponent, th.madeToOrderStepExponent) : th.spanExponent;
  const totalLimit = bigStep > bigLimit ? th.maxTotalRatio : Math.max(th.maxTotalRatio, span ** spanExponent);
  const sev = Math.max(total / totalLimit, bigStep / bigLimit);
  if (total > totalLimit || bigStep > bigLimit || cliffAt) {
    const from = tiers[stepAt - 1]!;
    const to = tiers[stepAt]!;
    const kept = tiers.slice(0, stepAt);
    const keptMin = kept[kept.length - 1]!.price;
    const after = kept.length > 1 ? `${fmtMoney(keptMin)}–${fmtMoney(first.price)}` : fmtMoney(first.price);
    out.push({
      kind: 'price_ladder',
      severity: sev,
      detail: t(
        lang,
        `阶梯价从 ${fmtMoney(first.price)}（${first.label}）降到 ${fmtMoney(last.price)}（${last.label}），相差 ${fmtRatio(total)}；其中 ${from.label} → ${to.label} 一档就降了 ${fmtRatio(bigStep)}。正常批量折扣不会这样。`,
        `The price tiers fall from ${fmtMoney(first.price)} (${first.label}) to ${fmtMoney(last.price)} (${last.label}), ${fmtRatio(total)} apart; one step, ${from.label} → ${to.label}, drops ${fmtRatio(bigStep)}. Real volume discounts do not fall like this.`,
      ),
      fix: t(
        lang,
        `把 ${to.label} 起的各档改成真实成交价（按前几档的折扣，应不低于约 ${fmtMoney(scale(keptMin, 1 / th.maxStepRatio))}），或删除这些档；改后价格为 ${after}。`,
        `Re-price the tiers from ${to.label} on to what you really charge (at your earlier discounts, no lower than about ${fmtMoney(scale(keptMin, 1 / th.maxStepRatio))}) or remove them; your price would be ${after}.`,
      ),
      evidence: { tierRatio: round(total), biggestStep: round(bigStep), fromTier: from.label, toTier: to.label, firstPrice: first.price.value, lastPrice: last.price.value },
    });
  } else if (rise > th.maxRiseRatio) {
    const from = tiers[riseAt - 1]!;
    const to = tiers[riseAt]!;
    out.push({
      kind: 'price_ladder',
      severity: rise / th.maxRiseRatio,
      detail: t(
        lang,
        `买得越多反而越贵：${to.label} 的 ${fmtMoney(to.price)} 是 ${from.label} 的 ${fmtMoney(from.price)} 的 ${fmtRatio(rise)}。`,
        `Buying more costs more: ${to.label} at ${fmtMoney(to.price)} is ${fmtRatio(rise)} the ${from.label} price of ${fmtMoney(from.price)}.`,
      ),
      fix: t(lang, `按数量从少到多设置不升高的真实价格（${to.label} 不应高于 ${fmtMoney(from.price)}）。`, `Set real prices that do not rise with quantity (${to.label} should not exceed ${fmtMoney(from.price)}).`),
      evidence: { riseRatio: round(rise), fromTier: from.label, toTier: to.label },
    });
  }
  return out;
}

/**
 * How far a price falls from one tier to the next, for judging: a fall of one or two units of the last digit the prices are
 * written to ($0.03 -> $0.01 on printed cards; $0.003 -> $0.001 on screws written to the tenth of a cent) is read as gently
 * as the rounding allows, half a unit either way (a real fall of 1.7x to 5x is no proof of a 3x cliff). A fall of more
 * units ($0.10 -> $0.01, $0.080 -> $0.010) is read as written. Prices of a dollar or more are read as written.
 */
function fallOf(from: Money, to: Money): number {
  const raw = from.usd / Math.max(to.usd, 1e-9);
  if (from.value >= 1 || to.value >= 1) return raw;
  // The finer of the two last digits: "$0.010" beside "$0.003" is written to the tenth of a cent, its zero dropped.
  const unit = Math.min(lastDigit(from.value), lastDigit(to.value));
  if (from.value - to.value > 2 * unit + 1e-12) return raw;
  const half = (m: Money) => (0.5 * unit * m.usd) / Math.max(m.value, 1e-9);
  return Math.max(from.usd - half(from), 1e-9) / Math.max(to.usd + half(to), 1e-9);
}

/** The place value of the last digit a price under a dollar is written to: 0.01 for 0.03, 0.001 for 0.003 (at most 0.01;
 *  a trailing zero is lost in the number, so 0.010 reads as written to the cent). */
function lastDigit(value: number): number {
  for (const u of [0.01, 0.001, 0.0001, 0.00001]) if (Math.abs(value / u - Math.round(value / u)) < 1e-6) return u;
  return 0.00001;
}

/** The index of a step after the first that falls by ladder.cliffMinRatio or more and, in log terms, ladder.cliffLogFactor
 *  times as steeply as every step before it; 0 when there is none. */
function cliffStep(tiers: Tier[], rules: ListingRules): number {
  const th = rules.thresholds.ladder;
  if (th.cliffMinRatio === undefined || th.cliffLogFactor === undefined) return 0;
  let before = 0;
  for (let i = 1; i < tiers.length; i++) {
    const fall = Math.log(Math.max(fallOf(tiers[i - 1]!.price, tiers[i]!.price), 1));
    if (i >= 2 && fall >= Math.log(th.cliffMinRatio) && fall >= th.cliffLogFactor * before) return i;
    before = Math.max(before, fall);
  }
  return 0;
}

/**
 * A ladder of three or more tiers that falls steadily with its quantity: each step's fall per quantity step (its
 * elasticity, ln(price ratio) / ln(quantity ratio)) is at least ladder.steadyMinShare of the steepest step's, and no step
 * is steeper than ladder.steadyMaxElasticity (at 1 the smallest order of a tier costs as much in all as the smallest order
 * of the tier before). Volume pricing that scales with the order falls like this however far it falls in all; a bait tier
 * is a cliff after gentle steps, or a fall that makes the bigger order cheaper in all.
 */
function steadyFall(tiers: Tier[], rules: ListingRules): boolean {
  const th = rules.thresholds.ladder;
  if (th.steadyMinShare === undefined || th.steadyMaxElasticity === undefined || tiers.length < 3) return false;
  const el: number[] = [];
  for (let i = 1; i < tiers.length; i++) {
    const q = tiers[i]!.min / Math.max(tiers[i - 1]!.min, 1);
    const r = tiers[i - 1]!.price.usd / Math.max(tiers[i]!.price.usd, 1e-9);
    if (!(q > 1) || !(r > 1)) return false;
    el.push(Math.log(r) / Math.log(q));
  }
  const steepest = Math.max(...el);
  return steepest <= th.steadyMaxElasticity && Math.min(...el) >= th.steadyMinShare * steepest;
}

// ---------------------------------------------------------------------------------------------------------
// sku_filler: a SKU far below (or above) the others, usually a gift card, bag or postage link, that sets the
// headline price (the bakery example: a $0.01 thank-you card and a $0.05 cloth bag pull the range to $0.01)

// Written as three functions (what each SKU is, which SKUs sit off the others' price, the finding) rather than one: the
// optimising compiler spent seconds on the single function, and recompiled all of it whenever one part saw a new shape.
function skuFiller(p: ParsedListing, rules: ListingRules, lang: Lang, flagged: Set<Sku>): Draft[] {
  const th = rules.thresholds.sku;
  const skus = p.skus;
  if (skus.length === 1) return soleOption(p, rules, lang, flagged);
  if (skus.length < Math.min(th.minSkus, th.minSkusForToken)) return [];
  const facts = skuFacts(p, rules);
  const { low, high } = offPriceSkus(p, rules, facts);
  if (!low.length && !high.length) return [];
  return skuFillerFinding(p, rules, lang, flagged, facts.each, low, high);
}

type LowSku = { sku: Sku; share: number; ref: number; named: boolean; fee?: boolean; idx: number; tiny?: boolean; single?: boolean };
type HighSku = { sku: Sku; share: number; ref: number; named: boolean; idx: number };
type SkuFacts = ReturnType<typeof skuFacts>;

/** What each SKU is (fee, give-away, bare part, product) and its price per item, read once for the checks below. */
function skuFacts(p: ParsedListing, rules: ListingRules) {
  const skus = p.skus;
  const n = skus.length;
  // The per-SKU arrays below are filled by index loops into fresh arrays, not by .map: an array .map makes has another
  // elements kind once the optimising compiler has inlined it than before, and offPriceSkus, which reads these arrays
  // by index, was deoptimised (and its large body compiled again) each time the kind it met changed.
  const nameless: string[] = [];
  const solo: boolean[] = [];
  // (each name's fee test read once: the loop below asks it again)
  const fees: boolean[] = [];
  // A SKU named by nothing but a part, packaging or give-away word ("Box", "Battery", "防尘袋", "领带（单买）") beside
  // product SKUs is no variant of the product, whatever its price, unless the title sells it.
  const bareName: boolean[] = [];
  // no fee, filler or solo item: a product SKU unless its name is a bare accessory (each name's filler test read once)
  const goods: boolean[] = [];
  const plain: boolean[] = [];
  // A multi-pack SKU ("20pcs mixed set", "5件套") beside singles is compared per piece: the singles are not filler.
  const each: number[] = [];
  for (let i = 0; i < n; i++) {
    const name = skus[i]!.name;
    const bareless = descriptorless(name);
    nameless.push(bareless);
    const isSolo = rules.isSoloName(name);
    solo.push(isSolo);
    const fee = rules.isFeeName(bareless);
    fees.push(fee);
    // (the words that sell an item alone say nothing of what it is: "Case only" under "Silicone Phone Case ..." is the
    // title's own product without the extras a dearer SKU adds; a cheap one is still judged as a solo item)
    const bareAcc = bareAccessory(name, rules) && !namedInTitle(bareless.replace(ALONE_WORDS, ' '), p.title) && !titleSellsPart(bareless, p.title);
    bareName.push(bareAcc);
    const isGoods = !fee && !isFiller(bareless, rules) && !isSolo;
    goods.push(isGoods);
    plain.push(isGoods && !bareAcc);
    each.push(skus[i]!.price.usd / packCount(name));
  }
  // ... flagged when it sets the bottom of the range or sits far below the product (a $1 kraft box among $0.23-$4.92
  // cakes is a packaging option the buyer may want; a $3.20 "Box" that is the listing's lowest price is not).
  const bare: boolean[] = [];
  const isProduct: boolean[] = [];
  for (let i = 0; i < n; i++) {
    let other = false;
    if (bareName[i]) for (let j = 0; j < n && !other; j++) other = plain[j]! && j !== i;
    bare.push(other);
    isProduct.push(goods[i]! && !other);
  }
  const floorUsd = Math.min(...each);
  // Each SKU against the median of the others, from one sorted copy (a 100 KB paste can hold thousands of SKUs).
  const order = each.map((usd, i) => [usd, i] as const).sort((a, b) => a[0] - b[0]);
  const rank = new Array<number>(skus.length);
  order.forEach(([, i], r) => (rank[i] = r));
  const without = (skip: number, k: number) => order[k < skip ? k : k + 1]![0];
  // Packs of several ("Queen 4pcs", "5件套"): the cheapest price per item among them, for singles to be compared with.
  const packEach: number[] = [];
  for (const s of skus) {
    const m = PACK_QTY.exec(s.name);
    const k = m ? Number(m[1]) : 1;
    packEach.push(k >= 2 ? s.price.usd / k : Infinity);
  }
  const cheapestPackEach = Math.min(...packEach);
  const titleLower = (p.title ?? '').toLowerCase();
  const productEach = each.filter((_, j) => isProduct[j]).sort((a, b) => a - b);
  const productMedian = productEach.length ? medianOfSorted(productEach) : 0;
  // Parts or consumables the names label as such, priced as goods (sku.yaml partLabels, thresholds sku.partMinUsd and
  // partMinShare); a give-away is none, however labelled.
  const partMinUsd = rules.thresholds.sku.partMinUsd;
  const { partMinShare, pennyUsd } = rules.thresholds.sku;
  const pricedAsGoods = (usd: number) => (partMinUsd !== undefined && usd >= partMinUsd) || (partMinShare !== undefined && usd > pennyUsd && usd >= productMedian * partMinShare);
  const pricedParts: boolean[] = [];
  // ... and, where the listing says its parts and accessories are sold on their own, any SKU above a token price that is no
  // give-away, fee or part-only link (sku.yaml soldAloneNotes): the $0.06 valve beside $2.83 tyres is what a valve costs.
  //     (kept apart from pricedParts: a machine's price is not measured against these as against labelled spare parts)
  const soldAlone = Boolean(p.partsSoldAlone);
  const soldAloneParts: boolean[] = [];
  for (let i = 0; i < n; i++) {
    const usd = skus[i]!.price.usd;
    const named = !isFiller(nameless[i]!, rules);
    pricedParts.push(pricedAsGoods(usd) && rules.isLabelledPart(skus[i]!.name) && named);
    // (a part named as sold alone, "Goggles only", is what the note says is sold; one its whole name calls a reference is not)
    soldAloneParts.push(soldAlone && usd > pennyUsd && named && !fees[i] && !(solo[i] && isFiller(skus[i]!.name, rules)));
  }
  // One-off customisation charges (a plate fee, colour matching: sku.yaml setupCharges) cost what the work costs, not what an
  // item does: a product SKU is measured against the other SKUs without them (a $0.05 woven label beside a $30 plate fee).
  const setupCharge: boolean[] = [];
  for (let i = 0; i < n; i++) setupCharge.push(rules.isSetupCharge(skus[i]!.name));
  return { nameless, solo, fees, bare, floorUsd, isProduct, each, order, rank, without, packEach, cheapestPackEach, titleLower, productMedian, pricedParts, soldAloneParts, setupCharge };
}

/** The SKU's name states a content by weight or volume ("1kg", "500 ml") and a dearer SKU's a larger one of the same kind,
 *  and its price per that measure is at least thresholds sku.proRataMinShare of the dearer one's: the goods in a smaller
 *  pack, priced in step with its content. */
function proRataPack(idx: number, skus: Sku[], rules: ListingRules): boolean {
  const share = rules.thresholds.sku.proRataMinShare;
  if (share === undefined) return false;
  const mine = contentOf(skus[idx]!, rules);
  if (!mine) return false;
  const usd = skus[idx]!.price.usd;
  return skus.some((o, j) => {
    if (j === idx || o.price.usd <= usd) return false;
    const theirs = contentOf(o, rules);
    return Boolean(theirs && theirs.dim === mine.dim && theirs.base > mine.base && usd / mine.priced >= (share * o.price.usd) / theirs.priced);
  });
}

/** The first weight or volume a SKU name states, in base units (grams, millilitres), and how much of it the SKU's price is
 *  for: the whole content, or one of the unit its row prices by ("25公斤包 $4.2/公斤" is $4.20 a kilogram). */
function contentOf(sku: Sku, rules: ListingRules): { dim: string; base: number; priced: number } | undefined {
  for (const m of sku.name.matchAll(SKU_MEASURE)) {
    const word = m[2]!.toLowerCase();
    const u = /[a-z]/.test(word) ? unitNamed(word, rules) : [2, 1].map((k) => rules.unitByName.get(word.slice(0, k))).find(Boolean);
    if (!u || !CONTENT_DIMS.has(u.dim)) continue;
    const base = Number(m[1]) * u.base;
    return { dim: u.dim, base, priced: sku.unit?.dim === u.dim ? sku.unit.base : base };
  }
  return undefined;
}
const CONTENT_DIMS = new Set(['mass', 'liquid', 'volume']);

/** A SKU priced at another SKU's price divided by a power of ten (sku.decimalShiftMinPower and up, within
 *  sku.decimalShiftTolerance): the same figure with its decimal point moved. */
function decimalShifted(s: Sku, skus: Sku[], th: ListingRules['thresholds']['sku']): boolean {
  if (th.decimalShiftMinPower === undefined || th.decimalShiftTolerance === undefined || s.price.value <= 0) return false;
  for (const o of skus) {
    if (o === s) continue;
    const r = o.price.value / s.price.value;
    for (let k = th.decimalShiftMinPower; k <= 5; k++) if (Math.abs(r / 10 ** k - 1) <= th.decimalShiftTolerance) return true;
  }
  return false;
}

/** The SKUs far below (or above) the others' price, once the SKUs that explain their own price are left out. */
function offPriceSkus(p: ParsedListing, rules: ListingRules, facts: SkuFacts): { low: LowSku[]; high: HighSku[] } {
  const th = rules.thresholds.sku;
  const skus = p.skus;
  const { nameless, solo, fees, bare, floorUsd, isProduct, each, order, rank, without, packEach, cheapestPackEach, titleLower, productMedian, pricedParts, soldAloneParts, setupCharge } = facts;
  const anySetup = setupCharge.some(Boolean);
  // With only two SKUs the median is the other one; only a token price beside it says filler.
  const few = skus.length < th.minSkus;
  const low: LowSku[] = [];
  const high: HighSku[] = [];
  // (the single-item test below, made once per listing, not once per SKU; an index loop, not entries(): the loop is the
  // function's hot part and an iterator's implicit try-block only adds to what the optimising compiler must build)
  const isSingle = (j: number) => Number.isFinite(cheapestPackEach) && packEach[j] === Infinity && SINGLE.test(skus[j]!.name);
  for (let idx = 0; idx < skus.length; idx++) {
    const s = skus[idx]!;
    const n = skus.length - 1;
    const r = rank[idx]!;
    const name = nameless[idx]!;
    const fee = fees[idx]!;
    // A part or the packaging sold alone ("block only", "仅表带") is filler like a give-away.
    const filler = !isProduct[idx];
    // A named give-away, fee or part is measured against the product SKUs only: three "X only" SKUs at $0.30 beside one
    // $12.60 set must not make $0.30 the median they are compared with.
    const ref =
      filler && productMedian > 0
        ? productMedian
        : anySetup && !setupCharge[idx]
          ? medianOrZero(each.filter((_, j) => j !== idx && !setupCharge[j]).sort((a, b) => a - b))
          : n % 2
            ? without(r, n >> 1)
            : (without(r, n / 2 - 1) + without(r, n / 2)) / 2;
    if (ref <= 0) continue;
    // A pack ("替换刷头4支装" at $1.20) is compared per item against dearer SKUs only: below the others, its whole price
    // is what it pulls the range to, not a quarter of it.
    const perItem = each[idx]! / ref;
    const share = perItem >= 1 || packCount(s.name) === 1 ? perItem : Math.min(1, s.price.usd / ref);
    // A SKU the title itself names ("层板托" in a hardware assortment) is one of the goods, however cheap.
    const token = ((each[idx]! <= th.pennyUsd && share < th.lowRatio) || share < th.tokenRatio) && !namedInTitle(name, p.title);
    // A bare accessory below the product that sets the bottom of the range or sits far below it (skuFacts).
    const bareLow = bare[idx]! && share < 1 && (share < th.fillerRatio || each[idx]! <= floorUsd);
    if (few) {
      if (token || (fee && share < 1) || bareLow) low.push({ sku: s, share, ref, named: filler, fee: fee || bare[idx], idx, tiny: true });
      else if (solo[idx] && share < th.fillerRatio && !titleSellsPart(name, p.title)) low.push({ sku: s, share, ref, named: true, idx, tiny: true });
      // Postage set up as the second option, dearer than the product ("6pcs/set + DHL shipping" at 76x): no variant of it.
      else if (fee && share >= 2 && isProduct.some(Boolean) && !rules.isSetupCharge(s.name)) high.push({ sku: s, share, ref, named: true, idx });
      continue;
    }
    // A few percent of the product's price, whatever its name (a spare seal beside a machine, one keycap beside a
    // keyboard): such a SKU is a part or a give-away, never a variant of the product; isolation below still applies.
    // One variant far below a row of variants that all cost the same (six sizes at $6.50, size 45 at $0.80): the
    // options are one product at one price, and this one is not it.
    const others = r === 0 ? [order[1]![0], order[n]![0]] : r === n ? [order[0]![0], order[n - 1]![0]] : [order[0]![0], order[n]![0]];
    const offPrice = n >= 3 && others[0]! > 0 && others[1]! <= others[0]! * th.uniformSpread && share < th.offPriceRatio && !rules.partOf(name) && !namedInTitle(name, p.title);
    const tiny = (share < th.veryLowRatio || offPrice) && !namedInTitle(name, p.title);
    // A part the title does not name (a drill bit in a drill-kit listing), or a single item priced below the packs'
    // price per item (a '单件' at $0.50 beside '5件套' at $6.80): another product, or the quantity changed.
    const part = share < th.partRatio ? rules.partOf(name) : null;
    const partSku = part !== null && !titleLower.includes(part);
    // ... unless another single, priced as singles are beside the packs, sits near it (single eyeshadow, foundation and
    // powder brushes at $0.12, $0.28, $0.35 beside a 12-piece set at $3.60): singles of different kinds differ in price.
    const singleSku =
      isSingle(idx) &&
      s.price.usd < cheapestPackEach * th.singleRatio &&
      !skus.some((o, j) => j !== idx && isSingle(j) && o.price.usd >= cheapestPackEach * th.singleRatio && o.price.usd <= s.price.usd * th.isolationFactor);
    // A part sold alone that the title offers as goods of their own ("Mason Jars and Lids ... Spare Lids & Bands" with a
    // "lid+band only" SKU): one of the listing's products, however cheap. Fee and postage links never are.
    const lowNow = partSku || singleSku || (fee && share < 1) || (filler && share < th.fillerRatio) || token || tiny;
    if (lowNow && !fee && titleSellsPart(name, p.title)) continue;
    // A part a dearer SKU names as what its kit holds ("充电器" beside "套装（2电池+充电器）"): the kit's own item, sold singly.
    if (lowNow && !fee && kitHolds(name, idx, skus, rules)) continue;
    // ... or any item a dearer bundle SKU lists beside the product ("silicone ring only" beside "lid + silicone ring", "Veil
    // only" beside "Dress + 3m veil"), priced as a share of what the bundle adds: the bundle's own component, sold singly.
    // (unless the listing says its add-ons are not sold on their own: the cheap one is then no item a buyer can order)
    if (lowNow && !fee && !p.partsNotSoldAlone && bundleHolds(idx, skus, th)) continue;
    // A part or consumable the name labels as such, priced as real goods: a machine listed with its spare parts.
    // ... unless its price is a product SKU's with the decimal point moved ($3.98 beside $3,980, $36 beside $3,600): the
    // product's own price typed in a smaller unit, no part priced on its own.
    if (lowNow && !fee && pricedParts[idx] && !decimalShifted(s, skus, th)) continue;
    // A SKU the listing's own line says is sold on its own, at the product's terms (skuFacts): goods, not a placeholder.
    if (lowNow && !fee && soldAloneParts[idx] && !decimalShifted(s, skus, th)) continue;
    // A smaller pack of what a dearer SKU sells, priced pro rata to its content ("1kg trial kit" beside "20kg kit"): a size.
    if (lowNow && !fee && proRataPack(idx, skus, rules)) continue;
    if (bareLow) low.push({ sku: s, share, ref, named: true, fee: true, idx, tiny: true });
    else if (partSku || singleSku) low.push({ sku: s, share, ref, named: true, idx, tiny: true, single: singleSku });
    else if ((fee && share < 1) || (filler && share < th.fillerRatio) || token || tiny) low.push({ sku: s, share, ref, named: filler, fee, idx, tiny });
    // One dear item in a set is normal (a turntable among piping tips), and so is the whole kit; a dear placeholder or fee SKU is not.
    // Postage or a fee set up as a SKU beside the product is no variant of it, below the product or above it ("Express
    // shipping $48" beside $5.40 kettles).
    // A one-off customisation charge (logo set-up, mould) costs more than one item by nature.
    else if (share >= 1 && rules.isSetupCharge(s.name)) continue;
    // Beside spare parts labelled and priced as goods, a machine ("Machine head only") is dear against the parts, not
    // against the machines: it is measured against the other SKUs that are no such part.
    else if (share >= 1 && !rules.isLabelledPart(s.name) && aboveOnlyParts(skus, idx, pricedParts, th.highRatio)) continue;
    else if (fee && share >= 2 && isProduct.some(Boolean)) high.push({ sku: s, share, ref, named: true, idx });
    else if (share > th.highRatio && ((filler && !KIT.test(name)) || isPlaceholder(s.price.value) || share > th.highRatio * th.highRatio)) high.push({ sku: s, share, ref, named: filler, idx });
  }
  // A cheap SKU with a product SKU priced close to it (a piping bag at $0.04 beside a coupler at $0.06) is one of the
  // set's cheap items, whatever its name; a give-away sits apart from every product price (a $0.05 cloth bag whose
  // cheapest product is $0.23). Fee and postage links are never the product, however priced.
  // Cheap SKUs protect each other only while they sit within reach of the rest: a cluster of $1.00 rain cover, net
  // and cup holder a hundredfold below a $128 stroller is a row of add-ons, not an accessory set's items.
  const lowIdx = new Set(low.map((x) => x.idx));
  const restEach = each.filter((_, j) => !lowIdx.has(j));
  const clusterApart = low.length > 0 && restEach.length > 0 && Math.max(...low.map((x) => each[x.idx]!)) < Math.min(...restEach) * th.veryLowRatio;
  for (let k = low.length - 1; k >= 0; k--) {
    const x = low[k]!;
    // A single beside packs is compared with the packs' price per item, not with its neighbours.
    if (x.fee || x.single) continue;
    const mine = each[x.idx]!;
    // ... unless the title names the cheap item ("Nail Art Kit with Rhinestones": the rhinestone packs are its goods).
    const apart = clusterApart && !sharesTitleWord(skus[x.idx]!.name, p.title);
    const near = each.some((v, j) => j !== x.idx && isProduct[j] && v >= mine && v < mine * th.isolationFactor && !(apart && lowIdx.has(j)));
    if (near) low.splice(k, 1);
  }
  // SKUs that differ by a size (2mm ... 32mm, 100W ... 300W) and cost more as they grow: their spread is the sizes.
  // ... and options that are grades of the goods (listed under "Grade:", or each named by its grade): their spread is the
  // quality, from a commercial grade to the finest, not filler pulling the range down.
  const graded = skus.length >= th.minSkus && (Boolean(p.optionHeadings?.some(rules.isGradeHeading)) || skus.every((s) => rules.isGradeName(s.name)));
  if (graded || sizeScaled(skus)) {
    low.splice(0, low.length, ...low.filter((x) => x.named));
    high.splice(0, high.length, ...high.filter((x) => x.named));
  }
  // More than a third of the SKUs "far below" with product names means the cheap ones are the product (an
  // accessory set); give-aways and fee links stay flagged however many there are.
  // A SKU at a few percent of the median is not one of an accessory set's items (those set the median themselves).
  if (low.filter((x) => !x.named).length * 3 > skus.length) low.splice(0, low.length, ...low.filter((x) => x.named || x.tiny));
  if (high.filter((x) => !x.named).length * 3 > skus.length) high.splice(0, high.length, ...high.filter((x) => x.named));
  // Every SKU far from the median (a cheap one and a dear one, nothing between) leaves nothing to measure against:
  // the dear ones are then the product's price, not filler; with only cheap ones left there is no finding.
  if (low.length + high.length >= skus.length) high.splice(0);
  if (low.length >= skus.length) low.splice(0);
  return { low, high };
}

/** The finding on the off-price SKUs: each against the median of the SKUs that stay, and the range once they go. */
function skuFillerFinding(p: ParsedListing, rules: ListingRules, lang: Lang, flagged: Set<Sku>, each: number[], low: LowSku[], high: HighSku[]): Draft[] {
  const th = rules.thresholds.sku;
  const skus = p.skus;
  for (const x of [...low, ...high]) flagged.add(x.sku);
  const rest = skus.filter((s) => !flagged.has(s));
  const restMin = rest.reduce((a, b) => (b.price.usd < a.price.usd ? b : a), rest[0]!).price;
  const restMax = rest.reduce((a, b) => (b.price.usd > a.price.usd ? b : a), rest[0]!).price;
  const afterFix = Math.abs(restMin.usd - restMax.usd) < 1e-9 ? fmtMoney(restMin) : `${fmtMoney(restMin)}–${fmtMoney(restMax)}`;
  const single = afterFix === fmtMoney(restMin);
  // Cheap SKUs are stated against the SKUs that stay (a cluster of add-ons must not set the median it is compared with).
  const restEachSorted = skus.map((s, j) => (flagged.has(s) ? NaN : each[j]!)).filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  const restMedian = medianOfSorted(restEachSorted);
  const lowShares = low.map((x) => each[x.idx]! / restMedian);
  const lowShare = Math.max(...(lowShares.length ? lowShares : [0]));
  const atMost = lowShares.length > 1 && Math.min(...lowShares) < lowShare * 0.95;
  const worst = [...low, ...high].sort((a, b) => Math.abs(Math.log(a.share)) - Math.abs(Math.log(b.share))).pop()!;
  const headlineMin = p.headline?.min;
  const setsHeadline = headlineMin && low.some((x) => Math.abs(x.sku.price.usd - headlineMin.usd) < 1e-6);
  const list = (xs: typeof low) => xs.map((x) => `${fmtMoney(x.sku.price)} '${x.sku.name}'`).join(lang === 'zh' ? '、' : ', ');
  const details: string[] = [];
  if (low.length)
    details.push(
      t(
        lang,
        `SKU ${list(low)} ${atMost ? '最多' : ''}只有其他 SKU 中位价 ${fmtUsd(restMedian)} 的 ${fmtPercent(lowShare)}${setsHeadline ? `，并把标题价格拉低到 ${fmtMoney(headlineMin!)}` : ''}。`,
        `SKU ${list(low)} ${low.length > 1 ? 'are' : 'is'} ${atMost ? 'at most ' : ''}${fmtPercent(lowShare)} of the other SKUs' median ${fmtUsd(restMedian)}${setsHeadline ? ` and set${low.length > 1 ? '' : 's'} the headline price to ${fmtMoney(headlineMin!)}` : ''}.`,
      ),
    );
  if (high.length)
    details.push(
      t(lang, `SKU ${list(high)} 是其他 SKU 中位价的 ${fmtRatio(high[0]!.share)}。`, `SKU ${list(high)} ${high.length > 1 ? 'are' : 'is'} ${fmtRatio(high[0]!.share)} the other SKUs' median.`),
    );
  const names = [...low, ...high].map((x) => `${fmtMoney(x.sku.price)} '${x.sku.name}'`).join(lang === 'zh' ? '、' : ' and ');
  return [
    {
      kind: 'sku_filler',
      severity: Math.max(...low.map((x) => th.lowRatio / Math.max(x.share, 1e-6)), ...high.map((x) => x.share / th.highRatio), 1),
      detail: details.join(' '),
      fix: t(
        lang,
        `删除或按真实价格重设 ${names} SKU（赠品、包装、邮费不要单独设成 SKU）；改后价格${single ? '为' : '区间为'} ${afterFix}。`,
        `Remove or re-price the ${names} SKU${low.length + high.length > 1 ? 's' : ''} (gifts, packaging and postage are not SKUs of their own); your ${single ? 'price' : 'range'} would be ${afterFix}.`,
      ),
      evidence: { sku: worst.sku.name, skuPrice: worst.sku.price.value, shareOfMedian: round(low.includes(worst as (typeof low)[number]) ? each[worst.idx]! / restMedian : worst.share, 4), median: round(low.includes(worst as (typeof low)[number]) ? restMedian : worst.ref, 4), flaggedSkus: low.length + high.length, rangeAfterFix: afterFix },
    },
  ];
}

/**
 * The listing's only option is a fee, a postage link or a part sold alone ("Postage make-up" $0.01 under a hoodie,
 * "Battery cover only" $0.05 under a mouse): the one price shown is not the product's when it is a token price or far below
 * what the product itself sells for (reference table).
 */
function soleOption(p: ParsedListing, rules: ListingRules, lang: Lang, flagged: Set<Sku>): Draft[] {
  const th = rules.thresholds.sku;
  const s = p.skus[0]!;
  const name = descriptorless(s.name);
  const fee = rules.isFeeName(name) && !rules.isSetupCharge(s.name);
  const solo = rules.isSoloName(s.name);
  // ... or a give-away, card or wrapping the title does not sell ("Thank-you card", "Gift wrapping paper", "收纳袋（赠品）"),
  // at a token price: a vase or a dinner set listed at a card's cent (such names may be goods elsewhere, so only a penny).
  const gift = !fee && !solo && isFiller(name, rules) && s.price.usd <= th.pennyUsd;
  if ((!fee && !solo && !gift) || !p.title || namedInTitle(name, p.title)) return [];
  const cat = rules.referenceFor?.(p.title);
  const floor = cat && rules.unitByName.get(cat.unit.toLowerCase())?.dim === 'count' ? cat.usdMin / rules.thresholds.range.referenceFactor : 0;
  const cheap = gift || s.price.usd <= th.pennyUsd || (floor > 0 && s.price.usd < floor);
  if (!cheap) return [];
  flagged.add(s);
  return [
    {
      kind: 'sku_filler',
      severity: 1.5,
      detail: t(lang, `唯一的 SKU ${fmtMoney(s.price)} '${s.name}' 不是商品本身（邮费/费用链接或单独的配件），商品价格因此显示为 ${fmtMoney(s.price)}。`, `The only SKU, ${fmtMoney(s.price)} '${s.name}', is not the product (a postage or fee link, or a part sold alone), so the listing shows the product at ${fmtMoney(s.price)}.`),
      fix: t(lang, `删除这个 SKU，按商品本身的真实价格发布（邮费、配件不要设成商品的 SKU）。`, `Remove this SKU and publish the product's own real price (postage and parts are not SKUs of the product).`),
      evidence: { sku: s.name, skuPrice: s.price.value, ...(floor > 0 ? { referenceFloorUsd: round(floor, 2) } : {}) },
    },
  ];
}

// "4pcs", "5件套", "12支装": a SKU holding several items; "单件", "1pc", "single": a SKU of one.
const PACK_QTY = /(?<![\d.])(\d{1,4})\s*(?:pcs|pieces|件套|件装|支装|只装|个装|片装|套装|(?:件|支|只|个|片)(?=套|装|[盒袋箱混]装|\s))(?![A-Za-z])/i;
const SINGLE = /\b(?:1\s*(?:pc|pcs|piece)|single|one piece)\b|单(?:件|个|支|只|片|条|套|品)|(?<![\d.])1\s*(?:件|个|支|只|片|条)(?!套|装)/i;

// "Tackle box kit", "Full set", "全套": the whole set, dearer than its parts by nature.
const KIT = /\b(?:kit|full set|complete set|whole set|set of|bundle|combo)\b|全套|整套|套装|套餐/i;

// "20pcs mixed set", "5 pcs set", "set of 12", "10件套", "6只装", "配件盒（228件）": how many pieces one SKU holds; so do
// "100只盒装", "盒装 382只" and a name that opens with its count ("24件 银色" beside "单支 餐勺": the set of 24, not one piece).
// A SKU named by its count alone ("10 pcs", "50 pcs/box" beside "1 pc") is that many of the goods: hair clips at $0.05
// one, $0.48 for ten, $2.30 for fifty cost the same per clip, and the single is no filler.
const PACK = fastEdges(/(?<![\d.])(\d{1,4})\s*-?\s*(?:pcs|pieces?|pc)\b[^\d]{0,14}?\b(?:set|pack|kit|bundle|lot|mixed|assortment)\b|\b(?:set|pack|box|kit|bundle|lot) of (\d{1,4})\b|(?<![\d.])(\d{1,4})\s*(?:件|个|只|支|片|条)?\s*(?:套|装)(?!\p{Script=Han}*(?:盒|袋))|[(（]\s*(\d{1,4})\s*(?:pcs|pieces?|件|个|只|支|片|条|颗|粒)\s*[)）]|^\s*(\d{1,4})\s*(?:pcs|pieces)\s*(?:[/／]\s*(?:card|box|bag|pack|set|lot|carton)\s*)?$|(?<![\d.])(\d{1,4})\s*(?:件|个|只|支|片|条)\s*(?:盒|袋|箱|混)装|(?:盒|袋|箱|混)装\s*(\d{1,4})\s*(?:件|个|只|支|片|条|pcs)|^\s*(\d{1,4})\s*(?:件|个|只|支|片|条)(?=\s)/iu);

/** The SKU is dear only against spare parts labelled and priced as goods: against the other SKUs it sits within highRatio. */
function aboveOnlyParts(skus: Sku[], idx: number, pricedParts: boolean[], highRatio: number): boolean {
  if (!pricedParts.some(Boolean)) return false;
  const rest = skus.filter((_, j) => j !== idx && !pricedParts[j]).map((s) => s.price.usd).sort((a, b) => a - b);
  if (!rest.length) return true;
  return skus[idx]!.price.usd <= medianOfSorted(rest) * highRatio;
}

/** The median of numbers sorted ascending (at least one). */
/** The median, or 0 (nothing to measure against) for no values. */
function medianOrZero(xs: number[]): number {
  return xs.length ? medianOfSorted(xs) : 0;
}

function medianOfSorted(xs: number[]): number {
  return xs.length % 2 ? xs[xs.length >> 1]! : (xs[xs.length / 2 - 1]! + xs[xs.length / 2]!) / 2;
}

function packCount(name: string): number {
  const m = PACK.exec(name);
  const n = m ? Number(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7] ?? m[8]) : 1;
  return n >= 2 ? n : 1;
}

/** 999, 9,999.99, 88888: prices typed to fill a field, not to sell at. */
function isPlaceholder(v: number): boolean {
  const digits = String(Math.floor(v));
  return v >= 99 && (/^9+$/.test(digits) || /^(\d)\1{3,}$/.test(digits));
}

// Sizes that measure how much of the goods a SKU holds, not one of its dimensions.
const QUANTITY_SIZE = /^(?:ml|l|g|kg|oz)$/;
const SIZE = /(?<![A-Za-z\d.])(\d+(?:\.\d+)?)\s*(mm|cm|m|inch|inches|in|"|ml|l|w|kw|v|ah|g|kg|oz|ft|寸|毫米|厘米|米)(?![A-Za-z])/i;

// A pipe fitting's nominal diameter ("DN15", "DN 600") or a metric thread ("M6", "M36x200"): a size in millimetres written
// before its number, read as one.
const NOMINAL_SIZE = /(?<![A-Za-z\d])(?:DN|M)\s?(\d+(?:\.\d+)?)(?![\d.]|\s*(?:GB|TB|mAh|Pro|Max|chip)\b)/i;

function sizeScaled(skus: Sku[]): boolean {
  const sized = skus.map((s) => ({ ...sizeOf(s.name), usd: s.price.usd }));
  if (sized.some((x) => x.size === undefined)) return false;
  const unit = sized[0]!.unit!;
  if (sized.some((x) => x.unit !== unit)) return false;
  const bySize = sized.map((x) => ({ size: x.size!, usd: x.usd })).sort((a, b) => a.size - b.size || a.usd - b.usd);
  // A size that is a quantity of the goods (millilitres, grams: a 30 ml bottle holds fifteen 2 ml vials) costs at most about
  // in step with it; a dimension (a rope's diameter, a wig's length) may cost up to the cube of its step.
  const amount = QUANTITY_SIZE.test(unit);
  // Each size costs no less than the one before, and no step outruns its size: a 12-inch wig at 90x the 10-inch one
  // is no size scaling (a rise up to the cube of the size step, or 3x, is), nor a 2 ml vial at $0.01 beside 30 ml at $1.85.
  return bySize.every((x, i) => {
    if (i === 0) return true;
    const prev = bySize[i - 1]!;
    const sizeStep = prev.size > 0 ? x.size / prev.size : Infinity;
    return x.usd >= prev.usd * 0.9 && x.usd <= prev.usd * Math.max(3, amount ? sizeStep * 2 : sizeStep ** 3);
  });
}

/** The size a SKU's name states, its number and its unit in lower case: after the number ("10 inch"), or a nominal size
 *  before it ("DN50", "M8"), in millimetres. */
function sizeOf(name: string): { size?: number; unit?: string } {
  const after = SIZE.exec(name);
  if (after) return { size: Number(after[1]), unit: after[2]!.toLowerCase() };
  const nominal = NOMINAL_SIZE.exec(name);
  return nominal ? { size: Number(nominal[1]), unit: 'mm' } : {};
}

/** The SKU's whole name is one part, packaging or give-away word (sku.yaml), with at most "only"/"单买" beside it. */
function bareAccessory(name: string, rules: ListingRules): boolean {
  const n = name
    .replace(/^[^:：]{1,12}[:：]\s*/, '')
    .replace(/[(（][^)）]*[)）]/g, ' ')
    .replace(/\b(?:only|single|spare|extra)\b|单买|单独|单拍|(?:^|\s)仅|只/gi, ' ')
    .trim()
    .toLowerCase();
  if (!n || /\s{2,}|\d/.test(n)) return false;
  return rules.bareAccessoryNames.has(n) || (n.endsWith('s') && rules.bareAccessoryNames.has(n.slice(0, -1)));
}

/** A SKU name without what only describes packing: "2.5x100mm (100pcs/bag)", "24pcs set with gift box". */
function descriptorless(name: string): string {
  return name
    .replace(/^[^:：]{1,12}[:：]\s*/, '')
    .replace(/[(（][^)）]*[)）]/g, ' ')
    .replace(/(?:\bwith|\+|\bin|\bper|\/|&)\s*(?:an?\s+)?(?:gift\s+|kraft\s+|paper\s+|color\s+)?(?:box|bag|case|pouch|card)\b/gi, ' ')
    .replace(/\d+\s*(?:pcs|pieces)?\s*\/\s*(?:bag|box|carton)/gi, ' ')
    .replace(/可售\s*\d+/g, ' ');
}

// Words that say a SKU sells its item alone ("Case only", "sold separately"). ("Single" is kept: a single beside packs is
// judged per item by its own rule.) BUNDLE_SOLO_WORDS below holds them with the other words of a part sold on its own.
const ALONE = 'only|alone|separately';
const ALONE_WORDS = new RegExp(String.raw`\b(?:${ALONE})\b`, 'gi');

/** Every word of the SKU's name (Han runs, English words) is in the title: the title names this item as one of its goods. */
function namedInTitle(name: string, title: string | undefined): boolean {
  if (!title) return false;
  const t = title.toLowerCase();
  const han = name.match(/\p{Script=Han}{2,}/gu) ?? [];
  const words = name.toLowerCase().match(/[a-z]{3,}/g) ?? [];
  if (!han.length && !words.length) return false;
  // A Chinese name may put a material or size before the item the title lists ("铝梭芯" in a title of "梭芯 梭壳 压脚"):
  // its last two characters or more, found in the title, name the same goods.
  const hanNamed = (h: string) => {
    for (let k = 0; k + 2 <= h.length; k++) if (t.includes(h.slice(k))) return true;
    return false;
  };
  return han.every(hanNamed) && words.every((w) => t.includes(w));
}

/** Some word of the SKU's name (a Han run of two or more, an English word of four letters or more) is in the title. */
function sharesTitleWord(name: string, title: string | undefined): boolean {
  if (!title) return false;
  const t = title.toLowerCase();
  const words = [...(name.match(/\p{Script=Han}{2,}/gu) ?? []), ...(name.toLowerCase().match(/[a-z]{4,}/g) ?? [])];
  return words.some((w) => t.includes(w.endsWith('s') ? w.slice(0, -1) : w));
}

/**
 * The title names a word of the SKU's name in the plural, as goods sold ("Spare Lids & Bands", "Jars and Lids"): the title
 * offers those items themselves. A singular part of the product ("Mason Jar with Lid") does not. (An ampersand is no word
 * character: the word boundary goes on the words beside it, or "Lids & Seal Rings" never reads.)
 */
function titleSellsPart(name: string, title: string | undefined): boolean {
  if (!title) return false;
  const t = title.toLowerCase();
  const words = (name.toLowerCase().match(/[a-z]{3,}/g) ?? []).filter((w) => !/^(?:only|alone|just|the|and|with|for|without|extra|spare|set|pack|pcs|piece|pieces|one|single|gift|free|sample|card|bag|box)$/.test(w) && !w.endsWith('s'));
  return words.some((w) => compiledFor(PLURAL_PART_RES, w, () => new RegExp(`(?:\\b(?:spare|extra|replacement|and)|&)\\s+(?:[a-z]+\\s+){0,2}${w}(?:s|es)\\b|\\b${w}(?:s|es)\\s+(?:and\\b|&)`)).test(t));
}

/**
 * The pattern built from a word, compiled once per word (these run per SKU, and a pattern built per call is compiled
 * per call). The cache is cleared past a few thousand words, so a stream of new names cannot grow it without bound.
 * The patterns are neither global nor sticky: test() keeps no state in them, so a shared one reads as a fresh one.
 */
function compiledFor(cache: Map<string, RegExp>, word: string, build: () => RegExp): RegExp {
  let re = cache.get(word);
  if (!re) {
    if (cache.size >= 4096) cache.clear();
    cache.set(word, (re = build()));
  }
  return re;
}
const PLURAL_PART_RES = new Map<string, RegExp>();
const KIT_PART_RES = new Map<string, RegExp>();

/** The SKU is a part (sku.yaml partNames) that a dearer SKU's name lists among what its kit holds. */
function kitHolds(name: string, idx: number, skus: Sku[], rules: ListingRules): boolean {
  const part = rules.partOf(name);
  if (!part) return false;
  const price = skus[idx]!.price.usd;
  const word = /^[a-z]/i.test(part) ? compiledFor(KIT_PART_RES, part, () => new RegExp(`\\b${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:s|es)?\\b`, 'i')) : null;
  // (priced as a share of what the kit adds, as bundleHolds asks: a cent "strap only" beside "watch + extra strap" is a placeholder)
  return skus.some((o, j) => j !== idx && o.price.usd > price && o.name !== name && (word ? word.test(o.name) : o.name.includes(part)) && addsAtLeast(price, o, idx, skus, rules.thresholds.sku));
}

/** `price` is at least thresholds sku.bundlePartMinShare of what bundle SKU `o` costs above the dearest other SKU below it
 *  (the product alone), else of its whole price. */
function addsAtLeast(price: number, o: Sku, idx: number, skus: Sku[], th: ListingRules['thresholds']['sku']): boolean {
  if (th.bundlePartMinShare === undefined) return true;
  const base = Math.max(0, ...skus.filter((x, j) => x !== o && j !== idx && x.price.usd < o.price.usd).map((x) => x.price.usd));
  return price >= (o.price.usd - base) * th.bundlePartMinShare;
}

/** A dearer SKU is a bundle ("Case + 9H tempered glass", "Lure+upgraded treble hooks", "轮胎+内胎") one of whose added
 *  components (after the first, the product) is this SKU's item, its name without the words that sell it alone ("only", "spare", "仅"): the item the bundle adds,
 *  sold on its own. Its price must be at least thresholds sku.bundlePartMinShare of what the bundle costs above the
 *  SKUs it is dearer than (a $0.01 "strap only" beside a $24 watch and a $25 "watch + strap" is still a placeholder);
 *  round 44: genuine component SKUs were flagged as filler (a $0.03 seal ring beside "lid + seal ring" at $0.24). */
function bundleHolds(idx: number, skus: Sku[], th: ListingRules['thresholds']['sku']): boolean {
  if (th.bundlePartMinShare === undefined) return false;
  const price = skus[idx]!.price.usd;
  const item = itemWords(skus[idx]!.name.replace(BUNDLE_SOLO_WORDS, ' '));
  if (!item.length) return false;
  for (const o of skus) {
    if (o === skus[idx] || o.price.usd <= price || !BUNDLE_JOIN.test(o.name)) continue;
    const parts = o.name.split(BUNDLE_JOIN).map(itemWords).filter((w) => w.length);
    if (parts.length < 2) continue;
    // (the first part is the product the others are added to: a "drill bit" is no item "Drill + battery" adds)
    // (an added part and the item name the same thing when every word of the shorter name is in the longer one)
    const holds = parts.slice(1).some((c) => {
      const [fewer, more] = c.length <= item.length ? [c, item] : [item, c];
      return fewer.every((w) => more.includes(w));
    });
    if (!holds) continue;
    // What the bundle adds: its price above the dearest other SKU below it (the product alone), else its whole price.
    if (addsAtLeast(price, o, idx, skus, th)) return true;
  }
  return false;
}
const BUNDLE_JOIN = /\s*(?:[+＋&]|\bwith\b|\bw\/|\band\b)\s*|(?<=\p{Script=Han})\s*[带加配含和]\s*(?=\p{Script=Han})/u;
const BUNDLE_SOLO_WORDS = new RegExp(String.raw`\b(?:${ALONE}|spare|extra|single|replacement|set of \d+|\d+\s*(?:pcs?|pieces?))\b|仅|只|单独|单买|单卖|备用|[(（）)]`, 'gi');
/** The words of an item's name that say what it is, lower-cased and singular (numbers and "#6" sizes dropped); a Chinese
 *  name is one word. */
function itemWords(name: string): string[] {
  return (name.toLowerCase().match(/[\p{Script=Han}]+|[a-z0-9][a-z0-9-]*/gu) ?? [])
    .filter((w) => !/^\d+$/.test(w) && !/^(?:the|a|an|of|for|in|pc|pcs|set|upgraded|upgrade)$/.test(w))
    .map((w) => w.replace(/(?<=[a-z]{3})(?:es|s)$/, ''));
}

function isFiller(name: string, rules: ListingRules): boolean {
  return rules.fillerEn.test(name) || rules.fillerZhIn(name);
}

// ---------------------------------------------------------------------------------------------------------
// shipping: freight far above the goods it ships (the quartz example: 3,948× the goods price), or charged above
// the published fee

function shipping(p: ParsedListing, rules: ListingRules, lang: Lang): Draft[] {
  const th = rules.thresholds.shipping;
  const out: Draft[] = [];
  const charged = p.shipping.filter((s) => s.role === 'charged');
  // With a fee "collected after payment", the page's other fee is the published one, whatever it is called.
  const published = p.shipping.filter((s) => s.role === 'published' || (charged.length > 0 && s.role === 'plain'));
  if (published.length && charged.length) {
    const pub = Math.max(...published.map((s) => s.amount.usd));
    const chg = charged.reduce((a, b) => (b.amount.usd > a.amount.usd ? b : a));
    // (an estimate may vary, but not by chargedEstimateFactor times a real published fee)
    if (chg.amount.usd > pub * (1 + th.chargedOverPublished) && (!chg.estimate || beyondEstimate(chg.amount.usd, pub, th))) {
      const pubMoney = published.find((s) => s.amount.usd === pub)!.amount;
      out.push({
        kind: 'shipping',
        clauseId: 'shipping-above-published',
        severity: chg.amount.usd / Math.max(pub, 1e-9),
        detail: t(
          lang,
          `实际收取的运费 ${fmtMoney(chg.amount)} 高于发布的运费 ${fmtMoney(pubMoney)}（${fmtRatio(chg.amount.usd / Math.max(pub, 1e-9))}）。`,
          `The shipping charged, ${fmtMoney(chg.amount)}, is above the published shipping fee of ${fmtMoney(pubMoney)} (${fmtRatio(chg.amount.usd / Math.max(pub, 1e-9))}).`,
        ),
        fix: t(lang, `只收取发布的运费 ${fmtMoney(pubMoney)}，或先把发布的运费改成真实运费 ${fmtMoney(chg.amount)}。`, `Charge only the published ${fmtMoney(pubMoney)}, or publish the real shipping fee (${fmtMoney(chg.amount)}) first.`),
        evidence: { publishedShipping: pubMoney.value, chargedShipping: chg.amount.value },
      });
    }
  }
  const fees = p.shipping.filter((s) => s.role !== 'charged');
  if (!out.length && p.total && p.order && fees.length) {
    // The order summary adds up: goods + shipping = total. More in the total is freight charged above the fee shown.
    const fee = fees.reduce((a, b) => (b.amount.usd > a.amount.usd ? b : a)).amount;
    const extra = p.total.usd - p.order.subtotal.usd - fee.usd;
    if (extra > Math.max(1, (p.order.subtotal.usd + fee.usd) * th.chargedOverPublished)) {
      out.push({
        kind: 'shipping',
        clauseId: 'shipping-above-published',
        severity: 1 + extra / Math.max(fee.usd, 1e-9),
        detail: t(
          lang,
          `订单合计 ${fmtMoney(p.total)} 比货值 ${fmtMoney(p.order.subtotal)} 加运费 ${fmtMoney(fee)} 多出 ${fmtUsd(extra)}：多收的运费。`,
          `The order total, ${fmtMoney(p.total)}, is ${fmtUsd(extra)} more than goods ${fmtMoney(p.order.subtotal)} plus shipping ${fmtMoney(fee)}: freight charged above the fee shown.`,
        ),
        fix: t(lang, `合计只能是货值加发布的运费；把真实运费发布在运费模板里，不要在结算时加收。`, `Make the total goods plus the published shipping; publish the real freight in the shipping template instead of adding it at checkout.`),
        evidence: { total: p.total.value, goods: p.order.subtotal.value, shipping: fee.value, extra: round(extra) },
      });
    }
  }
  if (!out.length && p.freeShipping) {
    // Free shipping shown, a fee asked for anyway (even one "collected after the order"): freight above the published zero.
    const fee = p.shipping.find((s) => s.amount.usd > 0);
    if (fee) {
      out.push({
        kind: 'shipping',
        clauseId: 'shipping-above-published',
        severity: 2,
        detail: t(lang, `页面写明包邮，却收取运费 ${fmtMoney(fee.amount)}。`, `The page advertises free shipping, yet charges ${fmtMoney(fee.amount)} for shipping.`),
        fix: t(lang, `要么真正包邮（运费为 0），要么删除"包邮"并发布真实运费。`, `Either ship free as advertised (shipping 0) or remove "free shipping" and publish the real fee.`),
        evidence: { shipping: fee.amount.value, advertised: 'free shipping' },
      });
    } else if (p.freightAfterOrder) {
      // Free shipping shown, and the page's own note says freight is added once the order is placed: the fee is
      // above the published zero, only its amount is not on the page yet.
      const note = p.freightAfterOrder.slice(0, 60);
      out.push({
        kind: 'shipping',
        clauseId: 'shipping-above-published',
        severity: 1.5,
        detail: t(lang, `页面写明包邮，却又说下单后另收运费（「${note}」）。`, `The page advertises free shipping, yet says freight is charged after the order ("${note}").`),
        fix: t(lang, `要么真正包邮，要么删除"包邮"并在运费模板里发布真实运费。`, `Either ship free as advertised, or remove "free shipping" and publish the real freight in the shipping template.`),
        evidence: { advertised: 'free shipping', note },
      });
    }
  }
  if (!out.length && p.freightNotReal && th.tokenFeeUsd !== undefined) {
    // A token fee shown, and the page's own words say the real freight comes later: charged above the published fee.
    // (A published fee of zero is a token fee too: "Shipping: $0.00 (actual freight re-quoted after payment)".)
    const token = p.shipping.find((s) => s.role !== 'charged' && s.amount.usd >= 0 && s.amount.usd <= th.tokenFeeUsd!);
    if (token) {
      const note = p.freightNotReal.slice(0, 80);
      out.push({
        kind: 'shipping',
        clauseId: 'shipping-above-published',
        severity: 1.5,
        detail: t(lang, `页面发布的运费只有 ${fmtMoney(token.amount)}，却又说这不是实际运费（「${note}」）：实际收取的运费高于发布的运费。`, `The page publishes shipping of ${fmtMoney(token.amount)}, yet says that is not the freight the buyer pays ("${note}"): the freight charged is above the published fee.`),
        fix: t(lang, `在运费模板里发布真实运费（或真实的运费估算），下单后不再另收。`, `Publish the real freight (or a real estimate) in the shipping template, and charge nothing on top after the order.`),
        evidence: { shipping: token.amount.value, note },
      });
    }
  }
  if (!out.length && p.freightTopUp) {
    // A fee (or free shipping) published, and the page's own words say the buyer pays a difference on top after the order.
    const shown = p.shipping.filter((s) => s.role !== 'charged');
    const pub = shown.length ? shown.reduce((a, b) => (b.amount.usd > a.amount.usd ? b : a)).amount : p.freeShipping ? undefined : null;
    if (pub !== null) {
      const note = p.freightTopUp.slice(0, 80);
      const fee = pub ? fmtMoney(pub) : t(lang, '包邮', 'free shipping');
      out.push({
        kind: 'shipping',
        clauseId: 'shipping-above-published',
        severity: 1.5,
        detail: t(lang, `页面发布的运费是 ${fee}，却又说下单后重新核算、差价由买家补付（「${note}」）：实际收取的运费高于发布的运费。`, `The page publishes ${fee}, yet says the freight is worked out again after the order and the buyer pays the difference ("${note}"): the freight charged is above the published fee.`),
        fix: t(lang, `在运费模板里发布真实运费（按体积重或实际方式计算），下单后不再补收差价。`, `Publish the real freight in the shipping template (by volumetric weight or the real method), and charge no difference after the order.`),
        evidence: { ...(pub ? { shipping: pub.value } : { advertised: 'free shipping' }), note },
      });
    }
  }
  if (!out.length && p.freightMultiple && p.freightMultiple.factor > 1 + th.chargedOverPublished) {
    // The page's own words: the freight charged is a multiple of the freight it publishes.
    const shown = p.shipping.filter((s) => s.role !== 'charged' && s.amount.usd > 0);
    if (shown.length) {
      const pub = shown.reduce((a, b) => (b.amount.usd > a.amount.usd ? b : a)).amount;
      const k = p.freightMultiple.factor;
      const note = p.freightMultiple.text.slice(0, 80);
      out.push({
        kind: 'shipping',
        clauseId: 'shipping-above-published',
        severity: k,
        detail: t(lang, `页面自己说实际收取的运费约是发布运费 ${fmtMoney(pub)} 的 ${k} 倍（「${note}」）：实际收取的运费高于发布的运费。`, `By the page's own words the freight charged is about ${k}x the published ${fmtMoney(pub)} ("${note}"): the freight charged is above the published fee.`),
        fix: t(lang, `在运费模板里发布真实运费（约 ${fmtMoney(scale(pub, k))}），下单后只收发布的运费。`, `Publish the real freight in the shipping template (about ${fmtMoney(scale(pub, k))}) and charge only what is published.`),
        evidence: { publishedShipping: pub.value, statedMultiple: k, note },
      });
    }
  }
  if (!out.length && p.shippingHoldsPrice && p.shipping.some((s) => s.amount.usd > 0)) {
    const fee = p.shipping.reduce((a, b) => (b.amount.usd > a.amount.usd ? b : a));
    const note = p.shippingHoldsPrice.slice(0, 80);
    out.push({
      kind: 'shipping',
      severity: 1.5,
      detail: t(lang, `运费 ${fmtMoney(fee.amount)} 按页面自己的说法包含了商品的部分价格（「${note}」）：价格虚低、运费虚高。`, `By the page's own words the shipping of ${fmtMoney(fee.amount)} holds part of the goods' price ("${note}"): a low price with inflated shipping.`),
      fix: t(lang, `把商品价格改成真实价格，运费只收真实运费。`, `Put the real goods price in the price, and charge only the real freight as shipping.`),
      evidence: { shipping: fee.amount.value, note },
    });
  }
  // A fee for a stated weight far above what express freight costs per kilogram (DHL $1,450 for 35 kg).
  const heavy = !out.length ? p.shipping.find((s) => s.weightKg && s.amount.usd >= th.weightMinFeeUsd && s.amount.usd / s.weightKg > th.maxUsdPerKg) : undefined;
  if (heavy) {
    const perKg = heavy.amount.usd / heavy.weightKg!;
    out.push({
      kind: 'shipping',
      severity: perKg / th.maxUsdPerKg,
      detail: t(lang, `运费 ${fmtMoney(heavy.amount)} 对应约 ${round(heavy.weightKg!, 1)} kg，每公斤 ${fmtUsd(perKg)}：远高于正常国际快递运价。`, `Shipping of ${fmtMoney(heavy.amount)} for about ${round(heavy.weightKg!, 1)} kg is ${fmtUsd(perKg)} per kilogram: far above what international express costs.`),
      fix: t(lang, `按运费模板的真实运价收取（每公斤不应超过约 ${fmtUsd(th.maxUsdPerKg)}），商品价改成真实价格。`, `Charge the real rate from a shipping template (no more than about ${fmtUsd(th.maxUsdPerKg)} per kilogram) and publish the real goods price.`),
      evidence: { shipping: heavy.amount.value, weightKg: round(heavy.weightKg!, 2), usdPerKg: round(perKg) },
    });
  }
  // A fee shown far below what any carrier takes for the goods' stated gross weight ($0.01 door-to-door for a 58 kg treadmill):
  // the buyer is charged the real freight above it. (A fee per kilogram or per another measure is a rate, judged above.)
  const tokenPerKg = th.tokenFreightUsdPerKg;
  const tokenFor = (s: (typeof p.shipping)[number]) => s.weightKg ?? p.grossWeightKg ?? p.unitWeightKg;
  const tokenFee =
    !out.length && tokenPerKg !== undefined
      ? p.shipping.find((s) => s.role !== 'charged' && !s.estimate && (!s.perUnit || s.perUnit.dim === 'count') && s.amount.usd > 0 && (tokenFor(s) ?? 0) >= (th.tokenFreightMinKg ?? 0) && s.amount.usd / tokenFor(s)! < tokenPerKg)
      : undefined;
  if (tokenFee) {
    const kg = tokenFor(tokenFee)!;
    out.push({
      kind: 'shipping',
      severity: 1.2,
      detail: t(lang, `运费只有 ${fmtMoney(tokenFee.amount)}，而商品毛重约 ${round(kg, 1)} kg（每公斤 ${fmtUsd(tokenFee.amount.usd / kg)}）：低于任何承运方式的运价，实际收取的运费会高于发布的运费。`, `Shipping is only ${fmtMoney(tokenFee.amount)} for goods of about ${round(kg, 1)} kg gross (${fmtUsd(tokenFee.amount.usd / kg)} per kilogram): below what any carrier takes, so the freight really charged will be above the one published.`),
      fix: t(lang, `在运费模板里按毛重发布真实运费。`, `Publish the real freight for the gross weight in the shipping template.`),
      evidence: { shipping: tokenFee.amount.value, weightKg: round(kg, 2) },
    });
  }
  // A rate quoted per kilogram above any international rate ("US$ 85 / 公斤" for knitwear).
  const rate = !out.length && th.maxRatePerKgUsd ? p.shipping.find((s) => s.role !== 'charged' && s.perUnit?.dim === 'mass' && (s.amount.usd * 1000) / s.perUnit.base > th.maxRatePerKgUsd!) : undefined;
  if (rate) {
    const perKg = (rate.amount.usd * 1000) / rate.perUnit!.base;
    out.push({
      kind: 'shipping',
      severity: perKg / th.maxRatePerKgUsd!,
      detail:
        rate.perUnit!.base === 1000
          ? t(lang, `运费按每${rate.perUnit!.label} ${fmtMoney(rate.amount)} 收取：远高于正常国际运价。`, `Shipping is charged at ${fmtMoney(rate.amount)} per ${rate.perUnit!.label}: far above any international freight rate.`)
          : t(lang, `运费按每${rate.perUnit!.label} ${fmtMoney(rate.amount)} 收取，折合每公斤 ${fmtUsd(perKg)}：远高于正常国际运价。`, `Shipping is charged at ${fmtMoney(rate.amount)} per ${rate.perUnit!.label}, ${fmtUsd(perKg)} per kilogram: far above any international freight rate.`),
      fix: t(lang, `按运费模板的真实运价收取（每公斤不应超过约 ${fmtUsd(th.maxRatePerKgUsd!)}），商品价改成真实价格。`, `Charge the real rate from a shipping template (no more than about ${fmtUsd(th.maxRatePerKgUsd!)} per kilogram) and publish the real goods price.`),
      evidence: { shipping: rate.amount.value, usdPerKg: round(perKg) },
    });
  }
  const goods = goodsValue(p, rules, lang);
  const unitUsd = goods?.unitPrice?.usd ?? 0;
  // With the buyer's own courier for the sample there is no freight of the seller's the sample's cost could move into,
  // whatever the page charges to ship the goods' orders (a sea-freight rate for 50 rolls is not the sample's postage).
  // ... and a page that gives its samples free shows a token sample price as the free sample's placeholder.
  const collectOnly = p.sample?.freightCollect || Boolean(p.freeSamples);
  if (!out.length && p.sample && !collectOnly && p.sample.price.usd <= th.tokenSampleUsd && unitUsd >= 20 * Math.max(p.sample.price.usd, 0.001) && p.sample.price.usd > 0) {
    // The quartz example's $0.01 sample: the sample's real cost moves into its freight.
    out.push({
      kind: 'shipping',
      severity: 1.5,
      detail: t(lang, `样品价只有 ${fmtMoney(p.sample.price)}，而商品单价约 ${fmtUsd(unitUsd)}：样品的成本被转移到运费里。`, `The sample is priced at ${fmtMoney(p.sample.price)} while the goods cost about ${fmtUsd(unitUsd)} each: the sample's cost is moved into its freight.`),
      fix: t(lang, `把样品价改成真实价格（不低于约 ${fmtUsd(unitUsd)}），运费按模板如实收取。`, `Price the sample at its real cost (about ${fmtUsd(unitUsd)} or more) and charge the template's real freight.`),
      evidence: { samplePrice: p.sample.price.value, unitPriceUsd: round(unitUsd, 4) },
    });
  }
  if (!goods) return out;
  let worst: { ratio: number; s: (typeof p.shipping)[number]; goodsUsd: number; basis: string } | null = null;
  for (const s of p.shipping) {
    if (s.role === 'charged' && published.length) continue;
    let goodsUsd = goods.usd;
    let basis = goods.basis;
    // Freight per kilogram on goods sold by the piece compares through the weight of one piece the page states
    // ("单位重量：9 kg" under "续重每 0.5kg US$8"): the freight of one piece against its price.
    if (s.perUnit?.dim === 'mass' && goods.unit?.dim === 'count' && p.unitWeightKg && goods.unitPrice && s.role !== 'charged') {
      const perPiece = (s.amount.usd * p.unitWeightKg * 1000) / s.perUnit.base;
      const pieces = goods.usd / Math.max(goods.unitPrice.usd, 1e-9);
      const r = perPiece / goods.unitPrice.usd;
      const limit = s.estimate ? th.maxRatioEstimate : th.maxRatio;
      if (perPiece * pieces > th.normalParcelUsd && r > limit && (!worst || r / limit > worst.ratio / (worst.s.estimate ? th.maxRatioEstimate : th.maxRatio))) {
        worst = { ratio: r, s: { ...s, amount: { value: round(perPiece, 2), currency: 'USD', usd: perPiece } }, goodsUsd: goods.unitPrice.usd, basis: t(lang, `每${goods.unit.label}货值（单件约 ${round(p.unitWeightKg, 2)} kg）`, `goods value of one ${goods.unit.label} (about ${round(p.unitWeightKg, 2)} kg)`) };
      }
      continue;
    }
    // Freight per kilogram on goods sold by the piece cannot be compared without the weight: leave it.
    if (s.perUnit && goods.unit && s.perUnit.dim !== goods.unit.dim) continue;
    // Freight per container ("预估 $1,850/柜", "$2,400 per 40HQ") ships a container load, however the goods' unit is read (or
    // not read, in a rep's sentence): it is never one unit's freight.
    if (s.perUnit?.id === 'container' && goods.unit?.id !== 'container') continue;
    // A fee per piece ("每件", "per item") on goods priced per pair or set: each pair or set is at least one piece, so the fee
    // per piece is compared with the price of one pair or set, the least the fee can be against.
    const perItem = Boolean(s.perUnit && goods.unit && s.perUnit.id === 'piece' && (goods.unit.id === 'pair' || goods.unit.id === 'set'));
    // Freight per carton on goods priced per piece: how many pieces a carton holds is not on the page.
    if (s.perUnit && goods.unit && s.perUnit.dim === 'count' && s.perUnit.id !== goods.unit.id && !perItem) continue;
    if (perItem && goods.unitPrice) {
      goodsUsd = goods.unitPrice.usd;
      basis = t(lang, `每${goods.unit!.label}货值`, `goods value per ${goods.unit!.label}`);
    } else if (s.perUnit && goods.unitPrice) {
      goodsUsd = goods.unitPrice.usd * convert(1, s.perUnit, goods.unit);
      basis = t(lang, `每${s.perUnit.label}货值`, `goods value per ${s.perUnit.label}`);
    } else if (s.forQty && goods.unitPrice && goods.unit && comparable(s.forQty.unit, goods.unit)) {
      // A fee for the quantity its row names (a whole container of 60 tables) ships that quantity's goods, not the MOQ's.
      goodsUsd = goods.unitPrice.usd * convert(s.forQty.qty, s.forQty.unit, goods.unit);
      basis = t(lang, `${s.forQty.raw}的货值`, `goods value of ${s.forQty.raw}`);
    }
    if (goodsUsd <= 0) continue;
    const ratio = s.amount.usd / goodsUsd;
    // The fee for the whole order: per-unit shipping times the units of the MOQ order.
    const orderFee = s.perUnit && goods.unitPrice ? (s.amount.usd * goods.usd) / Math.max(goods.unitPrice.usd, 1e-9) / Math.max(convert(1, s.perUnit, goods.unit), 1e-9) : s.amount.usd;
    // A normal parcel fee is normal for any order, except on penny goods: $8 to ship one $0.01 case moves the price
    // into the freight (unit price at most pennyGoodsUsd, freight over pennyGoodsRatio times the goods).
    // ... and on cheap goods, a fee many times the goods (shipping.cheapGoodsUsd, cheapGoodsRatio), when it is the cheapest
    // way the page ships them: an express option beside a $4 small packet is the buyer's choice, not the published freight.
    // (asked last: only for cheap goods with a fee far above them is the page's other options read)
    const cheapest = () => !p.shipping.some((o) => o !== s && o.role !== 'charged' && !o.perUnit && o.amount.usd > 0 && o.amount.usd < s.amount.usd);
    const penny =
      goods.unitPrice !== undefined &&
      ((goods.unitPrice.usd <= th.pennyGoodsUsd && ratio > th.pennyGoodsRatio) ||
        (th.cheapGoodsUsd !== undefined && th.cheapGoodsRatio !== undefined && goods.unitPrice.usd <= th.cheapGoodsUsd && ratio > th.cheapGoodsRatio && cheapest()));
    // A fee per unit of the goods grows with the order: it is no one-off parcel fee, whatever the MOQ order costs.
    const perGoodsUnit = Boolean(s.perUnit && goods.unit && s.perUnit.id === goods.unit.id) || perItem;
    if (orderFee <= th.normalParcelUsd && !penny && !perGoodsUnit) continue;
    // Freight for a stated weight at an express rate or below is what heavy or bulky goods cost to ship (a $14 kettlebell,
    // $185 for 25 kg): real freight, not product cost moved into it. Penny goods are still judged by their ratio.
    if (s.weightKg && s.amount.usd / s.weightKg <= th.maxUsdPerKg && !penny && !s.perUnit) continue;
    const limit = s.estimate ? th.maxRatioEstimate : th.maxRatio;
    if (ratio > limit && (!worst || ratio / limit > worst.ratio / (worst.s.estimate ? th.maxRatioEstimate : th.maxRatio))) worst = { ratio, s, goodsUsd, basis };
  }
  if (worst) {
    const limit = worst.s.estimate ? th.maxRatioEstimate : th.maxRatio;
    const sample = p.sample && goods.unitPrice && p.sample.price.usd < goods.unitPrice.usd * 0.05 ? p.sample.price : undefined;
    const sampleNote = sample ? t(lang, `；样品价 ${fmtMoney(sample)} 也请改成真实价格`, `; also set the sample price (${fmtMoney(sample)}) to a real one`) : '';
    out.push({
      kind: 'shipping',
      severity: worst.ratio / limit,
      detail: t(
        lang,
        `运费 ${fmtMoney(worst.s.amount)} 是${worst.basis} ${fmtUsd(worst.goodsUsd)} 的 ${fmtRatio(worst.ratio)}：价格虚低、运费虚高${worst.s.estimate ? '（即使按预估运费看也过高）' : ''}。`,
        `Shipping of ${fmtMoney(worst.s.amount)} is ${fmtRatio(worst.ratio)} the ${worst.basis}, ${fmtUsd(worst.goodsUsd)}: a low price with inflated shipping${worst.s.estimate ? ' (too high even for an estimate)' : ''}.`,
      ),
      fix: t(
        lang,
        `把商品价改成真实价格，并按运费模板发布真实运费（${worst.basis}的运费不应超过约 ${fmtUsd(worst.goodsUsd * limit)}，重货请注明为预估）${sampleNote}。`,
        `Publish the real goods price and the real freight from a shipping template (for ${worst.basis} it should not exceed about ${fmtUsd(worst.goodsUsd * limit)}; mark heavy-goods freight as an estimate)${sampleNote}.`,
      ),
      evidence: { shippingToGoods: round(worst.ratio), shipping: worst.s.amount.value, goodsValueUsd: round(worst.goodsUsd), estimate: worst.s.estimate ? 'yes' : 'no' },
    });
  }
  if (!out.length && p.seaTransit && th.minSeaTransitDays !== undefined && p.seaTransit.days > 0 && p.seaTransit.days < th.minSeaTransitDays) {
    // "Sea freight to USA, arrives in 3 days": no ship makes that voyage; the shipping the page publishes is not what the
    // buyer gets (a few days is air or express, at its own price).
    const note = p.seaTransit.text.slice(0, 80);
    out.push({
      kind: 'shipping',
      clauseId: 'violation',
      severity: th.minSeaTransitDays / p.seaTransit.days,
      detail: t(lang, `页面写海运 ${p.seaTransit.days} 天到（「${note}」）：海运到海外港口至少要 ${th.minSeaTransitDays} 天左右，这是虚假的物流信息。`, `The page promises sea freight arriving in ${p.seaTransit.days} day${p.seaTransit.days === 1 ? '' : 's'} ("${note}"): sea freight to an overseas port takes ${th.minSeaTransitDays} days or more, so the shipping shown is false.`),
      fix: t(lang, `写明真实的海运时效（例如到美国约 20–40 天），需要几天送达的请按空运或快递发布对应运费。`, `State the real sea-freight transit time (to the USA about 20-40 days); for delivery in days, publish the air or express option at its own fee.`),
      evidence: { seaTransitDays: p.seaTransit.days, note },
    });
  }
  return out;
}

/** What the goods of the order the shipping is for are worth: the order summary, else MOQ × the price at MOQ. */
function goodsValue(p: ParsedListing, rules: ListingRules, lang: Lang): { usd: number; basis: string; unitPrice?: Money; unit?: Unit } | null {
  const tiers = sortedTiers(p.tiers);
  // The price at MOQ: the first tier, else the typical SKU (a filler SKU must not make the goods look free), else the headline.
  // A machine listed with its spare parts: the typical SKU is the machine's, the parts the names label as such set aside
  // (three parts beside two machines must not make a $18.50 handle what the freight per machine ships).
  const machines = p.skus.filter((s) => !rules.isLabelledPart(s.name));
  const typical = machines.length && machines.length < p.skus.length ? machines : p.skus;
  const typicalPrices: Money[] = [];
  for (let i = 0; i < typical.length; i++) typicalPrices.push(typical[i]!.price);
  const skuMid = typical.length ? typicalPrices.sort((a, b) => a.usd - b.usd)[typical.length >> 1] : undefined;
  const unitPrice = tiers[0]?.price ?? skuMid ?? p.headline?.min;
  const unit = tiers[0]?.unit ?? p.headline?.unit ?? p.moq?.unit;
  if (p.order && p.order.subtotal.usd > 0) {
    const q = fmtQty(p.order.qty, p.order.unit, lang);
    return { usd: p.order.subtotal.usd, basis: t(lang, `订单货值（${q}）`, `goods value of the order (${q})`), unitPrice, unit };
  }
  if (!unitPrice) return null;
  // An MOQ of containers of goods priced per metre or piece: a container holds hundreds of units and the page rarely
  // says how many, so the goods value at the MOQ is unknown (container freight beside it is normal).
  if (p.moq?.unit?.id === 'container' && unit && unit.id !== 'container' && !tiers[0]) return null;
  // An MOQ in cartons says nothing of how many pieces a carton holds; the first tier (in pieces) does.
  const sameUnit = p.moq && (!p.moq.unit || !unit || p.moq.unit.id === unit.id || (p.moq.unit.dim === unit.dim && unit.dim !== 'count'));
  const qty = p.moq && (sameUnit || !tiers[0]) ? convert(p.moq.qty, p.moq.unit, unit) : (tiers[0]?.min ?? 1);
  const at = p.moq && (sameUnit || !tiers[0]) ? p.moq.raw : tiers[0]?.label;
  const basis = at ? t(lang, `起订量货值（${at}）`, `goods value at the MOQ (${at})`) : t(lang, '货值', 'goods value');
  return { usd: unitPrice.usd * Math.max(qty, 1e-9), basis, unitPrice, unit };
}

// ---------------------------------------------------------------------------------------------------------
// moq: an MOQ that does not match the listing's own tiers or claims

function moq(p: ParsedListing, rules: ListingRules, lang: Lang): Draft[] {
  const th = rules.thresholds.moq;
  const out: Draft[] = [];
  const m = p.moq;
  const tiers = sortedTiers(p.tiers);
  if (m && tiers.length) {
    const first = tiers[0]!;
    // MOQ in cartons over tiers in pieces is a packing unit, not a false MOQ; compare like with like only.
    // A count of containers is approximate (the parser's word): "MOQ 1 × 20GP" over a "2 柜以上" step is no false MOQ.
    if (m.unit?.id !== 'container' && (!m.unit || !first.unit || m.unit.id === first.unit.id || (m.unit.dim === first.unit.dim && m.unit.dim !== 'count'))) {
      const moqInTierUnits = convert(m.qty, m.unit, first.unit);
      const ratio = Math.max(moqInTierUnits, 1e-9) / Math.max(first.min, 1e-9);
      const off = Math.max(ratio, 1 / ratio);
      // An MOQ inside the first tier's own range ("MOQ 50" over "1-199 pcs") is stricter than the tier, not false.
      const insideFirst = first.max !== undefined && moqInTierUnits >= first.min && moqInTierUnits <= first.max;
      // An MOQ below the first tier, with a headline price dearer than every tier ("$255 / Piece | MOQ 5" over
      // ">=10 pcs $245"): the headline is the price from the MOQ up, a tier the page writes outside the ladder.
      const headlineTier = moqInTierUnits < first.min && p.headline !== undefined && tiers.every((x) => p.headline!.min.usd > x.price.usd * 1.005);
      if (off >= th.maxTierMismatch && first.min > 0 && !insideFirst && !headlineTier) {
        out.push({
          kind: 'moq',
          severity: off / th.maxTierMismatch,
          detail: t(
            lang,
            `最小起订量写的是 ${fmtQty(m.qty, m.unit, lang)}，但第一档阶梯价从 ${first.label} 起（相差 ${fmtRatio(off)}）。`,
            `The MOQ says ${fmtQty(m.qty, m.unit, 'en')}, but the first price tier starts at ${first.label} (${fmtRatio(off)} apart).`,
          ),
          fix: t(lang, `把最小起订量改成真实起订量，并让第一档阶梯价从它开始（${first.label}）。`, `Set the MOQ to the quantity you really accept and start the first price tier there (${first.label}).`),
          evidence: { moq: m.qty, firstTierMin: first.min, moqToTier: round(ratio, 4) },
        });
      }
    }
  }
  // The MOQ a buyer sees: the Min. Order field, else where the first tier starts.
  const shown = m ?? (tiers[0] ? { qty: tiers[0].min, unit: tiers[0].unit, raw: tiers[0].label } : undefined);
  if (shown && !out.length) {
    // A sentence scoping the price to a quantity where a tier starts only restates that tier ("price shown is for 500+").
    const scopedByTier = (c: (typeof p.moqClaims)[number]) => c.priceScope && tiers.some((x) => Math.abs(convert(c.qty, c.unit, x.unit) - x.min) < 1e-9);
    // Pairs and pieces count the same goods (a shoe page's "1 Piece" is one pair): a claim in the other compares.
    const pairOrPiece = (a?: Unit, b?: Unit) => Boolean(a && b && a.id !== b.id && [a.id, b.id].every((id) => id === 'pair' || id === 'piece'));
    // A claim in packs whose content the page states ("MOQ: 100 cartons" beside "36 rolls/carton") counts the pack's
    // content, in the unit priced; the page's default "Piece/Pieces" MOQ counts that unit (a roll of tape is its piece).
    const priced = pricedUnit(p, tiers);
    const packOf = (x: (typeof p.moqClaims)[number]) =>
      x.unit && x.unit.dim === 'count' && priced && priced.dim === 'count' && (shown.unit?.id === priced.id || shown.unit?.id === 'piece')
        ? p.unitSizes?.find((z) => z.unit.id === x.unit!.id && z.of.id === priced.id) ?? packInPacks(p, x.unit, priced)
        : undefined;
    // A claim in packs whose content the page does not state ("Minimum order 50 packs per color" over "2 Pieces (Min.
    // Order)"): a pack holds at least one piece, so the claim is at least that many pieces, and only a claim above the MOQ
    // by the limit says anything.
    const packAtLeast = (x: (typeof p.moqClaims)[number]) => Boolean(x.unit && PACK_UNITS.has(x.unit.id) && x.unit.id !== 'container' && SINGLE_ITEM_UNITS.has(shown.unit?.id ?? 'piece'));
    for (const c of p.moqClaims.filter((x) => (comparable(x.unit, shown.unit) || pairOrPiece(x.unit, shown.unit) || packOf(x) || packAtLeast(x)) && !scopedByTier(x))) {
      const pack = comparable(c.unit, shown.unit) || pairOrPiece(c.unit, shown.unit) ? undefined : packOf(c);
      const atLeast = !pack && !comparable(c.unit, shown.unit) && !pairOrPiece(c.unit, shown.unit);
      const cq = pack ? c.qty * pack.qty : pairOrPiece(c.unit, shown.unit) || atLeast ? c.qty : convert(c.qty, c.unit, shown.unit);
      const off = atLeast ? cq / Math.max(shown.qty, 1e-9) : Math.max(cq / Math.max(shown.qty, 1e-9), shown.qty / Math.max(cq, 1e-9));
      const limit = c.loose ? th.maxClaimMismatch : th.maxTierMismatch;
      if (off >= limit && !out.length) {
        out.push({
          kind: 'moq',
          severity: off / limit,
          detail: t(lang, `同一商品写了两个起订量：${shown.raw} 和 "${c.raw}"（相差 ${fmtRatio(off)}）。`, `The listing states two MOQs: ${shown.raw} and "${c.raw}" (${fmtRatio(off)} apart).`),
          fix: t(lang, `在最小起订量字段如实填写真实起订量（${fmtQty(c.qty, c.unit, lang)}），并让阶梯价从它开始。`, `Put the real MOQ (${fmtQty(c.qty, c.unit, 'en')}) in the Min. Order field and start the price tiers there.`),
          evidence: { moq: shown.qty, otherMoq: c.qty, moqGap: round(off) },
        });
      }
    }
  }
  if (m && m.unit && m.unit.dim !== 'count' && !out.length) {
    // One kilogram of steel plate for $0.56: an MOQ in a unit of measure worth cents is not the quantity sold.
    const price = tiers[0]?.price ?? p.headline?.min;
    const priceUnit = tiers[0]?.unit ?? p.headline?.unit ?? m.unit;
    if (price && comparable(m.unit, priceUnit)) {
      const value = price.usd * convert(m.qty, m.unit, priceUnit);
      // ... nor is one of a sliver of the unit the goods are priced in ("1 Kilogram" of copper quoted per metric ton, five
      // kilograms of urea at $420 a ton): goods quoted by the ton are not sold a few kilograms at a time.
      const share = convert(m.qty, m.unit, priceUnit);
      const sliver = th.minPriceUnitShare !== undefined && th.sliverOrderUsd !== undefined && share < th.minPriceUnitShare && value < th.sliverOrderUsd;
      if ((value < th.minMeasureOrderUsd && !saidSoldOrder(p, rules, value)) || sliver) {
        out.push({
          kind: 'moq',
          severity: Math.max(th.minMeasureOrderUsd / Math.max(value, 1e-6), sliver ? th.minPriceUnitShare! / Math.max(share, 1e-9) : 0),
          detail: sliver && value >= th.minMeasureOrderUsd
            ? t(lang, `价格按每${priceUnit!.label} ${fmtMoney(price)} 标，起订量却只有 ${fmtQty(m.qty, m.unit, lang)}（一单约 ${fmtUsd(value)}）：按${priceUnit!.label}交易的商品不会这样少量出售，这不是真实的起订量。`, `The price is ${fmtMoney(price)} per ${priceUnit!.label}, yet the MOQ is only ${fmtQty(m.qty, m.unit, 'en')} (an order of about ${fmtUsd(value)}): goods traded by the ${priceUnit!.label} are not sold in such slivers, so that is not a real MOQ.`)
            : t(lang, `起订量 ${fmtQty(m.qty, m.unit, lang)} 按 ${fmtMoney(price)} 计算，一单只值 ${fmtUsd(value)}：这不是真实的起订量。`, `An MOQ of ${fmtQty(m.qty, m.unit, 'en')} at ${fmtMoney(price)} makes one order worth ${fmtUsd(value)}: that is not a quantity anyone sells.`),
          fix: t(lang, `把最小起订量改成真实接单的数量（例如一袋、一卷、一个货柜），价格按同一单位标。`, `Set the MOQ to the quantity you really accept (a bag, a roll, a container) and quote the price in the same unit.`),
          evidence: { moq: m.qty, orderValueUsd: round(value, 4) },
        });
      }
    }
  }
  if (m) {
    // An MOQ whose order is worth more than any real order (10 million pieces) is not an MOQ anyone means.
    const price = tiers[0]?.price ?? p.headline?.min;
    if (price && !out.length) {
      const value = price.usd * convert(m.qty, m.unit, tiers[0]?.unit ?? p.headline?.unit);
      if (value > th.maxOrderValueUsd) {
        out.push({
          kind: 'moq',
          severity: value / th.maxOrderValueUsd,
          detail: t(lang, `起订量 ${fmtQty(m.qty, m.unit, lang)} 按 ${fmtMoney(price)} 计算，一单就要 ${fmtUsd(value)}。`, `An MOQ of ${fmtQty(m.qty, m.unit, 'en')} at ${fmtMoney(price)} makes one order ${fmtUsd(value)}.`),
          fix: t(lang, `把最小起订量改成真实的起订数量。`, `Set the MOQ to the quantity you really accept.`),
          evidence: { moq: m.qty, orderValueUsd: round(value) },
        });
      }
    }
  }
  if (!out.length && m && p.fclOnly && m.unit?.id !== 'container') {
    // "MOQ 1 件" on goods that ship only by full container: no order that small can ship.
    const price = tiers[0]?.price ?? p.headline?.max ?? p.headline?.min;
    const priceUnit = tiers[0]?.unit ?? p.headline?.unit ?? p.measureUnit ?? m.unit;
    // An MOQ of single items ("1 件") beside a price per set or pair: an order of one item is worth at most one unit's
    // price, so it is compared as one.
    const singleItems = Boolean(m.unit && SINGLE_ITEM_UNITS.has(m.unit.id) && priceUnit?.dim === 'count' && priceUnit.id !== 'container');
    if (price && (comparable(m.unit, priceUnit) || singleItems)) {
      const value = price.usd * (singleItems ? m.qty : convert(m.qty, m.unit, priceUnit));
      if (value < th.fclMinOrderUsd) {
        out.push({
          kind: 'moq',
          severity: th.fclMinOrderUsd / Math.max(value, 1e-6),
          detail: t(lang, `起订量 ${fmtQty(m.qty, m.unit, lang)}（一单约 ${fmtUsd(value)}），但页面写明只走整柜（「${p.fclOnly.slice(0, 60)}」）：这么小的订单发不了货，起订量不真实。`, `The MOQ is ${fmtQty(m.qty, m.unit, 'en')} (an order of about ${fmtUsd(value)}), but the page ships only by full container ("${p.fclOnly.slice(0, 60)}"): no order that small can ship, so the MOQ is not real.`),
          fix: t(lang, `把最小起订量改成一个整柜的数量（或接受拼箱）。`, `Set the MOQ to a full container's quantity (or accept LCL shipments).`),
          evidence: { moq: m.qty, orderValueUsd: round(value), shipping: p.fclOnly.slice(0, 60) },
        });
      }
    }
  }
  if (!out.length && m?.unit?.id === 'container') {
    // The real MOQ in containers ("actual MOQ 2 x 20GP") beside an MOQ field of a box or two: the field shows an order
    // no container-only seller ships.
    const price = tiers[0]?.price ?? p.headline?.max ?? p.headline?.min;
    const small = price ? p.moqClaims.find((c) => c.unit && c.unit.id !== 'container' && c.qty * price.usd < th.fclMinOrderUsd) : undefined;
    if (small && price) {
      const value = small.qty * price.usd;
      out.push({
        kind: 'moq',
        severity: th.fclMinOrderUsd / Math.max(value, 1e-6),
        detail: t(lang, `起订量写 ${small.raw}（一单约 ${fmtUsd(value)}），页面却说真实起订量是 ${m.qty} 个货柜：两个起订量不一致，小的那个不真实。`, `The MOQ field says ${small.raw} (an order of about ${fmtUsd(value)}), yet the page says the real MOQ is ${m.qty} container${m.qty === 1 ? '' : 's'}: the small MOQ is not real.`),
        fix: t(lang, `把最小起订量改成真实的整柜数量。`, `Set the MOQ to the real container quantity.`),
        evidence: { moq: small.qty, containers: m.qty, orderValueUsd: round(value) },
      });
    }
  }
  if (!out.length && m && p.moqNotReal) {
    // The page's own words: the MOQ shown is for display, not what a buyer can order.
    const note = p.moqNotReal.slice(0, 80);
    out.push({
      kind: 'moq',
      severity: 1.5,
      detail: t(lang, `起订量 ${fmtQty(m.qty, m.unit, lang)}，页面却自己说它不是真实起订量（「${note}」）。`, `The MOQ is ${fmtQty(m.qty, m.unit, 'en')}, yet the page itself says it is not the real MOQ ("${note}").`),
      fix: t(lang, `在最小起订量字段填写真实接单的数量，删除"仅供展示"之类的说明。`, `Put the quantity you really accept in the Min. Order field and remove the "for display only" note.`),
      evidence: { moq: m.qty, note },
    });
  }
  // Every option the page sells is a carton or box of many pieces ("1 carton (500 pcs)", the only purchasable option)
  // while the MOQ says a piece or two: the smallest order anyone can place is the smallest carton.
  if (!out.length && m && m.unit?.id === 'piece' && p.skus.length && !tiers.length) {
    // (a loop, not .map and .every: see perRef in marketRange)
    let least = Infinity;
    let allPacks = true;
    for (let i = 0; i < p.skus.length; i++) {
      const n = piecesIn(p.skus[i]!.name);
      least = Math.min(least, n);
      if (!(n > 1)) allPacks = false;
    }
    if (allPacks && least / Math.max(m.qty, 1e-9) >= th.maxTierMismatch) {
      out.push({
        kind: 'moq',
        severity: least / Math.max(m.qty, 1e-9) / th.maxTierMismatch,
        detail: t(lang, `最小起订量写 ${fmtQty(m.qty, m.unit, lang)}，但可购买的最小规格是一箱 ${least} 件：实际起订量是 ${least} 件。`, `The MOQ says ${fmtQty(m.qty, m.unit, 'en')}, but the smallest option a buyer can order holds ${least} pieces: the real MOQ is ${least}.`),
        fix: t(lang, `把最小起订量改成 ${least} 件（或一箱），价格和起订量用同一单位。`, `Set the MOQ to ${least} pieces (one carton), in the same unit as the price.`),
        evidence: { moq: m.qty, smallestPack: least },
      });
    }
  }
  // The page sells only whole cartons or rolls ("Sold by carton only", "整卷出货，不裁切") and says what one holds in the
  // unit priced ("1 carton = 1000 pcs", "每卷 2m×25m (50 ㎡)") while the MOQ is a small part of one: the real MOQ is a pack.
  if (!out.length && m && p.unitSizes?.length) {
    const unit = pricedUnit(p, tiers);
    const whole = unit && wholePackSaid(p);
    const packs = whole ? p.unitSizes.filter((z) => z.unit.dim === 'count' && z.unit.id !== unit!.id && comparable(z.of, unit)) : [];
    if (packs.length) {
      const size = packs.reduce((a, b) => (convert(b.qty, b.of, unit) < convert(a.qty, a.of, unit) ? b : a));
      const packQty = convert(size.qty, size.of, unit);
      const moqQty = m.unit?.id === size.unit.id ? m.qty * packQty : comparable(m.unit, unit) ? convert(m.qty, m.unit, unit) : NaN;
      if (moqQty > 0 && packQty / moqQty >= th.maxTierMismatch) {
        const note = whole!.slice(0, 60);
        out.push({
          kind: 'moq',
          severity: packQty / moqQty / th.maxTierMismatch,
          detail: t(lang, `商品只整${size.unit.label}出售（「${note}」），一${size.unit.label}是 ${fmtQty(packQty, unit, lang)}，最小起订量却写 ${fmtQty(m.qty, m.unit, lang)}：实际起订量至少一${size.unit.label}。`, `The goods are sold only by the whole ${size.unit.label} ("${note}"), one ${size.unit.label} being ${fmtQty(packQty, unit, 'en')}, but the MOQ says ${fmtQty(m.qty, m.unit, 'en')}: the real MOQ is at least one ${size.unit.label}.`),
          fix: t(lang, `把最小起订量改成一${size.unit.label}（${fmtQty(packQty, unit, lang)}）或更多。`, `Set the MOQ to one ${size.unit.label} (${fmtQty(packQty, unit, 'en')}) or more.`),
          evidence: { moq: m.qty, packQty: round(packQty), pack: size.unit.label, note },
        });
      }
    }
  }
  if (!out.length) {
    const floor = floorAboveMoq(p, tiers, rules, lang);
    if (floor) out.push(floor);
  }
  // A customisation MOQ of 99,999,999 sets: customisation offered on the page that no buyer could ever order.
  const base = shown?.qty;
  if (!out.length && base) {
    const huge = p.customMoqs.filter((c) => comparable(c.unit, shown!.unit) && convert(c.qty, c.unit, shown!.unit) >= Math.max(th.customMin, base * th.customFactor));
    if (huge.length) {
      const c = huge.reduce((a, b) => (b.qty > a.qty ? b : a));
      const off = convert(c.qty, c.unit, shown!.unit) / base;
      out.push({
        kind: 'moq',
        severity: Math.log10(off),
        detail: t(lang, `定制起订量 ${c.raw} 是商品起订量 ${shown!.raw} 的 ${fmtRatio(off)}：没有买家能下这样的定制单。`, `The customisation MOQ, ${c.raw}, is ${fmtRatio(off)} the product MOQ of ${shown!.raw}: no buyer could ever place that custom order.`),
        fix: t(lang, `把定制起订量改成真实可接的数量，或删除不提供的定制服务。`, `Set the customisation MOQ to a quantity you really accept, or remove customisation you do not offer.`),
        evidence: { customMoq: c.qty, moq: base, ratio: round(off) },
      });
    }
  }
  return out;
}

/** The MOQ a listing states against the least quantity its own sentences say the seller takes ("1 Piece (Min. Order)" over
 *  "单色单码100件起，1件的订单不发货"): a floor the gap above the MOQ makes the MOQ false, whatever field or note says it. */
function floorAboveMoq(p: ParsedListing, tiers: Tier[], rules: ListingRules, lang: Lang): Draft | null {
  const gap = rules.moqFloor?.gap;
  // The MOQ field, else the least MOQ the page states elsewhere (a Chinese page's "1件起批" under its price).
  const stated = p.moq ?? p.moqClaims.reduce<Quantity | undefined>((a, b) => (!a || b.qty < a.qty ? b : a), undefined);
  if (!gap || !stated || !p.moqFloors.length) return null;
  const unit = stated.unit ?? p.measureUnit ?? tiers[0]?.unit ?? p.headline?.unit;
  let best: { floor: Quantity; qty: number } | undefined;
  for (const f of p.moqFloors) {
    const same = comparable(f.unit, unit) || Boolean(f.unit && unit && [f.unit.id, unit.id].every((id) => id === 'pair' || id === 'piece'));
    // (a floor in the measure a pack of the MOQ's unit holds: "实际 per color 3000m 起做，1 roll = 50m" under "MOQ: 1 roll" is 60 rolls)
    const pack = same || !f.unit || !unit ? undefined : p.unitSizes?.find((z) => z.unit.id === unit.id && z.qty > 0 && comparable(z.of, f.unit) && z.of.dim !== 'count');
    const qty = same ? convert(f.qty, f.unit, unit) : pack ? convert(f.qty, f.unit, pack.of) / pack.qty : 0;
    if (qty > (best?.qty ?? 0)) best = { floor: f, qty };
  }
  const off = best ? best.qty / Math.max(stated.qty, 1e-9) : 0;
  if (!best || off < gap) return null;
  const note = best.floor.raw.slice(0, 60);
  return {
    kind: 'moq',
    severity: off / gap,
    detail: t(
      lang,
      `起订量写的是 ${fmtQty(stated.qty, stated.unit ?? unit, lang)}，但商品信息自己写着至少 ${fmtQty(best.qty, unit, lang)} 才接单（「${note}」，相差 ${fmtRatio(off)}）：起订量不真实。`,
      `The MOQ says ${fmtQty(stated.qty, stated.unit ?? unit, 'en')}, but the listing itself says orders start at ${fmtQty(best.qty, unit, 'en')} ("${note}", ${fmtRatio(off)} apart): the MOQ is not real.`,
    ),
    fix: t(lang, `把最小起订量改成真实接单的数量（${fmtQty(best.qty, unit, lang)}），并删除与之矛盾的说明。`, `Set the MOQ to the quantity you really accept (${fmtQty(best.qty, unit, 'en')}) and remove the note that contradicts it.`),
    evidence: { moq: stated.qty, floor: round(best.qty), moqGap: round(off) },
  };
}

/** A pack counted through the pack it holds ("10 boxes/ctn" and "100pcs/box": a carton is 1,000 pieces), one level deep. */
function packInPacks(p: ParsedListing, outer: Unit, inner: Unit): { unit: Unit; qty: number; of: Unit } | undefined {
  for (const a of p.unitSizes ?? []) {
    if (a.unit.id !== outer.id || a.of.id === inner.id) continue;
    const b = p.unitSizes!.find((z) => z.unit.id === a.of.id && z.of.id === inner.id);
    if (b) return { unit: outer, qty: a.qty * b.qty, of: inner };
  }
  return undefined;
}

/** The unit the page prices in: the headline's, else the first tier's, else the form's unit of measure. */
function pricedUnit(p: ParsedListing, tiers: Tier[]): Unit | undefined {
  return p.headline?.unit ?? tiers[0]?.unit ?? p.measureUnit;
}

/** Two quantities can be compared when their units are the same, convertible (g and kg), or one is unstated. */
function comparable(a: Unit | undefined, b: Unit | undefined): boolean {
  if (!a || !b) return !(a?.id === 'container' || b?.id === 'container');
  return a.id === b.id || (a.dim === b.dim && a.dim !== 'count');
}

// ---------------------------------------------------------------------------------------------------------
// price_unit: the price quoted in a unit the listing does not sell by (per gram on a product ordered by piece)

// Two functions (the page's own statements of its unit, then the unit against the goods and the MOQ), not one, for the
// optimising compiler: one function this size cost over half a second per compile and was recompiled whole on any new shape.
function priceUnit(p: ParsedListing, _rules: ListingRules, lang: Lang): Draft[] {
  // A page whose price carries no unit of its own prices per the unit its tiers count ("1000 - 49999 Grams" over "$0.012").
  // (the unit lists built in loops, not by spreading .map's arrays: see dearestPrice)
  const stated: Unit[] = [];
  if (p.headline?.unit) stated.push(p.headline.unit);
  for (let i = 0; i < p.priceUnits.length; i++) if (p.priceUnits[i]) stated.push(p.priceUnits[i]!);
  const sellUnits: Unit[] = [];
  if (p.moq?.unit) sellUnits.push(p.moq.unit);
  let tierUnit: Unit | undefined;
  for (let i = 0; i < p.tiers.length; i++) {
    const u = p.tiers[i]!.unit;
    if (u) {
      sellUnits.push(u);
      tierUnit ??= u;
    }
  }
  if (p.order?.unit) sellUnits.push(p.order.unit);
  const priceUnits = stated.length ? stated : tierUnit ? [tierUnit] : [];
  return unitStated(p, _rules, lang, priceUnits, sellUnits) ?? unitOfGoods(p, _rules, lang, priceUnits, sellUnits);
}

/** A unit cut down, a fraction of a unit, a price per single item of goods sold as sets, a part, another unit the page names; null: none. */
function unitStated(p: ParsedListing, _rules: ListingRules, lang: Lang, priceUnits: Unit[], sellUnits: Unit[]): Draft[] | null {
  const th = _rules.thresholds.unit;
  // Bulk goods priced per gram or centimetre: $0.000543 per gram with an MOQ of 25,000,000 grams is $543 a ton.
  const small = [...priceUnits, ...sellUnits].find((u) => ((u.dim === 'mass' || u.dim === 'liquid') && u.base <= 1) || ((u.dim === 'length' || u.dim === 'area') && u.base < 1));
  const unitPrice = sortedTiers(p.tiers)[0]?.price ?? p.headline?.max ?? p.headline?.min;
  // An order in a bigger unit of the same measure ("1,000 kg" under a price per gram) counts in the small unit too: the
  // price is cut down all the same, and the order says how much of the small unit is bought.
  const moqInSmall = p.moq?.unit && small && p.moq.unit.dim === small.dim && p.moq.unit.base >= small.base ? (p.moq.qty * p.moq.unit.base) / small.base : 0;
  // (Tiers counted in the small unit itself come first, as they say the order in it.)
  const qty = p.moq && p.moq.unit?.id === small?.id ? p.moq.qty : p.tiers.length && p.tiers[0]!.unit?.id === small?.id ? minOver(p.tiers, (x) => x.min) : moqInSmall;
  // A big order in the small unit (bulk goods by the gram), or an order worth cents (one gram, one centimetre).
  const cutDown = qty >= th.smallUnitMinQty || (qty > 0 && unitPrice !== undefined && qty * unitPrice.usd < th.tinyOrderUsd);
  // One centimetre of a sink at $0.38: an order worth cents is a unit cut down, whatever the price per unit.
  // (... unless the rep says that order really sells: saidSoldOrder)
  const tinyOrder = qty > 0 && unitPrice !== undefined && qty * unitPrice.usd < th.tinyOrderUsd && !saidSoldOrder(p, _rules, qty * unitPrice.usd);
  if (small && unitPrice && ((unitPrice.usd < th.smallUnitMaxUsd && cutDown) || tinyOrder)) {
    const big = small.dim === 'mass' ? (unitPrice.usd * 1e6 >= 50 && qty >= 1e6 ? ['ton', 1e6] : ['kilogram', 1000]) : small.dim === 'length' ? ['meter', 1 / small.base] : small.dim === 'area' ? ['square meter', 1 / small.base] : ['liter', 1000];
    const per = unitPrice.usd * (big[1] as number);
    // An MOQ in the bigger unit is shown as written, with what it comes to in the small one ("1,000 kg = 1,000,000 gram").
    const inOther = qty === moqInSmall && p.moq?.unit && p.moq.unit.id !== small.id;
    const orderZh = inOther ? `${p.moq!.raw}（${fmtQty(qty, small, lang)}）` : fmtQty(qty, small, lang);
    const orderEn = inOther ? `${p.moq!.raw} (${fmtQty(qty, small, 'en')})` : fmtQty(qty, small, 'en');
    return [
      {
        kind: 'price_unit',
        severity: 50,
        detail: t(lang, `价格按每${small.label} ${fmtMoney(unitPrice)} 标，起订量 ${orderZh}：这类商品按${big[0]}交易（约 ${fmtUsd(per)}/${big[0]}），单位是为了让价格显得便宜。`, `Priced at ${fmtMoney(unitPrice)} per ${small.label} with an order of ${orderEn}: goods like these trade per ${big[0]} (about ${fmtUsd(per)} per ${big[0]}); the unit makes the price look cheap.`),
        fix: t(lang, `按行业通用单位（${big[0]}）标价：约 ${fmtUsd(per)}/${big[0]}，起订量也用同一单位。`, `Quote the price per ${big[0]}, the unit the trade uses (about ${fmtUsd(per)} per ${big[0]}), and the MOQ in the same unit.`),
        evidence: { priceUnit: small.label, unitPrice: unitPrice.value, perTradeUnitUsd: round(per, 2), orderQty: qty },
      },
    ];
  }
  if (p.fractionalUnit) {
    // The fraction is the MOQ's ("MOQ 0.5 kg" on goods priced per piece): the MOQ, not the price, is what is false.
    const m = p.moq;
    const inMoq = m && m.qty < 1 && m.unit && p.fractionalUnit.includes(m.unit.label) && priceUnits.length > 0 && priceUnits.every((u) => u.dim === 'count') && p.tiers.every((x) => !x.unit || x.unit.dim === 'count');
    if (inMoq) return [moqInOtherUnit(m, priceUnits[0], lang)];
    // "$45 - $3,800 / Kilogram | 0.5 Kilogram (Min. Order)": the fraction is the smallest order of goods priced per whole
    // unit, worth a real order; the price is not per the fraction.
    const wholePrice = p.headline?.unit ?? priceUnits[0];
    const lowest = p.headline?.min.usd ?? Math.min(minOver(p.tiers, (x) => x.price.usd), minOver(p.skus, (x) => x.price.usd));
    const smallOrder = m && m.qty < 1 && m.unit && p.fractionalUnit.includes(m.unit.label) && wholePrice?.id === m.unit.id && m.qty * lowest >= _rules.thresholds.moq.minMeasureOrderUsd;
    if (!smallOrder) return [
      {
        kind: 'price_unit',
        severity: 50,
        detail: t(lang, `价格按"${p.fractionalUnit}"这样的零点几个单位标，价格因此显得很低。`, `The price is quoted per "${p.fractionalUnit}", a fraction of the unit the goods sell by, so it looks far lower than it is.`),
        fix: t(lang, `按完整单位（1 个计量单位）标价，起订量和阶梯也用同一单位。`, `Quote the price per whole unit, and the MOQ and tiers in the same unit.`),
        evidence: { fractionalUnit: p.fractionalUnit },
      },
    ];
  }
  // "Sold as kits. Price shown per single item.": a unit price nobody can buy at.
  const set = p.notes.find((n) => SOLD_BY_SET.test(n));
  // Priced per millilitre or gram while the goods are sold only in bottles or packs: the price of a part of the unit sold.
  const byMeasure = set ? [p.headline?.unit, ...p.priceUnits].find((u) => u && (u.dim === 'liquid' || u.dim === 'mass') && u.base <= 1) : undefined;
  const single = p.notes.find((n) => PRICE_PER_SINGLE.test(n)) ?? (byMeasure ? `price per ${byMeasure.label}` : undefined);
  if (set && single) return [soldOnlyWhole(lang, 'set', single.slice(0, 80), { note: single.slice(0, 80) })];
  // A price per piece (or seat) of goods ordered by the set, while the page says one set holds several items ("3pcs",
  // "三件套", "3+2+1", "sold as 3pcs set only"): the price shown is one item's, a fraction of what the smallest order costs.
  const ofSet = pieceOfSet(p);
  if (ofSet) {
    const { unit, count, said } = ofSet;
    // The price shown per item: the headline's (an order row for the whole set is no price per item).
    const dearest = p.headline?.max ?? dearestPrice(p)!;
    return [
      {
        kind: 'price_unit',
        severity: 50,
        detail: t(lang, `起订量按套计，一套有${count > 1 ? ` ${count} ` : '多'}件（「${said.slice(0, 60)}」），价格却按每${unit.label} ${fmtMoney(dearest)} 标：标价只是一套中一件的价格。`, `The goods are ordered by the set and one set holds ${count > 1 ? count : 'several'} items ("${said.slice(0, 60)}"), but the price is ${fmtMoney(dearest)} per ${unit.label}: the price shown is one item of a set.`),
        fix: t(lang, `按套标出整套价格${count > 1 ? `（约 ${count} 件的价格）` : ''}，起订量也按套填写。`, `Quote the price of one whole set${count > 1 ? ` (about ${count} items' worth)` : ''}, and the MOQ in sets.`),
        evidence: { priceUnit: unit.label, unitPrice: dearest.value, soldAs: said.slice(0, 60), ...(count > 1 ? { itemsPerSet: count } : {}) },
      },
    ];
  }
  // "sold by the wig only, no half wig", "整片出售" beside a price per gram or square centimetre: the goods are sold as whole
  // items only, and a price per a small measure of them is per no unit a buyer can order. (A carat is the gem trade's
  // own unit; a price per metre, square metre or kilogram with whole rolls or slabs is how such goods are quoted.)
  const smallMeasure = priceUnits.find((u) => u.id !== 'carat' && (((u.dim === 'mass' || u.dim === 'liquid') && u.base <= 1) || ((u.dim === 'length' || u.dim === 'area') && u.base <= 0.01)));
  const wholeNote = smallMeasure ? p.notes.find((n) => soldWhole(n, _rules)) : undefined;
  if (smallMeasure && wholeNote) return [soldOnlyWhole(lang, 'item', wholeNote.slice(0, 80), { priceUnit: smallMeasure.label, note: wholeNote.slice(0, 80) }, { unit: smallMeasure })];
  // "1 piece = 1 chain link" under a necklace, "1件=1颗水晶" under a chandelier: the piece priced is one part of the goods
  // the title names, not the goods; a part the title itself names (a bead strand of beads) is the goods.
  const part = partPriced(p);
  if (part) {
    return [
      {
        kind: 'price_unit',
        severity: 50,
        detail: t(lang, `页面把计价的"件"定义为商品的一个部件：「${part.note.slice(0, 80)}」，标价不是整件商品的价格。`, `The page defines the piece it prices as one part of the goods ("${part.note.slice(0, 80)}"): the price shown is not the price of the item sold.`),
        fix: t(lang, `按整件商品标价（不是每${part.name}的价格），起订量也用同一单位。`, `Quote the price of one whole item (not per ${part.name}), and the MOQ in the same unit.`),
        evidence: { note: part.note.slice(0, 80), part: part.name },
      },
    ];
  }
  // "price is per bead, each bracelet has 22 beads", "price per LED (300 LEDs/reel)": the price of one component of goods
  // the page itself says hold many of them.
  const comp = componentPriced(p, _rules);
  if (comp) {
    return [
      {
        kind: 'price_unit',
        severity: 50,
        detail: t(lang, `价格是每个${comp.part}的价格（「${comp.note.slice(0, 80)}」），而一件商品含 ${comp.count} 个${comp.part}：标价不是整件商品的价格。`, `The price is for one ${comp.part} ("${comp.note.slice(0, 80)}"), while one item of the goods holds ${comp.count} of them: the price shown is not the price of the item sold.`),
        fix: t(lang, `按整件商品标价（约 ${comp.count} 个${comp.part}的价格），起订量也用同一单位。`, `Quote the price of one whole item (about ${comp.count} ${comp.part}s' worth), and the MOQ in the same unit.`),
        evidence: { note: comp.note.slice(0, 80), part: comp.part, partsPerItem: comp.count },
      },
    ];
  }
  const said = priceForAnotherUnit(p, lang);
  if (said) return [said];
  const whole = wholeUnit(p, _rules, lang);
  if (whole) return [whole];
  return null;
}

/** The price's unit against what the goods are sold by: an MOQ in another measure, goods sold by the piece priced by weight. */
function unitOfGoods(p: ParsedListing, _rules: ListingRules, lang: Lang, priceUnits: Unit[], sellUnits: Unit[]): Draft[] {
  // An MOQ in tons or grams while the tiers count pairs ("12-299 副", MOQ "1 吨"), or while goods sold by the piece show a
  // bare price (a laptop with MOQ "1 Gram"): the MOQ is in a unit nobody orders these goods by.
  const mq = p.moq;
  if (mq?.unit && mq.unit.dim !== 'count' && mq.unit.dim !== 'power' && priceUnits.every((u) => u.dim === 'count') && p.tiers.every((x) => !x.unit || x.unit.dim === 'count')) {
    const countedTiers = p.tiers.some((x) => x.unit?.dim === 'count');
    const pieceGoods = !priceUnits.length && !p.tiers.length && Boolean(p.title && (_rules.soldByCount(p.title) || _rules.isDevice(p.title)));
    if (countedTiers || pieceGoods) return [moqInOtherUnit(mq, priceUnits[0] ?? p.tiers.find((x) => x.unit)?.unit, lang)];
  }
  if (!priceUnits.length) return [];
  // A device (an electric kettle, a 20000mAh power bank) priced per gram or per metre; a price per watt is how panels
  // and lamps of a rating are quoted, so it is such a unit only for devices the trade does not quote per watt.
  // A hair dryer priced "$0.008 / 瓦" is no panel: a device the trade does not quote per watt (products.yaml
  // quotedPerWatt) priced per watt of its rating shows a price per watt as its price.
  const deviceByWeight = p.title && _rules.isDevice(p.title) ? priceUnits.find((u) => u.dim !== 'count' && (u.dim !== 'power' || !_rules.quotedPerWatt(p.title!))) : undefined;
  // Goods whose market reference is per piece (a vacuum flask, a window) priced per gram or kilogram: nobody buys them by
  // weight. Categories that also trade by weight (perGram, perPiece) and bulk titles are not such goods.
  // ... or per millilitre or litre (a 100 ml bottle of perfume at $0.03 / 毫升), or per centimetre, millimetre or square
  // centimetre (an interior door at $0.18 / cm of its height): a piece is never traded by such a sliver of itself (a price
  // per metre or square metre is how doors, windows and panels are quoted, and stays).
  const sliver = (u: Unit) => u.dim === 'mass' || u.dim === 'liquid' || ((u.dim === 'length' || u.dim === 'area') && u.base <= 0.01);
  const cat = p.title && _rules.referenceFor && priceUnits.some(sliver) && !_rules.isBulk(p.title) ? _rules.referenceFor(_rules.goodsName(p.title)) : null;
  // ... nor goods the table quotes per their rating in that unit (a lab-grown diamond per carat).
  const specUnit = cat?.perSpec && cat.perSpec.quoted !== false ? _rules.unitByName.get(cat.perSpec.unit.toLowerCase()) : undefined;
  const quotedPerSpec = Boolean(specUnit && priceUnits.some((u) => u.id === specUnit.id));
  const pieceCategory = Boolean(cat && !cat.perGram && !cat.perPiece && !quotedPerSpec && _rules.unitByName.get(cat.unit.toLowerCase())?.dim === 'count');
  // (a title that names the unit as what the goods go by, "冷冻白虾 40/50 每公斤", "Frozen Squid per kg", says they sell by it)
  const perTitle = titlePerUnits(p.title, _rules);
  const byWeight = priceUnits.find((u) => u.dim !== 'count' && !perTitle.some((t) => t.dim === u.dim) && (_rules.soldByCount(p.title ?? '') || u === deviceByWeight || (pieceCategory && sliver(u))));
  if (byWeight && p.title) {
    // A drone priced per gram: the unit makes the price look tiny, and nobody buys it by weight. An MOQ in that unit
    // ("1 Gram" of a lathe) is no quantity anyone can order either.
    const m = p.moq;
    const moqInUnit: Draft[] =
      m?.unit && m.unit.dim === byWeight.dim
        ? [
            {
              kind: 'moq',
              severity: 2,
              detail: t(lang, `起订量 ${fmtQty(m.qty, m.unit, lang)} 用的也是"${m.unit.label}"：按件卖的商品没有这样的起订量。`, `The MOQ, ${fmtQty(m.qty, m.unit, 'en')}, is in ${m.unit.label} too: goods sold by the piece have no such MOQ.`),
              fix: t(lang, `按件（或套）填写真实起订量。`, `State the real MOQ in pieces (or sets).`),
              evidence: { moq: m.qty, moqUnit: m.unit.label },
            },
          ]
        : [];
    return [
      ...moqInUnit,
      {
        kind: 'price_unit',
        // First among findings: a wrong unit explains the odd ratios the other rules then see.
        severity: 50,
        detail: t(lang, `"${p.title.slice(0, 60)}" 是按件卖的商品，价格却按"${byWeight.label}"标。`, `"${p.title.slice(0, 60)}" is sold by the piece, but the price is quoted per ${byWeight.label}.`),
        fix: t(lang, `按件（或套）标出整件商品的真实价格。`, `Quote the real price of one whole item (per piece or set).`),
        evidence: { priceUnit: byWeight.label, title: p.title.slice(0, 60) },
      },
    ];
  }
  // A container holds goods of any unit (25 tons of corn): an MOQ in containers says nothing of the price's unit.
  const sold = sellUnits.filter((u) => u.id !== 'container');
  if (!sold.length) return [];
  const sellDims = new Set(sold.map((u) => u.dim));
  const odd = priceUnits.find((u) => !sellDims.has(u.dim));
  // The page itself says what the price comes to in the unit it sells by: the buyer sees the real unit price.
  // ... or says what one of the units sold holds in the unit priced ("每箱1,000公斤" under a price per kilogram and an MOQ of 1 箱).
  if (!odd || p.unitEquivalence || p.unitSizes?.some((z) => sold.some((u) => u.id === z.unit.id) && z.of.dim === odd.dim)) return [];
  // A price per watt of a panel whose title states its rating ("400W", "0.5kW"): the rating converts it to the piece
  // the MOQ counts (panels are quoted per watt and sold by the piece).
  if (odd.dim === 'power' && WATT_RATING.test(p.title ?? '')) return [];
  // So does a price per carat of a stone whose title states its weight ("Lab Grown Diamond 2ct", "蓝宝石 2克拉"): the stone
  // the MOQ counts is that many carats (gems are quoted per carat and sold by the stone).
  if (odd.id === 'carat' && STONE_CARATS.test(p.title ?? '')) return [];
  const sell = sold[0]!;
  // The title states what one counted item holds in the unit priced ("蓝宝石 2克拉" per carat with an MOQ of 1 颗, "Sack 25kg"
  // per kilogram by the sack): the price converts to the item the MOQ counts.
  if (odd.dim !== 'count' && sell.dim === 'count' && p.title && measureIn(p.title, odd, _rules) > 0) return [];
  // Priced per piece with the MOQ in tons or metres (paper cups "MOQ 1 ton", "¥0.08 / 个"): the price is in the unit the
  // goods sell by, and the MOQ hides how many pieces an order is.
  // Tiers counted in the MOQ's measure make the price's unit the odd one, as before.
  if (odd.dim === 'count' && p.moq?.unit && p.moq.unit.dim !== 'count' && p.moq.unit.id !== 'container' && sell === p.moq.unit && p.tiers.every((x) => !x.unit || x.unit.dim === 'count')) return [moqInOtherUnit(p.moq, odd, lang)];
  // The reverse: priced per ton or square metre, the unit the trade quotes such goods in (the reference table's unit for
  // them, or bulk goods), with the MOQ a bag or a piece whose content the page does not give ("$48 / Ton | 1 Bag (Min.
  // Order)"): the price is in the goods' own unit, and the MOQ hides how much an order is.
  if (odd.dim !== 'count' && odd.dim !== 'power' && p.moq?.unit && sell === p.moq.unit && p.moq.unit.dim === 'count' && p.moq.unit.id !== 'container' && !p.tiers.some((x) => x.unit?.dim === 'count') && p.title) {
    const cat = _rules.referenceFor?.(p.title);
    const tradeUnit = cat ? _rules.unitByName.get(cat.unit.toLowerCase())?.dim === odd.dim : _rules.isBulk(p.title) || (!_rules.soldByCount(p.title) && !_rules.isDevice(p.title));
    // Both: the MOQ hides how much an order is, and the price is per a unit the MOQ does not count in.
    if (tradeUnit) return [moqInOtherUnit(p.moq, odd, lang), unitsDoNotConvert(odd, sell, lang)];
  }
  return [unitsDoNotConvert(odd, sell, lang)];
}

// A stone's weight in carats in its title: "2ct", "1.5 carat", "0.5克拉" (not part of a longer number or word).
const STONE_CARATS = /(?<![\d.])\d+(?:\.\d+)?\s*(?:ct|cts|carats?|克拉)(?![A-Za-z])/i;

/** Units the title names as what the goods go by: "每公斤", "per kg", "/kg" ("40/50" is a count grade, no unit). */
function titlePerUnits(title: string | undefined, rules: ListingRules): Omit<Unit, 'label'>[] {
  if (!title || !/每|per|\//i.test(title)) return [];
  const out: Omit<Unit, 'label'>[] = [];
  for (const m of title.matchAll(/(?:每|\bper\s+|\/\s*)(\p{Script=Han}{1,2}|[a-z]+)/giu)) {
    const w = m[1]!.toLowerCase();
    const u = /[a-z]/.test(w) ? unitNamed(w, rules) : rules.unitByName.get(w) ?? rules.unitByName.get(w.slice(0, 1));
    if (u) out.push(u);
  }
  return out;
}

/** The unit a lowercased word names, read singular too ("kg", "bags"). */
function unitNamed(word: string, rules: ListingRules): Omit<Unit, 'label'> | undefined {
  return rules.unitByName.get(word) ?? rules.unitByName.get(word.replace(/s$/, ''));
}

/** A price per one unit beside an MOQ and tiers counted in another that does not convert to it. */
function unitsDoNotConvert(odd: Unit, sell: Unit, lang: Lang): Draft {
  return {
    kind: 'price_unit',
    severity: 50,
    detail: t(lang, `价格按"${odd.label}"标价，但起订量和阶梯按"${sell.label}"计，两个单位无法换算，买家看到的单价不真实。`, `The price is quoted per ${odd.label}, but the MOQ and tiers count in ${sell.label}; the two units do not convert, so the unit price shown is not what a buyer pays.`),
    fix: t(lang, `用实际销售单位（${sell.label}）标价，让价格、起订量、阶梯价使用同一个单位。`, `Quote the price per ${sell.label}, the unit you sell by, so price, MOQ and tiers use one unit.`),
    evidence: { priceUnit: odd.label, sellUnit: sell.label },
  };
}

/** An MOQ in a unit of measure (tons, kilograms) on goods priced by the piece: the MOQ does not say how many pieces. */
function moqInOtherUnit(m: NonNullable<ParsedListing['moq']>, priced: Unit | undefined, lang: Lang): Draft {
  const per = priced?.label ?? t(lang, '件', 'piece');
  // A count (a bag, a piece) beside a price per measure: the MOQ does not say how much of the goods it is.
  const counted = m.unit?.dim === 'count';
  return {
    kind: 'moq',
    severity: 50,
    detail: counted
      ? t(lang, `价格按"${per}"标，起订量却是 ${fmtQty(m.qty, m.unit, lang)}：按${per}交易的商品用${m.unit!.label}写起订量，页面没写一${m.unit!.label}有多少，买家看不出要订多少。`, `The price is per ${per}, but the MOQ is ${fmtQty(m.qty, m.unit, 'en')}: goods traded by the ${per} with an MOQ in ${m.unit!.label}s whose content the page does not give hide how much a buyer must order.`)
      : t(lang, `价格按"${per}"标，起订量却是 ${fmtQty(m.qty, m.unit, lang)}：按件卖的商品用重量或长度写起订量，买家看不出要订多少件。`, `The price is per ${per}, but the MOQ is ${fmtQty(m.qty, m.unit, 'en')}: an MOQ by weight or length on goods priced by the ${per} hides how many a buyer must order.`),
    fix: t(lang, `用与价格相同的单位（${per}）填写真实起订量。`, `State the real MOQ in the unit of the price (${per}).`),
    evidence: { moq: m.qty, moqUnit: m.unit?.label ?? '', priceUnit: per },
  };
}

const PARTS_PER_ITEM = /\b(?:uses?|needs?|holds?|takes?|has|about|approx\.?|around|roughly)\s*(?:about|approx\.?|around)?\s*\d[\d,]*\s*(?:pcs|pieces|[a-z]+s)\b|(?:约|用|需|共)\s*\d+\s*(?:颗|粒|节|片|个|根|条)/i;

/** A note that defines the priced piece as a part the title does not name: the note and the part's name. */
function partPriced(p: ParsedListing): { note: string; name: string } | null {
  const title = (p.title ?? '').toLowerCase();
  if (!title) return null;
  for (const n of p.notes) {
    const m = PIECE_IS_PART.exec(n);
    if (!m) continue;
    // The note counts the parts in one item ("bracelet uses about 18 pcs", "灯约用680颗"): a part, whatever the title says.
    // Groups 1 and 3 name the part in English, 2 and 4 in Chinese ("1件=1颗水晶", "单价按锅铲计算").
    const en = m[1] ?? m[3] ?? m[5];
    const zh = m[2] ?? m[4];
    if (PARTS_PER_ITEM.test(n.slice(m.index + m[0].length))) return { note: n, name: (en ?? zh)! };
    if (en) {
      const head = en.toLowerCase().split(/\s+/).pop()!.replace(/s$/, '');
      if (!new RegExp(`\\b${head}s?\\b`).test(title)) return { note: n, name: head };
    } else if (zh && !title.includes(zh) && !title.includes(zh.slice(0, 2))) return { note: n, name: zh };
  }
  return null;
}

const PRICE_PER_COMPONENT = /\bprice\s+(?:is\s+)?(?:shown\s+|quoted\s+|listed\s+|calculated\s+)?per\s+(?:single\s+|one\s+|each\s+)?(?:[a-z0-9]+\s+)?([a-z]{3,})\b/i;
const NOT_COMPONENT = /^(?:order|orders|quantity|colou?r|size|design|style|model|sku|item|items|unit|units|piece|pieces|weight|volume|length|area|customer|buyer|month|week|day|year|shipment|container|lot|batch)$/i;
/** The page prices one component ("price is per bead") and says how many one item of the goods holds ("22 beads"). */
function componentPriced(p: ParsedListing, rules: ListingRules): { note: string; part: string; count: number } | null {
  const unit = pricedUnit(p, sortedTiers(p.tiers));
  if (unit && unit.id !== 'piece') return null;
  for (const n of p.notes) {
    const m = PRICE_PER_COMPONENT.exec(n);
    if (!m) continue;
    const part = m[1]!.toLowerCase().replace(/(?:es|s)$/, '');
    if (NOT_COMPONENT.test(part) || rules.unitByName.has(part) || rules.unitByName.has(m[1]!.toLowerCase())) continue;
    if (new RegExp(`\\b${part}`, 'i').test(p.title ?? '')) continue;
    const c = new RegExp(`(?<![\\d.])(\\d{1,5})\\s*(?:[a-z]+\\s+)?${part}(?:e?s)?\\b`, 'i').exec(n.slice(m.index + m[0].length));
    if (c && Number(c[1]) > 1) return { note: n, part, count: Number(c[1]) };
  }
  return null;
}

// How many items one set holds, as a title or note says it: "3pcs", "set of 5", "三件套", "12支装", a sofa "3+2+1" (the seats
// summed). A count glued to a unit of storage or size ("8GB+256GB") is no such sum.
const SET_PIECES = fastEdges(/(?<![\d.])(\d{1,2})\s*-?\s*(?:pcs|pieces?|pc)\b|\b(?:set|kit) of (\d{1,2})\b|(?<![\d.])([二两三四五六七八九十]|\d{1,2})\s*(?:件|个|只|支|片|条|把)\s*(?:套|装)(?!\p{Script=Han}*(?:盒|袋|箱))|(?<![\d.+])(\d)\s*\+\s*(\d)(?:\s*\+\s*(\d))?(?![\d.+]|[A-Za-z])/iu);
// Goods sold as a set: the title or the MOQ's unit says so.
const SET_WORD = /\b(?:sets?|kits?)\b|套/i;

/**
 * Priced per single item while the MOQ (or the tiers) count sets, the title says it is a set, and the title or a note says
 * one set holds several items (or is sold only whole): the unit, the count (0 when unsaid) and the words that say so.
 * A page that converts (a set's content in the unit priced, "1 set = 3 pcs, $4.20 per set") states the real price.
 */
function pieceOfSet(p: ParsedListing): { unit: Unit; count: number; said: string } | null {
  const unit = pricedUnit(p, sortedTiers(p.tiers));
  if (!unit || unit.id !== 'piece' || !dearestPrice(p)) return null;
  if (p.moq?.unit?.id !== 'set' && !p.tiers.some((x) => x.unit?.id === 'set')) return null;
  if (p.unitEquivalence || p.unitSizes?.some((z) => z.unit.id === 'set') || p.priceFor?.unit.id === 'set') return null;
  if (!p.title || !SET_WORD.test(p.title)) return null;
  for (const text of [p.title, ...p.notes]) {
    const m = SET_PIECES.exec(text);
    if (!m) continue;
    const count = m[4] ? Number(m[4]) + Number(m[5]) + Number(m[6] ?? 0) : Number(m[1] ?? m[2] ?? HAN_NUMERALS[m[3]!] ?? m[3]);
    if (count >= 2) return { unit, count, said: text };
  }
  const whole = p.notes.find((n) => SOLD_BY_SET.test(n) || NO_SPLIT.test(n));
  return whole ? { unit, count: 0, said: whole } : null;
}

/** A note saying the goods are sold whole: by the wig, by the slab, 整片 (not by a unit of measure: "sold by the kg only"). */
function soldWhole(note: string, rules: ListingRules): boolean {
  const m = SOLD_WHOLE.exec(note);
  if (!m) return false;
  const noun = (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase();
  const unit = noun ? unitNamed(noun, rules) : undefined;
  return !unit || unit.dim === 'count';
}

const WATT_RATING = /(?<![\d.])\d+(?:\.\d+)?\s*(?:k?W|watts?|瓦)(?![A-Za-z\d])/i;

// Units that hold many items: a set, a case, a roll.
const PACK_UNITS = new Set(['set', 'box', 'carton', 'bag', 'roll', 'bundle', 'barrel', 'container', 'dozen']);

/**
 * The page's own words say its price is for another unit than the one it is shown in: a whole pack's price shown per
 * metre or piece ("实际为一箱305米的价格" under "/米"), or a single item's price while the unit priced is defined as a pack
 * ("1 piece = 1 carton (240 pairs); price shown is per pair"). A price per pair shown "/ Piece" with no such definition
 * (shoes) is how some pages count a pair, and says nothing false.
 */
function priceForAnotherUnit(p: ParsedListing, lang: Lang): Draft | null {
  const f = p.priceFor;
  const unit = pricedUnit(p, sortedTiers(p.tiers));
  const price = dearestPrice(p);
  if (!f || !unit || !price) return null;
  // The unit shown redefined as a pack ("1只=1箱"): a price said to be for anything but the pack (even "单只", the unit's
  // own name) is an item's price under a pack's name.
  const pack = p.unitIsPack && p.unitIsPack.unit.id === unit.id && PACK_UNITS.has(p.unitIsPack.pack.id) && f.unit.id !== p.unitIsPack.pack.id ? p.unitIsPack : undefined;
  const sameUnit = f.unit.id === unit.id || (f.unit.dim === unit.dim && unit.dim !== 'count');
  const packPrice = !sameUnit && PACK_UNITS.has(f.unit.id) && !PACK_UNITS.has(unit.id);
  // The reverse: a pack's unit shown ("/盒", "/ Set") and the page says the price is one item's or one metre's
  // ("标价为单双价格", "标价为每米价格" under "/箱").
  const itemPrice = !sameUnit && PACK_UNITS.has(unit.id) && (SINGLE_UNITS.has(f.unit.id) || f.unit.id === 'pair' || f.unit.dim !== 'count');
  // A count shown ("$0.438 / Unit", "/块") and the page says the price is per metre or per watt ("Price quoted per meter,
  // ships as full 100m roll", "单价按W计"): the price of a measure of the goods under the name of the whole item.
  const measurePrice = !sameUnit && SINGLE_UNITS.has(unit.id) && f.unit.dim !== 'count';
  // A measure of the unit's own dimension, another size of it: "/ Square Meter" priced per square foot, "/ 米" per 10 cm.
  // (counts are left to the rules above: a shoe page's "Piece" is one pair)
  const share = f.unit.dim === unit.dim ? convert(f.qty ?? 1, f.unit, unit) : 1;
  const otherSize = f.unit.dim === unit.dim && unit.dim !== 'count' && Math.max(share, 1 / Math.max(share, 1e-9)) >= MIN_SIZE_GAP;
  // ... and a weight shown and a volume priced, or the reverse ("Unit of measure: Kilogram" over "4.50 = price per 10ml bottle"):
  // as far apart as the sizes are at a density near water's (a gram a millilitre), they are not the same unit.
  const wetDry = (a: Unit, b: Unit) => (a.dim === 'mass' && b.dim === 'liquid') || (a.dim === 'liquid' && b.dim === 'mass');
  const across = wetDry(f.unit, unit) ? ((f.qty ?? 1) * f.unit.base) / unit.base : 1;
  const otherMeasure = wetDry(f.unit, unit) && Math.max(across, 1 / Math.max(across, 1e-9)) >= MIN_SIZE_GAP * 5;
  if (!packPrice && !pack && !itemPrice && !measurePrice && !otherSize && !otherMeasure) return null;
  const note = f.text.slice(0, 80);
  // ("10 cm": the quantity the remark names, when it names one)
  const forLabel = f.qty && f.qty !== 1 ? `${f.qty} ${f.unit.label}` : f.unit.label;
  return {
    kind: 'price_unit',
    severity: 50,
    detail: pack
      ? t(lang, `页面写明每${unit.label}就是一${pack.pack.label}，价格 ${fmtMoney(price)} 却是每${f.unit.label}的价格（「${note}」）：标价单位和实际计价单位不一致。`, `The page defines one ${unit.label} as one ${pack.pack.label}, but the price, ${fmtMoney(price)}, is per ${f.unit.label} ("${note}"): the unit shown is not the unit priced.`)
      : t(lang, `价格 ${fmtMoney(price)} 按每${unit.label}标，页面却说这是每${forLabel}的价格（「${note}」）：标价单位和实际计价单位不一致。`, `The price, ${fmtMoney(price)}, is shown per ${unit.label}, but the page says it is the price of ${f.qty && f.qty !== 1 ? '' : 'a '}${forLabel} ("${note}"): the unit shown is not the unit priced.`),
    fix: t(lang, `用实际计价的单位标价（按${(pack?.pack ?? f.unit).label}的价格标每${(pack?.pack ?? f.unit).label}，或换算成每${unit.label}的真实价格），起订量也用同一单位。`, `Quote the price in the unit it is for (per ${(pack?.pack ?? f.unit).label}, or converted to the real price per ${unit.label}), and the MOQ in the same unit.`),
    evidence: { priceUnit: unit.label, pricedFor: f.unit.label, note, ...(pack ? { unitDefinedAs: pack.pack.label } : {}) },
  };
}

// A remark's quantity this far from one unit shown is another size of it, not the unit under another name (a metre is 100
// cm, a square metre 10.8 square feet; "per 1.5 m" beside "/米" is a loose remark, not a false unit).
const MIN_SIZE_GAP = 2;

// Units that hold one item: a price in one of these while the page sells sets, cases or rolls is a part's price.
const SINGLE_UNITS = new Set(['piece', 'bottle', 'sheet']);
// Units an MOQ counts single items in (a set or pair is one item of the goods): a pack of any kind holds at least one.
const SINGLE_ITEM_UNITS = new Set(['piece', 'set', 'pair']);
// Units of one item each, for an MOQ worth cents (moq.minItemOrderUsd): not packs, cartons, reels or containers.
const ITEM_MOQ_UNITS = new Set(['piece', 'pair', 'sheet']);
// "整箱", "整套出售", "sold as complete set only": the goods are sold only as the whole pack ("整箱发货" ships by the carton).
// ... and a refusal to sell less ("不拆箱", "less than 1 carton not shipped": parse.ts NO_SPLIT).
const WHOLE_PACK = new RegExp(`${/整(?:箱|套|卷|盒|包)(?!发货|发|运|装箱|包装)|\bsold\s+(?:only\s+)?(?:as|by|in)\s+(?:the\s+|a\s+)?(?:complete\s+|full\s+|whole\s+)?(?:sets?|kits?|cases?|cartons?|rolls?|box(?:es)?)\b|\b(?:complete|full|whole)\s+(?:sets?|cases?|cartons?)\s+only\b/.source}|${NO_SPLIT.source}`, 'i');
// "24瓶", "56头", "12支装", "*24", "4 piece set", "set of 6": how many items the whole pack holds.
const PACK_SIZE = /[*×x]\s*(\d{1,4})\s*(?:瓶|支|件|个|只|片|包|袋)?(?![\d.])|(\d{1,4})\s*(?:瓶|支|件|个|只|片|头|包|袋)\s*(?:装|套)?|(\d{1,4})\s*-?\s*(?:pcs?|pieces?)\s+(?:set|kit)|\bset of (\d{1,4})/i;

// Units that hold several of the goods, not one whole item: a sample in one of them, unsized, is no price of one item.
const SAMPLE_PACKS = new Set(['bag', 'box', 'carton', 'pallet', 'container', 'bundle']);

/**
 * The price is per item while the page sells only a whole set, case or roll: the page's own order row or sample
 * prices the whole unit many times the unit price, or the title says it is sold whole and the MOQ is less than one.
 */
function wholeUnit(p: ParsedListing, rules: ListingRules, lang: Lang): Draft | null {
  const th = rules.thresholds.unit;
  const unit = pricedUnit(p, sortedTiers(p.tiers));
  const dearest = dearestPrice(p);
  if (!unit || !dearest) return null;
  // Priced per piece while the page says the piece is one of a pair ("1 pair = 2 pieces", "按只计价，成双发货"): the price
  // shown is half of what the smallest thing sold costs.
  if (p.halfPair && unit.id === 'piece' && ofAPair(p, rules)) {
    const note = p.halfPair.slice(0, 80);
    return {
      kind: 'price_unit',
      severity: 50,
      detail: t(lang, `价格按每${unit.label} ${fmtMoney(dearest)} 标，页面却说这是一双中的一只（「${note}」）：按双出售的商品按单只标价，价格看起来只有一半。`, `The price, ${fmtMoney(dearest)}, is per ${unit.label}, yet the page says a ${unit.label} is one of a pair ("${note}"): goods sold by the pair are priced per single item, so the price looks half of what it is.`),
      fix: t(lang, `按双标价（约 ${fmtUsd(dearest.usd * 2)}/双），起订量也按双填写。`, `Quote the price per pair (about ${fmtUsd(dearest.usd * 2)}), and the MOQ in pairs.`),
      evidence: { priceUnit: unit.label, unitPrice: dearest.value, note },
    };
  }
  const priced = [
    p.order && p.order.qty > 0 && p.order.unit ? { what: t(lang, '订单', 'order row'), sample: false, per: p.order.subtotal.usd / p.order.qty, unit: p.order.unit, ratio: th.wholeOrderRatio } : null,
    p.sample?.unit && !p.sample.custom ? { what: t(lang, '样品价', 'sample price'), sample: true, per: p.sample.price.usd, unit: p.sample.unit, ratio: th.wholeSampleRatio } : null,
  ];
  for (const x of priced) {
    if (!x || x.unit.id === unit.id || x.per < dearest.usd * x.ratio) continue;
    // The same measure in another size (per metre vs per yard) converts; a set against a piece does not.
    if (x.unit.dim === unit.dim && x.unit.dim !== 'count') continue;
    // The page sizes the whole unit in the one priced ("1 bundle = 100g"): at that size the prices agree or they do not.
    const size = p.unitSizes?.find((z) => z.unit.id === x.unit.id && z.of.dim === unit.dim);
    const parts = size ? (size.qty * size.of.base) / unit.base : 0;
    if (parts > 0 && x.per / parts < dearest.usd * x.ratio) continue;
    // A sample piece of goods sold by weight or length (a chain by the gram, hair by the gram) holds tens of the unit priced:
    // unsized, its price says nothing of the unit's (a whole set or case against a price per piece still does).
    if (!size && x.sample && unit.dim !== 'count' && x.unit.dim === 'count') continue;
    // ... and a sample bag, box or carton of goods priced per piece holds several of them: unsized, its price says nothing of
    // the piece's (an assortment's "Samples: $3.00/Bag"). A set, roll or bottle is one whole item and still does.
    if (!size && x.sample && unit.id === 'piece' && SAMPLE_PACKS.has(x.unit.id)) continue;
    // The order row is the MOQ's order at a price shown, counted in packs ("1 drum  Details  $840.00" under "$4.20 / Kilogram
    // | 200 Kilograms (Min. Order)"): the pack is the MOQ, and the price per unit is the real one.
    if (!x.sample && p.order && p.moq && p.moq.unit && p.moq.unit.dim === unit.dim && p.moq.unit.id !== x.unit.id && moqOrderAt(p, convert(p.moq.qty, p.moq.unit, unit), p.order.subtotal.usd)) continue;
    const k = x.per / dearest.usd;
    return {
      kind: 'price_unit',
      severity: 50,
      detail: t(lang, `价格按每${unit.label} ${fmtMoney(dearest)} 标，而页面上的${x.what}是每${x.unit.label} ${fmtUsd(x.per)}（${fmtRatio(k)}）：标价单位只是实际出售单位的一部分。`, `The price is quoted at ${fmtMoney(dearest)} per ${unit.label}, while the page's ${x.what} is ${fmtUsd(x.per)} per ${x.unit.label} (${fmtRatio(k)}): the unit priced is only part of what is sold.`),
      fix: t(lang, `按实际出售的单位（${x.unit.label}）标价：约 ${fmtUsd(x.per)}/${x.unit.label}，起订量也用同一单位。`, `Quote the price per ${x.unit.label}, the unit you sell (about ${fmtUsd(x.per)}), and the MOQ in the same unit.`),
      evidence: { priceUnit: unit.label, unitPrice: dearest.value, wholeUnit: x.unit.label, wholeUnitUsd: round(x.per, 2) },
    };
  }
  if (!p.moq || (unit.dim === 'count' && !SINGLE_UNITS.has(unit.id))) return null;
  const said = wholePackSaid(p);
  if (!said) return null;
  // The page says what one pack holds in the unit priced ("1 carton = 1000 pcs", "每卷 (50 ㎡)"): the price per unit is
  // the real one, and an MOQ below one pack is the false number (moq judges it).
  if (p.unitSizes?.some((z) => z.unit.dim === 'count' && z.unit.id !== unit.id && comparable(z.of, unit))) return null;
  const m = PACK_SIZE.exec(said) ?? PACK_SIZE.exec(p.title ?? '');
  const packSize = m ? Number(m[1] ?? m[2] ?? m[3] ?? m[4]) : 0;
  const belowOne = (p.moq.unit && p.moq.unit.id !== unit.id) || p.moq.qty <= 1 || (packSize > 1 && p.moq.qty < packSize);
  if (!belowOne) return null;
  return soldOnlyWhole(lang, 'pack', said.slice(0, 60), { priceUnit: unit.label, unitPrice: dearest.value, soldAs: said.slice(0, 60), ...(packSize > 1 ? { packSize } : {}) }, { unit, price: dearest, moq: p.moq.raw, packSize });
}

/** An order of `usd` the rep says really sells (moqSaidSold) is a real small order when it is worth more than cents
 *  (moq.minItemOrderUsd): neither a false MOQ nor a unit cut down. */
function saidSoldOrder(p: ParsedListing, rules: ListingRules, usd: number): boolean {
  const min = rules.thresholds.moq.minItemOrderUsd;
  return Boolean(p.moqSaidSold) && min !== undefined && usd >= min;
}

/** One of the unit prices the page shows (headline ends, tiers) times `qty` comes to `usd`, within 2%. */
function moqOrderAt(p: ParsedListing, qty: number, usd: number): boolean {
  const at = (m: Money | undefined) => Boolean(m && qty > 0 && Math.abs(m.usd * qty - usd) <= 0.02 * usd);
  return at(p.headline?.min) || at(p.headline?.max) || p.tiers.some((x) => at(x.price));
}

/**
 * The one message for goods the page says are sold only whole while the price is per a part of them: as a set, kit or
 * carton against a price per single item ('set'), as whole items against a price per a small measure ('item'), as a whole
 * pack against a price per unit with an MOQ below one pack ('pack'). What the page says (`said`) is quoted in each.
 */
/**
 * The page's note that it prices one item ("按只计价", "per single glove") is about one of a pair: the note or the title
 * names a pair, or the goods are worn or used in pairs (products.yaml soldInPairs). 只 is also the measure word of a mask
 * or a cup, which sells one by one.
 */
function ofAPair(p: ParsedListing, rules: ListingRules): boolean {
  const note = p.halfPair ?? '';
  return PAIR_WORD.test(note) || PAIR_WORD.test(p.title ?? '') || rules.isSoldInPairs(note) || rules.isSoldInPairs(p.title ?? '');
}
const PAIR_WORD = /双|一对|成对|\bpairs?\b/i;

function soldOnlyWhole(lang: Lang, as: 'set' | 'item' | 'pack', said: string, evidence: Draft['evidence'], per?: { unit: Unit; price?: Money; moq?: string; packSize?: number }): Draft {
  const label = per?.unit.label ?? '';
  const pack = per?.packSize && per.packSize > 1 ? per.packSize : 0;
  const [detail, fix] =
    as === 'set'
      ? [
          t(lang, `商品只按整套/整箱出售，价格却按单个标：「${said}」`, `The goods are sold only as a set, kit or carton, but the price is per single item: "${said}"`),
          t(lang, `按实际出售的单位（整套/整箱/整令）标价，起订量也用同一单位。`, `Quote the price per set, kit or carton, the unit you actually sell, and the MOQ in the same unit.`),
        ]
      : as === 'item'
        ? [
            t(lang, `商品只整件出售（「${said}」），价格却按每${label}标：买家无法按这个单位下单，展示价格失真。`, `The goods are sold only whole ("${said}"), but the price is quoted per ${label}: no buyer can order in that unit, so the price shown is not what one item costs.`),
            t(lang, `按整件（实际出售的单位）标出价格，起订量也用同一单位。`, `Quote the price of one whole item, the unit you actually sell, and the MOQ in the same unit.`),
          ]
        : [
            t(lang, `商品只整${pack ? `（${pack}${label}）` : ''}出售（「${said}」），价格却按每${label} ${fmtMoney(per!.price!)} 标，起订量 ${per!.moq}。`, `The goods are sold only whole${pack ? ` (${pack} ${label})` : ''} ("${said}"), but the price is ${fmtMoney(per!.price!)} per ${label} with an MOQ of ${per!.moq}.`),
            t(lang, `按整箱/整套的真实价格标价，计量单位和起订量也用整箱/整套。`, `Quote the real price of the whole set, case or roll, and use that unit for the MOQ.`),
          ];
  return { kind: 'price_unit', severity: 50, detail, fix, evidence };
}

/** The dearest price the page shows (headline, tiers and, unless told not to, SKUs). */
function dearestPrice(p: ParsedListing, withSkus = true): Money | undefined {
  // The first of the dearest, in the order headline max, headline min, tiers, SKUs. Read in loops: spreading the arrays
  // .map makes (whose elements kind differs once the map is optimised) deoptimised this function again and again.
  let best: Money | undefined;
  const h = p.headline;
  if (h?.max) best = h.max;
  if (h?.min && (!best || h.min.usd > best.usd)) best = h.min;
  for (let i = 0; i < p.tiers.length; i++) {
    const m = p.tiers[i]!.price;
    if (m && (!best || m.usd > best.usd)) best = m;
  }
  if (withSkus) {
    for (let i = 0; i < p.skus.length; i++) {
      const m = p.skus[i]!.price;
      if (m && (!best || m.usd > best.usd)) best = m;
    }
  }
  return best;
}

/** Math.min of a field over tiers or SKUs, folded in a loop (Math.min is associative, NaN and -0 included): see dearestPrice. */
function minOver<T>(xs: T[], f: (x: T) => number): number {
  let m = Infinity;
  for (let i = 0; i < xs.length; i++) m = Math.min(m, f(xs[i]!));
  return m;
}

/** The first of the title, the SKU names and the notes that says the goods are sold only whole (WHOLE_PACK). */
function wholePackSaid(p: ParsedListing): string | undefined {
  const title = p.title ?? '';
  if (WHOLE_PACK.test(title)) return title;
  for (let i = 0; i < p.skus.length; i++) if (WHOLE_PACK.test(p.skus[i]!.name)) return p.skus[i]!.name;
  for (let i = 0; i < p.notes.length; i++) if (WHOLE_PACK.test(p.notes[i]!)) return p.notes[i]!;
  return undefined;
}

// A number and a word after it in a SKU's name ("5m reel", "25kg bag", "20升桶"): a measure when units.yaml knows the word.
const SKU_MEASURE = /(?<![A-Za-z\d.])(\d+(?:\.\d+)?)\s*([A-Za-z]+|\p{Script=Han}{1,3})/gu;

// ---------------------------------------------------------------------------------------------------------
// price_range: a headline range that nothing on the page costs, or far from the market (with a reference table)

// Two functions, the listing against its own numbers and against the market, for the optimising compiler: as one it
// took over a second per compile and was recompiled whole whenever either half saw a new shape.
function priceRange(p: ParsedListing, rules: ListingRules, lang: Lang, flagged: Set<Sku>, notes: string[]): Draft[] {
  return marketRange(p, rules, lang, flagged, notes, ownRange(p, rules, lang, flagged));
}

/** The price range against the listing's own numbers: its tiers and SKUs, the price it says is real, its sample. */
function ownRange(p: ParsedListing, rules: ListingRules, lang: Lang, flagged: Set<Sku>): Draft[] {
  const th = rules.thresholds.range;
  const out: Draft[] = [];
  const h = p.headline;
  // Each tier and SKU as a price per the headline's unit: as written, or converted through what it states (a tier counted
  // and priced per ton under a price per kilogram, a SKU priced per square metre under one per square foot, a SKU whose
  // name holds several of the headline's units: "5m reel", "1打(12双)", "10 pairs/box", "100克/把"), whichever lies nearer
  // the headline range (a tier counted in tons may be priced per kilogram, as pages show it).
  // (pushed in loops, not spread from .map's arrays: see dearestPrice)
  const points: AtUnit[] = [];
  if (h) {
    for (let i = 0; i < p.tiers.length; i++) points.push(atHeadlineUnit(h, p.tiers[i]!.price, p.tiers[i]!.unit, undefined, rules));
    for (let i = 0; i < p.skus.length; i++) {
      const s = p.skus[i]!;
      if (!flagged.has(s)) points.push(atHeadlineUnit(h, s.price, s.unit, s.name, rules, s, p.unitSizes));
    }
  }
  if (h && points.length && !flagged.size) {
    const real = points.reduce((a, b) => (b.m.usd < a.m.usd ? b : a));
    const realMin = real.m;
    const gap = realMin.usd / Math.max(h.min.usd, 1e-9);
    // A headline per gram or metre over options that state no quantity of it ("长度 16寸 US$168" under "US$1.20 / 克"):
    // the options are whole items, priced in no unit the headline names.
    const whole = Boolean(h.unit && h.unit.dim !== 'count' && real.sku && !real.sku.unit && !real.converted && !measureIn(real.sku.name, h.unit, rules));
    const unitGap = rules.thresholds.range.maxUnitGap ?? th.maxHeadlineGap;
    // A headline whose top reaches what the packs come to per unit is in the right unit: only its low end is bait, a range.
    const spans = real.converted && !whole && (h.max ?? h.min).usd >= realMin.usd;
    if ((real.converted || whole) && !spans && gap > unitGap && h.unit) {
      // The page's own packs or units come to more per unit than the headline says: the price is shown per a unit the
      // goods are not sold at (the briefing's "以非常规方式设置...单位").
      const what = real.sku ? `'${real.sku.name}' ${fmtMoney(real.raw)}` : fmtMoney(real.raw);
      out.push({
        kind: 'price_unit',
        severity: gap / unitGap,
        detail: whole
          ? t(lang, `价格按每${h.unit.label} ${fmtMoney(h.min)} 起标，而页面上的规格 ${what} 没有写明是多少${h.unit.label}，是整件的价格（${fmtRatio(gap)}）：标价单位不是实际出售的单位。`, `The price is shown from ${fmtMoney(h.min)} per ${h.unit.label}, while the options on the page (${what}) are priced as whole items, in no quantity of ${h.unit.label} (${fmtRatio(gap)}): the unit shown is not the unit sold.`)
          : t(lang, `价格按每${h.unit.label} ${fmtMoney(h.min)} 起标，而页面上的 ${what} 折合每${h.unit.label} ${fmtMoney(realMin)}（${fmtRatio(gap)}）：标价单位与实际出售单位不一致，价格显得更低。`, `The price is shown from ${fmtMoney(h.min)} per ${h.unit.label}, while ${what} on the page comes to ${fmtMoney(realMin)} per ${h.unit.label} (${fmtRatio(gap)}): the price is quoted in a unit the goods are not sold at, so it looks lower than it is.`),
        fix: whole
          ? t(lang, `按实际出售的单位（整件）标价：价格区间从 ${fmtMoney(real.raw)} 起，计量单位和起订量也用同一单位。`, `Quote the price per item, the unit you sell (from ${fmtMoney(real.raw)}), and use that unit for the MOQ too.`)
          : t(lang, `把每${h.unit.label}价格改成真实的 ${fmtMoney(realMin)} 起，或按实际出售的单位标价（${what}）。`, `Quote the real price per ${h.unit.label} (from ${fmtMoney(realMin)}), or quote the unit you actually sell (${what}).`),
        evidence: { headlineMin: h.min.value, perHeadlineUnit: round(realMin.value, 4), shownAs: real.raw.value, gap: round(gap) },
      });
    } else if ((!real.converted || spans) && !whole && gap > th.maxHeadlineGap) {
      out.push({
        kind: 'price_range',
        severity: gap / th.maxHeadlineGap,
        detail: t(lang, `标题价格从 ${fmtMoney(h.min)} 起，但页面上最便宜的阶梯/SKU 是 ${fmtMoney(realMin)}（${fmtRatio(gap)}）。`, `The headline price starts at ${fmtMoney(h.min)}, but the cheapest tier or SKU on the page is ${fmtMoney(realMin)} (${fmtRatio(gap)}).`),
        fix: t(lang, `把价格区间的下限改成真实最低价 ${fmtMoney(realMin)}。`, `Start the price range at the real lowest price, ${fmtMoney(realMin)}.`),
        evidence: { headlineMin: h.min.value, cheapestReal: realMin.value, gap: round(gap) },
      });
    }
  }
  if (!out.length && p.priceClaims.length) {
    // The page's own words give the real price: compare it with every price the listing publishes.
    const shownPrices = [...(h ? [h.min, ...(h.max ? [h.max] : [])] : []), ...p.tiers.map((x) => x.price)];
    const claim = p.priceClaims.reduce((a, b) => (b.usd > a.usd ? b : a));
    if (shownPrices.length) {
      const dearest = shownPrices.reduce((a, b) => (b.usd > a.usd ? b : a));
      const gap = claim.usd / Math.max(dearest.usd, 1e-9);
      // ... or the published range lies far to both sides of it ("区间价 $0.01 - $5.00" beside "实际单价约 $0.053"): a range
      // no buyer pays at either end, the low end bait and the high end no price at all.
      const cheapest = shownPrices.reduce((a, b) => (b.usd < a.usd ? b : a));
      const below = claim.usd / Math.max(cheapest.usd, 1e-9);
      const above = dearest.usd / Math.max(claim.usd, 1e-9);
      if (gap <= th.maxHeadlineGap && below > th.maxHeadlineGap && above > th.maxHeadlineGap) {
        out.push({
          kind: 'price_range',
          severity: Math.min(below, above) / th.maxHeadlineGap,
          detail: t(lang, `商品信息自己写明真实价格约 ${fmtMoney(claim)}，而发布的价格区间 ${fmtMoney(cheapest)}–${fmtMoney(dearest)} 远在它两边（低 ${fmtRatio(below)}、高 ${fmtRatio(above)}）。`, `The listing itself says the real price is about ${fmtMoney(claim)}, while the published range ${fmtMoney(cheapest)}–${fmtMoney(dearest)} lies far to both sides of it (${fmtRatio(below)} below, ${fmtRatio(above)} above).`),
          fix: t(lang, `按真实价格 ${fmtMoney(claim)} 发布价格区间。`, `Publish the real price, about ${fmtMoney(claim)}.`),
          evidence: { claimedPrice: claim.value, publishedMin: cheapest.value, publishedMax: dearest.value },
        });
      }
      if (gap > th.maxHeadlineGap) {
        out.push({
          kind: 'price_range',
          severity: gap / th.maxHeadlineGap,
          detail: t(lang, `商品信息自己写明真实价格是 ${fmtMoney(claim)}，而发布的价格最高只有 ${fmtMoney(dearest)}（${fmtRatio(gap)}）。`, `The listing itself says the real price is ${fmtMoney(claim)}, while the published prices go no higher than ${fmtMoney(dearest)} (${fmtRatio(gap)}).`),
          fix: t(lang, `按真实价格 ${fmtMoney(claim)} 发布价格区间，删除"仅供参考"的低价。`, `Publish the real price, ${fmtMoney(claim)}, and remove the display-only low price.`),
          evidence: { claimedPrice: claim.value, publishedMax: dearest.value, gap: round(gap) },
        });
      }
    }
  }
  if (!out.length && !p.priceClaims.length && p.priceNotReal) {
    // The page's own words: the price it shows is not what a buyer pays, and the real one is not given.
    const shown = [...(h ? [h.min, ...(h.max ? [h.max] : [])] : []), ...p.tiers.map((x) => x.price), ...p.skus.map((x) => x.price)];
    if (shown.length) {
      const lo = shown.reduce((a, b) => (b.usd < a.usd ? b : a));
      const hi = shown.reduce((a, b) => (b.usd > a.usd ? b : a));
      const range = lo === hi ? fmtMoney(lo) : `${fmtMoney(lo)}–${fmtMoney(hi)}`;
      out.push({
        kind: 'price_range',
        severity: 1.2,
        detail: t(lang, `商品信息自己说展示的价格 ${range} 不是真实价格（「${p.priceNotReal.slice(0, 60)}」）。`, `The listing itself says the price shown, ${range}, is not the real price ("${p.priceNotReal.slice(0, 60)}").`),
        fix: t(lang, `发布买家真正支付的价格，删除"真实价格请咨询"之类的说明。`, `Publish the price buyers really pay and remove the "contact for real price" note.`),
        evidence: { shownPrice: range, note: p.priceNotReal.slice(0, 60) },
      });
    }
  }
  const dearest = dearestPrice(p);
  const unit = h?.unit ?? sortedTiers(p.tiers)[0]?.unit ?? p.measureUnit;
  const s = p.sample;
  // A sample that names no unit beside a price per watt, gram or metre is one whole item ("整块样板 US$150" for a panel
  // priced per watt): its size in the priced unit is unknown, so the two do not compare.
  if (!out.length && s && dearest && !s.custom && (s.unit ? !unit || s.unit.id === unit.id : !unit || unit.dim === 'count')) {
    // The listing's own sample of one unit costs many times its dearest price: the headline is not a price anyone pays.
    const ratio = s.price.usd / Math.max(dearest.usd, 1e-9);
    if (ratio >= th.sampleRatio && s.price.usd - dearest.usd >= th.sampleMinGapUsd) {
      out.push({
        kind: 'price_range',
        severity: ratio / th.sampleRatio,
        detail: t(lang, `样品价 ${fmtMoney(s.price)} 是页面最高标价 ${fmtMoney(dearest)} 的 ${fmtRatio(ratio)}：标价远低于商品自己的样品价，不是真实售价。`, `The sample costs ${fmtMoney(s.price)}, ${fmtRatio(ratio)} the dearest price on the page (${fmtMoney(dearest)}): the listed price is far below the item's own sample price.`),
        fix: t(lang, `按真实成交价发布价格区间（参照样品价 ${fmtMoney(s.price)}）。`, `Publish the price you really sell at (the sample is priced at ${fmtMoney(s.price)}).`),
        evidence: { samplePrice: s.price.value, dearestPrice: dearest.value, sampleToPrice: round(ratio) },
      });
    }
  }
  if (h?.max && !out.length && p.skus.length < 2 && p.tiers.length < 2) {
    const spread = h.max.usd / Math.max(h.min.usd, 1e-9);
    let maxSpread = spread > th.maxSpread && p.title && rules.madeToOrder(p.title) ? Math.max(th.maxSpread, th.madeToOrderMaxSpread ?? th.maxSpread) : th.maxSpread;
    // A range across the sizes the listing states ("O-ring 3-300mm", "Pipe 20mm - 630mm") spans what the sizes weigh: about
    // their ratio cubed, up to the made-to-order room; and a listing of many sizes ("40 sizes") that room outright.
    const room = th.madeToOrderMaxSpread ?? th.maxSpread;
    if (spread > maxSpread && p.sizeSpan && th.sizeSpanExponent) maxSpread = Math.max(maxSpread, Math.min(room, p.sizeSpan ** th.sizeSpanExponent));
    if (spread > maxSpread && p.sizeCount && th.manySizes && p.sizeCount >= th.manySizes) maxSpread = Math.max(maxSpread, room);
    if (spread > maxSpread) {
      out.push({
        kind: 'price_range',
        severity: spread / maxSpread,
        detail: t(lang, `价格区间 ${fmtMoney(h.min)}–${fmtMoney(h.max)} 上下相差 ${fmtRatio(spread)}，页面上没有阶梯或 SKU 说明为什么。`, `The price range ${fmtMoney(h.min)}–${fmtMoney(h.max)} spans ${fmtRatio(spread)} with no tiers or SKUs on the page to explain it.`),
        fix: t(lang, `发布真实的价格区间；不同规格请设为单独的 SKU 并如实定价。`, `Publish the real price range; list different specs as SKUs at their real prices.`),
        evidence: { rangeSpread: round(spread), headlineMin: h.min.value, headlineMax: h.max.value },
      });
    }
  }
  return out;
}

type AtUnit = { m: Money; raw: Money; converted: boolean; sku?: Sku };

/**
 * A tier's or SKU's price per the headline's unit: through the unit its own price is per (same measure, another size), or
 * the quantity of the headline's unit its name holds ("1 carton (500 pcs)", "5m reel", "12双", "10 pairs/box", "100克/把");
 * the reading nearer the headline range wins, so a tier counted in tons but priced per kilogram stays as written.
 */
function atHeadlineUnit(h: NonNullable<ParsedListing['headline']>, price: Money, unit: Unit | undefined, name: string | undefined, rules: ListingRules, sku?: Sku, sizes?: ParsedListing['unitSizes']): AtUnit {
  const hu = h.unit;
  let k = 1;
  if (hu && unit && unit.id !== hu.id && unit.dim === hu.dim && unit.dim !== 'count') k = hu.base / unit.base;
  else if (hu && name && !unit) {
    // A carton of pieces ("1 carton (500 pcs) $25") under a price per piece; else a pack the name only names ("每卷 US $1.90",
    // "per bag about $0.15") whose content the page gives elsewhere ("5米/卷", "100 pcs/bag").
    const n = hu.id === 'piece' && piecesIn(name) > 1 ? piecesIn(name) : measureIn(name, hu, rules) || packNamedIn(name, hu, sizes, rules);
    if (n > 1) k = 1 / n;
  }
  if (k === 1) return { m: price, raw: price, converted: false, sku };
  const conv = scale(price, k);
  const lo = h.min.usd;
  const hi = (h.max ?? h.min).usd;
  const off = (usd: number) => (usd > hi ? usd / Math.max(hi, 1e-9) : usd < lo ? lo / Math.max(usd, 1e-9) : 1);
  return off(conv.usd) < off(price.usd) ? { m: conv, raw: price, converted: true, sku } : { m: price, raw: price, converted: false, sku };
}

/** How many of `unit` the one pack a SKU's name names holds, by the page's own pack sizes (unitSizes); 0: none or several. */
function packNamedIn(name: string, unit: Unit, sizes: ParsedListing['unitSizes'], rules: ListingRules): number {
  if (!sizes?.length) return 0;
  const words = name.toLowerCase().match(/[a-z]+|\p{Script=Han}/gu) ?? [];
  const named = new Set(words.map((w) => unitNamed(w, rules)?.id).filter((x): x is string => Boolean(x)));
  const fits = sizes.filter((z) => named.has(z.unit.id) && z.unit.id !== unit.id && (z.of.id === unit.id || (z.of.dim === unit.dim && z.of.dim !== 'count')));
  const qty = new Set(fits.map((z) => (z.qty * z.of.base) / unit.base));
  return qty.size === 1 ? [...qty][0]! : 0;
}

/** How many of `unit` a SKU's name says it holds ("5m reel" of metres, "1打(12双)" of pairs, "40pcs (100g)" of pieces); 0: none. */
function measureIn(name: string, unit: Unit, rules: ListingRules): number {
  let most = 0;
  for (const m of name.matchAll(SKU_MEASURE)) {
    // "5m" in a Chinese name reads "5米卷" as 米卷: try the longest known prefix of the word.
    const word = m[2]!.toLowerCase();
    const u = [3, 2, 1].map((k) => (/[a-z]/.test(word) ? (k === 1 ? unitNamed(word, rules) : undefined) : rules.unitByName.get(word.slice(0, k)))).find(Boolean);
    if (!u) continue;
    // A count of the headline's own unit ("12双" under "/ 双"), or a measure of its kind ("100克" under "/ 克", "50米" under "/ 米").
    const n = u.dim === 'count' ? (u.id === unit.id ? Number(m[1]) : 0) : u.dim === unit.dim ? (Number(m[1]) * u.base) / unit.base : 0;
    most = Math.max(most, n);
  }
  return most;
}

/** The price range against the market (reference-prices.yaml), added to what the listing's own numbers found (out). */
function marketRange(p: ParsedListing, rules: ListingRules, lang: Lang, flagged: Set<Sku>, notes: string[], out: Draft[]): Draft[] {
  const th = rules.thresholds.range;
  const h = p.headline;
  if (!rules.referenceFor) {
    notes.push(
      t(
        lang,
        '未配置参考价格表（rules/listing/reference-prices.yaml）：没有与同类产品市场价比较，只检查了商品信息内部是否一致。',
        'No reference-price table is configured (rules/listing/reference-prices.yaml): prices were not compared with the market for similar products, only checked for internal consistency.',
      ),
    );
    return out;
  }
  let cat: MatchedCategory | null = rules.referenceFor(p.title ?? '') ?? floorCategory(p, rules);
  // Jewellery of a precious metal priced per gram: compared with the category's range per gram, when it has one.
  const tierUnits: (Unit | undefined)[] = [h?.unit];
  for (let i = 0; i < p.tiers.length; i++) tierUnits.push(p.tiers[i]!.unit);
  const massUnit = tierUnits.find((u) => u?.dim === 'mass');
  // ... and so are goods priced per piece with the weight of one piece stated ("100g/bundle" in the title, "克重：30 克"): the
  // weight converts each price below, since a piece of such goods is worth what it weighs.
  if (cat?.perGram && (massUnit || (p.itemWeightG ?? titleWeightG(p.title)))) cat = { ...cat, unit: 'gram', usdMin: cat.perGram.usdMin, usdMax: cat.perGram.usdMax, perSpec: undefined, rating: undefined };
  // Goods the trade quotes per unit of their rating, priced in that unit ("$45 - $68 / Carat" of a natural diamond): compared
  // with the range per that unit, not with a whole piece's (which no price per carat could be read against).
  const specName = cat?.perSpec ? (cat.perSpec.priced ?? cat.perSpec.unit) : undefined;
  const specUnit = specName && cat?.perSpec?.quoted !== false ? rules.unitByName.get(specName.toLowerCase()) : undefined;
  if (cat?.perSpec && specName && specUnit && specUnit.dim !== 'count' && tierUnits.some((u) => u?.dim === specUnit.dim)) {
    cat = { ...cat, unit: specName, usdMin: cat.perSpec.usdMin, usdMax: cat.perSpec.usdMax, perSpec: undefined, rating: undefined };
  }
  if (!cat) {
    notes.push(t(lang, '参考价格表里没有这类产品：未与市场价比较，只检查了内部是否一致。', 'The reference-price table has no category for this product: no market comparison, only internal consistency.'));
    return out;
  }
  // Goods priced by weight listed per piece with no weight stated ("18K金 项链 $3.50 /件"): the least one real piece costs.
  if (cat.perPiece && rules.unitByName.get(cat.unit.toLowerCase())?.dim === 'mass' && !massUnit && !p.itemWeightG && !titleWeightG(p.title)) {
    cat = { ...cat, unit: 'piece', usdMin: cat.perPiece.usdMin, usdMax: cat.perPiece.usdMax, perSpec: undefined, rating: undefined };
  }
  // Goods counted by the piece priced per pack of them ("US$0.03 / 盒" of gloves sold 100 to a box): compared with what
  // such a pack costs (perPack), not with one piece's price, which every count unit would otherwise be read as.
  const packUnit = cat.perPack ? (h?.unit ?? p.tiers.find((x) => x.unit)?.unit ?? p.moq?.unit) : undefined;
  const pack = packUnit && Object.entries(cat.perPack!).find(([name]) => rules.unitByName.get(name.toLowerCase())?.id === packUnit.id);
  if (pack) cat = { ...cat, unit: pack[0], usdMin: pack[1].usdMin, usdMax: pack[1].usdMax, perSpec: undefined, rating: undefined, perPack: undefined, packOf: { unit: cat.unit, usdMin: cat.usdMin, usdMax: cat.usdMax, label: packUnit.label } };
  const refUnit = rules.unitByName.get(cat.unit.toLowerCase())!;
  // Every price the page shows, each in the reference unit where the units convert (per gram vs per kilogram).
  // A price with no unit of its own is in the unit the page sells by (the headline's, the tiers', the form's unit of measure,
  // the MOQ's): a ladder under "Unit of measure: Thousand" is priced per thousand.
  const pageUnit = h?.unit ?? p.tiers.find((x) => x.unit)?.unit ?? p.measureUnit ?? p.moq?.unit;
  // (pushed in loops, not spread from .map's arrays: see dearestPrice)
  const shown: { m: Money; unit?: Unit }[] = [];
  for (let i = 0; i < p.tiers.length; i++) shown.push({ m: p.tiers[i]!.price, unit: p.tiers[i]!.unit ?? pageUnit });
  if (h) {
    shown.push({ m: h.min, unit: h.unit ?? pageUnit });
    if (h.max) shown.push({ m: h.max, unit: h.unit ?? pageUnit });
  }
  for (let i = 0; i < p.skus.length; i++) if (!flagged.has(p.skus[i]!)) shown.push({ m: p.skus[i]!.price, unit: pageUnit });
  // A reference per ton or per square metre says nothing of a price whose unit is unknown (a bag, a piece).
  // (pushed in a loop, not made by .filter and .map: their arrays' elements kind changes once this function is optimised
  // and inlines them, which deoptimised it at the first read of perRef)
  let perRef: { m: Money; usd: number }[] = [];
  for (const x of shown) {
    if (x.unit ? x.unit.dim === refUnit.dim : refUnit.dim === 'count') perRef.push({ m: x.m, usd: x.unit ? (x.m.usd * refUnit.base) / x.unit.base : x.m.usd });
    // A tube the trade prices by weight priced per metre or foot: what a metre of the title's size weighs converts it.
    else if (cat.metreKg && refUnit.dim === 'mass' && x.unit?.dim === 'length') perRef.push({ m: x.m, usd: ((x.m.usd / x.unit.base) * refUnit.base) / (cat.metreKg * 1000) });
  }
  // Goods the market prices by weight (gold, saffron) priced per piece: the page's own weight of one piece ("克重 2.5 克",
  // "Weight: 1000g", "1kg" in the title) converts the price. Only a price far below the market is judged so: a weight
  // read loosely (a pack of several) could only make a price look dearer than it is.
  let byWeight = false;
  // (or the page's weight of the pack it prices by: "US $5.80 / Carton" over "20kg net per carton")
  const packMass = pageUnit && p.unitSizes?.find((z) => z.unit.id === pageUnit.id && z.of.dim === 'mass');
  const ownGrams = p.itemWeightG ?? titleWeightG(p.title);
  const pieceGrams = refUnit.dim === 'mass' && !perRef.length ? (ownGrams ?? (packMass ? packMass.qty * packMass.of.base : undefined)) : undefined;
  const perPack = ownGrams === undefined && packMass ? packMass : undefined;
  if (pieceGrams && pieceGrams > 0) {
    perRef = [];
    for (const x of shown) if (!x.unit || x.unit.dim === 'count') perRef.push({ m: x.m, usd: (x.m.usd * refUnit.base) / pieceGrams });
    byWeight = perRef.length > 0;
  }
  if (!perRef.length) return out;
  const top = perRef.reduce((a, b) => (b.usd > a.usd ? b : a));
  const bottom = perRef.reduce((a, b) => (b.usd < a.usd ? b : a));
  // Far below the market even at its dearest price, or far above it even at its cheapest.
  // ... or a whole range under the category's floor whose cheapest price is far below it ($49 - $89 for an e-bike whose
  // cheapest real unit costs $150): the range is published to show in cheap searches, though its dearest end looks plausible.
  // A stock lot or clearance goods (库存尾货, overstock) sells below what new goods of its kind cost: judged with more room.
  const lowFactor = th.referenceFactor * (p.title && th.stockLotFactor && rules.isStockLot(p.title) ? th.stockLotFactor : 1);
  const whole = top.usd < cat.usdMin / lowFactor;
  // ... or a headline range alone (no tiers or options to explain its ends) whose low end sits far under the floor, twice the
  // room of a whole range, though its high end fits ($1.40 - $62 for an office chair): the low end is bait for cheap searches.
  // (Once: a range the page's own numbers already show false needs no second finding.)
  const headlineOnly = Boolean(h?.max) && !p.tiers.length && !p.skus.length && !byWeight;
  const floorBait = headlineOnly && !out.some((d) => d.kind === 'price_range') && top.usd >= cat.usdMin && bottom.usd < cat.usdMin / (lowFactor * th.referenceFactor);
  const low = whole || (top.usd < cat.usdMin && bottom.usd < cat.usdMin / lowFactor) || floorBait;
  const high = !byWeight && bottom.usd > cat.usdMax * th.referenceFactor;
  // Every finding from the reference table says where its figures come from: operator data, not the briefing.
  const noteMarketSource = () =>
    notes.push(t(lang, `市场价比较依据参考价格表的"${cat.id}"类（运营方数据，目前为开发者估算，非简报内容）。`, `The market comparison uses the reference table's "${cat.id}" category (operator data, for now a developer's estimate, not from the briefing).`));
  if (low) {
    // A price that fits the market once its unit is corrected ($0.68 "per ton" of rebar is $680 a ton priced per
    // kilogram; $0.24 "per panel" of a 550 W panel is a price per watt): the unit, not the price, is what is false.
    // A pack of goods sold by weight priced at what a kilogram of them costs ("US $5.80 / Carton" of 20 kg of beef): the price
    // is a kilogram's, shown per pack.
    const perKg = byWeight && perPack ? (top.m.usd * refUnit.base) / 1000 : 0;
    if (perPack && perKg >= cat.usdMin && perKg <= cat.usdMax) {
      noteMarketSource();
      const packLabel = perPack.unit.label;
      out.push({
        kind: 'price_unit',
        severity: 1,
        detail: t(
          lang,
          `标价 ${fmtMoney(top.m)}/${packLabel}，而一${packLabel}重 ${fmtQty(perPack.qty, perPack.of, lang)}：折合远低于同类产品（${cat.id}）的参考价 ${refRange(cat, lang)}/${cat.unit}（开发者估算），却正是每千克的价格：按${packLabel}展示的是每千克价。`,
          `The price, ${fmtMoney(top.m)} per ${packLabel}, is for ${fmtQty(perPack.qty, perPack.of, 'en')} of goods: far below the reference for ${cat.id} (${refRange(cat, 'en')} per ${cat.unit}, a developer's estimate), but what one kilogram of them costs: a price per kilogram is shown per ${packLabel}.`,
        ),
        fix: t(lang, `按每${packLabel}的真实价格标价（约 ${fmtUsd(top.m.usd * perPack.qty * perPack.of.base / 1000)}），或把计价单位改成千克。`, `Quote what a ${packLabel} really costs (about ${fmtUsd((top.m.usd * perPack.qty * perPack.of.base) / 1000)}), or label the price per kilogram.`),
        evidence: { referenceCategory: cat.id, priceUsdPerRefUnit: round(top.usd, 4), pricedPer: 'kilogram', packKg: round((perPack.qty * perPack.of.base) / 1000, 3) },
      });
      return out;
    }
    // A pack priced at what one piece of it costs: the price is a piece's, shown per pack.
    const packOf = cat.packOf;
    if (packOf && top.usd >= packOf.usdMin / lowFactor && top.usd <= packOf.usdMax) {
      noteMarketSource();
      out.push({
        kind: 'price_unit',
        severity: 1,
        detail: t(
          lang,
          `标价 ${fmtMoney(top.m)}/${packOf.label} 远低于一${packOf.label}这类产品（${cat.id}）的参考价 ${refRange(cat, lang)}（开发者估算），却正是单件的价格（${fmtUsd(packOf.usdMin)}–${fmtUsd(packOf.usdMax)}）：按${packOf.label}展示的是单件价。`,
          `The price, ${fmtMoney(top.m)} per ${packOf.label}, is far below what a ${packOf.label} of ${cat.id} costs (${refRange(cat, 'en')}, a developer's estimate) but is what one ${packOf.unit} costs (${fmtUsd(packOf.usdMin)}–${fmtUsd(packOf.usdMax)}): a price per ${packOf.unit} is shown per ${packOf.label}.`,
        ),
        fix: t(lang, `按每${packOf.label}的真实价格标价，或把计价单位改成件。`, `Quote what a ${packOf.label} really costs, or label the price per ${packOf.unit}.`),
        evidence: { referenceCategory: cat.id, priceUsdPerRefUnit: round(top.usd, 4), pricedPer: packOf.unit },
      });
      return out;
    }
    // A set rated by its piece count ("168件" tool set) priced per set far under what its pieces cost is a false price: only a
    // price labelled per piece ("$0.38 / Piece" of a 108-piece set) is one piece's price shown for the set.
    const pieceRated = Boolean(cat.perSpec && rules.unitByName.get(cat.perSpec.unit.toLowerCase())?.dim === 'count');
    const perOwnUnit = pieceRated && [h?.unit, ...p.tiers.map((x) => x.unit)].some((u) => u) && [h?.unit, ...p.tiers.map((x) => x.unit)].every((u) => !u || u.id === refUnit.id);
    const mixed = perOwnUnit ? null : unitMixUp(top, cat, refUnit);
    // The page itself labels its price per watt ("US$0.19 - 0.23 /瓦") and a tier reads the same amount "/W": the
    // unit shown is the unit priced, and per watt of the title's rating the price fits the market.
    if (mixed && cat.perSpec && /^k?W$/i.test(cat.perSpec.unit) && [p.headline?.unit, ...p.priceUnits].some((u) => u?.dim === 'power')) return out;
    if (mixed) {
      noteMarketSource();
      out.push({
        kind: 'price_unit',
        severity: 1,
        detail: t(
          lang,
          `标价 ${fmtMoney(top.m)}/${cat.unit} 比同类产品（${cat.id}）参考价 ${refRange(cat, lang)}/${cat.unit}（开发者估算）低得多，但按每${mixed.zh}计正好落在参考价内：价格标的单位不是实际计价的单位。`,
          `The price, ${fmtMoney(top.m)} per ${cat.unit}, is far below the reference for ${cat.id} (${refRange(cat, 'en')} per ${cat.unit}, a developer's estimate) but fits it as a price per ${mixed.en}: the unit shown is not the unit priced.`,
        ),
        fix: t(lang, `按实际计价单位标价：约 ${fmtUsd(mixed.perRef)}/${cat.unit}，或把单位改成每${mixed.zh}。`, `Quote the price in the unit shown (about ${fmtUsd(mixed.perRef)} per ${cat.unit}) or label it per ${mixed.en}.`),
        evidence: { referenceCategory: cat.id, priceUsdPerRefUnit: round(top.usd, 4), pricedPer: mixed.en, perRefUnitUsd: round(mixed.perRef, 2) },
      });
      return out;
    }
  }
  // Far above the market by a thousandfold unit (a price per kilogram labelled per gram): the unit is what is false.
  const bigger = high && !low ? thousandfoldUnit(bottom.usd, cat, refUnit.dim) : null;
  if (bigger) {
    noteMarketSource();
    out.push({
      kind: 'price_unit',
      severity: 1,
      detail: t(
        lang,
        `最低标价 ${fmtMoney(bottom.m)} 按所标单位折合 ${fmtUsd(bottom.usd)}/${cat.unit}，是同类产品（${cat.id}）参考价 ${refRange(cat, lang)}/${cat.unit}（开发者估算）的上千倍，而按${bigger.zh}计正好落在参考价内：所标的计价单位不是实际计价的单位。`,
        `The lowest price shown, ${fmtMoney(bottom.m)}, comes to ${fmtUsd(bottom.usd)} per ${cat.unit} in the unit shown, a thousand times the reference for ${cat.id} (${refRange(cat, 'en')} per ${cat.unit}, a developer's estimate), but fits it as a price per ${bigger.en}: the unit shown is not the unit priced.`,
      ),
      fix: t(lang, `把计价单位改成实际计价的单位（例如每千克），起订量按同一单位填写。`, `Label the price in the unit it is really for (for example per kilogram), and state the MOQ in the same unit.`),
      evidence: { referenceCategory: cat.id, priceUsdPerRefUnit: round(bottom.usd, 4), offBy: round(bottom.usd / cat.usdMax) },
    });
    return out;
  }
  if (low || high) {
    const x = whole ? top : bottom;
    const off = low ? cat.usdMin / Math.max(x.usd, 1e-9) : x.usd / cat.usdMax;
    noteMarketSource();
    out.push({
      kind: 'price_range',
      // An estimate from outside the listing: it leads only when the listing's own numbers show nothing else.
      severity: Math.min(off / th.referenceFactor, 1),
      detail: t(
        lang,
        `${whole ? '最高' : '最低'}标价 ${fmtMoney(x.m)}${byWeight ? `（按每件 ${round(pieceGrams!, 1)} 克折合 ${fmtUsd(x.usd)}/${cat.unit}）` : ''} 与同类产品（${cat.id}）参考价 ${refRange(cat, lang)}/${cat.unit}（开发者估算）相差 ${fmtRatio(off)}。`,
        `${whole ? 'Even the highest' : floorBait ? 'The range starts far under the market; its lowest' : low ? 'The whole range sits under the market; its lowest' : 'Even the lowest'} price shown, ${fmtMoney(x.m)}${byWeight ? ` (${fmtUsd(x.usd)} per ${cat.unit} at the ${round(pieceGrams!, 1)} g a piece weighs)` : ''}, is ${fmtRatio(off)} ${low ? 'below' : 'above'} the reference price for ${cat.id}, ${refRange(cat, 'en')} per ${cat.unit} (a developer's estimate).`,
      ),
      fix: t(lang, `按真实成交价发布价格区间（同类产品约 ${refRange(cat, lang)}/${cat.unit}）。`, `Publish the price you really sell at (similar products sell at about ${refRange(cat, 'en')} per ${cat.unit}).`),
      evidence: { referenceCategory: cat.id, priceUsdPerRefUnit: round(x.usd, 4), offBy: round(off) },
    });
  }
  return out;
}

/**
 * The unit a price far below its category fits once corrected: a thousandth of the reference unit (per kilogram for
 * a per-ton reference, per gram for per kilogram, per millilitre for per litre), or one unit of the title's rating
 * (per watt of a 550 W panel). Only a price that lands inside the reference range once scaled.
 */
function unitMixUp(x: { usd: number }, cat: MatchedCategory, refUnit: Omit<Unit, 'label'>): { en: string; zh: string; perRef: number } | null {
  // A floor with no ceiling (goods in no category) fits any price scaled up: only a real range can say which unit.
  if (cat.usdMax >= Number.MAX_VALUE) return null;
  const fits = (usd: number) => usd >= cat.usdMin && usd <= cat.usdMax;
  const small: Record<string, [string, string]> = { mass: ['kilogram', '千克'], liquid: ['millilitre', '毫升'] };
  if ((refUnit.dim === 'mass' && refUnit.base >= 1e6) || (refUnit.dim === 'liquid' && refUnit.base >= 1000)) {
    const [en, zh] = refUnit.dim === 'mass' ? small.mass! : small.liquid!;
    if (fits(x.usd * 1000)) return { en, zh, perRef: x.usd * 1000 };
  }
  if (cat.rating && cat.perSpec && cat.perSpec.quoted !== false && fits(x.usd * cat.rating)) return { en: cat.perSpec.unit, zh: cat.perSpec.unit, perRef: x.usd * cat.rating };
  return null;
}

// ---------------------------------------------------------------------------------------------------------

/** One weight in the title ("Gold Bar 1kg", "金条 50克"), in grams; none when it names several. */
function titleWeightG(title: string | undefined): number | undefined {
  const ws = [...(title ?? '').matchAll(/(?<![\d.])(\d+(?:\.\d+)?)\s*(kg|g|grams?|克|公斤|千克|oz)(?![A-Za-z])/gi)];
  return ws.length === 1 ? gramsOf(Number(ws[0]![1]), ws[0]![2]!) : undefined;
}

/** The pieces a carton, box or bag option holds ("1 carton (500 pcs)", "Box of 200 pieces", "500pcs/carton", "1箱(200个)"); 1 when none. */
const PIECES_IN = /\b(?:carton|box|case|ctn|bag|pack|bundle)\b[^\d]{0,12}?\(?\s*(\d[\d,]*)\s*(?:pcs|pieces|pc)\b|(\d[\d,]*)\s*(?:pcs|pieces)\s*\/\s*(?:carton|box|case|ctn|bag)\b|(?:箱|盒|袋|包)\s*[(（]?\s*(\d[\d,]*)\s*(?:个|件|只|支|片)/i;
function piecesIn(name: string): number {
  const m = PIECES_IN.exec(name);
  const n = m ? Number((m[1] ?? m[2] ?? m[3])!.replace(/,/g, '')) : 1;
  return n >= 2 ? n : 1;
}

/** "$30–$500", or "at least $15" for a floor with no ceiling. */
function refRange(cat: ReferenceCategory, lang: Lang): string {
  return cat.usdMax >= Number.MAX_VALUE ? t(lang, `不低于 ${fmtUsd(cat.usdMin)}`, `at least ${fmtUsd(cat.usdMin)}`) : `${fmtUsd(cat.usdMin)}–${fmtUsd(cat.usdMax)}`;
}

/** Goods in no category priced per a unit with a floor ("per ton"): the floor as a category with no ceiling. */
function floorCategory(p: ParsedListing, rules: ListingRules): ReferenceCategory | null {
  const unit = p.headline?.unit ?? sortedTiers(p.tiers)[0]?.unit;
  if (!unit || unit.dim === 'count') return null;
  const floor = rules.unitFloors.find((f) => rules.unitByName.get(f.unit.toLowerCase())?.dim === unit.dim);
  if (!floor) return null;
  return { id: `any goods per ${floor.unit}`, keywords: [floor.unit], unit: floor.unit, usdMin: floor.usdMin, usdMax: Number.MAX_VALUE };
}

function sortedTiers(tiers: Tier[]): Tier[] {
  // Already in order (as pages list them): what the stable sort returns, without its copy.
  let ordered = true;
  for (let i = 1; i < tiers.length && ordered; i++) ordered = tiers[i - 1]!.min <= tiers[i]!.min;
  if (ordered) return tiers;
  return tiers.length < 2 ? tiers : [...tiers].sort((a, b) => a.min - b.min);
}

/** A quantity in `from` units expressed in `to` units, when both measure the same thing; else unchanged. */
function convert(qty: number, from: Unit | undefined, to: Unit | undefined): number {
  if (!from || !to || from.dim !== to.dim) return qty;
  return (qty * from.base) / to.base;
}

function scale(m: Money, k: number): Money {
  return { ...m, value: m.value * k, usd: m.usd * k };
}

function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export type { ListingKind };
