import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang, Reply } from '../core/types.js';
import { detectLang, foldTraditional } from '../core/lang.js';
import type { LlmClient } from '../llm/client.js';
import { loadKnowledge, type Section } from './knowledge.js';
import { Retriever, type Hit } from './retriever.js';
import { ConceptMatcher, analyzeQuery, type Unit } from './text.js';
import { inspectQuestion } from './guard.js';
import { RULE_CHANNEL, bestQuote, comparedHits, confidence, declinedAnswer, extractiveAnswer, isConfident, namesUncoveredOutside, sectionTitle, cleanQuote, type Answer, type Citation } from './answer.js';
import { ModelSchema, SectionClassifier, decide, type ModelJson } from './learned.js';
import { phraseWithLlm } from './llm.js';
import { loadDetailKinds, unsupportedAskKinds, type AskKind, type DetailKind } from './asks.js';
import { answerToReply as renderReply } from './reply.js';
import { loadPassages, type Passage } from './passages.js';
import { CLOSED_LIST_ITEMS, loadAskRules, proposedSlots, QuestionAnalyzer, statesSlotValue, withoutSourceReferences, type ClassItem, type QuestionAnalysis } from './question.js';
import { Composer, NOT_IN_LIST, PassageIndex, type Composition } from './compose.js';
import { loadForeignPlaceRules, unstatedPlace } from './places.js';
import { loadColloquial } from './colloquial.js';
import { LineMemory, loadLineMemory, type LineMemoryJson, type Neighbour } from './line-memory.js';
import { loadUnstatedValues, unstatedValue } from './unstated-value.js';

export type { Answer, Citation };

export interface AskContext {
  previousSectionIds?: string[];
  lang?: Lang;
}

export interface PolicyFaq {
  ask(question: string, ctx?: AskContext): Promise<Answer>;
  askLocal(question: string, ctx?: AskContext): Answer;
  source(sectionId: string, lang: Lang): string | null;
  sections(): { id: string; title: string; titleEn: string }[];
  /**
   * Whether a phrase is the briefing's own words (a line, a heading or a topic title holds it, in Chinese or in its
   * English rendering): a question that quotes such a phrase quotes the policy, not a draft.
   */
  quotesBriefing(phrase: string): boolean;
}

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SUGGESTION_COUNT = 3;
const LLM_CONTEXT_SECTIONS = 3;
// Shown when nothing at all matched, so a declined merchant still sees where Haili can help.
const DEFAULT_SUGGESTIONS = ['false-info.penalty', 'offplatform.penalty', 'pay.withdraw-corporate'];

export const DEFAULT_MODEL_PATH = join(REPO_ROOT, 'src', 'faq', 'model.json');
export const DEFAULT_LINE_MEMORY_PATH = join(REPO_ROOT, 'src', 'faq', 'line-memory.json');
// a declined question is answered from the lines of a seen question this similar (fitted on a split)
const MEMORY_RESCUE_SIM = 0.7;
// how far down the section ranking a topic listing regions or categories may sit to answer a place or category
const SLOT_SECTIONS = 3;
const ABOUT_CATEGORIES = /标准|类目|行业|standard|categor|industr/i;
// a line of the answered topic that states the detail asked is preferred by this much over another topic's
const LEAD_TOPIC = 1.5;
// a line that speaks of merchants' star levels at all (belowStatedLevel)
const STAR_LEVEL = /\d\s*星|星级|星等级|\bstar\b|\bstars\b|\d[- ]star/i;
const FIGURE_ASKS = new Set(['when', 'day', 'clock', 'howlong', 'quantity', 'percent', 'points']);

/** The trained section classifier and answer gate; null (no model file) means BM25 and its fitted threshold alone. */
export function loadModel(path = DEFAULT_MODEL_PATH): ModelJson | null {
  if (!existsSync(path)) return null;
  const parsed = ModelSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

export function createPolicyFaq(
  opts: {
    rulesDir?: string;
    llm?: LlmClient | null;
    embeddings?: unknown;
    /** null turns the learned part off */
    model?: ModelJson | null;
    /** the learned line memory; a path, the parsed file, or null for none */
    lineMemory?: string | LineMemoryJson | null;
  } = {},
): PolicyFaq {
  const rulesDir = opts.rulesDir ?? join(REPO_ROOT, 'rules');
  const knowledge = loadKnowledge(rulesDir);
  const matcher = new ConceptMatcher(knowledge.glossary);
  const retriever = new Retriever(knowledge.sections, matcher);
  const byId = new Map(knowledge.sections.map((s) => [s.id, s]));
  const llm = opts.llm ?? null;
  // The learned model (1.6 MB of JSON, ~30 MB once parsed) loads with the first question, not at
  // start-up: an idle Haili does not need it. A broken model file still fails loudly, on that question.
  let learned: { classifier: SectionClassifier | null } | undefined;
  const learnedClassifier = (): SectionClassifier | null => {
    if (!learned) {
      const model = opts.model === undefined ? loadModel() : opts.model;
      learned = { classifier: model ? new SectionClassifier(model, matcher) : null };
    }
    return learned.classifier;
  };
  const systemPrompt = llm ? readFileSync(join(REPO_ROOT, 'prompts', 'answer-system.md'), 'utf8') : '';
  const passages = loadPassages(rulesDir, new Set(byId.keys()));
  const askRules = loadAskRules(rulesDir);
  const colloquial = loadColloquial(rulesDir);
  const detailKinds = loadDetailKinds(rulesDir);
  const unstatedValues = loadUnstatedValues(rulesDir);
  const foreignPlaces = loadForeignPlaceRules(join(rulesDir, 'ask', 'countries.yaml'));
  // without line-level knowledge (an operator's minimal rules folder) answers are the sections' summaries
  const passageIndex = passages.length ? new PassageIndex(passages, matcher, byId) : null;
  const composer = passageIndex && askRules ? new Composer(passageIndex, new QuestionAnalyzer(askRules), byId) : null;
  // loads with the first question, like the classifier
  let memory: { m: LineMemory | null } | undefined;
  const lineMemory = (): LineMemory | null => {
    if (!memory) {
      const src = opts.lineMemory === undefined ? DEFAULT_LINE_MEMORY_PATH : opts.lineMemory;
      const json = typeof src === 'string' ? loadLineMemory(src) : src;
      memory = { m: json && passages.length ? new LineMemory(json, passages, matcher) : null };
    }
    return memory.m;
  };

  /** The briefing line of these sections that best matches the question (what the briefing does say nearby). */
  function nearestLine(units: Unit[], sectionIds: Set<string>): Passage | undefined {
    return passageIndex?.rank(units, (p) => (sectionIds.has(p.section) ? (p.kind === 'heading' ? 0.5 : 1) : 0)).find((r) => r.score > 0)?.passage;
  }

  /**
   * A currency, platform or account kind the question names that the answering topic's list leaves out ("日元提现
   * 手续费多少" where 支持币种 is 美元、人民币): the briefing states nothing for it. A yes/no question is answered "no"
   * by the composer instead.
   */
  function unlistedItems(qa: QuestionAnalysis, answered: Section[]): { zh: string; en: string; line: Passage } | null {
    // (a "which is NOT" question names an option from outside the list on purpose)
    if (!composer || !askRules || qa.types.includes('yesno') || !qa.items.length || NOT_IN_LIST.test(qa.parts.join(' '))) return null;
    const lines = answered.flatMap((s) => composer.passagesOf(s.id));
    const names = (i: ClassItem, p: Passage) => i.re.test(p.zh) || i.re.test(p.en);
    // (a class the briefing lists only by example, "WhatsApp/Skype…等", leaves no item out)
    for (const cls of new Set(qa.items.filter((i) => !i.open).map((i) => i.cls))) {
      const classItems = askRules.polarity.items.filter((i) => i.cls === cls);
      const list = lines.find((p) => classItems.filter((i) => names(i, p)).length >= 2);
      if (!list) continue;
      const missing = qa.items.filter((i) => i.cls === cls && !lines.some((p) => names(i, p)));
      if (!missing.length) continue;
      const zh = missing.map((i) => i.zh ?? i.id).join('、');
      const en = missing.map((i) => i.id).join(', ');
      return { zh: `${zh}的情况（所列的不包括${zh}）`, en: `anything for ${en} (the list it gives does not include ${en})`, line: list };
    }
    return null;
  }

  /**
   * "玩具有没有对应的绿色工厂标准" where the standards table lists pilot categories without toys: the briefing states no
   * standard for a category it never names, so it declines naming the categories it does list (a yes/no "no" would
   * claim more: the table lists standards being built, not every one there will be).
   */
  function unlistedCategory(question: string, qa: QuestionAnalysis, units: Unit[]): { zh: string; en: string; line: Passage | undefined } | null {
    if (!qa.unlistedCategories.length || qa.categories.length || !ABOUT_CATEGORIES.test(question)) return null;
    const rows = passages.filter((p) => p.categories.length);
    if (!rows.length) return null;
    // a name some line of the briefing holds is stated there, whatever the table says
    const named = qa.unlistedCategories.filter((c) => !passages.some((p) => p.zh.includes(c)));
    if (named.length < qa.unlistedCategories.length || !named.length) return null;
    const zh = named.join('、');
    const en = named.map((c) => askRules?.unlistedCategories.find((u) => u.zh === c)?.names.find((n) => /^[\x00-\x7f]+$/.test(n)) ?? c).join(', ');
    const listed = [...new Set(rows.flatMap((p) => p.categories))];
    return {
      zh: `${zh}的标准（所列标准的试用行业是${listed.join('、')}，不包括${zh}）`,
      en: `a standard for ${en} (the pilot categories its standards list are ${listed.join(', ')}; ${en} is not among them)`,
      line: nearestLine(units, new Set(rows.map((p) => p.section))),
    };
  }

  /**
   * "When do 0-star merchants get it?" against "1星及以上商家开始灰度": the briefing states it only from a level up, so
   * for a level below it states nothing (a yes/no question is answered "no" by the composer instead).
   */
  function belowStatedLevel(question: string, qa: QuestionAnalysis, lines: Passage[]): { zh: string; en: string; line: Passage } | null {
    const asked = question.normalize('NFKC').match(/(?<!\d)(\d)\s*星|\b(\d)[- ]stars?\b/i);
    if (!asked) return null;
    const level = Number(asked[1] ?? asked[2]);
    // ("…when? is there a date?" asks the date; the yes/no is a tag on it)
    if (qa.types.includes('yesno') && !qa.types.some((t) => FIGURE_ASKS.has(t))) {
      // a yes/no conditioned on the merchant's star level ("0星商家可以参加吗") is answered by a line that states a level
      // (a level floor answers it "no" in the composer); lines of a topic that speak of no star level at all give no
      // answer for any level, so "可以" would be the nearest rule's guess
      // (an agenda or heading line lists every talk, the star-level one too: it states nothing of the topic asked)
      if (lines.some((p) => p.kind !== 'heading' && p.kind !== 'agenda' && (STAR_LEVEL.test(p.zh) || STAR_LEVEL.test(p.en)))) return null;
      return { zh: `${level}星商家的情况`, en: `anything for ${level}-star merchants`, line: lines[0]! };
    }
    // a line that speaks of that very level ("0星显示") is an answer about it
    if (lines.some((p) => new RegExp(`(?<!\\d)${level}\\s*星(?!及以上)`).test(p.zh))) return null;
    for (const line of lines) {
      const from = line.zh.match(/(\d)\s*星及以上/);
      if (from && level < Number(from[1])) {
        return { zh: `${level}星商家的情况（只讲了${from[1]}星及以上）`, en: `anything for ${level}-star merchants (only for ${from[1]} star${from[1] === '1' ? '' : 's'} and above)`, line };
      }
    }
    return null;
  }

  /**
   * A yes/no whose answer a line of a section ranked near the top states outright, though the wording keeps the
   * section ranking unsure: an item of an enumerable class (a currency, a social platform) that the section lists
   * others of in one line, leaving the asked one out ("will NZD land in our global account?": eight currencies, no
   * NZD), or one value of a slot (polarity.yaml `slots`) that a line of the section states a value of ("Pay的资金结算是
   * 阿里自己做的吧" against "由合作的银行…提供"). The section is taken only when the composer leads with a verdict from it.
   */
  function decidingSection(question: string, qa: QuestionAnalysis | undefined, units: Unit[], hits: Hit[], membershipOnly = false): Section | null {
    if (!composer || !askRules || !qa || !qa.types.includes('yesno')) return null;
    const q = question.normalize('NFKC');
    const classes = new Set(qa.items.filter((i) => !i.open).map((i) => i.cls));
    const slots = proposedSlots(askRules.polarity, question);
    if (!classes.size && !slots.length) return null;
    const names = (i: ClassItem, p: Passage) => i.re.test(p.zh) || i.re.test(p.en);
    const lists = (p: Passage) => [...classes].some((cls) => askRules.polarity.items.filter((i) => i.cls === cls && names(i, p)).length >= CLOSED_LIST_ITEMS);
    const statesSlot = (p: Passage) => statesSlotValue(slots, p);
    for (const h of hits.slice(0, SLOT_SECTIONS)) {
      const lines = composer.passagesOf(h.section.id);
      // (only an item the list leaves out: a listed one, "USD…有没有利息", may be asked something the section never states)
      const leftOut = lines.some(lists) && qa.items.some((i) => !i.open && !lines.some((p) => names(i, p)));
      if (!leftOut && !lines.some(statesSlot)) continue;
      const comp = composer.compose({ question, lang: 'en', units, answered: [h.section], ranked: [], unitsOf }, qa);
      // (a membership verdict, or the stated value of what the question proposes: "will they open a new account for us")
      // (for a thing out of scope, only a membership verdict: another stance read off the list's line would be a guess)
      if (!comp.notStated && (comp.special || (comp.lead && !membershipOnly))) return h.section;
    }
    return null;
  }

  /** The best-ranked of the first few sections whose topic holds a regions list (for a place) or category rows. */
  function slotSection(hits: Hit[], place: boolean, category: boolean): Section | null {
    if (!composer || (!place && !category)) return null;
    const holds = (p: Passage) => (place && p.regions.length > 0) || (category && p.categories.length > 0);
    for (const h of hits.slice(0, SLOT_SECTIONS)) {
      const topic = knowledge.sections.filter((s) => s.topic === h.section.topic);
      if (topic.some((s) => composer.passagesOf(s.id).some(holds))) return h.section;
    }
    return null;
  }

  function suggestionsFrom(hits: Hit[]): Section[] {
    const picked = hits.slice(0, SUGGESTION_COUNT).map((h) => h.section);
    if (picked.length) return picked;
    return DEFAULT_SUGGESTIONS.map((id) => byId.get(id)).filter((s): s is Section => !!s);
  }

  interface Local {
    answer: Answer;
    hits: Hit[];
    units: Unit[];
    lang: Lang;
    /** the briefing lines the answer was composed from (what the LLM may phrase) */
    lines?: Passage[];
  }

  const unitsOf = (text: string) => retriever.prepare(analyzeQuery(text, matcher, (tok) => retriever.knows(tok)));

  /** Replaces a section summary by an answer composed from the lines that answer the ask (or a "not stated"). */
  function compose(question: string, lang: Lang, units: Unit[], base: Answer, hits: Hit[], near: Neighbour[] = []): { answer: Answer; lines?: Passage[] } {
    if (!composer) return { answer: base };
    const answered = base.sources.map((id) => byId.get(id)).filter((s): s is Section => !!s);
    // a section an operator added without line-level knowledge answers with its own summary
    if (!answered.some((s) => composer.passagesOf(s.id).length)) return { answer: base };
    const ranked = hits.map((h) => h.section).filter((s) => !base.sources.includes(s.id));
    const qa = composer.analyze(question);
    const unlisted = unlistedItems(qa, answered) ?? unlistedCategory(question, qa, units);
    if (unlisted) return { answer: notStated(lang, unlisted.zh, unlisted.en, unlisted.line, suggestionsFrom(hits), 'item') };
    const votes = lineMemory()?.votes(near);
    const comp = composer.compose({ question, lang, units, answered, ranked, unitsOf, votes }, qa);
    if (comp.notStated) return { answer: notStatedAnswer(lang, comp, suggestionsFrom(hits)) };
    // the lead's figure is not a value of the asked type for the asked subject (the line about it says "一定量", the
    // figure is a date, the lead says the briefing does not mention it): say the briefing does not state it
    const value = unstatedValue(unstatedValues, {
      question,
      types: qa.types,
      lead: comp.lead,
      passages: comp.passages,
      special: !!comp.special,
      coverage: (p) => passageIndex!.coverage(units, p),
      detailKinds,
      summaries: answered.map((s) => (lang === 'zh' ? s.answer : s.answerEn)),
    });
    if (value) return { answer: notStated(lang, value.zh, value.en, value.line, suggestionsFrom(hits), `value:${value.id}`) };
    // the lines cover the topic but state no detail of the kind asked (a figure, criteria, a name): say so, quoting the nearest
    // (the summaries of the sections answering, quoted with the answer, count for the kinds a whole section may state, and
    // so do those of their topic's sections whose intents are that kind: the off-platform topic's penalty section)
    const topics = new Set(answered.map((s) => s.topic));
    // (given the sections whose picked lines are about the question, only the sections of their topics speak)
    const summariesFor = (k: DetailKind, about?: ReadonlySet<string>) => {
      const kept = about ? new Set([...about].map((id) => byId.get(id)?.topic)) : null;
      return [...answered, ...knowledge.sections.filter((s) => topics.has(s.topic) && s.intents.some((i) => k.topicIntents.includes(i)))]
        .filter((s) => !kept || kept.has(s.topic))
        .flatMap((s) => [s.answer, s.answerEn]);
    };
    const detail = composer.unstatedDetail(question, units, comp.passages, detailKinds, summariesFor, comp.lead);
    if (detail) return { answer: notStated(lang, detail.kind.states.zh, detail.kind.states.en, detail.line, suggestionsFrom(hits), `detail:${detail.kind.id}`) };
    // a place abroad the question names as the merchant's or its account's ("a factory in Vietnam", "a UK local
    // account") that no quoted line speaks of: the briefing states nothing for it
    const place = foreignPlaces ? unstatedPlace(question, comp.passages, [...new Set(comp.passages.map((p) => p.section))].flatMap((id) => composer.passagesOf(id)), foreignPlaces) : null;
    if (place) return { answer: notStated(lang, `${place.zh}的情况`, `anything for ${place.named}`, comp.passages[0], suggestionsFrom(hits), 'place') };
    const below = belowStatedLevel(question, qa, [...comp.passages, ...answered.flatMap((s) => composer.passagesOf(s.id))]);
    if (below) return { answer: notStated(lang, below.zh, below.en, below.line, suggestionsFrom(hits), 'level') };
    if (!comp.passages.length) return { answer: base };
    const led = comp.special ? [] : leadingDetailLines(question, units, comp.passages, answered);
    const passages = [...led, ...comp.passages.filter((p) => !led.includes(p))];
    return { answer: composedAnswer(lang, { ...comp, passages }, answered, byId), lines: passages };
  }

  /**
   * "What happens to a product once it's judged a false price?", "拉线下最严重会怎样": the question asks for a kind of
   * detail (details.yaml `cue`, or its softer `leads` wording) that the line picked first does not state, though a line
   * near the question does ("产品0分下架" beside the rule's definition). That line leads; a question with no such line
   * keeps its answer (only the strict cue declines, in unstatedDetail).
   */
  function leadingDetailLines(question: string, units: Unit[], picked: Passage[], answered: Section[]): Passage[] {
    if (!passageIndex || !composer || !picked.length) return [];
    const q = question.normalize('NFKC');
    const topics = new Set(answered.map((s) => s.topic));
    for (const kind of detailKinds) {
      if (!kind.leads || !(kind.leads.test(q) || kind.cue.test(q)) || kind.except?.test(q)) continue;
      const states = (p: Passage) => p.kind !== 'heading' && (kind.evidence.test(p.zh) || kind.evidence.test(p.en) || !!kind.evidenceCased?.test(p.en));
      const out: Passage[] = [];
      // (the answered topic's lines a little ahead: its own measures before another rule's)
      if (!states(picked[0]!)) {
        const ranked = passageIndex.rank(units, (p) => (states(p) ? (topics.has(byId.get(p.section)?.topic ?? '') ? LEAD_TOPIC : 1) : 0)).filter((r) => r.score > 0);
        const best = ranked.find((r) => topics.has(byId.get(r.passage.section)?.topic ?? '')) ?? ranked[0];
        if (best) out.push(best.passage);
      }
      // ...and the measure the topic's own penalty section states first (its table's first row, "产品0分下架"): the rule's
      // measure proper, which a note on repeat offences ranked above it does not replace
      const own = knowledge.sections.find((s) => topics.has(s.topic) && s.intents.some((i) => kind.topicIntents.includes(i)));
      const primary = own ? composer.passagesOf(own.id).find(states) : undefined;
      if (primary && !picked.includes(primary) && !out.includes(primary)) out.push(primary);
      return out;
    }
    return [];
  }

  // a section's briefing lines, for judging whether it states what an ask asks for
  const sectionLines = (s: Section): string[] => (composer ? composer.passagesOf(s.id).map((p) => p.zh) : []);

  function local(asked: string, ctx: AskContext = {}): Local {
    // a question typed in Traditional Chinese (實際收的運費) is read in the Simplified the briefing and the rules are written in
    // ...and a code-mixed question that spaces its Chinese word by word ("哪个 邮箱 address", "3星 商家 具体 有 什么 权益") is
    // read as Chinese is written, without those spaces: the asks, periods and titles are worded unspaced
    // ...and without emoji: "这个算违规么😅", "要我自己设计吗😂" end in a face, which hid the question's end (吗？, "right?") from
    // every ask and yes/no pattern; a pictograph states nothing the briefing could answer
    // ...and a clause-final 么 read as the 吗 it stands for ("算违规么", "还会影响排序么"): the ask patterns are written with 吗
    // ...and in the briefing's words where it types them in pinyin or dialect ("xinbao tixian", "俺家…咋办"), with its
    // asides about why it asks ("quiz 要用") left out (rules/ask/colloquial.yaml); before the spacing is judged, since a
    // pinyin word stands where a Chinese one would
    const plain = foldTraditional(withoutEmoji(asked));
    const question = joinSpacedHan(colloquial ? colloquial.read(plain) : plain).replace(FINAL_ME, '吗');
    const problem = inspectQuestion(question);
    const lang: Lang = problem === 'other_language' ? 'en' : (ctx.lang ?? detectLang(question || ''));
    if (problem) return { answer: declinedAnswer(lang, suggestionsFrom([]), problem), hits: [], units: [], lang };
    // "what did the briefing say about X" is about X: the pointer at the source does not take part in retrieval
    const content = withoutSourceReferences(question, askRules?.sourceReference ?? null);
    const units = retriever.prepare(analyzeQuery(content, matcher, (tok) => retriever.knows(tok)));
    const hits = retriever.search(units, { previousSectionIds: ctx.previousSectionIds });
    const top = hits[0];
    const classifier = learnedClassifier();
    const near = lineMemory()?.neighbours(question) ?? [];
    // `unsupported`: the asks the answering sections never speak to, when that is why the question is declined
    const decline = (unsupported?: { asks: AskKind[]; sections: Set<string> }): Local => {
      // the sections' ranking found nothing sure, but one briefing line may hold the whole question
      // (a "which is NOT" question names an option from outside the briefing on purpose)
      const foreignOk = !(top && top.foreign > 0) || NOT_IN_LIST.test(question.normalize('NFKC'));
      const qa = composer?.analyze(question);
      // (a closed list or a stated value decides it; a platform the briefing never covers stays out of scope)
      // (...unless a plain yes/no asks whether a closed list holds it: "能分享到Instagram吗" against the platforms SNS shares to,
      // LinkedIn and Facebook, is a no the list states; decidingSection answers only such a membership verdict)
      // (not whether it will be added later: the list states what is supported now, no plans)
      const later = !!askRules?.polarity.laterAsked?.test(question);
      const listAsked = !!qa && qa.types.length === 1 && qa.types[0] === 'yesno' && !later && qa.items.some((i) => !i.open);
      let rescued = foreignOk || listAsked ? decidingSection(question, qa, units, hits, !foreignOk) : null;
      // the merchant's own act of steering the buyer to an app, any app ("follow us on Instagram"): the rule decides it
      if (!rescued && composer && qa) rescued = composer.steeringSection(qa, question);
      if (!rescued && composer && foreignOk) rescued = composer.rescue(units, qa, question, lineMemory()?.votes(near), unitsOf);
      // a place or a product category decides the answer when a ranked topic lists the regions or categories it
      // must be looked up in ("南昌的金品能报吗", "建筑工程机械标准包含电气设备吗"): membership is stated, so answer it
      // (a category only when the question is about standards or categories: "a CE certificate for electronics" is not)
      if (!rescued && qa && foreignOk) rescued = slotSection(hits, qa.places.length > 0, (qa.categories.length > 0 || qa.standards.length > 0) && ABOUT_CATEGORIES.test(question));
      // or a seen question this close was answered by known lines
      const seen = near[0];
      if (!rescued && seen && seen.answerable && seen.sim >= MEMORY_RESCUE_SIM) rescued = byId.get(seen.lines[0]!.section) ?? null;
      const rescuedAsks = rescued ? unsupportedAskKinds(question, [rescued], undefined, sectionLines) : [];
      if (rescued && !rescuedAsks.length) {
        const base = extractiveAnswer(pseudoHit(rescued), lang, units, retriever, matcher);
        return { ...compose(question, lang, units, base, hits, near), hits, units, lang };
      }
      if (rescued && !unsupported) unsupported = { asks: rescuedAsks, sections: new Set([rescued.id]) };
      // nothing answered sure, but the question asks what the nearest topic never states: say that, not "no answer"
      const topAsks = !unsupported && top ? unsupportedAskKinds(question, [top.section], undefined, sectionLines) : [];
      if (topAsks.length) unsupported = { asks: topAsks, sections: new Set([top!.section.id]) };
      if (unsupported) return { answer: askNotStatedAnswer(lang, unsupported.asks, nearestLine(units, unsupported.sections), suggestionsFrom(hits)), hits, units, lang };
      return { answer: declinedAnswer(lang, suggestionsFrom(hits), 'unknown'), hits, units, lang };
    };
    // the topic matched, but the question may ask for something (appeal, today's rate, a fee) the section never states:
    // say so, and quote the line of the topic nearest the question
    const answerFrom = (picked: Hit[]) => {
      const asks = unsupportedAskKinds(question, picked.map((h) => h.section), undefined, sectionLines);
      if (asks.length) return decline({ asks, sections: new Set(picked.map((h) => h.section.id)) });
      const base = extractiveAnswer(picked, lang, units, retriever, matcher);
      return { ...compose(question, lang, units, base, hits, near), hits, units, lang };
    };
    // Sections an operator added after training are unknown to the classifier: BM25 and its threshold decide alone.
    if (!classifier || (top && !classifier.classIndex.has(top.section.id))) {
      return isConfident(top) ? answerFrom(comparedHits(hits, units, matcher)) : decline();
    }
    if (top && namesUncoveredOutside(top)) return decline();
    const probs = classifier.probs(content);
    const d = decide(hits, probs, classifier, confidence, { followUp: !!ctx.previousSectionIds?.length });
    if (d.sectionId === null) return decline();
    // a comparison ("对公 vs 法人") still cites both sides when the classifier picked either one of them
    const compared = comparedHits(hits, units, matcher);
    if (d.isBm25Top || (compared.length > 1 && compared.some((h) => h.section.id === d.sectionId))) return answerFrom(compared);
    return answerFrom([hits.find((h) => h.section.id === d.sectionId) ?? pseudoHit(byId.get(d.sectionId)!)]);
  }

  // the briefing's lines, headings and titles, squashed and joined, built with the first phrase asked about
  let briefingWords: string | undefined;

  return {
    askLocal(question, ctx) {
      return local(question, ctx).answer;
    },

    async ask(question, ctx) {
      const loc = local(question, ctx);
      // The model only rephrases what retrieval already found; it never rescues a decline.
      if (!llm || loc.answer.declined) return loc.answer;
      // the picked section(s) first (the classifier may have chosen BM25's second hit), then other confident hits
      const picked = loc.answer.sources.map((id) => byId.get(id)).filter((s): s is Section => !!s);
      const others = loc.hits.filter((h) => isConfident(h) && !loc.answer.sources.includes(h.section.id)).map((h) => h.section);
      const retrieved = [...picked, ...others].slice(0, LLM_CONTEXT_SECTIONS);
      const grounded = await phraseWithLlm(llm, systemPrompt, question, loc.lang, retrieved, loc.lines ?? []);
      if (!grounded.ok) return loc.answer;
      if (grounded.reply.declined) {
        return { ...declinedAnswer(loc.lang, suggestionsFrom(loc.hits), 'unknown'), stage: 'llm' };
      }
      // quote the selected line of a cited section when there is one: it holds the figure the reply states
      const citations: Citation[] = grounded.cited.map((s) => ({
        sectionId: s.id,
        title: sectionTitle(s, loc.lang),
        quote: loc.lines?.find((p) => p.section === s.id)?.zh ?? bestQuote(s, loc.units, retriever, matcher),
      }));
      return {
        answer: grounded.reply.answer,
        declined: false,
        sources: grounded.cited.map((s) => s.id),
        lang: loc.lang,
        citations,
        suggestions: [],
        stage: 'llm',
      };
    },

    source(sectionId, lang) {
      const s = byId.get(sectionId);
      if (!s) return null;
      const original = s.text.map(cleanQuote).join('\n');
      if (lang === 'zh') return `${s.title}\n\n${original}`;
      return `${s.titleEn}\n\n${s.textEn.trim()}\n\nOriginal (Chinese):\n${original}`;
    },

    sections() {
      return knowledge.sections.map((s) => ({ id: s.id, title: s.title, titleEn: s.titleEn }));
    },

    quotesBriefing(phrase) {
      const wanted = squashPhrase(phrase);
      // (a word or a single character is in every text; two Han characters or two words make a phrase)
      const han = wanted.match(/\p{Script=Han}/gu)?.length ?? 0;
      if (han < 2 && phrase.trim().split(/\s+/).length < 2) return false;
      briefingWords ??= [...passages.flatMap((p) => [p.zh, p.en]), ...knowledge.sections.flatMap((s) => [s.title, s.titleEn])].map(squashPhrase).join('\n');
      return briefingWords.includes(wanted);
    },
  };
}

// a question spaces its Chinese word by word when it has at least this many spaced pieces holding Chinese, and this share
// of them are words (at most WORD_HAN characters); a space between two long runs sets a remark apart ("…是几号到几号 要排档期")
const SPACED_WORDS = { pieces: 3, share: 0.75, wordHan: 4 };

/**
 * A code-mixed question written with a space after every word ("预警 email 是 从 哪个 邮箱 address", "3星 商家 具体 有 什么
 * 权益") is read as Chinese is written: without the spaces between two Chinese characters (Latin spacing stays). A space
 * that parts clauses of an otherwise unspaced question is left alone: it sets off a remark or a second ask.
 */
export function joinSpacedHan(text: string): string {
  const pieces = text.split(/[ \t\u3000]+/).map((w) => w.match(/\p{Script=Han}/gu)?.length ?? 0).filter((n) => n > 0);
  const words = pieces.filter((n) => n <= SPACED_WORDS.wordHan).length;
  if (pieces.length < SPACED_WORDS.pieces || words < SPACED_WORDS.share * pieces.length) return text;
  return text.replace(/(?<=\p{Script=Han})[ \t\u3000]+(?=\p{Script=Han})/gu, '');
}

// 么 ending a clause as its question particle; not the 么 of 什么, 怎么, 这么, 那么, 多么, 要么
const FINAL_ME = /(?<![什怎这那多要])么(?=\s*(?:[？?!！。，,；;]|$))/gu;

/** The text with its emoji (pictographs, with their modifiers and joiners) taken out and the spacing tidied. */
export function withoutEmoji(text: string): string {
  return text.replace(/[\p{Extended_Pictographic}\p{Emoji_Modifier}\u200D\uFE0F]+/gu, ' ').replace(/[ \t]{2,}/g, ' ').trim();
}

/** A phrase as compared with the briefing's words: NFKC, lower case, without spaces or quotation marks. */
const squashPhrase = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[\s"'“”‘’「」『』《》]+/g, '');

const NOT_STATED: Record<string, [string, string]> = {
  clock: ['具体几点或服务时段', 'a time of day or service hours for that'],
  when: ['具体日期', 'a date for that'],
  howlong: ['具体时长或期限', 'a duration or period for that'],
  frequency: ['多久一次、更新频率或每天每周的数量', 'how often that happens or how many per day or week'],
  institution: ['是哪家银行或机构', 'which bank or institution that is'],
  percent: ['具体比例', 'a percentage for that'],
  points: ['具体分数', 'a number of points for that'],
  price: ['这项的费用或价格', 'a fee or price for that'],
  scope: ['这条规则对不在它适用范围内的商家怎么处理（它只针对已签署并开通的商家）', 'what applies to merchants outside the rule\'s stated scope (it covers only those who signed up and opened it)'],
  pointer: ['它所链接的文档里写了什么（简报只给了链接或二维码）', 'what the linked document says (the briefing only points to it)'],
  agenda: ['议程里这一项具体讲了什么（简报只列了它的标题）', 'what that agenda item covered (the briefing lists only its title)'],
  day: ['具体是哪一天', 'an exact day for that'],
  quantity: ['具体数量', 'a number for that'],
  yesno: ['这一点', 'whether that is so'],
  choice: ['是哪一种（问题里给的两种说法它都没有提到）', 'which of the two it is (it names neither)'],
  period: ['那一期或那段时间的情况（它只讲到本期）', 'anything about that period or edition (it covers only the current one)'],
  future: ['以后的计划（它只讲了目前支持的）', 'any plans for later (it states only what is supported now)'],
};

/** Declines because no line holds an answer of the asked type, and offers what the briefing does say nearby. */
function notStatedAnswer(lang: Lang, comp: Composition, suggestions: Section[]): Answer {
  const [zh, en] = NOT_STATED[comp.notStated!] ?? ['这一点', 'that'];
  return notStated(lang, zh, en, comp.passages[0], suggestions, `type:${comp.notStated}`);
}

/** Declines an ask the answering topic never speaks to (an appeal, a refund, a live rate), in that ask's own terms. */
function askNotStatedAnswer(lang: Lang, asks: AskKind[], near: Passage | undefined, suggestions: Section[]): Answer {
  const named = asks.map((k) => k.states).filter((s): s is { zh: string; en: string } => !!s);
  const zh = named.length ? named.map((s) => s.zh).join('、') : '这一点';
  const en = named.length ? named.map((s) => s.en).join(', or ') : 'that';
  return notStated(lang, zh, en, near, suggestions, `ask:${asks.map((k) => k.id).join(',')}`);
}

function notStated(lang: Lang, zh: string, en: string, near: Passage | undefined, suggestions: Section[], unstated: string): Answer {
  const answer =
    lang === 'zh'
      ? `简报没有说明${zh}，我不做猜测。${near ? `相关的原文是：「${shownZh(near.zh)}」。` : ''}以官方规则频道为准：${RULE_CHANNEL}`
      : `The briefing does not state ${en}, and I won't guess.${near ? ` What it does say: "${near.en}" (原文：${shownZh(near.zh)}).` : ''} For the official rules see ${RULE_CHANNEL}.`;
  return {
    ...declinedAnswer(lang, suggestions, 'unknown'),
    declineReason: 'not_stated',
    unstated,
    answer,
  };
}

// table rows keep their cells apart with tabs in the source; shown as " | "
const shownZh = (zh: string) => zh.replace(/\t+/g, ' | ');

/** The direct answer first, then the lines that hold it (each quoted), then the topic's summary for context. */
function composedAnswer(lang: Lang, comp: Composition, answered: Section[], byId: Map<string, Section>): Answer {
  const out: string[] = [];
  if (comp.lead) out.push(comp.lead);
  for (const p of comp.passages) out.push(lang === 'zh' ? `「${shownZh(p.zh)}」` : `"${p.en}" (原文：${shownZh(p.zh)})`);
  const summary = answered.map((s) => (lang === 'zh' ? s.answer : s.answerEn)).join(lang === 'zh' ? '' : ' ');
  if (summary) out.push(lang === 'zh' ? `概要：${summary}` : `In short: ${summary}`);
  const sources = [...new Set([...answered.map((s) => s.id), ...comp.passages.map((p) => p.section)])];
  return {
    answer: out.join('\n'),
    declined: false,
    sources,
    lang,
    citations: comp.passages.map((p) => ({ sectionId: p.section, title: sectionTitle(byId.get(p.section)!, lang), quote: p.zh })),
    suggestions: [],
    stage: 'extractive',
  };
}

/** A section the classifier picked that BM25 did not rank; only `.section` is read downstream. */
function pseudoHit(section: Section): Hit {
  return { section, score: 0, coverage: 0, matched: 0, unknown: 0, anchor: 0, foreign: 0, namesOutside: false, concepts: [] };
}

export function answerToReply(answer: Answer): Reply {
  return renderReply(answer);
}
