/**
 * The lead of a yes/no answer: which way the answering line goes on the proposition the question asks, and the word
 * that says it ("Yes."/"No.", "会。"/"不会。", "需要。"/"不需要。"...). Verdicts computed from what the asker states
 * against what a line states (a place against the eligible regions, an item against a listed set, a day against a
 * span or a threshold date, a star level, an audience, a length of time) come first; otherwise the line's stance
 * (allowed, negated, listing a violation) read in the question's frame (violation, permission, fact).
 *
 * The composer picks the lines; this module only reads them. Where a verdict rests on a line that the composer did
 * not quote first, that line is moved to the front of `picked` (the one array it changes).
 */
import type { Lang } from '../core/types.js';
import { HAN_NUMERALS } from '../core/numerals.js';
import type { Section } from './knowledge.js';
import type { Passage } from './passages.js';
import type { Unit } from './text.js';
import { CALENDAR_YEAR, CLOSED_LIST_ITEMS, MONTHS, NUM_WORD_EN, proposedSlots, statesSlotValue, thresholdDays, type ClassItem, type QuestionAnalysis, type QuestionAnalyzer } from './question.js';
import type { ComposeInput, Composition, PassageIndex, RankedPassage } from './compose.js';
import { askingClause, clausesOf, ENDS_IN_EVIDENCE, FIGURE_CLAUSE_BREAK, proposedClause, SENTENCE_BREAK, YESNO_MODAL } from './asking.js';

export const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** Puts the line that decides a yes/no first among the quoted lines (moved there if it was already picked). */
function quoteFirst(picked: Passage[], line: Passage): void {
  const at = picked.indexOf(line);
  if (at >= 0) picked.splice(at, 1);
  picked.unshift(line);
}
/**
 * "新手期任务还是5项吗", "主播还是只播1场吗": 还是 inside a clause that ends in 吗 is "still", not the joiner of a choice
 * ("A还是B" ends in no 吗; "…，还是说…" after a comma offers an alternative and is left to decline.ts).
 */
export const STILL_ASKED = /(?<![，,；;？?!！。])还是[^，,。；;？?！!、]*?[吗么嘛]/;

// how much of the question a degree line found beyond the first picks must hold to be the one it is about
const DEGREE_LINE = 0.15;
// the lead unstatedInPredicate writes, read back by unstated-value.ts: the thing named is in the Chinese or English quotes
export const UNMENTIONED_LEAD = /^(?:简报没有提到(.+?)，不能据此说是|The briefing does not mention (.+?), so it does not say yes)/;
// words that qualify or point rather than name a thing ("任何产品", "这辈子都"): their absence from the briefing says nothing
// ("之一", "其中", "之列" say the thing is one of a list: the list is what is asked of)
const FUNCTION_WORD = /^(之一|其中|之列|一员|任何|任意|所有|一切|什么|这样|那样|这种|那种|这个|那个|这些|那些|我们|你们|他们|咱们|自己|直接|已经|还是|或者|就是|一下|的话|情况|时候|辈子|一直|永远|真的|到底|究竟)/;
// a yes/no asking what its subject is ("…是用中国银行牌价吗", "…是推到首页吗"): the words after the last 是, up to the tag
const COPULA_ASK = /是(?!不是|否)((?:(?!是)[^，,。；;？?])+?)(?:吗|么|嘛)\s*$/u;
// a question asking whether a charge applies ("还收0.125%吗", "扣几个点", "do we still get charged"), for a line saying it is free
export const ASKS_CHARGE = /费|收(?!到|款|入|益|藏|集|货)|扣(?!分)|\d\s*%|几个点|\bfees?\b|\bcharg(e|ed|es|ing)\b|\bcosts?\b/i;
// how many of the lines a steering question drew are quoted after the rule's own lines
const STEERING_NEAR = 2;
// how many of the first lines picked a proposed value is compared against (the line that answers is among them)
const SLOT_LINES = 3;
// how much of a yes/no a topic line stating a figure of the proposed unit must hold to be the one compared with it
const FIGURE_LINE_COVERAGE = 0.3;
const PARTS_ZH: [RegExp, 'early' | 'mid' | 'late'][] = [[/初|上旬|头/, 'early'], [/中旬|中/, 'mid'], [/下旬|底|末/, 'late']];
const MONTH_EN = 'january|february|march|april|may|june|july|august|september|october|november|december';

/** "5月下旬", "early May", "end of May", "5月6日" (a day places its part): the month and its part, or the month alone. */
function partOfMonth(text: string): { month: number; part: 'early' | 'mid' | 'late' | null; text: string; en: string } | null {
  const zh = text.match(/(?<!\d)(1[0-2]|[1-9])\s*月\s*(初|上旬|中旬|中|下旬|底|末)/);
  if (zh) {
    const part = PARTS_ZH.find(([re]) => re.test(zh[2]!))![1];
    const month = Number(zh[1]);
    return { month, part, text: zh[0], en: `${part === 'mid' ? 'mid' : part} ${MONTHS[month - 1]} (${zh[0]})` };
  }
  const en = text.match(new RegExp(`\\b(early|beginning of|start of|mid|middle of|late|end of)[- ](${MONTH_EN})\\b`, 'i'));
  if (en) {
    const w = en[1]!.toLowerCase();
    const part = /early|beginning|start/.test(w) ? 'early' : /mid/.test(w) ? 'mid' : 'late';
    const month = MONTH_EN.split('|').indexOf(en[2]!.toLowerCase()) + 1;
    return { month, part, text: en[0], en: en[0] };
  }
  return null;
}

/**
 * "是6月份公示吗", "is it published in June?": a month the question proposes alone, with no part of it. Not a month that
 * dates something the question only mentions ("4月公示的商家…会扣分吗": the month before a 的 qualifies a noun).
 */
function monthAlone(q: string): { month: number; part: null; text: string; en: string } | null {
  const zh = q.match(/(?<![\d年])(1[0-2]|[1-9])\s*月(份)?(?![\d\s]*[日号\d])(?![^，,。？?吗]{0,5}的)/);
  const en = zh ? null : q.match(new RegExp(`\\b(?:in|by|during|until|till)\\s+(${MONTH_EN})\\b(?!\\s*\\d)`, 'i'));
  const month = zh ? Number(zh[1]) : en ? MONTH_EN.split('|').indexOf(en[1]!.toLowerCase()) + 1 : 0;
  if (!month) return null;
  return { month, part: null, text: `${month}月`, en: MONTHS[month - 1]! };
}

/** A line's day ("5月13日", a span's first or last: "4月30日-5月13日") placed in its part of the month (1-10 early, 11-20 mid). */
function dayAsPart(text: string, last: boolean): { month: number; part: 'early' | 'mid' | 'late'; text: string; en: string } | null {
  const days = [...text.normalize('NFKC').matchAll(/(?<!\d)(1[0-2]|[1-9])\s*月\s*(\d{1,2})\s*[日号]?(?:\s*[-–~至到]\s*(?:(1[0-2]|[1-9])\s*月)?\s*(\d{1,2})\s*[日号])?/g)];
  if (!days.length) return null;
  const m = last ? days[days.length - 1]! : days[0]!;
  const month = Number(last && m[4] ? m[3] ?? m[1] : m[1]);
  const day = Number(last && m[4] ? m[4] : m[2]);
  if (!day || day > 31) return null;
  const part = day <= 10 ? 'early' : day <= 20 ? 'mid' : 'late';
  return { month, part, text: `${month}月${day}日`, en: `${MONTHS[month - 1]} ${day} (${month}月${day}日)` };
}

// a figure with its unit, of the kinds a yes/no proposes ("15天", "14 days", "0.3%", "50个", "3分"): each unit once
const FIGURE_UNITS: [string, string][] = [
  ['day', '天|日|(?:calendar |working |business )?days?\\b'],
  ['hour', '小时|个小时|hours?\\b'],
  ['month', '个月|months?\\b'],
  ['percent', '%|％|percent\\b'],
  ['point', '分(?!钟|之|类|享|别|开|行)|points?\\b'],
  ['star', '星(?!期)|stars?\\b'],
  // a head count ("700名", "81个商家", "open to 1000 merchants"): before `item`, which would take the 个 of 个商家
  ['head', '(?:个\\s*)?(?:商家|供应商|卖家|企业|工厂|名额|名(?!称|字)|家(?!居|纺|具|电|园)|位(?!置)|人(?!民币|才|员|工))|merchants?\\b|sellers?\\b|suppliers?\\b|companies\\b|people\\b|persons?\\b|spots?\\b|places\\b|slots?\\b|respondents?\\b'],
  ['item', '个(?!月|小时)|款|条|项|份(?!额)|potential products?\\b|products?\\b|listings?\\b|videos?\\b|showcases?\\b|tasks?\\b|items?\\b|reports?\\b'],
  // a number of live sessions or broadcasts ("连播5场", "stream 3 sessions")
  ['session', '场(?!景|地|所|合|馆)|sessions?\\b|(?:live )?streams\\b|broadcasts?\\b|shows\\b'],
  // a sum in yuan ("原价1500元", "0元享"): "do we pay 1500 yuan?" against the price now
  ['yuan', '元|块钱|yuan\\b|rmb\\b'],
  // a number of currencies ("八大币种", "8大主流币种", "12 currencies")
  ['currency', '(?:大)?(?:主流)?(?:币种|种(?:货)?币)|(?:(?:major|main|different|foreign) )?currenc(?:y|ies)\\b'],
];
// a clause counting people or places by a noun before its bare "N个" ("名额是1000个吗", "商家有81个吗")
const HEAD_NOUN = /名额|商家|人数|席位|企业|公司|\bmerchants?\b|\bsellers?\b|\bspots?\b|\bplaces\b|\bslots?\b/i;
const FIGURE = new RegExp(`(?<![\\d.])(\\d+(?:\\.\\d+)?)\\s*(?:(${FIGURE_UNITS.map(([, re]) => `(?:${re})`).join(')|(')}))`, 'giu');
// a day of a month ("5月20日", "May 20", "4/28") and a year are dates, not figures of days
const DATE_FIGURE = /\d{1,4}\s*[年月]\s*\d{0,2}\s*[日号]?|\d{1,2}\/\d{1,2}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|第\s*\d+|\b(?:top|no\.?|#)\s*\d+|\d+\s*(?:st|nd|rd|th)\b|[（(]?\d+[)）、]/gi;

// "千分之三", "百分之五": a rate in words is the percentage it names
const RATE_IN_WORDS = /([千百])分之\s*(\d+(?:\.\d+)?|[一二两三四五六七八九十])/g;
function ratesAsPercent(text: string): string {
  return text.replace(RATE_IN_WORDS, (_, per: string, n: string) => `${(HAN_NUMERALS[n] ?? Number(n)) / (per === '千' ? 10 : 1)}%`);
}

// a number written with thousands separators ("10,000 suppliers") and one scaled by 万 ("10万供应商"): read as its value, so
// "was it 10,000?" is compared with 100,000 and not with a 0 after the comma
const THOUSANDS = /(?<![\d.])\d{1,3}(?:,\d{3})+(?![\d])/g;
const TEN_THOUSANDS = /(?<![\d.])(\d+(?:\.\d+)?)\s*万(?!元)/g;
// a count in a Chinese numeral before 大 ("八大币种", "五大权益"): the digits it names
const HAN_COUNT = /([一二两三四五六七八九十])(?=大)/g;

function figuresIn(text: string): { value: number; unit: string; text: string }[] {
  const read = ratesAsPercent(text.normalize('NFKC'))
    .replace(THOUSANDS, (n) => n.replace(/,/g, ''))
    .replace(TEN_THOUSANDS, (_, n: string) => String(Math.round(Number(n) * 10000)))
    .replace(HAN_COUNT, (d: string) => String(HAN_NUMERALS[d]));
  // (a value read from "10万" or "10,000" is shown as the text wrote it)
  const shown = (n: string) => (Number(n) < 10000 ? n : text.includes(`${Number(n) / 10000}万`) ? `${Number(n) / 10000}万` : Number(n).toLocaleString('en-US'));
  return [...read.matchAll(FIGURE)].map((m) => {
    const at = m.slice(2).findIndex((g) => g !== undefined);
    return { value: Number(m[1]), unit: FIGURE_UNITS[at]![0], text: m[0].trim().replace(/^\d+/, shown) };
  });
}

// a length of time, in days, with a range's two ends ("1-2个工作日", "4小时", "a week", "两周", "3 months"); a working day
// may stretch to 7/5 of a calendar day, so its upper end is widened by that much
const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, ...NUM_WORD_EN, ...HAN_NUMERALS, 半: 0.5 };
const DURATION = /(?<![\d.])(\d+(?:\.\d+)?|[一二两三四五六七八九十半]|\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten)\b)(?:\s*(?:-|~|～|到|至|\bto\b)\s*(\d+(?:\.\d+)?))?\s*(?:个\s*)?(小时|工作日|自然日|天|日|周|星期|礼拜|个月|hours?\b|(?:working |business |calendar )?days?\b|weeks?\b|months?\b)/giu;
const DAYS_PER: [RegExp, number][] = [[/小时|hour/i, 1 / 24], [/周|星期|礼拜|week/i, 7], [/月|month/i, 30], [/./, 1]];
// how the asker compares: before the length ("more than a week", "超过一周") or after it ("一周以上", "3天以内")
const LONGER = /(more than|longer than|over|at least|beyond|exceed\w*|超过|多于|不止|至少|大于)\s*$/i;
const SHORTER = /(less than|shorter than|under|within|no more than|at most|不到|少于|小于|不超过)\s*$/i;
const LONGER_AFTER = /^\s*(以上|多|还多|or more|or longer|plus)/i;
const SHORTER_AFTER = /^\s*(以内|之内|内|or less|or under)/i;

function durationsIn(text: string): { lo: number; hi: number; at: number; end: number; text: string }[] {
  return [...text.normalize('NFKC').replace(DATE_FIGURE, (m) => ' '.repeat(m.length)).matchAll(DURATION)].map((m) => {
    const n = (x: string) => NUMBER_WORDS[x.toLowerCase()] ?? Number(x);
    const per = DAYS_PER.find(([re]) => re.test(m[3]!))![1];
    const working = /工作日|working|business/i.test(m[3]!) ? 7 / 5 : 1;
    const lo = n(m[1]!) * per;
    const hi = (m[2] ? Number(m[2]) : n(m[1]!)) * per * working;
    return { lo, hi, at: m.index!, end: m.index! + m[0].length, text: m[0].trim() };
  });
}

// a day the question proposes ("5月1日", "May 1", "1 May") and a day a line states ("2022年5月6日", "5月6日")
const ASKED_DAY = /(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b|\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*/giu;
const DAY_ZH = '(?:\\d{4}\\s*年\\s*)?(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号](?:\\s*[（(][^）)]{0,4}[）)])?';
// a clause that asks rather than states: a question particle, or an English question's auxiliary first
const ASKING_CLAUSE = /吗|么|是否|有没有|有无|没有提|算不算|是不是|^\s*(?:is|are|was|were|does|do|did|has|have|can|could|will|would|should)\b|\b(?:whether|if)\b/i;
// how many words of a membership question's asking clause, without the items it names, the list's line and its section
// may miss before the question is taken to ask something else of the items than whether they are listed
const MEMBERSHIP_MISSING = 3;
// a line quoting what a buyer or merchant wrote ("商家: Hello, please add my wechat/skype/whatsapp"): an example, not a list
const UTTERANCE = /^\s*(买家|商家|buyer|seller|merchant)\s*[:：]/i;

/** What the yes/no lead reads of the briefing: the composer's index and analyzer, and how it finds a line's neighbours. */
export interface LineContext {
  readonly index: PassageIndex;
  readonly analyzer: QuestionAnalyzer;
  readonly sectionsById: Map<string, Section>;
  /** the lines that introduce a line in its block */
  contextOf(p: Passage): Passage[];
  passagesOf(sectionId: string): Passage[];
  /** the lines of the answered sections' topics */
  topicPassages(input: ComposeInput): Passage[];
  /** the briefing's terms a yes/no asks that the line (with the lines introducing it) does not hold (decline.ts) */
  unheldAskedConcepts?(input: ComposeInput, qa: QuestionAnalysis, line: Passage): Unit[];
}

export type Frame = 'violation' | 'permission' | 'fact';

export class YesNoLead {
  private steeringRule?: Passage[];

  constructor(private readonly ctx: LineContext) {}

  /**
   * "Is quoting 1 RFQ still a newbie task?", "新手任务还有RFQ报价吗" against "5) RFQ报价1次 (变化项: 删除该项)" among the lines
   * picked: a question asking whether something still holds, about the item a list's change note says was taken out
   * (polarity.yaml `removed`, `stillAsked`), is a no, whichever line of the list ranks first.
   */
  removedItem(input: ComposeInput, lines: Passage[]): string | null {
    const pol = this.ctx.analyzer.rules.polarity;
    if (!pol.removed || !pol.stillAsked?.test(input.question.normalize('NFKC'))) return null;
    const line = lines.find((p) => pol.removed!.test(p.zh) || pol.removed!.test(p.en));
    if (!line) return null;
    // (a word of the question only the taken-out item holds among the lines, "RFQ": the item asked is that one, not a
    // task of the list kept, which the same lines name)
    const held = (u: Unit, p: Passage) => this.ctx.index.coverage([u], p, []) > 0;
    const own = input.units.filter((u) => u.kind !== 'num' && held(u, line) && lines.every((o) => o === line || !held(u, o)));
    if (!own.length) return null;
    const no = yesNo(input.question, input.lang, false, 'fact');
    return input.lang === 'zh' ? `${no}这一项已经删除了。` : `${no} That item was removed.`;
  }

  /**
   * A verdict from what the asker states against a condition a line states, or null: a length of time against a
   * stated one ("断约半年再签算新签吗"), a value the question proposes of a slot the line states (a relative day, where an
   * account is held), an expected state, the audience, a star level, a day in a span, a date threshold.
   * `near` is the lines picked and the close candidates.
   */
  statedCondition(qa: QuestionAnalysis, input: ComposeInput, near: Passage[], picked: Passage[]): string | null {
    // (the topic's lines, and those of them holding much of the question, read once for the checks that look past the picks)
    const topic = this.ctx.topicPassages(input);
    const nearAndHolding = [...near, ...this.topicHolding(input, topic)];
    const nearAndTopic = [...near, ...topic];
    return (
      // (the currency of an amount before whether an act is free: "is the fee-free threshold in RMB?" asks the former)
      this.figureCurrency(qa, input, near, picked) ??
      this.slotValue(input, nearAndHolding, picked) ??
      this.freeAct(input, nearAndTopic, picked) ??
      this.everyoneLimited(input, nearAndHolding, picked) ??
      this.singleLimited(input, nearAndHolding, picked) ??
      this.eventDay(input, nearAndTopic, picked) ??
      this.lengthThreshold(qa, input, near, picked) ??
      this.expectedState(input, qa, near, picked) ??
      this.audienceVerdict(input, nearAndTopic, picked) ??
      this.starThreshold(input, nearAndTopic, picked) ??
      this.dateInSpan(qa, input, picked) ??
      this.dateThreshold(qa, input, nearAndTopic, picked)
    );
  }

  /** The answered topic's lines that hold a good share of the question (a line the picks missed, not any line of it). */
  private topicHolding(input: ComposeInput, topic: Passage[]): Passage[] {
    return topic.filter((p) => this.ctx.index.coverage(input.units, p, this.ctx.contextOf(p)) >= FIGURE_LINE_COVERAGE);
  }

  /** "No: this rule applies only to ...": the lead for a rule limited to merchants the asker is not (see outsideScope). */
  scopeLead(input: ComposeInput, limit: { line: Passage; who: string }): string {
    return input.lang === 'zh' ? `不适用：这条只针对${limit.who}。` : `No: this rule applies only to ${limit.who} (${limit.line.zh.match(/针对[^，,。]+的商家/)?.[0] ?? ''}).`;
  }

  /** "Should I stay logged in?" against "要确保…处于登出的状态" among the lines: the line requires the opposite, so no. */
  requiredOpposite(input: ComposeInput, lines: Passage[], picked: Passage[]): string | null {
    const opposite = this.ctx.analyzer.rules.polarity.opposites.find((o) => o.question.test(input.question));
    const requires = opposite ? lines.find((x) => opposite.line.test(x.zh) || opposite.line.test(x.en)) : undefined;
    if (!requires) return null;
    if (!picked.includes(requires)) picked.unshift(requires);
    return yesNo(input.question, input.lang, !!opposite!.failure?.test(input.question), 'fact');
  }

  /**
   * The lead from a comparison only (a FAQ's own answer, a part of a month, a length of time, a figure, a denied
   * condition, a restriction no line states), never from the first line's stance: for a yes/no whose answer is already
   * a figure, where a stance read off the figure's line would be a guess.
   */
  comparedLead(input: ComposeInput, picked: Passage[]): string {
    return faqPolarity(picked, input.lang) || this.monthPart(input, picked) || this.comparedLength(input, picked) || this.figure(input, picked) || this.deniedQualifier(input, picked[0]!) || this.unstatedRestriction(input, picked);
  }

  /**
   * "买家自己发了他的whatsapp，我没问，算违规吗", "can I ask the buyer for a fax number for the shipping docs?": a question
   * describing the very scenario a line exempts from the rule ("非商家主动询问…不会被判定违规", "因业务需要在下单/物流
   * 过程等合理场景中询问…是允许的"; polarity.yaml `scenarioAllowances`) is answered by that line, wherever it ranks: the
   * rule's own lines and examples rank higher on the channel named and would read as a violation. Not a violation,
   * so allowed; that line is quoted first.
   */
  scenarioAllowed(qa: QuestionAnalysis, input: ComposeInput, lines: Passage[], picked: Passage[]): string | null {
    if (qa.frame === 'fact') return null;
    const q = input.question.normalize('NFKC');
    const pol = this.ctx.analyzer.rules.polarity;
    for (const a of pol.scenarioAllowances) {
      if (!a.question.test(q) || a.unless?.test(q)) continue;
      const line = lines.find((x) => (a.line.test(x.zh) || a.line.test(x.en)) && pol.allowed.test(x.zh));
      if (!line) continue;
      quoteFirst(picked, line);
      // (permission is granted with 可以, whatever other verb the question holds: "问买家要电话…吗" asks no 需要)
      if (input.lang === 'zh' && qa.frame === 'permission') return '可以，不算违规。';
      return yesNo(input.question, input.lang, qa.frame === 'permission', qa.frame);
    }
    return null;
  }

  /** "Isn't it only X?", "换汇只能在工作时间操作吗" against quoted lines stating no restriction: no (polarity.yaml). */
  private unstatedRestriction(input: ComposeInput, picked: Passage[]): string {
    const lr = this.ctx.analyzer.rules.polarity.leadingRestriction;
    const q = input.question;
    if (!lr || !lr.question.test(q) || picked.some((x) => lr.line.test(x.zh) || lr.line.test(x.en))) return '';
    return yesNo(q, input.lang, false, 'fact');
  }

  /**
   * The lead from the lines quoted (see comparedLead), else the first line's stance; null when that stance would be
   * read off a line that does not hold what the question asks (polarity).
   */
  lineLead(qa: QuestionAnalysis, input: ComposeInput, picked: Passage[]): string | null {
    return faqPolarity(picked, input.lang) || this.monthPart(input, picked) || this.comparedLength(input, picked) || this.figure(input, picked) || this.deniedQualifier(input, picked[0]!) || this.polarity(qa, input, picked[0]!, picked);
  }

  /**
   * "does opening take more than a week?" against "1-2个工作日内完成开户", "要等一个月以上吗" against "1-5个工作日": a length of
   * time the asking clause compares ("more than", "以内") or gives in another unit than the line, against the first
   * line's stated length, both in days: "no" with the line's figure when the comparison fails, "yes" when it holds;
   * nothing when the line's range straddles it.
   */
  private comparedLength(input: ComposeInput, picked: Passage[]): string {
    const yn = this.ctx.analyzer.type('yesno');
    const clauses = clausesOf(input.question, /[,;?!，。；？！、]|(?<!\d)\.|\.(?!\d)|\s-\s/);
    const clause = (yn ? clauses.find((c) => yn.ask.test(c)) : undefined)?.normalize('NFKC');
    if (!clause) return '';
    const asked = durationsIn(clause);
    if (asked.length !== 1) return '';
    const want = asked[0]!;
    const cmp = LONGER.test(clause.slice(0, want.at)) || LONGER_AFTER.test(clause.slice(want.end)) ? '>' : SHORTER.test(clause.slice(0, want.at)) || SHORTER_AFTER.test(clause.slice(want.end)) ? '<' : '=';
    for (const p of picked.slice(0, SLOT_LINES)) {
      // (a line stating lengths for several subjects, "全球收款1-5个工作日，本地TT收款1-2工作日", is read in the clause
      // about the subject asked)
      const part = durationsIn(p.zh).length > 1 ? clauseAsked(p, input.question) : { zh: p.zh, en: p.en };
      const stated = part ? durationsIn(part.zh) : [];
      if (stated.length !== 1) continue;
      const line = stated[0]!;
      // (the same unit with no comparison is figure's: "是15天吗" against "由15日延长为30日"; a range is compared here,
      // "does local TT take 1-5 working days?" against "1-2工作日")
      const unit = (t: string) => t.replace(/[\d.\s~～-]|到|至|个|[一二两三四五六七八九十半]|\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|to)\b/gi, '').replace(/^(working|business|calendar)?days?$/i, '日').replace(/^工作日$/, '日');
      if (cmp === '=' && unit(line.text) === unit(want.text)) {
        if (want.lo === want.hi && line.lo === line.hi) return '';
        const same = want.lo === line.lo && want.hi === line.hi;
        const word = yesNo(input.question, input.lang, same, 'fact');
        if (same) return word;
        const en = durationsIn(part!.en)[0]?.text;
        return input.lang === 'zh' ? `${word}简报写的是${line.text}。` : `${word} The briefing states ${en ?? line.text}${en ? '' : ` (${line.text})`}.`;
      }
      let yes: boolean | null;
      if (cmp === '>') yes = line.lo > want.hi ? true : line.hi <= want.lo ? false : null;
      else if (cmp === '<') yes = line.hi <= want.lo ? true : line.lo >= want.hi ? false : null;
      else yes = line.hi < want.lo || line.lo > want.hi ? false : null;
      if (yes === null) return '';
      const word = yesNo(input.question, input.lang, yes, 'fact');
      const en = durationsIn(part!.en)[0]?.text;
      return input.lang === 'zh' ? `${word}简报写的是${line.text}。` : `${word} The briefing states ${en ?? line.text}${en ? '' : ` (${line.text})`}.`;
    }
    return '';
  }

  /**
   * "新手期是15天吗" against "由15日延长为30日", "is the window 14 days?" against "14天整改期": a figure the asking clause
   * proposes, against the figures of the same unit in the first line stating one (a change's new value, not its old
   * one): "yes" when the line states it, else "no" with the line's figure.
   */
  private figure(input: ComposeInput, picked: Passage[]): string {
    const yn = this.ctx.analyzer.type('yesno');
    // (the clause that asks, split where askingClause splits but not inside "0.3%" or "10,000")
    // a tag asks about the clause before it ("includes 10 reports, right?", "costs 0.3%. correct?")
    const clause = yn ? proposedClause(input.question, yn.ask, FIGURE_CLAUSE_BREAK) : null;
    if (!clause) return '';
    const asked = figuresIn(clause.replace(DATE_FIGURE, ' '));
    if (asked.length !== 1) return '';
    const want = asked[0]!;
    // a bare "N个" counts whatever the clause names ("名额是1000个吗"): a head count of the line's ("名额仅限700名") too
    const bare = want.unit === 'item' && /个$/.test(want.text);
    const ofUnit = (p: Passage) => figuresIn(p.zh.replace(DATE_FIGURE, ' ')).filter((f) => f.unit === want.unit || (bare && f.unit === 'head' && HEAD_NOUN.test(clause)));
    let lines = picked.slice(0, SLOT_LINES);
    // "is the campaign open to 1000 merchants?" where the lines picked state no head count: the line of the answered
    // topic that states a figure of that unit and holds most of the question ("活动名额仅限700名") is the one compared
    if (!lines.some((p) => ofUnit(p).length)) {
      const cov = (p: Passage) => this.ctx.index.coverage(input.units, p, this.ctx.contextOf(p));
      const stating = this.ctx.topicPassages(input).filter((p) => ofUnit(p).length && cov(p) >= FIGURE_LINE_COVERAGE);
      const best = stating.sort((a, b) => cov(b) - cov(a))[0];
      if (!best) return '';
      quoteFirst(picked, best);
      lines = [best];
    }
    for (const p of lines) {
      const zh = ofUnit(p);
      if (!zh.length) continue;
      // "由15日延长为30日", "30个->50个": the value now is the one after the change
      // ("100%->满10个": the new value may be in another unit, after a word)
      const change = p.zh.match(/由\s*(\d+(?:\.\d+)?)\s*\S{0,2}?\s*(?:延长|变|增加|减少|提高|降低|缩短)?为\s*(\d+(?:\.\d+)?)|(\d+(?:\.\d+)?)\s*[^\d\s>-]{0,2}\s*->\s*([^\d\s,，)）]{0,2}\s*\d+(?:\.\d+)?[^\d\s,，)）]{0,1})/);
      // ("原价1500元" is the price before, as a change's old value is)
      const before = p.zh.match(/原价\s*(\d+(?:\.\d+)?)/);
      const old = change ? Number(change[1] ?? change[3]) : before ? Number(before[1]) : null;
      const now = zh.filter((f) => f.value !== old);
      const yes = now.some((f) => f.value === want.value);
      // (the verb of the clause proposing the figure: "要求几天内改完？也是14天吗" is answered 不是, not 不需要)
      const word = yesNo(clause, input.lang, yes, 'fact');
      if (yes) return word;
      // the asked value is the old one and the new one is of another unit: the change says what it is now
      if (!now.length && old === want.value && change?.[4]) {
        return input.lang === 'zh' ? `${word}简报写的是${change[4]}（由${want.text}改为现在的值）。` : `${word} It was changed from ${want.text}; the line below states the value now.`;
      }
      const shown = now.length ? now : zh;
      // (in English, the rendering's own words for the same figures when it has them: "50 potential products")
      const en = figuresIn(p.en.replace(DATE_FIGURE, ' ')).filter((f) => f.unit === want.unit && shown.some((x) => x.value === f.value));
      const stated = [...new Set((input.lang === 'zh' || !en.length ? shown : en).map((f) => f.text))].join(input.lang === 'zh' ? '、' : ', ');
      return input.lang === 'zh' ? `${word}简报写的是${stated}${old === want.value ? `（由${old}改为现在的值）` : ''}。` : `${word} The briefing states ${stated}${old === want.value ? ` (changed from ${old})` : ''}.`;
    }
    return '';
  }

  /**
   * "提到她自己的个人卡（她不是法人）" against "支持账户：法人个人账户": a condition the line names that the asker says does
   * not hold for them (polarity.yaml `qualifiers`): "no", with the line's condition.
   */
  private deniedQualifier(input: ComposeInput, line: Passage): string {
    const pol = this.ctx.analyzer.rules.polarity;
    if (!pol.audience) return '';
    // (a question opening on a negated auxiliary, "Isn't the legal rep's withdrawal only in RMB?", leads; it denies nothing)
    const q = input.question.normalize('NFKC').replace(/(^|[.!?。！？]\s*)(isn'?t|aren'?t|doesn'?t|don'?t|wasn'?t|weren'?t|can'?t|won'?t)\b/gi, (_, a: string, b: string) => a + ' '.repeat(b.length));
    for (const g of pol.qualifiers) {
      const mentions = [...q.matchAll(new RegExp(g.re.source, 'gi'))];
      if (!mentions.length || !(g.re.test(line.zh) || g.re.test(line.en))) continue;
      const denied = mentions.every((m) => pol.audience!.negation.test(q.slice(0, m.index).split(/[,.;!?，。；！？、]/).pop()!.slice(-20)));
      if (!denied) continue;
      const word = yesNo(input.question, input.lang, false, 'fact');
      return input.lang === 'zh' ? `${word}这里只限${g.zh}（原文：${line.zh.trim()}）。` : `${word} This is only for the ${g.id} (${line.zh.trim()}).`;
    }
    return '';
  }

  /**
   * "Is the second list out in early May?" against "5月下旬将公示第二批…": the part of the month (or the month) the
   * question proposes against the one the first dated line states; "no" with the line's own when they differ, "yes" when
   * they are the same. A question giving a day is not compared (a part of a month does not state a day).
   */
  private monthPart(input: ComposeInput, picked: Passage[]): string {
    const q = input.question.normalize('NFKC');
    const asked = partOfMonth(q) ?? monthAlone(q);
    if (!asked || /(?<!\d)\d{1,2}\s*[日号]|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b/i.test(q)) return '';
    // ("招稿到5月底吗" asks where a span ends: the span's last day; otherwise its first)
    const toEnd = /到|至|截止|结束|\b(until|till|through|run|runs|last|lasts|end|ends|close|closes)\b/i.test(q);
    for (const p of picked.slice(0, SLOT_LINES)) {
      // (a month alone is compared only with a line stating a part of a month, "5月下旬", or a day of one)
      const stated = partOfMonth(p.zh) ?? partOfMonth(p.en) ?? dayAsPart(p.zh, toEnd);
      if (!stated) continue;
      // a month asked alone ("6月份公示吗") is that month whatever its part
      const same = stated.month === asked.month && (stated.part === asked.part || stated.part === null || asked.part === null);
      if (same && stated.part === null) return '';
      const word = yesNo(input.question, input.lang, same, 'fact');
      if (same) return word;
      return input.lang === 'zh' ? `${word}简报写的是“${stated.text}”。` : `${word} The briefing says ${stated.en}.`;
    }
    return '';
  }

  /**
   * "星等级评定开启节点变更是5月1日生效吗" against "生效日期：2022年5月6日（周五）": a day the question proposes for an event
   * (polarity.yaml `datedEvents`) against the day a line binds to that event; "no" with the line's day when they
   * differ, "yes" when it is the same. Lines naming the event and a day only in passing ("生效范围：2022年5月1日（含）起
   * 开通服务的…") bind no day to it.
   */
  private eventDay(input: ComposeInput, lines: Passage[], picked: Passage[]): string | null {
    const q = input.question.normalize('NFKC');
    const yn = this.ctx.analyzer.type('yesno');
    const clause = yn ? clausesOf(q, /[,;?!，。；？！]/).find((c) => yn.ask.test(c)) : undefined;
    if (!clause) return null;
    const days = [...clause.matchAll(ASKED_DAY)];
    if (days.length !== 1) return null;
    const m = days[0]!;
    const month = m[1] ? Number(m[1]) : MONTHS.findIndex((x) => x.slice(0, 3).toLowerCase() === (m[3] ?? m[6])!.slice(0, 3).toLowerCase()) + 1;
    const day = Number(m[2] ?? m[4] ?? m[5]);
    if (!month || !day) return null;
    // (the event named right after the day, "5月1日生效", or before it, "take effect on May 1")
    const near = clause.slice(Math.max(0, m.index! - 24), m.index! + m[0].length + 8);
    for (const ev of this.ctx.analyzer.rules.polarity.datedEvents) {
      if (!ev.question.test(near)) continue;
      const bound = new RegExp(`(?:${DAY_ZH})[^，,。；;：:\\d]{0,6}?${ev.line}|${ev.line}(?:日期|时间)\\s*[:：]?\\s*(?:${DAY_ZH})`, 'gu');
      for (const p of lines) {
        const zh = p.zh.normalize('NFKC');
        const stated = [...zh.matchAll(bound)].map((b) => ({ month: Number(b[1] ?? b[3]), day: Number(b[2] ?? b[4]) }));
        if (!stated.length) continue;
        quoteFirst(picked, p);
        const same = stated.some((d) => d.month === month && d.day === day);
        const word = yesNo(input.question, input.lang, same, 'fact');
        if (same) return word;
        const d = stated[0]!;
        return input.lang === 'zh' ? `${word}简报写的是${d.month}月${d.day}日${ev.line}。` : `${word} The briefing gives ${MONTHS[d.month - 1]} ${d.day} (${d.month}月${d.day}日${ev.line}).`;
      }
    }
    return null;
  }

  /**
   * "When USD lands, do they charge an incoming fee?", "有月度维护费吗" against "0开户费，0维护费，0入账费" (polarity.yaml
   * `freeActs`): a charge asked of one act a line of the topic makes free is a no ("is it free to hold?" a yes), with that
   * line quoted first. Only in the asking clause, and not when the question names an act that costs money (withdrawing).
   */
  private freeAct(input: ComposeInput, lines: Passage[], picked: Passage[]): string | null {
    const asked = this.chargeOfAct(input);
    if (!asked) return null;
    const { act, free } = asked;
    const line = lines.find((p) => act.line.test(p.zh) || act.line.test(p.en));
    if (!line) return null;
    quoteFirst(picked, line);
    return yesNo(input.question, input.lang, free, 'fact');
  }

  /**
   * A question a limiting line answers no (polarity.yaml `everyone`, `several`): the first such line of those given, quoted
   * first, with the no in the question's words; null when the rule is off, the question does not ask it, or no line limits.
   */
  private limitedBy(rule: { question: RegExp; line: RegExp } | null, input: ComposeInput, lines: Passage[], picked: Passage[]): { word: string; line: Passage } | null {
    if (!rule || !rule.question.test(input.question.normalize('NFKC'))) return null;
    const line = lines.find((p) => rule.line.test(p.zh) || rule.line.test(p.en));
    if (!line) return null;
    quoteFirst(picked, line);
    return { word: yesNo(input.question, input.lang, false, 'fact'), line };
  }

  /** "所有商家都能用吗" against "1星及以上商家开始灰度" (polarity.yaml `everyone`): no, with the limiting line quoted first. */
  private everyoneLimited(input: ComposeInput, lines: Passage[], picked: Passage[]): string | null {
    const ev = this.ctx.analyzer.rules.polarity.everyone;
    const no = this.limitedBy(ev, input, lines, picked);
    if (!no) return null;
    const zh = no.line.zh.match(ev!.line)?.[0] ?? '';
    return input.lang === 'zh' ? `${no.word}有限定：“${zh}”。` : `${no.word} It is limited (${zh}).`;
  }

  /**
   * "does that RoHS deal test several materials in one go?" against "测试只针对单一材质" (polarity.yaml `several`): no, with
   * the line limiting it to one quoted first.
   */
  private singleLimited(input: ComposeInput, lines: Passage[], picked: Passage[]): string | null {
    const sv = this.ctx.analyzer.rules.polarity.several;
    const no = this.limitedBy(sv, input, lines, picked);
    if (!no) return null;
    const zh = no.line.zh.match(sv!.line)?.[0] ?? no.line.en.match(sv!.line)?.[0] ?? '';
    return input.lang === 'zh' ? `${no.word}只限一个：“${zh}”。` : `${no.word} It is limited to one (${zh}).`;
  }

  /** The one act (polarity.yaml `freeActs`) whose charge the asking clause asks, and whether it asks "free?"; or null. */
  chargeOfAct(input: ComposeInput): { act: { line: RegExp }; free: boolean } | null {
    const fa = this.ctx.analyzer.rules.polarity.freeActs;
    const yn = this.ctx.analyzer.type('yesno');
    if (!fa || !yn) return null;
    const clause = clausesOf(input.question.normalize('NFKC'), SENTENCE_BREAK).filter((c) => yn.ask.test(c)).join(' ');
    const free = /免费|\bfree\b|不要钱|不收费/i.test(clause);
    const charged = !free && (ASKS_CHARGE.test(clause) || /要钱|收钱|\bpay (a|an|any|for)\b/i.test(clause));
    if ((!free && !charged) || fa.otherActs.test(input.question)) return null;
    const acts = fa.acts.filter((a) => a.question.test(clause));
    return acts.length === 1 ? { act: acts[0]!, free } : null;
  }

  /** Whether the question proposes one value of a slot (polarity.yaml `slots`) that one of these lines states a value of. */
  private slotStated(input: ComposeInput, lines: Passage[]): boolean {
    const slots = proposedSlots(this.ctx.analyzer.rules.polarity, input.question);
    return lines.some((p) => statesSlotValue(slots, p));
  }

  /**
   * A value of a slot (polarity.yaml `slots`) the question proposes, against the value the first of the lines stating
   * one gives: that line is quoted first.
   */
  private slotValue(input: ComposeInput, lines: Passage[], picked: Passage[]): string | null {
    const q = input.question.normalize('NFKC');
    for (const slot of this.ctx.analyzer.rules.polarity.slots) {
      const asked = slot.values.filter((v) => v.question.test(q));
      if (asked.length !== 1) continue;
      // (of the lines stating a value, the one holding most of the question: "running a business on Alibaba.com" in a
      // course's chapter title states no place of the live stream asked about)
      // (held without the proposed value's own words: "is enterprise verification instant?" is about verification, and
      // "instant" would otherwise pull the line of another step that is instant)
      const subject = input.unitsOf(q.replace(new RegExp(asked[0]!.question.source, 'giu'), ' '));
      const cov = (p: Passage) => this.ctx.index.coverage(subject, p, this.ctx.contextOf(p));
      const stating = [...new Set(lines.filter((p) => slot.values.some((v) => v.line.test(p.zh) || v.line.test(p.en))))];
      const line = stating.map((p, i) => ({ p, i, c: cov(p) })).sort((a, b) => b.c - a.c || a.i - b.i)[0]?.p;
      if (!line) continue;
      const stated = slot.values.filter((v) => v.line.test(line.zh) || v.line.test(line.en));
      if (stated.includes(asked[0]!) && stated.length > 1) continue;
      quoteFirst(picked, line);
      if (stated.includes(asked[0]!)) return yesNo(input.question, input.lang, true, 'fact');
      const word = yesNo(input.question, input.lang, false, 'fact');
      // (a line whose Chinese states the value by a heading's rendering only, "1 企业认证", is quoted in its English words)
      const zh = stated.map((v) => line.zh.match(v.line)?.[0] ?? line.en.match(v.line)?.[0] ?? v.id);
      const en = stated.map((v) => line.en.match(v.line)?.[0] ?? v.id);
      return input.lang === 'zh' ? `${word}简报写的是“${zh.join('、')}”。` : `${word} The briefing states "${en.join('", "')}" (${zh.join('、')}).`;
    }
    return null;
  }

  /**
   * "断约半年再签算新签吗" against "断约1年以上再签约视同新签": the stated length decides whether the line's condition
   * holds, before any date the question also gives ("re-signed in May"). (The line setting the length may be quoted
   * after the rule it qualifies: "须完成…" then "断约1年以上再签约视同新签".)
   */
  private lengthThreshold(qa: QuestionAnalysis, input: ComposeInput, near: Passage[], picked: Passage[]): string | null {
    if (qa.duration === null) return null;
    const threshold = (p: Passage) => thresholdDays(p.zh) ?? thresholdDays(p.en);
    const setsLength = [...near, ...input.answered.flatMap((s) => this.ctx.passagesOf(s.id))].find((p) => threshold(p) !== null);
    if (!setsLength) return null;
    const over = threshold(setsLength)!;
    if (!picked.includes(setsLength)) picked.splice(1, 0, setsLength);
    return yesNo(input.question, input.lang, qa.duration >= over, 'fact');
  }

  /**
   * Yes or no from the line that holds the answer: what the question's "yes" means, and which way the line goes. Null
   * when a question of fact would be answered yes only by default (the line states no negation) and the line does not
   * hold the term of the briefing it asks of its subject ("do we get a certificate after the course?" against the line
   * announcing the course): the line says nothing either way.
   */
  polarity(qa: QuestionAnalysis, input: ComposeInput, p: Passage, picked: Passage[] = [p]): string | null {
    const pol = this.ctx.analyzer.rules.polarity;
    // a Chinese line's quoted English ("I am currently not available") says nothing about the rule's direction
    const whole = /\p{Script=Han}/u.test(p.zh) ? p.zh.replace(/[A-Za-z][A-Za-z' ]*/g, ' ') : p.en;
    // a line of several sentences takes its stance from the one the question is about ("将无法参与搜索排序。如…累积到
    // 一定量…平台将对产品进行删除处理" answers "会删除产品吗" from its second sentence, not the first one's 无法)
    const text = /\p{Script=Han}/u.test(p.zh) ? sentenceAsked(whole, input.question) : whole;
    const allowed = pol.allowed.test(text);
    const negated = pol.negated.test(text);
    // An exception stated for a scenario ("asking for a phone is allowed in order or logistics steps") leaves the
    // rule it is an exception to standing outside that scenario: a WhatsApp in a signature is still not allowed.
    const scoped = pol.scopedAllowances.find((a) => a.line.test(p.zh) || a.line.test(p.en));
    const outOfScope = !!scoped && allowed && !scoped.question.test(input.question);
    const listsViolation = pol.violationSections.has(p.section) || /违规：|属于.*违规|均属于/.test(p.zh);
    let yes: boolean;
    // "is there a fee?" against "0开户费 / 免手续费": no; "is it free?": yes
    // ... on any quoted line: the fee line may follow the line naming the account
    const zeroFee = picked.some((x) => /(?<![\d.])0\s*(开户|维护|入账|中间行|费)|免(提现)?(手续)?费|免费|\bfree\b|\b0 (opening|maintenance|incoming)/i.test(x === p ? text : x.zh));
    if (zeroFee && /免费|\bfree\b/i.test(input.question)) return yesNo(input.question, input.lang, true, 'fact');
    // A charge asked ("还收0.125%吗", "扣几个点", ASKS_CHARGE) or money paid ("can buyers pay into my account" moves money,
    // it asks no fee: paying is a fee only as "pay a / pay for / have to pay")
    if (zeroFee && (ASKS_CHARGE.test(input.question) || /费|钱|\bfees?\b|charge|cost|\bpay(ing)? (a|an|any|extra|more|anything|something|for)\b|\b(have|has|need|needs|got) to pay\b|\bpay\s*[?？]|\bpaid\b/i.test(input.question))) {
      return yesNo(input.question, input.lang, false, 'fact');
    }
    // "金品和出口通要求不一样吗" against "不分金品or出口通"; "没做完能先享受吗" against "须完成全部…后，再…"
    const q = input.question;
    if (pol.difference && pol.difference.question.test(q) && (pol.difference.same.test(p.zh) || pol.difference.same.test(p.en))) return yesNo(q, input.lang, false, 'fact');
    if (pol.preconditions && pol.preconditions.question.test(q) && (pol.preconditions.line.test(p.zh) || pol.preconditions.line.test(p.en))) return yesNo(q, input.lang, false, 'fact');
    if (pol.unrestricted && pol.unrestricted.question.test(q) && (pol.unrestricted.line.test(p.zh) || pol.unrestricted.line.test(p.en))) return yesNo(q, input.lang, true, 'fact');
    if (pol.gainsCutOff && pol.gainsCutOff.question.test(q) && (pol.gainsCutOff.line.test(p.zh) || pol.gainsCutOff.line.test(p.en))) return yesNo(q, input.lang, false, 'fact');
    // "are the green factory benefits already live?" against "预计5月底全量上线": given as still to come
    const notYet = pol.notYet;
    const notYetLine = notYet && notYet.question.test(q) ? picked.slice(0, SLOT_LINES).find((x) => notYet.line.test(x.zh) || notYet.line.test(x.en)) : undefined;
    if (notYet && notYetLine) {
      const word = yesNo(q, input.lang, false, 'fact');
      const zh = notYetLine.zh.match(notYet.line)?.[0] ?? '';
      return input.lang === 'zh' ? `${word}简报写的是“${zh}”，还没有上线。` : `${word} The briefing gives it as expected, not yet live (${zh}).`;
    }
    // "比同行便宜一点点也算吗" against "与…市场价格相比相差甚远": what the asker describes falls short of the line's degree
    const degree = this.degreeShort(input, [p, ...picked.filter((x) => x !== p).slice(0, SLOT_LINES - 1)], picked);
    if (degree) return degree;
    // "随便发一条视频就行吗" against "发布1条非低质视频产品": only a thing of the kind the line qualifies counts
    if (pol.anyWillDo && pol.anyWillDo.question.test(q) && (pol.anyWillDo.line.test(p.zh) || pol.anyWillDo.line.test(p.en))) return yesNo(q, input.lang, false, 'fact');
    // "should I stay logged in?" against "要确保…处于登出的状态": the line requires the opposite state
    // "Isn't it only a problem in the chat body?" puts a restriction to the test: quoted lines that state none answer no
    const restricted = this.unstatedRestriction(input, picked);
    if (restricted) return restricted;
    // "这个算不算" against a line that lists a violation asks whether it counts as one
    const frame = qa.frame === 'fact' && listsViolation && /算不算|算吗|算.{0,6}吗|\bcount(s|ed)?\b/i.test(input.question) ? 'violation' : qa.frame;
    // A question of fact answered yes only because the line states no negation must rest on a line holding the thing it
    // asks ("do we get a certificate after the course?" against the line announcing the course): else the line says
    // nothing either way. (A violation or a permission is judged by the rule of the act the question describes, which
    // the line states in its own terms; a blocked outcome by the limit the line states or lifts; a line stating a
    // negation of its subject states something, and its no stands.)
    if (frame === 'fact' && !negated && !pol.blocking?.test(q) && this.ctx.unheldAskedConcepts?.(input, qa, p).length) return null;
    if (outOfScope && frame !== 'fact') yes = frame === 'violation';
    // (a line asking merchants to do it, "活动要求：…添加…微信", says doing it is no violation)
    // (a line saying how to use a platform tool, "SNS智能分享…点击分享", is no violation: polarity.yaml toolTopics)
    else if (frame === 'violation') yes = !allowed && !pol.toolTopics.has(this.ctx.sectionsById.get(p.section)?.topic ?? '') && (listsViolation || (!negated && !(pol.required?.test(p.zh) || pol.required?.test(p.en))));
    else if (frame === 'permission') yes = allowed || (!listsViolation && !negated);
    // "will the system block it?" against "无法发布上线": the negation the line states is what is asked
    // (unless the line lifts a limit: "不受任务完成时间限制" says evaluation is not blocked)
    // (a quoted line lifting the limit, "不受任务完成时间限制", answers "will I never be able to" with no, whichever line leads)
    else if (pol.blocking?.test(q)) yes = negated && !picked.some((x) => pol.unrestricted?.line.test(x.zh) || pol.unrestricted?.line.test(x.en));
    else yes = !negated;
    // "是不是帮我们…自动加买家好友" against a line saying what the feature does: a thing the asking predicate names that no
    // line of the briefing holds is not stated, so no bare "yes" (what the line does say follows)
    if (yes) {
      const unstated = this.unstatedInPredicate(input);
      if (unstated) return unstated;
    }
    const word = yesNo(input.question, input.lang, yes, frame);
    // a "no" to "is it OK" or a "yes" to "is it a problem" from a line listing a violation says so
    if (listsViolation && ((frame === 'permission' && !yes) || (frame === 'violation' && yes))) {
      if (input.lang !== 'zh') return `${word} It counts as a violation.`;
      if (frame === 'permission') return `${word}算违规。`;
    }
    return word;
  }

  /**
   * "我价格就比同行便宜一点点，这也算虚假价格？" against "产品的发布价格区间与同行业同类产品市场价格相比相差甚远": the question
   * puts what it asks about at a small degree, the line states its condition only at a large one (polarity.yaml
   * `degree`), so the condition is not met: "no", with the line's own degree word. That line is quoted first.
   */
  private degreeShort(input: ComposeInput, lines: Passage[], picked: Passage[]): string {
    const d = this.ctx.analyzer.rules.polarity.degree;
    const q = input.question.normalize('NFKC');
    const asked = d?.question.exec(q);
    if (!d || !asked) return '';
    // (the degree line may sit below the first picks in the answered topic: the one holding most of the question)
    const states = (x: Passage) => d.line.test(x.zh) || d.line.test(x.en);
    const topic = input.answered.flatMap((s) => this.ctx.passagesOf(s.id)).filter((x) => states(x) && !lines.includes(x));
    const cov = (x: Passage) => this.ctx.index.coverage(input.units, x, this.ctx.contextOf(x));
    const line = lines.find(states) ?? topic.sort((a, b) => cov(b) - cov(a)).find((x) => cov(x) >= DEGREE_LINE);
    if (!line) return '';
    // a quoted line stating a condition of its own at no degree ("实际收取的运费比发布的产品运费高") that holds more of the
    // question than the degree line is the condition asked about: met at any degree, so no "no" from the degree
    const own = (x: Passage) => this.ctx.index.coverage(input.units, x);
    if (lines.some((x) => !states(x) && own(x) > own(line))) return '';
    quoteFirst(picked, line);
    const word = yesNo(input.question, input.lang, false, 'fact');
    const zh = line.zh.match(d.line)?.[0];
    const en = line.en.match(d.line)?.[0];
    return input.lang === 'zh'
      ? `${word}简报说的是“${zh ?? en}”，“${asked[0]}”达不到这个程度。`
      : `${word} The briefing's condition is "${en ?? zh}"${zh ? ` (${zh})` : ''}; "${asked[0]}" falls short of that.`;
  }

  /**
   * The lead when the predicate a Chinese yes/no asks ("是不是帮我们在LinkedIn上自动加买家好友") ends in a thing no line of the
   * briefing holds (好友): the line found is about the subject, not that, so it does not entail a "yes"; the answer says
   * the briefing does not mention it and quotes what it does say. Empty when every word of the predicate is held
   * somewhere. (Chinese words only, as in decline.ts: the English renderings are translations.)
   */
  unstatedInPredicate(input: ComposeInput): string {
    const clauses = clausesOf(input.question, SENTENCE_BREAK);
    const asking = clauses.find((c) => YESNO_MODAL.test(c));
    // (with no modal, a "是…吗" clause proposes what its subject is: "汇率是用中国银行牌价吗" asks of 中国银行牌价)
    const after = asking ? asking.split(YESNO_MODAL).pop()! : clauses.map((c) => COPULA_ASK.exec(c)?.[1]).find(Boolean);
    if (!after) return '';
    // the thing asked is the predicate's object, its last content word ("加买家好友", "回复…私信"); a verb before it may be
    // worded in a way the briefing never uses ("提到我个人的银行卡" for 提至) and still ask what a line states
    const content = input.unitsOf(after).filter((u) => u.kind !== 'num' && !(u.surface ?? u.tokens).some((t) => FUNCTION_WORD.test(t)));
    // (units do not come in the order of the words: the one whose words end latest in the predicate is the last)
    const text = after.toLowerCase();
    const end = (u: { tokens: string[]; surface?: string[] }) => Math.max(-1, ...(u.surface ?? u.tokens).map((t) => { const at = text.lastIndexOf(t.toLowerCase()); return at < 0 ? -1 : at + t.length; }));
    const last = [...content].sort((a, b) => end(b) - end(a))[0];
    if (!last || last.kind !== 'han' || last.soft !== undefined || !last.tokens.every((t) => t.length >= 2) || !this.ctx.index.nowhere(last)) return '';
    const words = [(last.surface ?? last.tokens).join('')];
    const w = words.map((x) => `“${x}”`).join(input.lang === 'zh' ? '、' : ', ');
    return input.lang === 'zh' ? `简报没有提到${w}，不能据此说是；它写的是下面这些。` : `The briefing does not mention ${w}, so it does not say yes; what it does say is below.`;
  }


  /** "Can I receive NZD?", "can overseas payment go to a personal account?": is the item in the list the line gives. */
  membership(qa: QuestionAnalysis, input: ComposeInput, pool: RankedPassage[]): Composition | null {
    // ("is it cheaper to withdraw to the company or the personal account" compares them; it asks no membership)
    if (!qa.types.includes('yesno') || !qa.items.length || qa.types.includes('compare')) return null;
    // ("要审核吗？审核几小时" asks a figure too: the lines must hold it, which a list of platforms does not)
    if (qa.types.some((t) => (ENDS_IN_EVIDENCE as readonly string[]).includes(t))) return null;
    // ("do they charge an incoming fee when USD lands?" asks the fee of an act, not whether USD is listed)
    if (this.chargeOfAct(input)) return null;
    // ("should I stay logged in to LinkedIn" asks a state of the account, not whether LinkedIn is listed)
    if (this.ctx.analyzer.rules.polarity.opposites.some((o) => o.question.test(input.question))) return null;
    // "对公提现手续费是0.3%吗", "is the fee to our corporate account 0.3%?" proposes a figure of the item: the figure is
    // asked (compared by `figure`), not whether the corporate account is listed
    if (this.proposesFigure(input, qa.items)) return null;
    // "will the platform open a new Facebook account for us?" asks whose account, which a line of the topic states
    // ("首先有自己的…Facebook 账号"), not whether Facebook is listed; unless an asked item is missing from the list
    // ("withdraw EUR to our Chinese bank account" against "支持币种：美元、人民币" is a no whatever bank holds it)
    const slotAsked = this.slotStated(input, [...pool.map((r) => r.passage), ...this.ctx.topicPassages(input)]);
    // "we are 0 stars, can we use the Facebook binding": the star threshold decides, not whether Facebook is listed
    if (/(\d)\s*星|(\d)[- ]star/i.test(input.question) && [...pool.map((r) => r.passage), ...this.ctx.topicPassages(input)].some((p) => /\d星及以上/.test(p.zh))) return null;
    const answered = new Set(input.answered.map((s) => s.id));
    const fails: Passage[] = [];
    const holds: Passage[] = [];
    const verdicts: string[] = [];
    const others: ClassItem[] = [];
    // (a class listed only by example is answered from its open list by the usual polarity: see openList; unless the
    // question asks whether the list names the item, which its own words answer)
    // (the clause asking it must name the item: "Telegram算不算非平台工具？PPT里有没有点名" asks first whether it counts,
    // and "…wechat in his signature. Is that one of the examples?" asks of the act, not of the app)
    const namedRe = this.ctx.analyzer.rules.polarity.namedAsked;
    // (and only a clause that asks: "Viber 不在举例名单里，引导买家用Viber也算站外吗" states the list first, then asks
    // whether using it counts)
    const namedAsked = !!namedRe && input.question.normalize('NFKC').split(/[?？。!！；;，,]+|\.\s+/).some((c) => ASKING_CLAUSE.test(c) && namedRe.test(c) && qa.items.some((i) => i.open && i.re.test(c)));
    for (const cls of new Set(qa.items.filter((i) => !i.open || namedAsked).map((i) => i.cls))) {
      const classItems = this.ctx.analyzer.rules.polarity.items.filter((i) => i.cls === cls);
      const lists = (p: Passage) => classItems.some((i) => i.re.test(p.zh) || i.re.test(p.en));
      const inAnswered = pool.filter((r) => answered.has(r.passage.section) && lists(r.passage)).map((r) => r.passage);
      // (a line naming several items of the class is the list; one naming a single item only mentions it)
      const named = (p: Passage) => classItems.filter((i) => i.re.test(p.zh) || i.re.test(p.en)).length;
      // "QQ在举例名单里吗" asks of one list, the one whose subject the question names: of the lines listing the class in
      // the answered topic, the one holding most of the rest of the question (never a line merely holding or lacking the
      // item, nor a chat line quoting a merchant's words, "add my wechat/skype/whatsapp", which lists nothing)
      const subjectList = namedAsked ? this.subjectList(input, qa.items.filter((i) => i.cls === cls), [...inAnswered, ...pool.map((r) => r.passage), ...this.ctx.topicPassages(input)], named) : undefined;
      const line = subjectList ?? inAnswered.find((p) => /支持|限定|仅|打通|only|support/i.test(p.zh)) ?? inAnswered.find((p) => named(p) >= CLOSED_LIST_ITEMS) ?? inAnswered[0] ?? pool.slice(0, 3).find((r) => lists(r.passage))?.passage;
      if (!line) continue;
      const asked = qa.items.filter((i) => i.cls === cls);
      // the question must ask whether the item is in what the line lists: the rest of its asking clause, without the
      // items, is held by the line ("SNS能分享到领英吗"), not only the item ("分享到领英带来的询盘算星等级数据吗" asks another thing)
      if (!this.asksMembership(input, line, asked)) continue;
      (asked.every((i) => i.re.test(line.zh) || i.re.test(line.en)) ? holds : fails).push(line);
      // the items of the class the line lists beside the asked ones: "是否仅支持美元" against "美元、人民币" is a no
      for (const i of classItems) if (!asked.some((a) => a.id === i.id) && (i.re.test(line.zh) || i.re.test(line.en)) && !others.includes(i)) others.push(i);
      // the verdict per item in the line's own terms ("日元不在支持币种内"), when the line is labelled ("支持币种：…")
      const label = line.zh.match(/^[-*\s]*([\p{Script=Han}]{2,8})[：:]/u)?.[1];
      if (label && classItems.some((i) => i.re.test(line.zh))) {
        for (const i of asked) {
          const inList = i.re.test(line.zh) || i.re.test(line.en);
          const zhName = i.zh ?? i.id;
          verdicts.push(
            input.lang === 'zh'
              ? `${zhName}${inList ? '在' : '不在'}${label}内`
              : `${i.id} is ${inList ? '' : 'not '}listed (${zhName}${inList ? '在' : '不在'}${label}内)`,
          );
        }
      }
    }
    if (!fails.length && (!holds.length || slotAsked)) return null;
    const yes = fails.length === 0;
    // ("will SNS support TikTok later?": the list states what is supported now; whether more comes later it does not say)
    if (!yes && this.ctx.analyzer.rules.polarity.laterAsked?.test(input.question)) return { lead: '', passages: fails, notStated: 'future' };
    // (the item is listed, but under a condition the asker says they do not meet: "个人卡" against "法人个人账户")
    const denied = yes ? holds.map((l) => this.deniedQualifier(input, l)).find(Boolean) : '';
    if (denied) return { lead: denied, passages: holds, notStated: null };
    // a question proposing only the asked items ("只能提人民币吗", "is it only USD?") is answered no when the line lists more
    const restricts = this.ctx.analyzer.rules.polarity.leadingRestriction?.question.test(input.question.normalize('NFKC'));
    if (yes && restricts && others.length) {
      const names = others.map((i) => (input.lang === 'zh' ? i.zh ?? i.id : i.id)).join(input.lang === 'zh' ? '、' : ', ');
      const word = yesNo(input.question, input.lang, false, 'fact');
      return { lead: input.lang === 'zh' ? `${word}还有${names}。` : `${word} It also lists ${names}.`, passages: holds, notStated: null };
    }
    // (a listed item still leaves the rest of what is asked to the line: "在LinkedIn上自动加好友" is not stated by a line
    // listing LinkedIn for sharing)
    const unstated = yes ? this.unstatedInPredicate(input) : '';
    if (unstated) return { lead: unstated, passages: [...holds], notStated: null };
    const word = yesNo(input.question, input.lang, yes, 'fact');
    // (an item a list given by example leaves out is not named, though the list does not exclude it: "…QQ等")
    if (!yes && namedAsked && qa.items.some((i) => i.open) && others.length) {
      const names = others.map((i) => (input.lang === 'zh' ? i.zh ?? i.id : i.id)).join(input.lang === 'zh' ? '、' : ', ');
      const lead = input.lang === 'zh' ? `${word}列举的是${names}等，只是举例，同类工具并不因此除外。` : `${word} It names ${names}, as examples ("等"): others of the kind are not thereby excluded.`;
      return { lead, passages: fails, notStated: null };
    }
    const lead = verdicts.length ? `${word}${input.lang === 'zh' ? '' : ' '}${verdicts.join(input.lang === 'zh' ? '；' : '; ')}${input.lang === 'zh' ? '。' : '.'}` : word;
    return { lead, passages: [...new Set([...fails, ...holds])], notStated: null };
  }

  /** The yes/no asking clause, without the items it names and its dates, proposes a figure with a unit ("0.3%", "3天"). */
  private proposesFigure(input: ComposeInput, items: ClassItem[]): boolean {
    const yn = this.ctx.analyzer.type('yesno');
    let rest = input.question.normalize('NFKC');
    for (const i of items) rest = rest.replace(new RegExp(i.re.source, 'giu'), ' ');
    // (split where `figure` splits, not inside "0.3%")
    // (a tag asks of the statement before it: "the fee to our corporate account is 0.3%, right?")
    const clause = (yn ? proposedClause(rest, yn.ask, FIGURE_CLAUSE_BREAK) : null) ?? rest;
    return figuresIn(clause.replace(DATE_FIGURE, ' ')).length > 0;
  }

  /** The question without the items it names asks what the line lists them for: the line holds enough of the rest. */
  /**
   * The list a "named among the list?" question asks of: of the lines naming several items of the class (no chat line
   * quoting someone's words), the one whose own words and heading hold most of the question without its items.
   */
  private subjectList(input: ComposeInput, items: ClassItem[], lines: Passage[], named: (p: Passage) => number): Passage | undefined {
    const listsOf = [...new Set(lines)].filter((p) => named(p) >= CLOSED_LIST_ITEMS && !UTTERANCE.test(p.zh) && !UTTERANCE.test(p.en));
    if (!listsOf.length) return undefined;
    let rest = input.question.normalize('NFKC');
    for (const i of items) rest = rest.replace(new RegExp(i.re.source, 'giu'), ' ');
    const units = input.unitsOf(rest).filter((u) => u.kind !== 'num');
    const cov = (p: Passage) => this.ctx.index.coverage(units, p, this.ctx.contextOf(p));
    return listsOf.reduce((a, b) => (cov(b) > cov(a) ? b : a));
  }

  private asksMembership(input: ComposeInput, line: Passage, items: ClassItem[]): boolean {
    let rest = input.question.normalize('NFKC');
    for (const i of items) rest = rest.replace(new RegExp(i.re.source, 'giu'), ' ');
    const clause = askingClause(rest, this.ctx.analyzer.type('yesno')!.ask) ?? rest;
    const units = input.unitsOf(clause).filter((u) => u.kind !== 'num');
    if (!units.length) return true;
    const context = [...this.ctx.contextOf(line), ...this.ctx.passagesOf(line.section)];
    const missing = units.filter((u) => u.soft === undefined && this.ctx.index.coverage([u], line, context) === 0);
    return missing.length < MEMBERSHIP_MISSING;
  }

  /** "Can a company in Guizhou join?": membership of the asked place (or its province) in a listed region set. */
  eligibility(qa: QuestionAnalysis, candidates: RankedPassage[], input: ComposeInput): Composition | null {
    if (!qa.places.length) return null;
    const lang = input.lang;
    // the list may sit in a sibling section of the one answered (sign-up vs the event itself)
    const topics = new Set(input.answered.map((s) => s.topic));
    const nearby = this.ctx.index.passages.filter((p) => p.regions.length && topics.has(this.ctx.sectionsById.get(p.section)?.topic ?? ''));
    const list = candidates.find((c) => c.passage.regions.length)?.passage ?? nearby[0];
    if (!list) return null;
    // one verdict per province ("Kunming, Yunnan" names one place twice)
    const seen = new Set<string>();
    const verdicts = qa.places
      .filter((pl) => !seen.has(pl.province) && !!seen.add(pl.province))
      .map((pl) => {
        const inList = list.regions.includes(pl.name) || list.regions.includes(pl.province);
        const via = pl.zh !== pl.province && !list.regions.includes(pl.name) && !list.regions.includes(pl.zh) ? pl.province : null;
        return { pl, inList, via };
      });
    const all = verdicts.every((v) => v.inList);
    const none = verdicts.every((v) => !v.inList);
    // the province's own verdict is stated, not only the city's: "厦门属于福建，福建在限定地区内"
    const parts = verdicts.map((v) => {
      const where = v.via ?? v.pl.zh;
      const whereEn = v.via ? cap(v.pl.provinceEn) : cap(v.pl.name);
      return lang === 'zh'
        ? `${v.via ? `${v.pl.name}属于${v.via}，` : ''}${where}${v.inList ? '在' : '不在'}限定地区内`
        : // the briefing's own wording too (限定地区), so the verdict reads the same as the quoted line
          `${v.via ? `${cap(v.pl.name)} is in ${whereEn}; ` : ''}${whereEn} is ${v.inList ? '' : 'not '}in the eligible regions (${where}${v.inList ? '在' : '不在'}限定地区内)`;
    });
    // "可以，能参加" answers "能报吗", "行不行", "有资格吗" and "符合吗" alike: eligibility is whether one may join
    const zhWord = all ? '可以，能参加。' : '不可以，不能参加。';
    const word = !(all || none) ? (lang === 'zh' ? '部分可以。' : 'Partly.') : lang !== 'zh' ? (all ? 'Yes.' : 'No.') : zhWord;
    const lead = `${word}${lang === 'zh' ? '' : ' '}${parts.join(lang === 'zh' ? '；' : '; ')}${lang === 'zh' ? '。' : '.'}`;
    // the region is one condition of joining; who may join is another: an asker in a listed region who says they are
    // none of the groups the campaign is for may not join ("不是金品也不是SKA，在杭州，能报吗")
    if (all && qa.types.includes('yesno')) {
      const picked: Passage[] = [];
      const audience = this.audienceVerdict(input, [...candidates.map((c) => c.passage), ...this.ctx.topicPassages(input)], picked);
      if (audience && /^(不|No\b)/.test(audience)) {
        const region = parts.join(lang === 'zh' ? '；' : '; ');
        return { lead: lang === 'zh' ? `${audience}（地区方面：${region}。）` : `${audience} (As for the region: ${region}.)`, passages: [...picked, list], notStated: null };
      }
    }
    return { lead, passages: [list], notStated: null };
  }

  /** A line limiting its rule to merchants who did something, when the question's asker did not; with who they are. */
  outsideScope(input: ComposeInput, lines: Passage[]): { line: Passage; who: string } | null {
    const q = input.question.normalize('NFKC');
    for (const s of this.ctx.analyzer.rules.polarity.scopeLimits) {
      if (!s.outside.test(q)) continue;
      const line = lines.find((p) => s.line.test(p.zh));
      if (!line) continue;
      const zh = line.zh.match(s.line)![0].replace(/^针对/, '');
      return { line, who: input.lang === 'zh' ? zh : 'merchants who have signed up for and opened it' };
    }
    return null;
  }

  /** "Opened on 20 April: does the new rule apply?": the asker's date against a line's "from 1 May (inclusive)" or "before 5.1". */
  private dateThreshold(qa: QuestionAnalysis, input: ComposeInput, lines: Passage[], picked: Passage[] = []): string | null {
    const asked = qa.date ?? monthOnly(input.question);
    // "21年签的CGS", "signed back in 2021": a year alone places the asker when it is not the line's year
    const year = askedYear(input.question);
    if (!asked && !year) return null;
    for (const p of lines) {
      const m = p.zh.match(/(?:\d{4}[年.])?(\d{1,2})[月.](\d{1,2})日?\s*(（含）)?\s*(起|之后|以后|前|之前)/);
      if (!m) continue;
      const lineYear = /^\d{4}/.test(m[0]) ? Number(m[0].slice(0, 4)) : null;
      const t = Number(m[1]) * 100 + Number(m[2]);
      // (a day the asker gives is placed by the year only when the year is its own: "2021年5月", not "2020年签…今年5月10号")
      const yearOfDate = !asked || new RegExp(`(?<!\\d)(20)?${String(year).slice(2)}\\s*年\\s*${asked.month}\\s*月`).test(input.question.normalize('NFKC'));
      const otherYear = year !== null && lineYear !== null && year !== lineYear && yearOfDate;
      if (!asked && !otherYear) continue;
      // "opened before May 1" is a day before it, "after 5月1日" a day after
      const a = otherYear ? (year! < lineYear! ? -Infinity : Infinity) : asked!.month * 100 + asked!.day + askerSide(input.question);
      const from = m[4] === '起' || m[4] === '之后' || m[4] === '以后';
      const inScope = from ? (m[3] || m[4] === '起' ? a >= t : a > t) : a < t;
      // the line names who the rule is for ("from 1 May": new rules) or who is left out ("before 5.1 ... not affected")
      const rest = p.zh.slice(m.index! + m[0].length);
      const leftOut = /不受|沿用原来|不适用/.test(rest.slice(0, rest.search(/[，,；;。)）]|$/)));
      const applies = leftOut ? !inScope : inScope;
      const q = input.question;
      // "受不受影响" asks whether it applies, not whether it is exempt: the verb repeated around 不 is not a negation
      const asksExempt = /不受|免|exempt|not affected/i.test(q.replace(/(\p{Script=Han})不\1/gu, '$1'));
      // "还是原来那套吗", "still the old tasks?" asks whether the old arrangement holds, the opposite of the new rule
      const asksOld = /原来|原先|旧(的|规|任务|版)|以前的|之前的|老(规则|任务|的那套|那套)|\b(old|original|previous|former|existing) (rules?|tasks?|one|version|set|arrangement)\b|same as before/i.test(q);
      const yes = asksExempt ? !applies : /受.{0,8}影响|affect/i.test(q) || /适用|apply|用新|new (rule|task)|新规|新的|算在|范围/i.test(q) ? applies : applies;
      // the line holding the date that decides is quoted first
      if (!picked.includes(p)) picked.unshift(p);
      return yesNo(q, input.lang, asksOld ? !yes : yes, 'fact');
    }
    return null;
  }

  /** "Can we still submit on 14 May?" against "招稿：4月30日-5月13日": whether the asker's day falls in the stated span. */
  private dateInSpan(qa: QuestionAnalysis, input: ComposeInput, picked: Passage[]): string | null {
    // ("5月6号之后…会显示吗" gives an open side from a day, not a day: a threshold's line decides, not a span)
    if (!qa.date || askerSide(input.question) !== 0) return null;
    for (const p of picked) {
      const m = p.zh.match(/(\d{1,2})月(\d{1,2})日?\s*[-–~至到]\s*(?:(\d{1,2})月)?(\d{1,2})日/);
      if (!m) continue;
      const from = Number(m[1]) * 100 + Number(m[2]);
      const to = Number(m[3] ?? m[1]) * 100 + Number(m[4]);
      const asked = qa.date.month * 100 + qa.date.day;
      const inside = asked >= from && asked <= to;
      const span = input.lang === 'zh' ? `${m[0]}` : `${MONTHS[Number(m[1]) - 1]} ${m[2]} to ${MONTHS[Number(m[3] ?? m[1]) - 1]} ${m[4]}`;
      const day = input.lang === 'zh' ? `${qa.date.month}月${qa.date.day}日` : `${MONTHS[qa.date.month - 1]} ${qa.date.day}`;
      const why = input.lang === 'zh' ? `${day}${inside ? '在' : '不在'}${span}之内。` : ` ${day} is ${inside ? '' : 'not '}within ${span}.`;
      return yesNo(input.question, input.lang, inside, 'fact') + why;
    }
    return null;
  }

  /**
   * "We're not 金品 and not SKA, can we sign up?" against "活动对象：…行业SKA及金品服务中商家": what the asker says they
   * are, against the groups the line names. No when they deny every group they mention; yes when they name one of them
   * without denying it; nothing when they name none (the line is quoted either way by the usual path).
   */
  private audienceVerdict(input: ComposeInput, lines: Passage[], picked: Passage[]): string | null {
    const aud = this.ctx.analyzer.rules.polarity.audience;
    if (!aud) return null;
    const line = lines.find((p) => aud.line.test(p.zh) || aud.line.test(p.en));
    if (!line) return null;
    const q = input.question.normalize('NFKC');
    const listed = aud.groups.filter((g) => g.re.test(line.zh) || g.re.test(line.en));
    const said = new Map<string, boolean>();
    for (const g of listed) {
      // denied when every mention has a negation just before it, within its clause
      const denials = [...q.matchAll(new RegExp(g.re.source, 'gi'))].map((m) => aud.negation.test(q.slice(0, m.index).split(/[,.;!?，。；！？、]/).pop()!.slice(-20)));
      if (denials.length) said.set(g.id, denials.every(Boolean));
    }
    if (!said.size) return null;
    const member = [...said.entries()].find(([, denied]) => !denied);
    const zh = input.lang === 'zh';
    if (!picked.includes(line)) picked.unshift(line);
    const names = listed.map((g) => (zh ? g.zh : g.id)).join(zh ? '和' : ' and ');
    if (member) {
      const g = listed.find((x) => x.id === member[0])!;
      return zh ? `可以，${g.zh}在活动对象内（${names}）。` : `Yes: ${g.id} are among those who can join (${names}).`;
    }
    const others = listed.filter((g) => !said.has(g.id));
    if (others.length) {
      return zh
        ? `不可以，除非是${others.map((g) => g.zh).join('或')}：对象只包括${names}。`
        : `No, unless you are one of the ${others.map((g) => g.id).join(' or ')}: it is open only to ${names}.`;
    }
    return zh ? `不可以，对象只包括${names}。` : `No: it is open only to ${names}.`;
  }

  /**
   * "Is something broken?" against "…在5月1-5日将看到评定星等级0星": what the asker sees is what the briefing says they
   * will see, so no; with the asker's day placed in the line's span when they give one.
   */
  /**
   * "Is the monthly fee-free threshold in RMB?" against "月度合计30万美金": the question proposes the currency of an amount
   * (polarity.yaml `figureCurrency`), and the first lines state that amount in a currency: yes when it is the one proposed,
   * else no, with the amount as the line writes it. Lines stating no amount, or amounts in the proposed currency too, decide
   * nothing.
   */
  private figureCurrency(qa: QuestionAnalysis, input: ComposeInput, lines: Passage[], picked: Passage[]): string | null {
    const fc = this.ctx.analyzer.rules.polarity.figureCurrency;
    const asked = qa.items.filter((i) => i.cls === 'currency');
    if (!fc || asked.length !== 1 || !fc.question.test(input.question.normalize('NFKC'))) return null;
    const currencies = this.ctx.analyzer.rules.polarity.items.filter((i) => i.cls === 'currency');
    const amountIn = (i: ClassItem) => new RegExp(`\\d[\\d,.]*\\s*[万亿千]?\\s*(?:${i.re.source})|(?:${i.re.source})\\s*\\$?\\s*\\d`, 'iu');
    for (const line of lines.slice(0, SLOT_LINES)) {
      const stated = currencies.filter((i) => amountIn(i).test(line.zh) || amountIn(i).test(line.en));
      if (!stated.length) continue;
      const yes = stated.some((i) => i.id === asked[0]!.id);
      if (yes && stated.length > 1) return null;
      quoteFirst(picked, line);
      const word = yesNo(input.question, input.lang, yes, 'fact');
      if (yes) return word;
      const zh = line.zh.match(amountIn(stated[0]!))?.[0] ?? stated[0]!.id;
      return input.lang === 'zh' ? `${word}简报写的金额是${zh}（${stated[0]!.zh ?? stated[0]!.id}）。` : `${word} The briefing states it in ${stated[0]!.id} (${zh}).`;
    }
    return null;
  }

  private expectedState(input: ComposeInput, qa: QuestionAnalysis, lines: Passage[], picked: Passage[]): string | null {
    const es = this.ctx.analyzer.rules.polarity.expectedState;
    if (!es || !es.question.test(input.question)) return null;
    const line = lines.find((x) => es.line.test(x.zh) || es.line.test(x.en));
    if (!line) return null;
    const span = this.dateInSpan(qa, input, [line]);
    // (a day outside the span the line speaks of is not the state it describes)
    if (span && /不在| is not within/.test(span)) return null;
    quoteFirst(picked, line);
    const why = span ? span.replace(/^[^.。]*[.。]\s*/, '') : '';
    return input.lang === 'zh' ? `不是，这是简报说明的正常情况。${why}` : `No: this is the expected behaviour the briefing describes.${why ? ' ' + why : ''}`;
  }

  /**
   * "can I just tell the buyer 'find me on my Facebook page'?", "giving a buyer my LINE ID — ok since LINE isn't in the
   * list?": the question describes the merchant's own act of steering the buyer to a messenger or social app
   * (polarity.yaml `steering`), which the briefing's definition decides whatever topic the question's other words draw.
   * A permission question is a no, a violation question a yes, with the definition's lines quoted first. Null for a
   * question of fact, an exempt scenario (`scenarioAllowances`: the buyer first, an email or fax for an order), or an
   * act the asker says they did not do.
   */
  steeringAct(qa: QuestionAnalysis, input: ComposeInput, near: Passage[] = []): Composition | null {
    const lines = this.steeringLines(qa, input.question);
    if (!lines) return null;
    const q = input.question.normalize('NFKC');
    // (a violation question is answered yes, a permission question no: in Chinese 不可以 whatever tag asked it, "没事吧")
    const word = yesNo(q, input.lang, qa.frame === 'violation', qa.frame);
    const lead =
      input.lang === 'zh'
        ? `${qa.frame === 'violation' ? word : '不可以，算违规。'}主动给出自己的联系方式或询问买家的联系方式、引导买家到WhatsApp/Skype/微信/QQ等三方工具沟通，属于引导买家线下沟通。`
        : `${word} It counts as a violation. Giving your own contact details or asking for the buyer's to move the talk to a messenger or social app (WhatsApp, Skype, WeChat, QQ and the like) is steering the buyer off the platform.`;
    // (the lines the question drew follow the rule's: an example of the same act, "自动回复里留微信", shows where it is named)
    return { lead, passages: [...lines, ...near.filter((p) => !lines.includes(p)).slice(0, STEERING_NEAR)], notStated: null, special: true };
  }

  /** The lines stating the steering rule when the yes/no describes the merchant's own act of steering (steeringAct), or null. */
  steeringLines(qa: QuestionAnalysis, question: string): Passage[] | null {
    const pol = this.ctx.analyzer.rules.polarity;
    const st = pol.steering;
    if (!st || !qa.types.includes('yesno') || qa.frame === 'fact') return null;
    const q = question.normalize('NFKC');
    if (!st.act.test(q) || st.denied.test(q)) return null;
    // (the act done on another marketplace is that marketplace's rule, which the briefing does not state: declined)
    if (st.elsewhere?.test(q)) return null;
    if (pol.scenarioAllowances.some((a) => a.question.test(q) && !a.unless?.test(q))) return null;
    // (the rule's lines are fixed with the index: found once, not on every steering question)
    this.steeringRule ??= st.lines.map((re) => this.ctx.index.passages.find((p) => re.test(p.zh))).filter((p): p is Passage => !!p);
    return this.steeringRule.length ? this.steeringRule : null;
  }

  /** "We are 0-star: can we use it?" against "1星及以上". */
  private starThreshold(input: ComposeInput, lines: Passage[], picked: Passage[] = []): string | null {
    const asked = input.question.match(/(\d)\s*星|(\d)[- ]star/i);
    if (!asked) return null;
    const n = Number(asked[1] ?? asked[2]);
    for (const p of lines) {
      const m = p.zh.match(/(\d)星及以上/);
      if (!m) continue;
      const ok = n >= Number(m[1]);
      // the threshold's line is quoted, and the verdict says the star level against it
      if (!picked.includes(p)) picked.unshift(p);
      const why = input.lang === 'zh' ? `${n}星${ok ? '在' : '不在'}${m[1]}星及以上范围内。` : ` ${n} stars is ${ok ? '' : 'not '}${m[1]} star or above (${m[0]}).`;
      return yesNo(input.question, input.lang, ok, 'fact') + why;
    }
    return null;
  }
}

// a Chinese question proposing a negation and asking for agreement ("这个不算站外引流吧？", "应该不会被扣分吧", "不需要再报名了吗"):
// the negated verb, in the last clause, not an A-not-A ask ("算不算", "会不会") nor a negated adjective ("不合理")
// (nor "而不是…吗", rather than: "能提到法人个人卡而不是对公账户吗" asks 能)
const NEGATED_TAG = /(?<![算会是用要需能可受属而])(?:不|没)(算|会|是|用|需要|属于|受)(?!不)[^，,。；;？?！!]{0,24}(?:吧|吗|么|嘛)\s*(?:[？?]|$)/u;

/**
 * "会。"/"不会。", "可以。"/"不可以。"... in Chinese (echoing the question's verb); "Yes."/"No." in English. Every
 * Chinese "yes" opens with a word that says yes by itself (是的/可以/能/会/需要): a bare "有。" or "行。" reads as a fragment.
 */
export function yesNo(question: string, lang: Lang, yes: boolean, frame: Frame): string {
  if (lang !== 'zh') return yes ? 'Yes.' : 'No.';
  // "不算站外引流吧？", "不会被扣分吧": the asker proposes the negation, so 是的 would agree with it; the lead says the
  // verdict in the question's own verb ("不对，算违规。" / "不算。"), which reads the same whichever way 是的 is taken
  const negTag = NEGATED_TAG.exec(question.normalize('NFKC'));
  if (negTag) {
    const verb = negTag[1]!;
    if (frame === 'violation') return yes ? '不对，算违规。' : '不算违规，不会被判定违规。';
    return yes ? `不对，${verb}。` : `不${verb}。`;
  }
  if (frame === 'violation') return yes ? '是的，算违规。' : '不算违规，不会被判定违规。';
  const verbs: [RegExp, string, string][] = [
    // (会 of 发布会, 协会, 机会 is a noun, no verb)
    [/会不会|(?<!发布|大|晚|例|开|聚|协|学|工|社|机|年|峰|展|览|易|讨)会.{0,20}吗/, '会。', '不会。'],
    // ("要先做完才能评星吗" turns on 要: 才能 is part of the condition)
    [/能不能|能否|(?<![才只仅])能.{0,20}吗/, '能。', '不能。'],
    [/可不可以|可以/, '可以。', '不可以。'],
    [/有没有|(?<!所)有.{0,20}吗/, '是的，有。', '没有。'],
    // "要求不一样吗" asks about a requirement, not whether something is needed
    [/要不要|需不需要|需要|(?<![需重主只])要(?!求).{0,20}吗|还得|得先|必须.{0,20}吗/, '需要。', '不需要。'],
    // (算 of 结算, 计算, 预算 is no verb of judgement)
    [/算不算|(?<![结计预核清换折打总估])算/, '是的，算。', '不算。'],
    [/行不行|行吗|行不/, '可以，行。', '不行。'],
    // ("这样 OK 吗": a space may stand before the particle)
    [/(?<![a-z])(ok|okay)\s*(吗|不|么)|好吗/i, '可以。', '不可以。'],
  ];
  // the verb nearest the end is the one the question turns on ("因为物流需要……这样可以吗" asks 可以)
  let best: [number, string] | null = null;
  for (const [re, y, n] of verbs) {
    // (the verb's own flags kept: "这样 OK 吗" is matched case-blind)
    const m = [...question.matchAll(new RegExp(re.source, `${re.flags.replace('g', '')}g`))].pop();
    if (m && (best === null || m.index! > best[0])) best = [m.index!, yes ? y : n];
  }
  return best ? best[1] : yes ? '是的。' : '不是。';
}

// words that hold no subject of a clause
const EN_STOP = /^(the|a|an|is|are|was|were|be|do|does|did|to|of|in|on|at|for|by|it|its|my|our|we|i|you|your|they|their|and|or|as|so|if|that|this|with|from|have|has|will|would|can|could|than|then|them|take|takes|time|just|like|same|also|only|more|such)$/;

/** English words of a question or clause (two letters and up, cut to five: "TT", "collection" and "collect" alike). */
function enWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[a-z]{2,}/g) ?? []).filter((w) => !EN_STOP.test(w)).map((w) => w.slice(0, 5)));
}

/**
 * The clause of a line (split at commas and semicolons, with its rendering's clauses when they are as many) that
 * holds clearly most of the question's subject; or null. A comparison the question makes with another subject ("just
 * like the global account", "和全球收款一样") names no subject asked.
 */
function clauseAsked(p: Passage, question: string): { zh: string; en: string } | null {
  // (the lengths themselves are what is compared, not a subject: "1-2个工作日" shares 工作 with every clause)
  const noLength = (t: string) => t.normalize('NFKC').replace(DURATION, ' ');
  const q = noLength(question).replace(/\b(just |exactly )?(like|as with|same as|the same as|similar to)\b[^,.;?!]*/gi, ' ').replace(/(和|跟|与|同)[^，,。；;？?！!]{1,12}(一样|相同|一致)/g, ' ');
  const zh = p.zh.split(/[，,；;]/).map((x) => noLength(x).trim());
  const en = p.en.split(/[,;]\s*/).map((x) => noLength(x).trim());
  if (zh.length < 2) return null;
  let shared: number[];
  const askedWords = enWords(q);
  if (/\p{Script=Han}/u.test(q.replace(/[A-Za-z]/g, ''))) {
    const asked = hanPairs(q);
    shared = zh.map((x) => [...hanPairs(x)].filter((b) => asked.has(b)).length + [...enWords(x)].filter((w) => askedWords.has(w)).length);
  } else {
    if (en.length !== zh.length) return null;
    shared = en.map((x) => [...enWords(x)].filter((w) => askedWords.has(w)).length);
  }
  const best = Math.max(...shared);
  if (best < 1 || shared.filter((n) => n === best).length > 1) return null;
  const i = shared.indexOf(best);
  const zhRaw = p.zh.split(/[，,；;]/).map((x) => x.trim());
  const enRaw = p.en.split(/[,;]\s*/).map((x) => x.trim());
  return { zh: zhRaw[i]!, en: enRaw.length === zhRaw.length ? enRaw[i]! : p.en };
}

/** Han character pairs of a text: what a sentence shares with a question. */
function hanPairs(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of text.normalize('NFKC').match(/\p{Script=Han}+/gu) ?? []) for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  return out;
}

// at least this many character pairs of the question a sentence must hold, more than any other sentence of its line, to
// be the one the line's stance is read from
const SENTENCE_PAIRS = 1;

/** The sentence of a Chinese line that shares clearly most with what a Chinese question asks, or the whole line. */
function sentenceAsked(line: string, question: string): string {
  const parts = line.split(/(?<=[。；;！!])/).map((x) => x.trim()).filter((x) => /\p{Script=Han}/u.test(x));
  if (parts.length < 2) return line;
  // (what the question asks of its subject, after the modal: "虚假MOQ的产品…，平台会直接删除产品吗" asks 删除产品; the
  // subject's words are in every sentence of the line. An English question keeps the whole line: its modal leads.)
  if (!/\p{Script=Han}/u.test(question.replace(/[A-Za-z]/g, ''))) return line;
  const asking = clausesOf(question, SENTENCE_BREAK).find((c) => YESNO_MODAL.test(c));
  if (!asking) return line;
  const asked = hanPairs(asking.split(YESNO_MODAL).pop()!);
  const shared = parts.map((x) => [...hanPairs(x)].filter((b) => asked.has(b)).length);
  const best = Math.max(...shared);
  if (best < SENTENCE_PAIRS || shared.filter((n) => n === best).length > 1) return line;
  return parts[shared.indexOf(best)]!;
}

/** Whether the asker's date is qualified as before it (-0.5) or after it (+0.5), or is the day itself (0). */
function askerSide(question: string): number {
  const q = question.normalize('NFKC');
  const month = '(?:\\d{4}\\s*年\\s*)?\\d{1,2}\\s*[月/.]\\s*\\d{1,2}\\s*[日号]?';
  const en = '(?:the\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\\d{4}[-/.]\\d)';
  if (new RegExp(`${month}\\s*(之前|以前|前)|\\b(before|prior to|earlier than)\\s+${en}`, 'i').test(q)) return -0.5;
  if (new RegExp(`${month}\\s*(之后|以后|后)(?!台)|\\b(after|later than)\\s+${en}`, 'i').test(q)) return 0.5;
  return 0;
}

/** The one year the asker places themselves in ("21年签的", "2021年开通", "signed in 2021"), or null. */
function askedYear(q: string): number | null {
  // (one year only: "opened in 2020, lapsed in 2021, re-signed in June 2022" is placed by its last event, not a year)
  const years = new Set([...q.normalize('NFKC').matchAll(new RegExp(CALENDAR_YEAR.source, 'gi'))].map((m) => Number(m[1] ?? m[2] ?? m[3])).map((y) => (y < 100 ? 2000 + y : y)));
  return years.size === 1 ? [...years][0]! : null;
}

function monthOnly(q: string): { month: number; day: number } | null {
  const m = q.match(/(?<!\d)(1[0-2]|[1-9])\s*月(份)?(开|开通|签|入驻|注册)/) ?? q.match(/\b(?:in|on)\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b/i);
  if (!m) return null;
  const month = /^\d/.test(m[1]!) ? Number(m[1]) : ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].indexOf(m[1]!.toLowerCase()) + 1;
  return { month, day: 15 };
}

/**
 * A briefing FAQ that answers "No"/"不是" itself leads with that, when the question is the FAQ's own (its question or
 * answer line quoted first): a question answered by one of its reasons ("can the platform warn a store directly")
 * asks something else.
 */
export function faqPolarity(picked: Passage[], lang: Lang): string {
  const first = picked[0];
  if (!first || first.kind !== 'faq' || !(/[？?]\s*$/.test(first.zh) || /^答：/.test(first.zh))) return '';
  const faq = picked.find((p) => p.kind === 'faq' && /^答：(不是|是)/.test(p.zh));
  if (!faq) return '';
  const no = /^答：不是/.test(faq.zh);
  return lang === 'zh' ? (no ? '不是。' : '是的。') : no ? 'No.' : 'Yes.';
}
