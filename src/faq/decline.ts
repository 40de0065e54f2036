/**
 * Declines: the checks that tell a question the briefing cannot answer from one it can. The composer picks the lines
 * that would answer; these read the question against them and say when the lines are about something else (another
 * event than the asked one, neither of two offered alternatives, a figure type the yes/no proposes and no line states,
 * a period or edition no line names, an agenda title with no content) so that the answer is "the briefing doesn't
 * say" rather than a guess.
 *
 * This module only reads lines; the composer decides what to return. It reads the composer's blocks through a small
 * context (the lines introducing a line, a section's lines, a list run), as polarity.ts does.
 */
import type { Passage } from './passages.js';
import { normalize, stem, type Unit } from './text.js';
import { choiceIsPartOfTheAsk, offeredAlternatives } from './alternatives.js';
import type { QuestionAnalysis, QuestionAnalyzer } from './question.js';
import type { ComposeInput, PassageIndex } from './compose.js';
import { askingClause, clausesOf, ENDS_IN_EVIDENCE, predicateBefore, predicateOf, SENTENCE_BREAK, YESNO_MODAL } from './asking.js';
import { MONTHS, withoutSourceReferences } from './question.js';
import { foldQuoted, quotedSpans } from './quoted.js';
import { HAN_NUMERALS } from '../core/numerals.js';
import type { DetailKind } from './asks.js';

// asks an agenda line answers by itself: whether an item is on, and when
const TITLE_ANSWERS = new Set(['yesno', 'when', 'day', 'clock']);
const TITLE_WORD = 0.5;
// an agenda line that is only a title: one short phrase, no clause, link or explanation ("4月商家提效工具速递")
export const POINTER = /^(附[：:])?[^，,。]{0,30}(详见|更多\S{0,12}见|见语雀|扫码查看)/;
// a phrase of the question names an agenda title when it has at least this many Chinese characters and this share of the title's
const TITLE_PHRASE = { chars: 4, share: 0.5 };
const BARE_TITLE = /^[^，,：:。；;（(]{1,24}$/;
// words right after a title's phrase that scope the question into the item ("讲师使用规则里…", "…当中有没有")
const INSIDE_TITLE = /^\s*(里面|里头|里|当中|之中|中)/;
// how many words an English quote must have to name an agenda title by its rendering
const TITLE_EN_WORDS = 3;
// an English word without its ending, so that a quote names a title in other inflections of its rendering's words
// ("lecturer usage rules" against "the rules for using lecturers")
const enStem = (w: string) => w.toLowerCase().replace(/s$/, '').replace(/(ing|age|ed|e)$/, '');
// words right before a title's phrase that act on the item's content ("违反讲师使用规则会怎么罚", "按照…规则"): what follows
// is asked of what the item says
const ACTS_ON_TITLE = /(违反|违背|违规使用|遵守|遵循|按照|依照|根据|依据|触犯)\s*$/u;
// words right after a title's phrase that put it as the question's topic, the question following ("讲师使用规则 if we…",
// "…重点强调 那部分说了些什么")
const TOPIC_AFTER_TITLE = /^\s*([:：,，;；—–-]|\s[a-z]|\s*那(部分|一?part|一?块|一?项|一?条|段))/iu;
// a yes/no about whether the item is on the agenda or was spoken of, which the agenda answers ("议程里有讲师使用规则吗")
const TITLE_PRESENCE = /议程|日程|目录|大纲|提到|提及|有没有讲|讲没讲|讲了吗|这一?项|\bagenda\b|\boutline\b|\bmention(ed)?\b|\blisted\b|\bcovered\b|\bon the (list|slide)s?\b/iu;
// what a title's word is replaced by: a neutral noun, so the words around it keep their places ("The agenda has…" does not
// start with "has" and turn into a yes/no)
const TITLE_STANDIN = ' item ';
/**
 * The text without the words an agenda title holds (Chinese words of two characters or more of its text, English words
 * of its rendering, a plural too), so that what is asked of the title is read, not the title named again: "讲师" and
 * "lecturer" do not ask who, "是谁讲的" still does.
 */
function withoutTitleWords(text: string, title: Passage): string {
  const en = new Set(title.en.toLowerCase().match(/[a-z]+/g) ?? []);
  const han = text.replace(/\p{Script=Han}{2,}/gu, (run) => {
    let out = '';
    for (let i = 0; i < run.length; ) {
      let j = run.length;
      while (j - i >= 2 && !title.zh.includes(run.slice(i, j))) j--;
      if (j - i >= 2) {
        out += TITLE_STANDIN;
        i = j;
      } else out += run[i++];
    }
    return out;
  });
  return han.replace(/[a-z]+/gi, (w) => (en.has(w.toLowerCase()) || en.has(w.toLowerCase().replace(/s$/, '')) || en.has(`${w.toLowerCase()}s`) ? TITLE_STANDIN : w));
}

/** The spans the asker sets apart in quotation marks or brackets, as written. */
function quotedOrBracketed(question: string): string[] {
  return [...question.matchAll(/[“「『《"‘]([^“”「」『』《》"‘’\n]{2,60})[”」』》"’]|(?<=^|[\s(（:：,，])'([^'\n]{2,60})'(?![a-z])|[(（]([^()（）\n]{2,40})[)）]/gi)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}
// how much of the question a pointer line must hold to be what a question naming it asks about
const POINTED_AT = 0.5;
// a span the asker puts in quotation marks, with the marks
const QUOTED_TEXT = /[“「『"‘][^“”「」『』"‘’\n]{2,60}[”」』"’]/g;
// a line naming the asked period answers only when its own text holds this share of the words
// naming the thing of that period (the period's own noun, "…名单", and up to this many characters after it)
const PERIOD_EVENT = 0.5;
// how many words after a Chinese yes/no's modal (asking.ts) it must name (one word, "照样", "没法", is often how it is put, not what may happen)
const MODAL_WORDS = 2;
// a bill the merchant pays to someone else through the product ("pay overseas warehouse and logistics fees with Pay",
// "用Pay付海外仓和货代的费用", "缴纳海外税款") names what is paid, not a fee charged to the merchant: it proposes no fee
const PAID_BILL = /(?<![a-z])(?:logistics|warehous\w*|storage|freight|forwarder'?s?|forwarding|customs|tax(?:es)?|dut(?:y|ies)|3pl|supplier'?s?|vendor'?s?|物流|仓储|海外仓|货代|报关|清关|税款|关税|供应商)(?:[\s/&,和与及]|and|or|[a-z'-]+|\p{Script=Han}){0,8}?(?:\b(?:fees?|charges?|bills?|costs?|invoices?)\b|费用?)/giu;
// the glossary concept of a price raised or a charge added on the buyer
const RAISED_PRICE = '@raise-price';
// a fee or cost named as what the asker wants to recoup ("bump the price to cover the cost", "涨价弥补手续费") is a purpose,
// not a figure proposed
const RECOUPED_FEE = /\b(?:to\s+)?(?:cover|offset|recoup|recover|make up for|absorb|compensate for)\s+(?:the\s+|our\s+|my\s+|its\s+|their\s+|that\s+|this\s+|some\s+of\s+the\s+)?(?:[a-z]+\s+)?(?:costs?|fees?|charges?|expenses?)\b|(?:覆盖|弥补|补贴|抵消|cover)\p{Script=Han}{0,4}?(?:成本|费用|手续费|服务费)/giu;
// a fee, price or rate qualified as false or abnormal names a violation, not a figure proposed ("fake shipping fees",
// "inflated freight charges", "虚假运费", "运费虚高")
const FALSE_FIGURE = /\b(?:fake|false|bogus|inflated|misleading|abnormal|padded|sham|made-up)\s+(?:[a-z-]+\s+){0,2}?(?:fees?|charges?|prices?|pricing|costs?|rates?)\b|虚假\p{Script=Han}{0,3}?(?:费|价)|(?:费|价)\p{Script=Han}{0,2}?虚(?:高|低)/giu;
// a verb by which an English yes/no asks whether its act reaches a thing ("count toward", "affect", "apply to"), active:
// a participle ("is evaluation blocked forever") has no object after it
const EFFECT_VERB = /\b(?:counts?|counting|go|goes|going|add|adds) (?:toward|towards|against|into|to)\b|\b(?:affects?|affecting|impacts?|hurts?|lowers?|reduces?|freezes?|blocks?|wipes?|appl(?:y|ies) to|extends? to|carr(?:y|ies) over to|transfers? to|show(?:s)? up (?:in|on)|appears? (?:in|on))\b/i;
const MODAL_CLAUSE_BREAK = /[,;?!，。；？！]|\.(?=\s|$)|\s-\s/;
// "also" / "也" between a yes/no's subject and what it asks follows from it ("…也会…", not "也是" classing the act, not "也就是")
const ALSO = /\balso\b|(?<=\p{Script=Han})也(?=会|要|能|可以|将|被|得|跟着|一起|同时|影响|受|算不算|冻结|关闭|扣)/u;
const ALSO_ALTERNATIVE = /\bor\b|还是|或者/i;
// how many words the question must add after "also" to tell what it asks by
const ALSO_WORDS = 1;
// a judgement of the act asked about ("被判成…", "算违规", "视为…"), not a thing that may happen
const JUDGED_AS = /^\s*(被)?(判成|判为|判定|判|认定|视为|算作|算成|算|属于|当成|当作)/;
// words after a question word that place a time ("多久之内", "几天以后") and name no event
// ...or name the time asked itself ("截止时间", "什么时候开始", "日期是")
const TIME_PLACE = /^(之内|以内|之后|以后|之前|以前|左右|之间|前后|时间|日期|时候|开始|结束|截止|哪天|几号|具体)$/;
const PERIOD_NOUN_CHARS = 12;
// the kind of line that comes as parallel items of a block (bullets), each about its own subject (a slide's plain lines
// are often a title and the rows under it)
const SIBLING_KINDS = new Set(['list']);
const PERIOD_NOUN_END = /会不会|能不能|是不是|有没有|要不要|可不可以|可以|什么|多少|几|哪|吗|怎么|如何|\b(is|are|was|were|will|would|can|could|does|do|did|have|has)\b/i;
// (the edition nouns are the period's own words in either language: "next batch" names no thing of its own, as 下一批 does not)
const PERIOD_WORDS = /\d+\s*月份?|\b(january|february|march|april|may|june|july|august|september|october|november|december)('s)?\b|下[一个]?|上[一个]?|第\s*[\d一二两三四五六七八九十]+\s*|\b(last|previous|next|past|first|third|fourth)\b|[期季批届轮]|\b(season|round|batch|edition|phase)s?\b|的/gi;
// how little of the asking clause a line (with the lines introducing it), its section, may hold before its figure
// counts as about another event, and how many words of the clause it must miss (fitted on the seen blind sets)
const FIGURE_EVENT = { line: 0.2, section: 0.5, missing: 2 };
// a yes/no lead is declined only when the line and its whole section hold none of the asking clause
export const YESNO_EVENT = { line: 0.05, section: 0.05, missing: 2 };
// ...and, for a plain yes/no question (no other ask in it), when the line it would be answered from holds too little of
// the asking clause by itself, whatever its section holds: "is sending a Zoom link a violation?" shares the topic's
// words with the off-platform rule but not the thing it asks about (fitted on the seen sets; an agenda line or a
// heading answers whether an item is on by its title, so those keep the section-level bar)
export const YESNO_LINE = { line: 0.3, section: Infinity, missing: 2 };
// ...unless those lines hold this much of the clause between them
const YESNO_TOGETHER = 0.5;
// the alternative a yes/no question offers ("...? or is a reasonable reason enough", "…，还是说有合理理由就行？")
// (an "or" inside one clause, "an opening fee or a maintenance fee", is one question, not two alternatives)
// ("现在还是新手任务吗": 还是 after a word of time or persistence is "still", no alternative)
const ALTERNATIVE = /(?:[?？,，;；]\s*(?:or\b|还是|或者|或是)|(?<!现在|目前|如今|当前|至今|依然|仍然|仍|也|都)还是)\s*([^?？]{3,})/i;
// how much more of the first side than of the alternative the line must hold for the first side's yes or no to lead
const FIRST_SIDE_MARGIN = 0.2;
const ALTERNATIVE_FILLER = /\b(is|are|was|were|do|does|did|can|could|will|would|should|it|just|only|simply|enough|sufficient|that|this|a|an|the)\b|说|只要|就够|就行|就可以|够了|吗|呢/gi;

/** The question ends in the alternative it offers ("...? or is X enough?"), with no plain yes/no after it. */
export function endsInAlternative(question: string): boolean {
  const q = question.normalize('NFKC');
  const m = q.match(ALTERNATIVE);
  return !!m && !/[^\s?？!！.。]/.test(q.slice((m.index ?? 0) + m[0].length));
}

const digitsOf = (s: string) => s.replace(/第([一二两三四五六七八九十])/g, (_, d: string) => `第${HAN_NUMERALS[d]}`);
// words that date a line to the briefing's own edition or round ("本次", "本轮", "this round")
const CURRENT_EDITION = /本次|本轮|本期|此次|这次|这一轮|当期|\bthis (round|time|edition|batch|season)\b|\bthe current (round|edition|batch|season)\b/i;
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** What a line must say to be about the asked period or edition. */
function periodPattern(period: string): RegExp {
  const p = digitsOf(period.toLowerCase());
  let m = p.match(/(\d)\s*星|(\d)[- ]star/);
  if (m) {
    // "1星及以上" / "1-star and above" speaks to every level from 1 up, so to a 2-star merchant too
    const n = Number(m[1] ?? m[2]);
    const floor = `[1-${n}]`;
    return new RegExp(`(?<!\\d)${n}\\s*星|${n}[- ]star|(?<!\\d)${floor}\\s*星(级)?(及|或)?以上|${floor}[- ]stars? (and|or) (above|up|higher)`, 'i');
  }
  m = p.match(/第\s*(\d+)\s*([期季批届轮])/);
  if (m) return new RegExp(`第\\s*${m[1]}\\s*${m[2]}`);
  if (/later|future|down the road|eventually|plan|以后|将来|未来|后续|今后|计划|打算/.test(p)) return /计划|预计|将于|将会|即将|后续|未来|plans? to|planned|expected|will (be|launch|add)|upcoming/i;
  m = p.match(/\b(season|round|batch|edition|phase)\s+(\d+)\b/);
  if (m) return new RegExp(`第\\s*${m[2]}\\s*[期季批届轮]|${m[1]}\\s+${m[2]}\\b`, 'i');
  m = p.match(/(\d+)\s*月/);
  if (m) return new RegExp(`(?<!\\d)${m[1]}月|${MONTH_NAMES[Number(m[1]) - 1]}`, 'i');
  m = p.match(/\b(january|february|march|may|june|july|august|september|october|november|december)/);
  if (m) return new RegExp(`(?<!\\d)${MONTH_NAMES.indexOf(m[1]!) + 1}月|${m[1]}`, 'i');
  // a second list or round is the next one after the briefing's own
  if (/\b(second|2nd)\b/.test(p)) return /第\s*2\s*[期季批届轮]|\bsecond (list|batch|round|edition|season)\b|下一?[期季批轮]|\bnext (round|season|batch|list)\b/i;
  // a year before or after the briefing's is named as a year ("之前" dates things before a day of this year)
  if (/去年|last year|previous year|past year/.test(p)) return /去年|上一年|last year|previous year/i;
  if (/明年|next year/.test(p)) return /明年|下一年|next year/i;
  if (/上|last|previous|past|往期|历届/.test(p)) return /上期|上一[期季]|之前|previous round|去年|last year/i;
  if (/下|next|明年/.test(p)) return /下[一个]?[期季月批]|第\s*2\s*[批期]|next (month|round|season|batch|list)|second (list|batch)|明年/i;
  // a calendar year ("2023年", "in 2023") is named by a line that writes it
  m = p.match(/^\s*((?:19|20)\d\d)\s*$/);
  if (m) return new RegExp(`(?<!\\d)${m[1]}(?!\\d)`);
  // ("the fourth FollowMe topic period", "the 4th topic call": the ordinal, in words or figures, and the edition noun,
  // with the thing between; a line about it says 第4期 or the same ordinal before the same noun)
  m = p.match(/\b(first|third|fourth|fifth|sixth|1st|3rd|[4-9]th)\b.*?\b(season|round|edition|batch|period|phase|call|intake|wave)\b/);
  if (m) return new RegExp(`第${ordinalNumber(m[1]!)}[期季批轮]|\\b${m[1]}\\b[^.?!]{0,30}\\b${m[2]}`, 'i');
  return /(?!)/;
}

const ORDINAL_WORDS: Record<string, number> = { first: 1, third: 3, fourth: 4, fifth: 5, sixth: 6 };

/** 4 for "fourth" or "4th". */
function ordinalNumber(ordinal: string): number {
  return ORDINAL_WORDS[ordinal] ?? Number.parseInt(ordinal, 10);
}

/**
 * The act a question's fee is for: the words just before a Chinese fee word ("销户要收费", "提现手续费"), or an English fee's
 * modifier or object ("closing fee", "fee for closing the account", "charge to close"). Null when it names none.
 */
export function feeActOf(clause: string): string | null {
  // (a condition before the fee, "提现量很大的话手续费有优惠吗", names no act: the fee is the one the subject already has)
  const zh = clause.match(/(\p{Script=Han}{2,4}?)(?:时|的时候|的话)?(?:要|需要|需|会|得|还)?(?:另外|额外|单独)?(?:收|扣|付|交|缴)?(?:取)?(?:任何|什么)?(?:手续|服务)?费/u);
  if (zh && /的话/.test(zh[0]!)) return null;
  if (zh && !FEE_FILLER.test(zh[1]!)) return zh[1]!;
  // (with its particle: "cost to cash out" is for withdrawing, "cash" alone names no act)
  const en = clause.match(/\b(\w+ing)\s+(?:fees?|charges?)\b/i) ?? clause.match(/\b(?:fees?|charges?|costs?)\s+(?:for|to|of)\s+(\w+(?:\s+(?:out|up|off|over|back|down|in)\b)?)/i);
  return en && !FEE_FILLER.test(en[1]!) ? en[1]! : null;
}
// a line stating a fee's figure or its absence ("0开户费", "免入账手续费", "收费：0.125%", "提现费用低至0.3%", "免费持有")
const PRICED = /(?<![\d.])0\s*\p{Script=Han}{0,3}费|免\p{Script=Han}{0,4}费|收费[：:]|费(用|率)?(低至|为)?\s*\d/u;
// words around a fee that name no act: "有没有费用", "要不要收费", "any fee", "the charge"
const FEE_FILLER = /^(有没有|有|没有|要不要|要|需要|会不会|是否|是不是|任何|什么|收不收|收|免|手续|服务|费用)$|^(a|an|the|any|extra|additional|service|handling|processing|using|it|this|that|me|us|them)$/i;

// a figure and the noun it counts right after it (a measure word between: "5大权益", "81个商家", "0开户费", "三个维度"; "5 key
// benefits", "4 chapters"); a figure with no word after it, or a word that does not name a thing ("10 of the 81", "5%"),
// has no group
const FIGURE_NOUN_ZH = /(?<![\d.])(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]+(?=\s*(?:个|项|名|场|种|次|份|位|家|大)))\s*(?:万|千|百)?\s*(?:个|项|名|场|种|次|份|位|家|条|张|章|批|期|类|款|大|多)?\s*(\p{Script=Han}{1,4})?/gu;
const FIGURE_NOUN_EN = /(?<![\d.])\d+(?:\.\d+)?(?:\s+(?!(?:of|to|in|and|or|per|for|at|on|by|from|with|is|are|was|were|the|a|an|more|than|times|x)\b)([a-z][a-z-]*(?:\s+[a-z][a-z-]*)?))?/giu;

// what a decimal figure counts: no thing a question counts
const OTHER = '\u0000';
// words ending a heading that say it lists, not what it lists ("讲师一览", "权益如下")
const HEADING_TAIL = /(一览|列表|清单|汇总|如下|概览|介绍|说明)$/u;

/** What the checks read of the composer: its index and analyzer, and its blocks of lines. */
export interface DeclineContext {
  index: PassageIndex;
  analyzer: QuestionAnalyzer;
  byGroup: Map<string, Passage[]>;
  contextOf: (p: Passage) => Passage[];
  passagesOf: (sectionId: string) => Passage[];
  listRun: (p: Passage) => Passage[];
}

export class DeclineChecks {
  private readonly index: PassageIndex;
  private readonly analyzer: QuestionAnalyzer;
  private readonly byGroup: Map<string, Passage[]>;
  private readonly contextOf: (p: Passage) => Passage[];
  private readonly passagesOf: (sectionId: string) => Passage[];
  private readonly listRun: (p: Passage) => Passage[];
  // the bare agenda titles and the lines no title is (built at the first question that may name a title)
  private titleLines?: { titles: Passage[]; others: Passage[] };

  constructor(ctx: DeclineContext) {
    this.index = ctx.index;
    this.analyzer = ctx.analyzer;
    this.byGroup = ctx.byGroup;
    this.contextOf = ctx.contextOf;
    this.passagesOf = ctx.passagesOf;
    this.listRun = ctx.listRun;
  }

  /**
   * The question asks what is in something (a list), the line that best holds it is an agenda item with no content
   * of its own after it, and some word of the question that this item holds is held by no line but agenda items and
   * headings: the briefing lists the item's title and does not state what it covered. Not for yes/no or when
   * questions (the agenda states the event's day and whether an item is on), unless another clause of the question
   * asks what the item covered ("…介绍了哪几个工具，有没有X相关的").
   */
  agendaOnly(input: ComposeInput, qa: QuestionAnalysis): Passage | null {
    const asksContents = (types: string[]) => (types.includes('list') || types.includes('contents')) && !types.some((t) => TITLE_ANSWERS.has(t));
    const question = input.question.normalize('NFKC');
    // a title the asker quotes whole ("“讲师使用规则重点强调”具体是啥") names the item asked about; what the question asks is
    // read outside the quotes (the title's 讲师 asks for no person), and asking what it is, with no figure, day or yes/no
    // asked, asks what it covered
    // (an ask the title's own words raise, "讲师" or "lecturer" read as asking who, is the title named again, not asked of it)
    const askedOf = (text: string, title: Passage) => this.analyzer.analyze(withoutTitleWords(text, title)).types;
    const blocked = (types: string[]) => types.some((t) => TITLE_ANSWERS.has(t) || t === 'who' || (ENDS_IN_EVIDENCE as readonly string[]).includes(t));
    // A yes/no about something else the item would hold ("…能不能请外部讲师", "was there a new AI reply tool in it") is
    // asked of the item's content all the same, when the item is plainly named as its scope: the briefing lists only
    // its title, so it states no yes or no; whether the item is on the agenda at all stays the agenda's to answer
    const otherNames = (rest: string, title: Passage) =>
      input.unitsOf(rest).filter((u) => u.kind !== 'num' && (u.soft ?? 1) >= TITLE_WORD && this.index.holders(u).some((p) => p !== title) && !this.index.ownHolds(u, title));
    const askedOfContent = (types: string[], rest: string, title: Passage) =>
      types.includes('yesno') && !TITLE_PRESENCE.test(question) && otherNames(withoutTitleWords(rest, title), title).length > 0 && !types.some((t) => t === 'who' || t === 'when' || t === 'day' || t === 'clock' || (t !== 'yesno' && (ENDS_IN_EVIDENCE as readonly string[]).includes(t)));
    const quotedTitle = this.quotedBareTitle(question);
    if (quotedTitle) {
      const rest = question.replace(QUOTED_TEXT, ' ').replace(/(?<=^|[\s(（:：,，])'[^'\n]{2,60}'(?![a-z])/gi, ' ');
      const types = askedOf(rest, quotedTitle);
      if (!blocked(types) || askedOfContent(types, rest, quotedTitle)) return quotedTitle;
    }
    // ...and so does a title the asker names unquoted by a phrase of it no other line holds ("讲师使用规则具体说了什么"),
    // what it asks read without the phrase
    // (and only when the rest of the question names nothing another line holds: "成长指引新手任务有哪些" asks the tasks)
    // (a word of the title itself, "规则" or "lecturer" in the rest, names the item again, not another thing)
    // A phrase the asker sets apart in quotes or brackets ("the lecturer usage rules (讲师使用规则)"), or scopes the question
    // into ("讲师使用规则里，违规会怎么处罚"), names the item the rest is asked of, whatever other words the rest holds:
    // the briefing lists only its title, so it states nothing asked of it
    const named = this.phraseNamedBareTitle(question);
    if (named) {
      const rest = question.replace(named.phrase, ' ');
      const outside = askedOf(rest, named.title);
      const restNames = otherNames(rest, named.title);
      const after = question.slice(question.indexOf(named.phrase) + named.phrase.length);
      const before = question.slice(0, question.indexOf(named.phrase));
      // (the item put as the question's topic, or as what is acted on, names it as plainly as quotes do)
      const topic = !before.trim() && TOPIC_AFTER_TITLE.test(after);
      const setApart = quotedOrBracketed(question).some((span) => span.includes(named.phrase)) || INSIDE_TITLE.test(after) || topic || ACTS_ON_TITLE.test(before);
      if (!blocked(outside) && (setApart || (!restNames.length && (asksContents(outside) || !outside.length)))) return named.title;
      if (setApart && askedOfContent(outside, rest, named.title)) return named.title;
    }
    const clauses = question.split(/[，,;；?？。]/).filter((c) => c.trim());
    const part = asksContents(qa.types) ? null : clauses.length > 1 ? clauses.find((c) => asksContents(this.analyzer.analyze(c).types)) : undefined;
    if (part === undefined) return null;
    const units = part === null ? input.units : input.unitsOf(part);
    // (a word the dictionary lacks, "提效", "速递", counts; generic wording does not)
    const naming = units.filter((u) => u.kind !== 'num' && (u.soft ?? 1) >= TITLE_WORD);
    const onlyTitles = (u: Unit) => this.index.holders(u).every((p) => p.kind === 'agenda' || p.kind === 'heading' || POINTER.test(p.zh));
    let top = this.index.rank(units, () => 1)[0]?.passage;
    if (!top) return null;
    // the pointer the question names by a word only titles and pointers hold ("语雀那个FAQ里还写了哪些情况"), wherever the
    // ranking by shared words put it, when it holds most of the question: the thing asked about is what it points to
    // (not an agenda title: a word of the question that one title happens to hold, "organisation", names no item)
    if (!this.bareTitle(top)) {
      const named = naming.filter(onlyTitles).flatMap((u) => this.index.holders(u)).filter((p) => POINTER.test(p.zh) && this.index.coverage(units, p) >= POINTED_AT);
      top = [...new Set(named)].sort((a, b) => this.index.coverage(units, b) - this.index.coverage(units, a))[0] ?? top;
    }
    if (!this.bareTitle(top)) return null;
    const titleOnly = naming.filter((u) => this.index.ownHolds(u, top!) && onlyTitles(u));
    // asking what is in a part of the agenda is answered with its items
    if (this.headsAgendaPart(top)) return null;
    return titleOnly.length ? top : null;
  }

  /** The title of a part of the agenda ("1 重点关注") heads the items listed under it: it is no bare title. */
  private headsAgendaPart(title: Passage): boolean {
    const name = title.zh.replace(/^\d+\s*/, '').trim();
    const agendaPart = this.index.passages.find((p) => p.kind === 'heading' && p.zh.trim() === name);
    return Boolean(agendaPart && this.listRun(agendaPart).slice(1).filter((p) => p.kind === 'agenda').length >= 2);
  }

  /**
   * A line that states no content of its own: one that only points elsewhere ("更多FAQ见语雀 <url>", "详见…规则": the
   * briefing does not hold what it points to), or an agenda title with no line of its own content after it (a chapter
   * followed by its points is no bare title).
   */
  private bareTitle(p: Passage): boolean {
    if (POINTER.test(p.zh)) return true;
    if (p.kind !== 'agenda' || !BARE_TITLE.test(p.zh)) return false;
    const group = this.byGroup.get(p.group) ?? [];
    const next = group[group.indexOf(p) + 1];
    return !next || next.kind === 'agenda' || next.kind === 'heading';
  }

  /**
   * The bare agenda title the question names by a Chinese phrase of its own (TITLE_PHRASE.chars characters or more, and
   * TITLE_PHRASE.share of the title's), that no line but agenda titles and pointers holds: "讲师使用规则" names
   * "讲师使用规则重点强调". The longest such phrase wins.
   */
  private phraseNamedBareTitle(question: string): { title: Passage; phrase: string } | null {
    const runs = question.match(new RegExp(`\\p{Script=Han}{${TITLE_PHRASE.chars},}`, 'gu')) ?? [];
    if (!runs.length) return null;
    // (a heading holding it heads the lines about it: "成长指引" heads "成长指引（新手期）" and its tasks)
    const { titles, others } = (this.titleLines ??= {
      titles: this.index.passages.filter((p) => p.kind === 'agenda' && this.bareTitle(p) && !POINTER.test(p.zh) && !this.headsAgendaPart(p)),
      others: this.index.passages.filter((p) => p.kind !== 'agenda' && !POINTER.test(p.zh)),
    });
    let best: { title: Passage; phrase: string } | null = null;
    for (const title of titles) {
      const han = title.zh.match(/\p{Script=Han}/gu)?.length ?? 0;
      for (const run of runs) {
        for (let i = 0; i < run.length; i++) {
          for (let j = run.length; j - i >= TITLE_PHRASE.chars && j - i > (best?.phrase.length ?? 0); j--) {
            const phrase = run.slice(i, j);
            if (phrase.length < TITLE_PHRASE.share * han || !title.zh.includes(phrase)) continue;
            if (others.some((p) => p.zh.includes(phrase))) break;
            best = { title, phrase };
            break;
          }
        }
      }
    }
    return best;
  }

  /** The bare agenda title the question quotes whole (the quote is the title, with or without its number). */
  private quotedBareTitle(question: string): Passage | null {
    const spans = quotedSpans(question);
    if (!spans.length) return null;
    const titles = this.index.passages.filter((p) => p.kind === 'agenda' && this.bareTitle(p));
    // (a number may be the title's own, "4月商家提效工具速递", or its numbering; an English quote names it by the words of
    // its rendering, "the 'April efficiency tools roundup'", every quoted word the rendering's)
    const englishQuotes = quotedOrBracketed(question).map((s) => s.toLowerCase().match(/[a-z]+/g) ?? []).filter((ws) => ws.length >= TITLE_EN_WORDS);
    const rendered = (p: Passage) => {
      const words = new Set((p.en.toLowerCase().match(/[a-z]+/g) ?? []).map(enStem));
      return englishQuotes.some((ws) => ws.every((w) => words.has(enStem(w))));
    };
    return titles.find((p) => (spans.includes(foldQuoted(p.zh.replace(/^\d+\s*/, ''))) || spans.includes(foldQuoted(p.zh)) || rendered(p)) && !this.headsAgendaPart(p)) ?? null;
  }

  /**
   * The clause that asks ("多久能重新上架恢复排名", "how long does a binding stay valid") names an event; a line whose
   * figure answers the ask type but holds too little of that clause is about a neighbouring event.
   */
  aboutOtherEvent(input: ComposeInput, ask: RegExp, p: Passage, bar = FIGURE_EVENT): boolean {
    const clause = askingClause(input.question, ask);
    if (!clause) return false;
    let units = input.unitsOf(clause).filter((u) => u.kind !== 'num');
    const clauseUnits = units;
    // a part of a compound question too short to tell an event by ("…一共几场直播？每场多久") is about the whole
    // question's subject: the line must hold enough of the whole question instead
    if (input.whole && bar === FIGURE_EVENT && units.filter((u) => u.soft === undefined).length < bar.missing) {
      units = input.unitsOf(input.whole).filter((u) => u.kind !== 'num');
    }
    if (!units.length) return false;
    // a line read with the lines that introduce it ("时效：1-2个工作日" under "5 关联入账")
    const context = this.contextOf(p);
    const cov = this.index.coverage(units, p, context);
    // a clause of one or two words ("多了", "能恢复") is too little to tell an event by
    const missing = units.filter((u) => u.soft === undefined && this.index.coverage([u], p, context) === 0);
    // the rest of its section may name the event the line is about ("预计5月初…开始灰度" in the SNS-Facebook part)
    const sectionCov = this.index.coverage(units, p, [...context, ...this.passagesOf(p.section)]);
    if (missing.length >= bar.missing && this.unstatedPredicate(input, ask)) return true;
    // the event after the question word ("多久能恢复", "多久复核") that the line, read with the lines introducing it, never
    // names: its figure is of the event it does name (the 14-day rectification period, not a recovery)
    // (and so for a date: "碳足迹标签体系什么时候能上线" against "计划自2023年起引入碳关税" is another event's year)
    const timed = ask === this.analyzer.type('howlong')?.ask || ask === this.analyzer.type('when')?.ask;
    if (bar === FIGURE_EVENT && timed && this.predicateUnheld(input, ask, [p, ...context])) return true;
    // (and a name found for one thing of a kind is not the name of a parallel thing of that kind the question asks of: read
    // in the asking clause's own words, "which lab offers it" after a compound question's first part names no other thing)
    if (bar === FIGURE_EVENT && this.parallelThingUnnamed(ask, clauseUnits, p, context)) return true;
    return cov < bar.line && sectionCov < bar.section && missing.length >= bar.missing;
  }

  /**
   * A question asking which body or bank holds one thing ("欧洲本地收款账户是哪家银行开的", "which bank is the European
   * local account with") against a line naming the banks of another thing of the same kind ("全球收款账户 (摩根大通…)"):
   * a word of the asking clause that the line (with the lines introducing it) lacks is held, in another section, by a line
   * that also names the thing's kind as the figure's line does (收款账户) and names no body itself ("本地收款账户 (欧洲本地
   * 收款账户…)"). The asked thing is that parallel one, of which the briefing names no body; the name found is the other
   * thing's. (Names only: a figure's subject often sits in a section of its own, apart from the line stating the figure,
   * so the same reading of a duration or a count would decline what the briefing answers.)
   */
  private parallelThingUnnamed(ask: RegExp, units: Unit[], p: Passage, context: Passage[]): boolean {
    const type = this.analyzer.type('institution');
    if (!type?.evidence || ask !== type.ask) return false;
    const evidence = type.evidence;
    // (the question's names and terms, a Chinese word of two characters or more; not generic wording, nor a word no line has)
    const distinct = units.filter((u) => u.kind !== 'num' && u.soft === undefined && !this.index.nowhere(u) && (u.kind !== 'han' || u.tokens.every((t) => t.length >= 2)));
    const missing = distinct.filter((u) => this.index.coverage([u], p, context) === 0);
    if (!missing.length) return false;
    const kind = distinct.filter((u) => this.index.ownHolds(u, p));
    const around = new Set([p, ...context]);
    // (and holds at least as much of the asking clause: a word of the story around the question, "our client's finance
    // team", held by some line naming an account, does not make that line the thing asked)
    const held = this.index.coverage(units, p, context);
    const parallel = (h: Passage) =>
      !around.has(h) && h.section !== p.section && !evidence.test(h.zh) && !evidence.test(h.en) && kind.some((u) => this.index.ownHolds(u, h)) && this.index.coverage(units, h, this.contextOf(h)) >= held;
    return missing.some((u) => this.index.holders(u).some(parallel));
  }

  /**
   * The question names a thing (almost) no line names ("沃尔玛", "Walmart"); a sibling item of the figure's line (the
   * same kind in the same block: parallel bullets, each about its own actor) holds it, states no figure of the asked
   * type itself, and the figure's line, read with the lines introducing it, does not hold the name: that figure is of
   * the sibling's neighbour (the EU's carbon-tariff year, not a Walmart deadline). A title and the table under it, or
   * two lines both stating the figure, are no such pair.
   */
  rareNameElsewhere(input: ComposeInput, p: Passage, lines: Passage[], evidence: RegExp): boolean {
    if (!SIBLING_KINDS.has(p.kind)) return false;
    const rare = this.index.rareUnits(input.units);
    if (!rare.length) return false;
    const context = this.contextOf(p);
    const missed = rare.filter((u) => this.index.coverage([u], p, context) === 0);
    const sibling = (l: Passage) => l !== p && l.group === p.group && l.kind === p.kind && !context.includes(l) && !evidence.test(l.zh) && !evidence.test(l.en);
    return missed.some((u) => lines.some((l) => sibling(l) && this.index.ownHolds(u, l)));
  }

  /**
   * The question offers two alternatives ("…counted in calendar days or working days?", "按工作日还是自然日算") and none
   * of the lines holds the words of either side that the other side lacks: the lines are about the subject, not the
   * choice asked. False when it offers none, or a side is only figures (a figure is judged by the ask types).
   */
  neitherAlternative(input: ComposeInput, lines: Passage[], figure?: RegExp): boolean {
    const rules = this.analyzer.rules.alternatives;
    const sides = rules ? offeredAlternatives(input.question, rules) : null;
    if (!rules || !sides) return false;
    // (a choice that is only part of the question, or whose second side is open, does not decide the answer)
    if (choiceIsPartOfTheAsk(input.question, sides, rules)) return false;
    const [a, b] = sides.map((s) => input.unitsOf(s).filter((u) => u.kind !== 'num'));
    const key = (u: Unit) => u.tokens.join('+');
    const own = (x: Unit[], y: Unit[]) => x.filter((u) => !y.some((v) => key(v) === key(u)));
    // a word of a side the question also names outside both sides is their common subject ("智联直播的简历是推到邮箱，
    // 还是去智联后台看"): a line naming the subject does not state either side
    const q = input.question.normalize('NFKC');
    const rest = input.unitsOf(sides.reduce((t, s) => s.split(/\s+/).reduce((t2, w) => t2.replace(w, ' '), t), q)).filter((u) => u.kind !== 'num');
    const ownA = own(own(a!, b!), rest);
    const ownB = own(own(b!, a!), rest);
    // the words both sides share are what they say of their alternatives ("阿里审核还是中标院审核": who reviews): a line
    // naming both alternatives but not that is no answer
    // (a word of two characters or more: "电脑上看还是手机上看" shares only how it is put)
    const shared = a!.filter((u) => b!.some((v) => key(v) === key(u)) && u.soft === undefined && (u.surface ?? u.tokens).every((t) => t.length >= 2));
    // a side of one Chinese character ("按新的还是老的") is too little to tell a line by
    const tooLittle = (us: Unit[]) => us.every((u) => u.kind === 'han' && u.tokens.every((t) => t.length < 2));
    if (tooLittle(ownA) || tooLittle(ownB)) return false;
    // "at night or on weekends" is answered by a line of the topic saying "7*24h"
    const topic = [...lines, ...input.answered.flatMap((s) => this.passagesOf(s.id))];
    if (rules.heldBy.some((h) => sides.some((s) => h.side.test(s)) && topic.some((p) => h.line.test(p.zh) || h.line.test(p.en)))) return false;
    // (and a line stating a side about another subject is no answer: "calendar days or working days" is not stated of the
    // 14-day rectification window by a line giving Pay's collection time in working days; the subject is the briefing's
    // terms the question names outside both sides, when it names any: "which gets money in faster" names none)
    const subject = rest.filter((u) => u.kind === 'concept' && u.soft === undefined);
    const aboutSubject = (p: Passage) => !subject.length || subject.some((u) => this.index.coverage([u], p, this.contextOf(p)) > 0);
    const holds = (units: Unit[]) => lines.some((p) => this.index.coverage(units, p, this.contextOf(p)) >= rules.held && (!shared.length || this.index.coverage(shared, p, this.contextOf(p)) > 0) && aboutSubject(p));
    // a figure asked of both sides ("how long do global vs local TT receipts take") is answered by a line stating the
    // figure for each side, whatever words the two sides share ("receipts" against "收款")
    const bothWithFigure = (p: Passage) => (figure!.test(p.zh) || figure!.test(p.en)) && [ownA, ownB].every((us) => us.length > 0 && this.index.coverage(us, p, this.contextOf(p)) >= rules.held);
    if (figure && lines.some(bothWithFigure)) return false;
    // a Chinese side may word one thing with a character of the line's word ("打折的产品" against "有折扣的产品"): a side
    // one of whose words the line holds whole, and another word of which shares a character with it, is held
    const sideWords = (s: string) => s.match(/\p{Script=Han}{2,}/gu) ?? [];
    const sharesCharacter = (side: string, other: string) => {
      const ws = sideWords(side).filter((w) => !other.includes(w));
      return lines.some((p) => ws.some((w) => p.zh.includes(w)) && ws.some((w) => !p.zh.includes(w) && [...w].some((ch) => !other.includes(ch) && p.zh.includes(ch))));
    };
    // a side is held in its own words: a concept the line holds under another word of it ("打电话" against "邮件/拍档",
    // both contact channels) does not state that side, the side is what tells the alternatives apart
    const worded = (us: Unit[]) => us.map((u) => (u.kind === 'concept' && u.surface?.length ? { ...u, tokens: u.surface, surface: undefined } : u));
    return !holds(worded(ownA)) && !holds(worded(ownB)) && !sharesCharacter(sides[0], sides[1]) && !sharesCharacter(sides[1], sides[0]);
  }

  /**
   * "Pay结汇的汇率跟中国银行牌价比是高还是低": a choice between two opposite degrees of the subject against a thing it is
   * compared with (alternatives.yaml `degreeChoice`) that no line near the answer (with the lines introducing it) names
   * in full: the lines state the subject ("权威银行透明汇率"), not how it compares with that thing, so neither side is
   * stated.
   */
  unheldComparison(input: ComposeInput, lines: Passage[]): boolean {
    const dc = this.analyzer.rules.alternatives?.degreeChoice;
    const q = input.question.normalize('NFKC');
    if (!dc || !dc.question.test(q)) return false;
    const m = q.match(dc.reference);
    const thing = m?.slice(1).find(Boolean);
    if (!thing) return false;
    // (named in full: "中国银行牌价" is not held by a line naming a bank; the compared thing may sit anywhere in the topic)
    const units = input.unitsOf(thing).filter((u) => u.kind !== 'num' && u.soft === undefined);
    return units.some((u) => this.noneHolds(lines, [u]));
  }

  /** The first lines picked for a yes/no question hold most of its asking clause between them. */
  heldTogether(input: ComposeInput, ask: RegExp, lines: Passage[]): boolean {
    if (lines.length < 2) return false;
    const clause = askingClause(input.question, ask);
    if (!clause) return false;
    const units = input.unitsOf(clause).filter((u) => u.kind !== 'num');
    if (!units.length) return false;
    const context = lines.flatMap((p) => [p, ...this.contextOf(p)]);
    return this.index.coverage(units, lines[0]!, context) >= YESNO_TOGETHER;
  }

  /**
   * The alternative the question ends in restricts its first side rather than offering another answer ("…include A, or
   * only B?", "…A吗，还是只有B"): it asks whether A is included beyond B, so the yes or no on A leads.
   */
  restrictiveAlternative(input: ComposeInput): boolean {
    const m = input.question.normalize('NFKC').match(ALTERNATIVE);
    return !!m && !!this.analyzer.rules.alternatives?.restrictive?.test(m[1]!);
  }

  /** The alternative a yes/no question offers after "or" / "还是" is held by one of the lines ("…or is X enough?"). */
  alternativeHeld(input: ComposeInput, lines: Passage[]): boolean {
    const m = input.question.normalize('NFKC').match(ALTERNATIVE);
    const tail = m?.[1]?.replace(ALTERNATIVE_FILLER, ' ').trim();
    if (!tail) return false;
    const units = input.unitsOf(tail).filter((u) => u.kind !== 'num');
    if (!units.length) return false;
    return lines.some((p) => this.index.coverage(units, p, this.contextOf(p)) >= YESNO_LINE.line);
  }

  /** The first type whose figure the yes/no question proposes that none of the lines holds a figure of. */
  unheldProposal(input: ComposeInput, qa: QuestionAnalysis, lines: Passage[]): string | null {
    // (only in the clause that asks: "业务员说要加3%手续费，这算违规吗" tells a story with a fee, it asks no fee)
    const yn = this.analyzer.type('yesno');
    const clauses = clausesOf(input.question, SENTENCE_BREAK);
    // (a figure word named as the offence, "catch fake shipping fees", "虚假运费", proposes no figure)
    const q = clauses.filter((c) => yn?.ask.test(c)).join(' ').replace(FALSE_FIGURE, ' ').replace(PAID_BILL, ' ').replace(RECOUPED_FEE, ' ');
    if (!q.trim()) return null;
    // (a charge put on the buyer that a line names as the act it rules on, "charge the buyer an extra fee" against
    // "要求买家额外承担交易费用，提高单价": the fee is the act asked about, the line answers whether it is allowed)
    const charged = input.unitsOf(q).filter((u) => u.kind === 'concept' && u.tokens.includes(RAISED_PRICE));
    if (charged.length && lines.some((p) => this.index.coverage(charged, p, this.contextOf(p)) > 0)) return null;
    for (const t of this.analyzer.rules.types) {
      if (!t.proposed || !t.evidence || qa.types.includes(t.id) || !t.proposed.test(q)) continue;
      const evidence = t.evidence;
      if (!lines.some((p) => evidence.test(p.zh) || evidence.test(p.en))) return t.id;
    }
    return null;
  }

  /**
   * A yes/no asks about the fee of one act ("销户要收费吗", "is there a fee for closing the account") and the lines picked
   * price other acts ("0开户费", "免入账手续费"): the word naming what the fee is for, when no picked line, the lines
   * introducing it or the rest of its section holds it, names an act the briefing prices nowhere near, so the lines'
   * zero fee does not answer it. False when the question names no such act or a line holds it.
   */
  unheldFeeAct(input: ComposeInput, lines: Passage[]): boolean {
    const yn = this.analyzer.type('yesno');
    const clause = clausesOf(input.question, SENTENCE_BREAK).filter((c) => yn?.ask.test(c)).join(' ');
    return this.feeActUnheld(input, clause, lines, (p) => [...this.contextOf(p), ...this.passagesOf(p.section)]);
  }

  /**
   * A figure question asks the fee of one act ("what's the fee for exchanging between currencies", "换汇收多少手续费")
   * and the line holding a price prices other acts ("0开户费，0维护费，0入账费"): the act, when neither the line nor the
   * lines introducing it hold it, is priced nowhere the figure speaks of. (Only the line and its introducers: a price is
   * of the thing its own line names, not of whatever else its section covers.)
   */
  unpricedAct(input: ComposeInput, ask: RegExp, p: Passage): boolean {
    const clause = clausesOf(input.question, SENTENCE_BREAK).filter((c) => ask.test(c)).join(' ');
    // (an English word no line uses or a generic one, "pull money out", is the asker's wording, not an act the briefing leaves unpriced)
    return this.feeActUnheld(input, clause, [p], (l) => this.contextOf(l), true);
  }

  private feeActUnheld(input: ComposeInput, clause: string, lines: Passage[], around: (p: Passage) => Passage[], namedLatin = false): boolean {
    const act = feeActOf(clause);
    if (!act) return false;
    // (a word the segmenter does not know, 销户, is still the act: only a figure or a one-character word is not)
    const units = input.unitsOf(act).filter((u) => u.kind !== 'num' && u.tokens.every((t) => t.length >= 2) && !(u.surface ?? u.tokens).some((t) => FEE_FILLER.test(t)) && !(namedLatin && u.kind === 'latin' && (u.soft !== undefined || this.index.nowhere(u))));
    // (units do not come in the order of the words: the one whose words end latest names the act, "不要入账" is 入账)
    const end = (u: Unit) => Math.max(-1, ...(u.surface ?? u.tokens).map((t) => { const at = act.toLowerCase().lastIndexOf(t.toLowerCase()); return at < 0 ? -1 : at + t.length; }));
    const last = [...units].sort((a, b) => end(b) - end(a))[0];
    // (only against lines that price something: "让买家多付点运费行不行" against a rule naming 运费 asks no fee of an act)
    if (!last || !lines.some((p) => PRICED.test(p.zh))) return false;
    return lines.every((p) => this.index.coverage([last], p, around(p)) === 0);
  }

  /**
   * Every figure of a line counts a noun of its own ("精讲5大权益", "0开户费", "4 chapters"), and none of those nouns is
   * the thing a "how many" question counts ("how many lessons", "多少币种"): the line counts something else, whatever
   * its heading names. False when some figure stands with no noun after it ("招募数量 700名", "5%", "10 of the…"): what
   * it counts is told by the words around it. `zh` and `en` are the line and its rendering with the numbers that count
   * nothing taken out (numbering, dates, years).
   */
  countsOtherNoun(counted: Unit[][] | null, zh: string, en: string, unitsOf: (text: string) => Unit[]): boolean {
    if (!counted) return false;
    const figures = [...zh.normalize('NFKC').matchAll(FIGURE_NOUN_ZH), ...en.normalize('NFKC').matchAll(FIGURE_NOUN_EN)];
    if (!figures.length) return false;
    // (a decimal, "3.0", is a version: it counts nothing; "0.3%" is a rate, judged by the words around it)
    const rate = (m: RegExpMatchArray) => m.input!.slice(m.index! + m[0].length).trimStart().startsWith('%');
    const nouns = figures.map((m) => (/^\d+\.\d/.test(m[0]) && !rate(m) ? OTHER : m[1]));
    // (by a concept or by its words, either way round: "key benefits" is the counted "benefits")
    const words = (u: Unit) => [...u.tokens, ...(u.surface ?? [])].map((t) => t.toLowerCase());
    const wanted = new Set(counted.flat().filter((u) => u.kind !== 'num').flatMap(words));
    return nouns.every((noun) => !!noun && !unitsOf(noun).some((u) => words(u).some((t) => wanted.has(t))));
  }

  /**
   * A heading names what its list counts by its last word ("课程亮点" lists highlights, "Course highlights: …"), the words
   * before it saying whose: true when neither the Chinese heading's last word nor the rendering's head (before a colon)
   * is the thing a "how many" question counts, though the heading names it as the owner ("how many lessons" against
   * the course's highlights). A glossary concept gathers a topic's words (课程 with "lesson"), so only the head tells.
   */
  headingCountsOther(counted: Unit[][] | null, heading: Passage, unitsOf: (text: string) => Unit[]): boolean {
    if (!counted) return false;
    // (a tail that only says "list of", "讲师一览", leaves the noun before it)
    const zh = heading.zh.normalize('NFKC').replace(/[\s:：]+$/, '').replace(HEADING_TAIL, '').match(/\p{Script=Han}{2}$/u)?.[0];
    const en = heading.en.normalize('NFKC').split(/[:：]/)[0]!.trim().match(/([a-z][a-z-]+)$/i)?.[1];
    if (!zh && !en) return false;
    const words = (u: Unit) => [...u.tokens, ...(u.surface ?? [])].map((t) => t.toLowerCase());
    const wanted = new Set(counted.flat().filter((u) => u.kind !== 'num').flatMap(words));
    const names = (text: string | undefined) => !!text && unitsOf(text).some((u) => words(u).some((t) => wanted.has(t)));
    return !names(zh) && !names(en);
  }

  /** The line places the asker's month only by a part of it ("5月下旬", "late May"), naming no day of it. */
  estimates(qa: QuestionAnalysis, p: Passage): boolean {
    const when = this.analyzer.type('when');
    if (!qa.date || !when?.vague) return false;
    const m = qa.date.month;
    const name = MONTHS[m - 1]!;
    const zhPart = new RegExp(`(?<!\\d)${m}\\s*月\\s*(${when.vague.source})`);
    const enPart = new RegExp(`\\b(early|mid|late|end of|beginning of)[- ]${name}\\b`, 'i');
    return zhPart.test(p.zh) || enPart.test(p.en);
  }

  /**
   * A yes/no question proposing a day ("是5月25号吗", "on May 25?") answered by lines that place that month's event only
   * by a part of the month: no line states the day, so neither yes nor no is stated.
   */
  onlyEstimated(qa: QuestionAnalysis, lines: Passage[]): boolean {
    if (!qa.date || !lines.some((p) => this.estimates(qa, p))) return false;
    const m = qa.date.month;
    const day = new RegExp(`(?<!\\d)${m}\\s*[月.]\\s*\\d{1,2}\\s*[日号]?|\\b${MONTHS[m - 1]} \\d{1,2}\\b|\\b\\d{1,2} ${MONTHS[m - 1]}\\b`, 'i');
    return !lines.some((p) => day.test(p.zh) || day.test(p.en));
  }

  /**
   * The side a question asks first ("A吗，还是B", "is it A, or is B enough?") is held by the line clearly more than the
   * alternative it offers after it: the line answers the first side, so its yes or no leads.
   */
  firstSideHeld(input: ComposeInput, p: Passage): boolean {
    const q = input.question.normalize('NFKC');
    const m = q.match(ALTERNATIVE);
    if (!m) return false;
    const first = q.slice(0, m.index).replace(ALTERNATIVE_FILLER, ' ').trim();
    const second = m[1]!.replace(ALTERNATIVE_FILLER, ' ').trim();
    const a = input.unitsOf(first).filter((u) => u.kind !== 'num');
    const b = input.unitsOf(second).filter((u) => u.kind !== 'num');
    if (!a.length || !b.length) return false;
    const context = this.contextOf(p);
    const covA = this.index.coverage(a, p, context);
    const covB = this.index.coverage(b, p, context);
    return covA >= covB + FIRST_SIDE_MARGIN;
  }

  /**
   * A Chinese figure question puts the asked event after the question word ("被0分下架的产品多久可以重新上架"): when a
   * word of that predicate occurs nowhere in the briefing (重新), no line states the figure of that event, however much
   * of the subject before the question word a line holds. (Chinese only: the English rendering is a translation, so an
   * English word missing from it says little.)
   */
  unstatedPredicate(input: ComposeInput, ask: RegExp): boolean {
    // (a figure's question word that ends the clause has its event before it, after the modal: "回放能保存多久"; a
    // yes/no's 吗 ends every clause, and what it asks is judged by the modal checks)
    const figure = ask !== this.analyzer.type('yesno')?.ask;
    const predicate = predicateOf(input.question, ask) ?? (figure ? predicateBefore(input.question, ask) : null);
    if (!predicate) return false;
    return input.unitsOf(predicate).some((u) => u.kind !== 'num' && u.soft === undefined && this.index.nowhere(u) && u.tokens.every((t) => /^\p{Script=Han}+$/u.test(t)));
  }

  /**
   * The predicate after a Chinese figure question's question word ("多久能恢复", "几天复核", "多少分才能解除") has content
   * words, and the line (with the lines introducing it) holds none of them. (Chinese only, as unstatedPredicate.)
   */
  predicateUnheld(input: ComposeInput, ask: RegExp, lines: Passage[]): boolean {
    const predicate = predicateOf(input.question, ask);
    if (!predicate) return false;
    // (words of two characters or more: "要改" says too little to tell an event by; "之内" places a time, it names no event)
    // (a date's event may be one of the briefing's terms, even a common one: "什么时候能上线" asks when it launches)
    const dated = ask === this.analyzer.type('when')?.ask;
    // ("哪个月的专享活动" names what the month is of, the thing the line dates, not an event after it)
    if (dated && /^的/.test(predicate)) return false;
    const named = (u: Unit) => (u.kind === 'han' && u.soft === undefined) || (dated && u.kind === 'concept' && (u.surface ?? []).every((t) => t.length >= 2 && !TIME_PLACE.test(t)));
    const units = input.unitsOf(predicate).filter((u) => named(u) && u.tokens.every((t) => u.kind === 'concept' || (t.length >= 2 && !TIME_PLACE.test(t))));
    if (!units.length) return false;
    return units.every((u) => this.index.coverage([u], lines[0]!, lines.slice(1)) === 0);
  }

  /**
   * A Chinese yes/no asks whether something can or will happen ("订单还能正常收款发货吗", "会自动恢复吗"): the words after
   * its modal name that thing, and when no line picked to answer it (with the lines introducing it) holds any of them,
   * a yes or no would be about the lines' own subject (the 90-day closure), not the thing asked.
   */
  modalPredicateUnheld(input: ComposeInput, lines: Passage[]): boolean {
    // (the clause that asks is the question's last: a modal in a clause before it is the story told, "买家问能不能发到巴林";
    // a full stop inside a name, "Alibaba.com", parts nothing)
    const asking = clausesOf(input.question, MODAL_CLAUSE_BREAK).pop();
    if (asking && this.effectObjectUnheld(input, asking, lines)) return true;
    if (this.effectUnlinked(input, lines)) return true;
    if (!asking || !YESNO_MODAL.test(asking)) return false;
    const after = asking.split(YESNO_MODAL).pop()!.replace(/[吗呢吧么]+\s*$/, '');
    // "会被判成引导站外吗", "会算违规吗": whether the act counts as something is a judgement of the act the question
    // describes, answered by the lines about that act, not by a line naming the judgement
    if (JUDGED_AS.test(after)) return false;
    // (its words in the briefing's terms, or of two characters or more)
    const units = input.unitsOf(after).filter((u) => (u.kind === 'concept' || u.kind === 'han') && u.soft === undefined && u.tokens.every((t) => t.length >= 2));
    if (units.length < MODAL_WORDS) return false;
    return this.noneHolds(lines, units);
  }

  /**
   * The line is a step of a penalty ladder (rules/ask/arithmetic.yaml), a ladder holding it says it does not count the
   * violation asked (its `notFor` matches the question) and no ladder holding it is for the question (`notFor` unmatched
   * and `onlyFor`, if any, matched): the points it states count another rule's offences ("虚假价格被判违规，扣几分" is not on the off-platform ladder).
   */
  otherLaddersStep(question: string, p: Passage): boolean {
    const q = question.normalize('NFKC');
    const holding = this.analyzer.rules.arithmetic.ladders.filter((l) => l.steps.some((s) => s.quote === p.zh));
    // (some ladder holding it must say it does not count the asked violation: an onlyFor that misses a phrasing is no such word)
    if (!holding.some((l) => l.notFor?.test(q))) return false;
    const forQuestion = (l: (typeof holding)[number]) => !l.notFor?.test(q) && !(l.onlyFor && !l.onlyFor.test(q));
    return !holding.some(forQuestion);
  }

  /**
   * A yes/no asks whether one thing acts on another ("被警告一次会影响星等级吗", "绿色工厂 tag 会给 search ranking 加权吗", "does
   * the warning hurt our renewal?"; polarity.yaml `effect`): the words before the verb of effect name what acts, the
   * words after it what is acted on, and no line picked (with the lines introducing it) holds a word of both. The lines
   * are about one side (the star-level change, the penalty table's "首次 | 警告") and say nothing of the link, so a yes or
   * no read off them would be a guess. (A passive, "会不会受影响", names what is acted on first: not read here. A side
   * naming nothing, "会影响我们吗", leaves it to the other checks.)
   */
  private effectUnlinked(input: ComposeInput, lines: Passage[]): boolean {
    const effect = this.analyzer.rules.polarity.effect;
    if (!effect || !lines.length) return false;
    const q = input.question.normalize('NFKC');
    const m = effect.verb.exec(q);
    if (!m || effect.passive.test(q)) return false;
    const named = (text: string) => input.unitsOf(text).filter((u) => u.kind !== 'num' && u.soft === undefined && (u.kind !== 'han' || u.tokens.every((t) => t.length >= 2)));
    // (and the asker's figure, "扣3分", parts a term the briefing writes whole, 扣分: it is read without the figure)
    const worded = (text: string) => named(text.replace(/(?<=\p{Script=Han})了?\s*\d+(\.\d+)?\s*(?=\p{Script=Han})/gu, ''));
    // (what acts may be told in a clause before the asking one, "做了虚假价格，会影响…": all the question before the verb;
    // what is acted on follows the verb, or sits between a marker and it, "X会给Y加权", "X对Y有影响")
    const before = q.slice(0, m.index);
    const marker = effect.object.exec(clausesOf(before, MODAL_CLAUSE_BREAK).pop() ?? '');
    const at = marker ? before.lastIndexOf(marker[0]) : -1;
    const cause = worded(at >= 0 ? before.slice(0, at) : before);
    // (a word of it the briefing holds nowhere, "elsewhere", "the rest", is no thing a line could name: other checks judge it)
    const object = named(at >= 0 ? before.slice(at + marker![0].length) : clausesOf(q.slice(m.index + m[0].length), MODAL_CLAUSE_BREAK)[0] ?? '').filter((u) => !this.index.nowhere(u));
    if (!cause.length || !object.length) return false;
    const holdsAny = (p: Passage, us: Unit[]) => us.some((u) => this.index.coverage([u], p, this.contextOf(p)) > 0);
    return !lines.some((p) => holdsAny(p, cause) && holdsAny(p, object));
  }

  /**
   * An English yes/no asks whether the act it describes reaches a thing ("does sharing to LinkedIn count toward my star
   * level?", "will it affect our Pay balance?"): the words after the verb of effect name that thing, and when no line
   * picked (with the lines introducing it) holds any of them, a yes or no would be about the act only.
   */
  private effectObjectUnheld(input: ComposeInput, asking: string, lines: Passage[]): boolean {
    const m = asking.match(EFFECT_VERB);
    if (!m) return false;
    const after = asking.slice((m.index ?? 0) + m[0].length);
    // (the briefing's terms or names: a generic English word, "things", "anything", names nothing to look for)
    const units = input.unitsOf(after).filter((u) => u.kind !== 'num' && u.kind !== 'han' && u.soft === undefined);
    if (!units.length) return false;
    return this.noneHolds(lines, units);
  }

  /**
   * The thing a yes/no of fact asks of its subject, when the line its stance would be read from (with every line
   * introducing it in its block, from the heading it sits under) does not hold it: "do we get a certificate after
   * finishing the Gold course series?" against the line announcing the course, "will having the green factory tag boost
   * our search ranking?" against the tag line, "will the buyer be told when we get a warning?" against the penalty
   * table's first step. The line is about the question's topic, not about what it asks of it, so a yes or no read off
   * it would be a guess. The thing asked is the last of the briefing's terms (glossary concepts, the frame's words
   * aside) in the asking clause, before a clause that places or conditions it (polarity.yaml `askedThing`), as the
   * predicate's object ends a Chinese predicate (unstatedInPredicate); a term before it names the subject, which the
   * line may state in its own words. Not a class item (the membership and open-list checks judge "Skype", "LinkedIn"),
   * nor a side of an offered choice (the choice checks judge it). Empty when the line holds it.
   */
  unheldAskedConcepts(input: ComposeInput, qa: QuestionAnalysis, line: Passage): Unit[] {
    const yn = this.analyzer.type('yesno');
    const asking = yn ? clausesOf(input.question, SENTENCE_BREAK).find((c) => yn.ask.test(c)) : undefined;
    if (!asking) return [];
    const content = (u: Unit) => u.kind !== 'num' && u.soft === undefined;
    // ("will the buyer be told when we get a warning": the clause after "when" places the thing asked; a condition
    // opening the clause, "after we finish the course do we get a certificate", is not cut: the object still ends it)
    let main = normalize(asking);
    const cut = this.analyzer.rules.polarity.askedThing?.clauseEnd.exec(main);
    if (cut && cut.index > 0 && input.unitsOf(main.slice(0, cut.index)).some(content)) main = main.slice(0, cut.index);
    // the thing asked is the content word that ends the clause; only a term of the briefing is looked for in the line
    // ("does converting currency through Pay still let me claim export tax rebates": the rebate, no glossary term, is
    // judged by the other checks, not "Pay" before it)
    const { ids, spans } = this.index.matcher.match(main);
    const endOf = (u: Unit): number => {
      if (u.kind === 'concept') return Math.max(-1, ...ids.map((id, i) => ('@' + id === u.tokens[0] ? spans[i]![1] : -1)));
      if (u.kind === 'han') {
        const piece = u.tokens[0]! + u.tokens.slice(1).map((t) => t.slice(1)).join('');
        const at = main.lastIndexOf(piece);
        return at < 0 ? -1 : at + piece.length;
      }
      return Math.max(-1, ...[...main.matchAll(/[a-z][a-z'-]*/g)].filter((m) => stem(m[0]) === u.tokens[0]).map((m) => m.index! + m[0].length));
    };
    const ranked = input.unitsOf(main).filter(content).map((u) => ({ u, end: endOf(u) })).sort((a, b) => b.end - a.end);
    const asked = ranked[0]?.u.kind === 'concept' && !this.index.matcher.kinds.has(ranked[0].u.tokens[0]!.slice(1)) ? ranked[0].u : undefined;
    if (!asked) return [];
    if (qa.items.some((i) => (asked.surface ?? []).some((w) => i.re.test(w)))) return [];
    const rules = this.analyzer.rules.alternatives;
    const sides = rules ? offeredAlternatives(input.question, rules) : null;
    if (sides && sides.some((s) => input.unitsOf(s).some((v) => v.tokens[0] === asked.tokens[0]))) return [];
    const context = [...this.introducingRun(line), ...this.contextOf(line)];
    return this.index.coverage([asked], line, context) > 0 ? [] : [asked];
  }

  /**
   * The first kind of detail the question asks for (a figure or threshold, criteria, a name: rules/ask/details.yaml)
   * that no line picked to answer it states, read with the lines introducing it: the lines cover the topic, not what is
   * asked of it, so the answer is that the briefing does not say. With the kind, the picked line holding most of the
   * question, to quote as context. Null when it asks for none, or a line states one.
   */
  unstatedDetail(question: string, units: Unit[], lines: Passage[], kinds: readonly DetailKind[], summariesFor: (k: DetailKind, about?: ReadonlySet<string>) => readonly string[] = () => [], lead = ''): { kind: DetailKind; line: Passage } | null {
    if (!lines.length) return null;
    const q = question.normalize('NFKC');
    const around = (p: Passage) => [p, ...this.contextOf(p)];
    // the question's own names and terms (not generic wording, not figures): a line stating the detail must hold one, in
    // its own words or in a line introducing it, to be about the question's topic ("（1）待整改产品：指…" defines another
    // thing than the pet-food standard's scoring rules)
    const named = units.filter((u) => u.kind !== 'num' && u.soft === undefined);
    const about = (p: Passage) => !named.length || around(p).some((l) => named.some((u) => this.index.ownHolds(u, l)));
    const shows = (k: DetailKind, text: string) => k.evidence.test(text) || !!k.evidenceCased?.test(text);
    // (a word of the question that is itself a detail of the kind, "比如扣分", names what is asked, not the topic: a line
    // holding only it is another rule's measure, "再次 | 扣3分/次", not the asked act's)
    const topical = (k: DetailKind) => named.filter((u) => ![...(u.surface ?? []), u.tokens.join('')].some((w) => shows(k, w)));
    const aboutFor = (k: DetailKind, p: Passage) => {
      const own = topical(k);
      return own.length ? around(p).some((l) => own.some((u) => this.index.ownHolds(u, l))) : about(p);
    };
    const states = (k: DetailKind, p: Passage) => aboutFor(k, p) && around(p).some((l) => shows(k, l.zh) || shows(k, l.en) || (k.regions && l.regions.length > 0));
    for (const k of kinds) {
      // (a yes/no asking whether such a detail follows goes through the same test: "会被罚吗" against lines stating no
      // measure is not stated, not "会。")
      if (!(k.cue.test(q) || k.yesno?.test(q)) || k.except?.test(q)) continue;
      const looked = k.section ? [...new Set([...lines, ...lines.flatMap((p) => this.passagesOf(p.section))])] : lines;
      if (looked.some((p) => states(k, p))) continue;
      // ...and for such a kind, the summary of a section picked to answer, shown with the answer, is the section speaking
      // as a whole ("首次警告；再次扣3分/次" under the off-platform contact rule, whose penalty rows name no contact detail),
      // as is the summary of the section of the same topic that answers this kind (`topicIntents`: its penalty section)
      // (only the summaries of the topics whose picked lines are about the question: another rule's penalty section,
      // ranked in by the measure word alone, "扣分", speaks for its own rule)
      const aboutSections = topical(k).length ? new Set(lines.filter((p) => aboutFor(k, p)).map((p) => p.section)) : undefined;
      if (k.section && summariesFor(k, aboutSections).some((s) => shows(k, s))) continue;
      // ...and the answer's own lead, worked out from the lines ("105万元（700 × 1,500元）" for what the places are worth),
      // states it when it shows one
      if (lead && shows(k, lead)) continue;
      // (the line quoted as context is the picked line holding most of the question)
      const cov = (p: Passage) => this.index.coverage(units, p, this.contextOf(p));
      const line = lines.reduce((best, p) => (cov(p) > cov(best) ? p : best), lines[0]!);
      return { kind: k, line };
    }
    return null;
  }

  /** The lines before a line in its block, back to the heading it sits under (the heading included). */
  private introducingRun(p: Passage): Passage[] {
    const group = this.byGroup.get(p.group) ?? [];
    const at = group.indexOf(p);
    if (at <= 0) return [];
    let from = at - 1;
    while (from > 0 && group[from]!.kind !== 'heading') from--;
    return group.slice(from, at);
  }

  /** Whether no line (read with the lines introducing it) holds any of the units. */
  private noneHolds(lines: Passage[], units: Unit[]): boolean {
    return lines.every((p) => units.every((u) => this.index.coverage([u], p, this.contextOf(p)) === 0));
  }

  /**
   * A yes/no asks whether something further follows ("does the 90-day closure also drop our star level?", "封店的话Pay余额也会
   * 被冻结吗"): the words after "also"/"也" that the subject before it does not name are what is asked, and when no line
   * picked to answer it (with the lines introducing it) holds any of them, a yes or no would be about the subject only.
   */
  alsoPredicateUnheld(input: ComposeInput, lines: Passage[]): boolean {
    const clauses = clausesOf(input.question, MODAL_CLAUSE_BREAK);
    const at = clauses.map((c) => ALSO.test(c)).lastIndexOf(true);
    const asking = clauses[at];
    const m = asking?.match(ALSO);
    if (!asking || !m) return false;
    const after = asking.slice((m.index ?? 0) + m[0].length).replace(/[吗呢吧么]+\s*$/, '');
    // ("or is that also banned": the alternatives are judged by their own checks)
    if (ALSO_ALTERNATIVE.test(after)) return false;
    const key = (u: Unit) => u.tokens.join('+').toLowerCase();
    // (a Chinese question told in clauses puts the subject in the clause before and the thing that follows before 也:
    // "信保资格被关90天，星等级也会跟着降吗" asks of 星等级)
    const zhTold = m[0] === '也' && at > 0;
    const subject = new Set(input.unitsOf(zhTold ? clauses.slice(0, at).join('，') : asking.slice(0, m.index)).map(key));
    // (its words in the briefing's terms, names, or Chinese words of two characters or more)
    const units = input.unitsOf(zhTold ? asking.replace(/[吗呢吧么]+\s*$/, '') : after).filter((u) => u.kind !== 'num' && u.soft === undefined && !subject.has(key(u)) && (u.kind !== 'han' || u.tokens.every((t) => t.length >= 2)));
    if (units.length < ALSO_WORDS) return false;
    return this.noneHolds(lines, units);
  }

  /**
   * The line dates its figure to the briefing's own edition ("本次涉及共81个商家", "this round covers..."), and neither it
   * nor the lines introducing it name the period the question asks about ("the second list", "下一期"): its figure is
   * the current edition's, not the asked one's.
   */
  currentEditionOnly(period: string, p: Passage): boolean {
    const lines = [p, ...this.contextOf(p)];
    const want = periodPattern(period);
    if (lines.some((l) => want.test(digitsOf(l.zh)) || want.test(l.en))) return false;
    return CURRENT_EDITION.test(p.zh) || CURRENT_EDITION.test(p.en);
  }

  /**
   * Some line names the period, and its own text is about the thing the question asks of that period: "下个月的
   * 发布会" is not answered by "5月下旬将公示第二批…名单", which names a next batch of a list, not a next briefing.
   */
  mentionsPeriod(period: string, lines: Passage[], input: ComposeInput, parts: string[]): boolean {
    const want = periodPattern(period);
    // the thing of that period: what the period itself names ("5月的…发布会", "May list"), else the words right after it
    // ("下个月的发布会"), in the part of the question that names it
    const named = (text: string) => input.unitsOf(text).filter((u) => u.kind !== 'num' && u.soft === undefined);
    const part = (parts.find((x) => x.includes(period)) ?? input.question).normalize('NFKC');
    const at = part.indexOf(period);
    // (only a noun the period qualifies, "下个月的发布会", "next month's session": in "第三期一共几轮PK" what follows is the
    // property asked of the edition, which any line of its topic may state; the noun ends where the asking begins)
    const clause = at < 0 ? '' : (part.slice(at + period.length).split(/[，,。？?！!；;:：]|\.(?:\s|$)/)[0] ?? '');
    const qualified = clause.match(/^\s*(?:的|'s|’s|的?[那这](?:场|次|期|个|届|批))\s*(.*)$/)?.[1] ?? '';
    const after = qualified.split(PERIOD_NOUN_END)[0]!.slice(0, PERIOD_NOUN_CHARS);
    const own = named(period.replace(PERIOD_WORDS, ' '));
    let thing = own.length ? own : named(after);
    // (a year qualifies no noun, "2023年星等级还会调整吗": the thing of that year is what the rest of its part names, in the
    // question's own terms; "2023年起…碳关税" names the year for the EU tariff, not for the star level)
    // (not the words pointing at the source, "according to the green factory talk": they name where, not what; nor a word
    // no line holds, "EU" beside 欧盟: no line can be told about it or not by it)
    if (!thing.length && /^\s*(19|20)\d\d\s*$/.test(period)) {
      thing = named(withoutSourceReferences(part.replace(period, ' '), this.analyzer.rules.sourceReference)).filter((u) => (u.soft ?? 1) >= 1 && this.index.holders(u).length > 0);
    }
    return lines.some((p) => {
      if (!want.test(digitsOf(p.zh)) && !want.test(p.en)) return false;
      if (!thing.length) return true;
      // (in the line's own words: an agenda line "第二期挑战赛启动" does not hold "发布会" by its section's title or heading)
      return thing.filter((u) => this.index.ownHolds(u, p)).length >= PERIOD_EVENT * thing.length;
    });
  }
}
