import { t } from '../core/lang.js';
import type { Lang } from '../core/types.js';
import type { AdmissionCues } from './rules.js';
import type { Finding, ListingKind } from './types.js';

/**
 * The rep's own admission that a value the listing shows is not the real one (admissions.yaml): a placeholder MOQ, a price
 * kept for ranking, a SKU there to pull the price shown down, free freight charged after the order, a unit changed so the
 * price looks small. Read sentence by sentence on any layout (a message, a remark line, a CSV remark cell): the admission
 * states the false information outright, so no number needs comparing. One finding per kind, without its clause (the
 * checker adds it, as for the prose findings).
 */
export function admissionFindings(text: string, cues: AdmissionCues, lang: Lang, wonders?: (clause: string) => boolean): Omit<Finding, 'clause' | 'clauseEn'>[] {
  if (!cues.gate.zh.test(text) && !cues.gate.en.test(text)) return [];
  const out: Omit<Finding, 'clause' | 'clauseEn'>[] = [];
  const ladderCue = cues.topics.find((x) => x.kind === 'price_ladder')?.cue;
  const skuCue = cues.topics.find((x) => x.kind === 'sku_filler')?.cue;
  for (const whole of text.split(SENTENCE)) {
    // (a clause that only wonders, "my boss asked should we drop it to $0.99 to get clicks", "问要不要挂低一点引流", admits
    // nothing: the rest of its sentence is read)
    const sentence = wonders && whole.length >= 6 && wonders(whole) ? whole.split(CLAUSE).filter((c) => !wonders(c)).join('，') : whole;
    if (sentence.length < 6 || cues.honest.test(sentence)) continue;
    const why = admitted(sentence, cues);
    if (!why) continue;
    // (a price pulled down by a tier is told from one pulled down by a SKU by the ladder named in the sentence, or, when the
    // sentence names no SKU, anywhere in the message: "how should I set the tiers? … 10000+ at $0.10 so the list page shows ten cents")
    const kind = why === 'topic' ? cues.topics.find((x) => x.cue.test(sentence))?.kind : why === 'sku_filler' && !skuCue?.test(sentence) && ladderCue?.test(text) ? 'price_ladder' : why;
    if (!kind || out.some((f) => f.kind === kind)) continue;
    const said = sentence.trim().slice(0, 120);
    out.push({ kind, detail: admittedDetail(kind, said, lang), fix: admittedFix(kind, lang), evidence: { admission: said }, severity: 2 });
  }
  return out;
}

/** What the sentence admits: a kind it fixes by itself, 'topic' when its topic names the kind, or null. */
function admitted(s: string, cues: AdmissionCues): ListingKind | 'topic' | null {
  if (cues.otherUnit.test(s)) return 'price_unit';
  // (a sentence naming the amount charged later leaves the comparison with the published fee to the judge, unless the fee
  // shown is free or zero)
  if (cues.chargedLater.test(s) && cues.shownFree.test(s)) return 'shipping';
  if ((cues.raisedLater.test(s) || (cues.chargedLater.test(s) && cues.referenceOnly.test(s))) && !cues.amount.test(s)) return 'shipping';
  if (cues.pullsDown.test(s)) return cues.topics.find((x) => x.kind === 'price_ladder')?.cue.test(s) ? 'price_ladder' : 'sku_filler';
  if (cues.notReal.test(s)) return 'topic';
  return null;
}

// A sentence ends at a line end or a full stop; a comma stays inside ("sold out, never deleted"). A CSV row is one line.
const SENTENCE = /\n|[。！!；;?？]|\.(?=\s|$)/;
// A clause ends at a comma that is no thousands separator (shown-real.ts reads clauses the same way).
export const CLAUSE = /[，、]|,(?!\d{3}(?!\d))/;

export const WHAT: Record<ListingKind, [string, string]> = {
  price_ladder: ['阶梯价', 'price tier'],
  sku_filler: ['SKU', 'SKU'],
  shipping: ['运费', 'shipping fee'],
  moq: ['起订量', 'MOQ'],
  price_unit: ['计价单位', 'price unit'],
  price_range: ['价格', 'price'],
};

/** What a finding says the listing's own words admit; shown-real.ts says the same of a "said" reading. */
export function admittedDetail(kind: ListingKind, said: string, lang: Lang): string {
  const [zh, en] = WHAT[kind];
  return t(lang, `商品信息自己写明，页面上的${zh}不是真实卖价或真实条件（「${said}」）：这是虚假的${zh}。`, `The listing's own words say the ${en} shown is not the real one ("${said}"): it is a false ${en}.`);
}

/** The fix for an admitted false value; shown-real.ts words price_unit and the price itself its own way and defers
 * to this for the rest. */
export function admittedFix(kind: ListingKind, lang: Lang): string {
  switch (kind) {
    case 'sku_filler':
      return t(lang, '删除只为拉低展示价格的 SKU，或把它的价格改成真实能卖的价格。', 'Remove the SKU that is only there to pull the price shown down, or price it at what it really sells for.');
    case 'price_unit':
      return t(lang, '把计价单位改成实际出售的单位（整包、整盒、每公斤……），价格按该单位填写。', 'Set the price unit to the unit the goods are really sold in (the pack, the box, the kilogram) and price it per that unit.');
    case 'moq':
      return t(lang, '把最小起订量改成真实接单的数量。', 'Set the MOQ to the quantity you really accept orders for.');
    case 'shipping':
      return t(lang, '页面上填写买家实际要付的运费，不要下单后再加收。', 'Publish the shipping the buyer really pays; do not add freight after the order.');
    default:
      return t(lang, '删除已不卖或只为排名、引流设置的价格，只发布真实成交价。', 'Remove prices that no longer sell or are only set for ranking or clicks; publish only prices buyers really pay.');
  }
}
