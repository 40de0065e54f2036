/**
 * Question analysis: what kind of answer the question asks for (yes/no, who, when, how long, how many, which, how,
 * why, compare...) and its slots (place -> province, product category, offence number, amount, date). The word
 * lists are data in rules/ask/ (types.yaml, places.yaml, categories.yaml, arithmetic.yaml), validated here.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readYamlFile } from '../config/yaml.js';
import { loadAlternativeRules, type AlternativeRules } from './alternatives.js';
import { z } from 'zod';
import { RegexSource } from './asks.js';
import { HAN_NUMERALS } from '../core/numerals.js';

export const TypesFileSchema = z.object({
  types: z.array(z.object({ id: z.string().min(1), ask: RegexSource, evidence: RegexSource.optional(), named: RegexSource.optional(), vague: RegexSource.optional(), precise: RegexSource.optional(), deadline: RegexSource.optional(), except: RegexSource.optional(), counted: RegexSource.optional(), lead: RegexSource.optional(), leadAsked: RegexSource.optional(), several: RegexSource.optional(), proposed: RegexSource.optional() })).min(1),
  /** words that count the same thing ("how many sellers" counts the briefing's merchants): each group written once */
  countedAlike: z.array(z.array(z.string().min(1)).min(2)).default([]),
  /** nouns that count whatever a list holds ("how many items under key focus"): they name no thing of their own */
  countedGeneric: z.array(z.string().min(1)).default([]),
  /** how a question asks who presented a part of the briefing, and whether two parts had one presenter */
  presenter: z.object({ ask: RegexSource, same: RegexSource, each: RegexSource }).optional(),
  /** a question sentence that matches no ask type and holds none of `unless` (a question word, a choice) asks yes or no */
  plainQuestion: z.object({ unless: RegexSource }).optional(),
});
export const PlacesFileSchema = z.object({
  provinces: z.array(z.object({ zh: z.string().min(1), en: z.array(z.string().min(1)), cities: z.array(z.string().min(1)) })),
  cityNames: z.array(z.object({ zh: z.string().min(1), en: z.array(z.string().min(1)) })).default([]),
  /** companies outside mainland China asked of the violator list with no place named: see places.yaml */
  abroad: z.object({ outside: z.array(z.string().min(1)).min(1), asked: RegexSource, onlyDomestic: RegexSource }).optional(),
  /** what follows a place's name when the name is part of an event's or a thing's name ("Canton Fair", "广交会"): see places.yaml */
  namesEvent: RegexSource.optional(),
});
export const CategoriesFileSchema = z.object({
  categories: z.array(z.object({ zh: z.string().min(1), names: z.array(z.string().min(1)) })),
  /** products named by what a merchant makes ("太阳能板", "dog food"), each with the standard of the table that covers it,
   *  as the standard's name begins ("光伏组件" for 《光伏组件行业…》) */
  products: z.array(z.object({ standard: z.string().min(1), names: z.array(z.string().min(1)).min(1) })).default([]),
  /** other top-level categories of the site, for which the table names no standard */
  unlisted: z.array(z.object({ zh: z.string().min(1), names: z.array(z.string().min(1)) })).default([]),
});
const LadderStep = z.object({
  from: z.number().int().positive(),
  to: z.number().int().positive().optional(),
  points: z.number().min(0),
  /** how a question names the measure this step takes beyond points ("关闭信保资格90天"): a yes/no naming it asks whether the offence's step takes it */
  measure: RegexSource.optional(),
  zh: z.string().min(1),
  en: z.string().min(1),
  quote: z.string().min(1),
});
export const ArithmeticFileSchema = z.object({
  // (notFor / onlyFor compiled once at load: every penalty question tests them against each ladder)
  ladders: z.array(
    z.object({ id: z.string().min(1), sections: z.array(z.string().min(1)).min(1), notFor: RegexSource.optional(), onlyFor: RegexSource.optional(), steps: z.array(LadderStep).min(1) })
      .transform((l) => ({ ...l, notFor: l.notFor === undefined ? undefined : new RegExp(l.notFor, 'i'), onlyFor: l.onlyFor === undefined ? undefined : new RegExp(l.onlyFor, 'i') })),
  ),
  fees: z.array(
    z.object({
      section: z.string().min(1),
      percent: z.number().positive(),
      zh: z.string().min(1),
      en: z.string().min(1),
      quote: z.string().min(1),
      onlyCurrency: z.string().optional(),
      names: RegexSource,
    }),
  ),
  waiver: z.object({ monthlyUsd: z.number().positive(), quote: z.string().min(1) }),
  tierUnits: z
    .array(z.object({ id: z.string().min(1), header: RegexSource, asked: RegexSource, thousand: RegexSource }))
    .default([])
    .transform((us) => us.map((u) => ({ ...u, header: new RegExp(u.header, 'i'), asked: new RegExp(u.asked, 'gi'), thousand: new RegExp(u.thousand, 'i') }))),
  /** what a tier table's other rows hold (lead time) and how a price is asked: a tier's price cell answers prices only */
  tierRows: z
    .object({ otherRow: RegexSource, price: RegexSource })
    .transform((r) => ({ otherRow: new RegExp(r.otherRow, 'i'), price: new RegExp(r.price, 'i') })),
});
export type Arithmetic = z.infer<typeof ArithmeticFileSchema>;

export interface AskType {
  id: string;
  ask: RegExp;
  evidence: RegExp | null;
  /** evidence naming a quantity without a figure ("转化率"): it counts only for a question naming that quantity */
  named: RegExp | null;
  /** evidence that only approximates the answer ("5月初", "early May"): a line with exact evidence is preferred */
  vague: RegExp | null;
  /** evidence that states the answer exactly ("2022年5月1日"): what replaces a vague line */
  precise: RegExp | null;
  /** an ask for the last day something may be done ("报名截止到什么时候"): a stated span of days answers it only from a day the asker gives */
  deadline: RegExp | null;
  /** a part of the question matching this does not carry the type even when `ask` matches it */
  except: RegExp | null;
  /** what the asked figure counts ("how many lessons", "几个话题"): the first group that captures is the thing counted */
  counted: RegExp | null;
  /** a figure of how far ahead something is due ("至少提前5天"): no answer to how long the thing itself lasts */
  lead: RegExp | null;
  /** ...unless the question asks how far ahead ("提前几天", "how many days before") */
  leadAsked: RegExp | null;
  /** a list ask that wants several things ("哪几个", "有哪些", "what are the three"), not one ("哪个", "which") */
  several: RegExp | null;
  /** words by which a yes/no question proposes a figure of this type ("updated weekly?", "有报名费吗"): lines without such a figure do not answer it */
  proposed: RegExp | null;
}

export interface Place {
  /** as the asker wrote it */
  name: string;
  /** the place in Chinese, as the briefing would write it (city or province) */
  zh: string;
  /** the province (or municipality) it lies in */
  province: string;
  provinceEn: string;
}

export interface Amount {
  value: number;
  currency: 'USD' | 'CNY' | null;
  /** where the amount starts in the (NFKC) question */
  at?: number;
}

export interface QuestionAnalysis {
  /** every amount of money the question states, in order */
  amounts: Amount[];
  types: string[];
  places: Place[];
  categories: string[];
  /** standards of the table the products the question names fall under ("猫粮" -> 宠物食品), by the standard's name */
  standards: string[];
  /** top-level categories the question names that the briefing's standards table does not list ("玩具", "furniture") */
  unlistedCategories: string[];
  /** "the 3rd time", "again", "5 times": which offence the question is about. */
  offence: number | null;
  /** "our 4th and 5th violations", "第4次和第5次": several offences named at once (their points add up) */
  offences: number[];
  /** every plain number the question states, in order ("4,000 viewers and 260 went in", "$5,800 ... $22,899,929.67") */
  figures: number[];
  amount: Amount | null;
  /** a calendar date the asker gives (month 1-12, day 1-31) */
  date: { month: number; day: number } | null;
  /** pieces of a compound question ("is X allowed, and what happens?") */
  parts: string[];
  /** what "yes" means: a violation, a permission, or a plain fact */
  frame: 'violation' | 'permission' | 'fact';
  /** items of enumerable classes the question names (currencies, account kinds, platforms) */
  items: ClassItem[];
  /** an edition or period the question is about ("第一期", "3月份", "last season"), as written */
  period: string | null;
  /** a length of time the asker states ("断约半年", "lapsed for about 6 months"), in days */
  duration: number | null;
}

export const ReferencesFileSchema = z.object({ sourceReferences: z.array(RegexSource).default([]) });

export const PolarityFileSchema = z.object({
  frames: z.object({ violation: RegexSource, permission: RegexSource }),
  stances: z.object({ allowed: RegexSource, negated: RegexSource, required: RegexSource.optional(), removed: RegexSource.optional() }),
  /** a yes/no asking whether something still holds ("still", "any more", "还…吗", "仍然") */
  stillAsked: RegexSource.optional(),
  violationSections: z.array(z.string().min(1)),
  /** topics of platform tools merchants are invited to use: their lines answer a violation question no */
  toolTopics: z.array(z.string().min(1)).default([]),
  scopedAllowances: z.array(z.object({ line: RegexSource, question: RegexSource })).default([]),
  scenarioAllowances: z.array(z.object({ line: RegexSource, question: RegexSource, unless: RegexSource.optional() })).default([]),
  scopeLimits: z.array(z.object({ line: RegexSource, outside: RegexSource })).default([]),
  difference: z.object({ question: RegexSource, same: RegexSource }).optional(),
  preconditions: z.object({ line: RegexSource, question: RegexSource }).optional(),
  unrestricted: z.object({ line: RegexSource, question: RegexSource }).optional(),
  gainsCutOff: z.object({ line: RegexSource, question: RegexSource }).optional(),
  /** a launch the line gives as expected ("预计5月底全量上线") is not live yet: "is it already live?" is a no */
  notYet: z.object({ line: RegexSource, question: RegexSource }).optional(),
  anyWillDo: z.object({ line: RegexSource, question: RegexSource }).optional(),
  degree: z.object({ line: RegexSource, question: RegexSource }).optional(),
  blocking: z.object({ question: RegexSource }).optional(),
  /** where the clause naming the thing a yes/no asks ends: a clause that places or conditions it follows ("when …") */
  askedThing: z.object({ clauseEnd: RegexSource }).optional(),
  /** a yes/no asking whether one thing acts on another ("X会影响Y吗", "does X boost Y"): see polarity.yaml */
  effect: z.object({ verb: RegexSource, passive: RegexSource, object: RegexSource }).optional(),
  expectedState: z.object({ question: RegexSource, line: RegexSource }).optional(),
  /** a yes/no proposing the currency a stated amount is in ("is the threshold in RMB?"): see polarity.yaml */
  figureCurrency: z.object({ question: RegexSource }).optional(),
  /** values of one thing a question proposes and a line states (a relative day, where an account is held): see polarity.yaml */
  slots: z.array(z.object({ id: z.string().min(1), values: z.array(z.object({ id: z.string().min(1), question: RegexSource, line: RegexSource })).min(2) })).default([]),
  /** events a line dates to a day ("2022年5月6日生效", "生效日期：…"), and how a question proposes a day for one: see polarity.yaml */
  datedEvents: z.array(z.object({ id: z.string().min(1), question: RegexSource, line: RegexSource })).default([]),
  leadingRestriction: z.object({ question: RegexSource, line: RegexSource }).optional(),
  opposites: z.array(z.object({ question: RegexSource, line: RegexSource, failure: RegexSource.optional() })).default([]),
  /** the merchant's own act of steering the buyer to a messenger or social app, and the lines stating that rule: see polarity.yaml */
  steering: z.object({ channel: RegexSource, acts: z.array(z.string().min(1).includes('{channel}')).min(1), denied: RegexSource, elsewhere: RegexSource.optional(), lines: z.array(RegexSource).min(1) }).optional(),
  /** a question putting something to every merchant, against a line limiting who: see polarity.yaml */
  everyone: z.object({ question: RegexSource, line: RegexSource }).optional(),
  /** a question proposing several things at once, against a line limiting it to a single one: see polarity.yaml */
  several: z.object({ question: RegexSource, line: RegexSource }).optional(),
  /** a yes/no about plans or later, which a closed list of what is supported now does not decide: see polarity.yaml */
  laterAsked: RegexSource.optional(),
  /** a yes/no asking whether the briefing names an item among a list's ("is QQ one of the tools named?") */
  namedAsked: RegexSource.optional(),
  /** how a line announces something planned or on the way ("预计…上线", "更多权益上线准备中"): see polarity.yaml */
  laterStated: RegexSource.optional(),
  /** acts a line makes free ("0入账费"), for a charge asked of one: see polarity.yaml */
  freeActs: z.object({ otherActs: RegexSource, acts: z.array(z.object({ id: z.string().min(1), question: RegexSource, line: RegexSource })).min(1) }).optional(),
  audience: z
    .object({
      line: RegexSource,
      negation: RegexSource,
      groups: z.array(z.object({ id: z.string().min(1), zh: z.string().min(1), names: z.array(z.string().min(1)).min(1) })).min(1),
    })
    .optional(),
  /** conditions a line names that an asker may say do not hold for them ("她不是法人"): see polarity.yaml */
  qualifiers: z.array(z.object({ id: z.string().min(1), zh: z.string().min(1), names: z.array(z.string().min(1)).min(1) })).default([]),
  classes: z.array(
    z.object({
      id: z.string().min(1),
      /** the briefing's lists of this class are examples: a line lists them openly when it matches this ("…等", "such as") */
      open: RegexSource.optional(),
      items: z.array(z.object({ id: z.string().min(1), names: z.array(z.string().min(1)).min(1) })).min(2),
    }),
  ),
});

export interface ClassItem {
  cls: string;
  id: string;
  re: RegExp;
  /** its Chinese name, for verdicts in the briefing's terms */
  zh?: string;
  /** set for a class whose lists are examples: how a line says its list is open ("…等") */
  open?: RegExp;
}

export interface Polarity {
  violation: RegExp;
  permission: RegExp;
  allowed: RegExp;
  negated: RegExp;
  /** a line stating what merchants are asked to do: doing it is no violation */
  required: RegExp | null;
  /** a line of a list whose change note says the item was taken out: the item it states is no longer so */
  removed: RegExp | null;
  stillAsked: RegExp | null;
  violationSections: Set<string>;
  toolTopics: Set<string>;
  /** Lines that allow something only in a named scenario: their "allowed" counts only for a question in it. */
  scopedAllowances: { line: RegExp; question: RegExp }[];
  /** Lines exempting a scenario from a rule, and the questions that describe that scenario: they decide, wherever they rank. */
  scenarioAllowances: { line: RegExp; question: RegExp; unless: RegExp | null }[];
  /** A rule stated only for merchants who did something, and a question whose asker did not. */
  scopeLimits: { line: RegExp; outside: RegExp }[];
  /** "do X and Y differ?" against a line treating them alike: no */
  difference: { question: RegExp; same: RegExp } | null;
  /** "may I before the condition is met?" against a line that makes it wait for the condition: no */
  preconditions: { line: RegExp; question: RegExp } | null;
  /** "can it still happen past the limit?" against a line that lifts the limit: yes */
  unrestricted: { line: RegExp; question: RegExp } | null;
  /** "will it still pay off?" against a line that cuts off its gains: no */
  gainsCutOff: { line: RegExp; question: RegExp } | null;
  notYet: { line: RegExp; question: RegExp } | null;
  /** "will any X do?" against a line asking for a qualified X ("非低质视频"): no */
  anyWillDo: { line: RegExp; question: RegExp } | null;
  /** "a bit cheaper: is it a false price?" against a line stating the condition only at a large degree ("相差甚远"): no */
  degree: { line: RegExp; question: RegExp } | null;
  /** "will the system block it?" against "无法发布上线": the line's negation is the outcome asked, so yes */
  blocking: RegExp | null;
  /** where the clause naming the thing a yes/no asks ends ("…be told | when we get a warning") */
  askedThing: { clauseEnd: RegExp } | null;
  /** "does X affect Y?": the verb of effect parting what acts from what it acts on, and a passive form that turns them round */
  effect: { verb: RegExp; passive: RegExp; object: RegExp } | null;
  /** "is something broken?" against a line saying that state is what merchants will see: no */
  expectedState: { question: RegExp; line: RegExp } | null;
  /** "is the fee-free threshold in RMB?" against "30万美金": the currency of the amount the lines state decides it */
  figureCurrency: { question: RegExp } | null;
  slots: { id: string; values: { id: string; question: RegExp; line: RegExp }[] }[];
  datedEvents: { id: string; question: RegExp; line: string }[];
  qualifiers: { id: string; zh: string; re: RegExp }[];
  /** "Isn't it only X?" against lines that state no such restriction: no */
  leadingRestriction: { question: RegExp; line: RegExp } | null;
  /** a question asking for a state ("stay logged in?") against a line requiring its opposite ("确保…登出"): no */
  opposites: { question: RegExp; line: RegExp; failure: RegExp | null }[];
  /** "can I give the buyer my LINE ID?": the merchant's act of steering the buyer off-platform, decided by the rule's lines */
  steering: { act: RegExp; denied: RegExp; elsewhere: RegExp | null; lines: RegExp[] } | null;
  /** "can every merchant use it?" against a line limiting who ("1星及以上"): no */
  everyone: { question: RegExp; line: RegExp } | null;
  /** "can it test several materials at once?" against a line limiting it to one ("只针对单一材质"): no */
  several: { question: RegExp; line: RegExp } | null;
  /** a yes/no about plans or later ("will it be added later?"): a closed list of what is supported now does not decide it */
  laterAsked: RegExp | null;
  /**
   * a yes/no asking whether the briefing names an item among a list's ("is QQ one of the tools named?", "QQ在举例名单里吗"):
   * asked of the list's own words, so an open list ("…QQ等") answers it too, from the list whose subject the question names
   */
  namedAsked: RegExp | null;
  /** a line announcing something planned or on the way: only such a line naming the thing asked answers a later plan */
  laterStated: RegExp | null;
  /** a charge asked of an act a line makes free ("0入账费"): no */
  freeActs: { otherActs: RegExp; acts: { id: string; question: RegExp; line: RegExp }[] } | null;
  /** a line naming who may join ("活动对象：…SKA及金品…"), the groups it may name, and how an asker says they are not one */
  audience: { line: RegExp; negation: RegExp; groups: { id: string; zh: string; re: RegExp }[] } | null;
  items: ClassItem[];
}

// a line naming at least this many items of one class lists them (a closed list an item left out is not in; a line
// naming one only mentions it)
export const CLOSED_LIST_ITEMS = 2;

/** The slots (polarity.yaml `slots`) of which the question proposes exactly one value ("是阿里自己做的吧" proposes the provider). */
export function proposedSlots(pol: Polarity, question: string): Polarity['slots'] {
  const q = question.normalize('NFKC');
  return pol.slots.filter((slot) => slot.values.filter((v) => v.question.test(q)).length === 1);
}

/** Whether a line states a value of any of these slots ("由合作的银行…提供" states the provider). */
export function statesSlotValue(slots: Polarity['slots'], line: { zh: string; en: string }): boolean {
  return slots.some((slot) => slot.values.some((v) => v.line.test(line.zh) || v.line.test(line.en)));
}

export interface AskRules {
  polarity: Polarity;
  types: AskType[];
  places: z.infer<typeof PlacesFileSchema>;
  categories: z.infer<typeof CategoriesFileSchema>['categories'];
  products: z.infer<typeof CategoriesFileSchema>['products'];
  unlistedCategories: z.infer<typeof CategoriesFileSchema>['unlisted'];
  arithmetic: Arithmetic;
  /** phrases that point at the source ("the briefing says"), removed before retrieval */
  sourceReference: RegExp | null;
  /** groups of words that count the same thing (lower case) */
  countedAlike: string[][];
  /** nouns that count a list's entries, whatever they are (lower case, singular) */
  countedGeneric: Set<string>;
  /** a question asking who presented a part (null: no `presenter` in types.yaml) */
  presenter: { ask: RegExp; same: RegExp; each: RegExp } | null;
  /** words that keep a question sentence no ask type reads from being a yes/no (a question word, a choice) */
  plainQuestion: RegExp | null;
  /** how a question offering two alternatives ("A or B?") is split (null: no rules/ask/alternatives.yaml) */
  alternatives: AlternativeRules | null;
}

function readYaml<T>(path: string, schema: z.ZodType<T>): T {
  return readYamlFile(path, schema, { shownAs: path });
}

/** null when the rules folder has no rules/ask (an operator's minimal rules): answers fall back to section summaries. */
export function loadAskRules(rulesDir: string): AskRules | null {
  const dir = join(rulesDir, 'ask');
  if (!existsSync(join(dir, 'types.yaml'))) return null;
  const categoryFile = readYaml(join(dir, 'categories.yaml'), CategoriesFileSchema);
  const typeFile = readYaml(join(dir, 'types.yaml'), TypesFileSchema);
  const types = typeFile.types.map((t) => ({
    id: t.id,
    ask: new RegExp(t.ask, 'i'),
    evidence: t.evidence ? new RegExp(t.evidence, 'i') : null,
    named: t.named ? new RegExp(t.named, 'i') : null,
    vague: t.vague ? new RegExp(t.vague, 'i') : null,
    precise: t.precise ? new RegExp(t.precise, 'i') : null,
    deadline: t.deadline ? new RegExp(t.deadline, 'i') : null,
    except: t.except ? new RegExp(t.except, 'iu') : null,
    counted: t.counted ? new RegExp(t.counted, 'iu') : null,
    lead: t.lead ? new RegExp(t.lead, 'giu') : null,
    leadAsked: t.leadAsked ? new RegExp(t.leadAsked, 'iu') : null,
    several: t.several ? new RegExp(t.several, 'iu') : null,
    proposed: t.proposed ? new RegExp(t.proposed, 'iu') : null,
  }));
  const pol = readYaml(join(dir, 'polarity.yaml'), PolarityFileSchema);
  const items: ClassItem[] = pol.classes.flatMap((c) =>
    c.items.map((it) => ({ cls: c.id, id: it.id, re: namesRegex(it.names), zh: it.names.find((n) => /\p{Script=Han}/u.test(n)), ...(c.open ? { open: new RegExp(c.open, 'i') } : {}) })),
  );
  return {
    polarity: {
      violation: new RegExp(pol.frames.violation, 'i'),
      permission: new RegExp(pol.frames.permission, 'i'),
      allowed: new RegExp(pol.stances.allowed, 'i'),
      negated: new RegExp(pol.stances.negated, 'i'),
      required: pol.stances.required ? new RegExp(pol.stances.required, 'i') : null,
      removed: pol.stances.removed ? new RegExp(pol.stances.removed, 'i') : null,
      stillAsked: pol.stillAsked ? new RegExp(pol.stillAsked, 'i') : null,
      violationSections: new Set(pol.violationSections),
      toolTopics: new Set(pol.toolTopics),
      scopedAllowances: pol.scopedAllowances.map((a) => ({ line: new RegExp(a.line, 'i'), question: new RegExp(a.question, 'i') })),
      scenarioAllowances: pol.scenarioAllowances.map((a) => ({ line: new RegExp(a.line, 'i'), question: new RegExp(a.question, 'iu'), unless: a.unless ? new RegExp(a.unless, 'iu') : null })),
      scopeLimits: pol.scopeLimits.map((a) => ({ line: new RegExp(a.line, 'i'), outside: new RegExp(a.outside, 'i') })),
      difference: pol.difference ? { question: new RegExp(pol.difference.question, 'i'), same: new RegExp(pol.difference.same, 'i') } : null,
      preconditions: pol.preconditions ? { line: new RegExp(pol.preconditions.line, 'i'), question: new RegExp(pol.preconditions.question, 'i') } : null,
      unrestricted: pol.unrestricted ? { line: new RegExp(pol.unrestricted.line, 'i'), question: new RegExp(pol.unrestricted.question, 'i') } : null,
      gainsCutOff: pol.gainsCutOff ? { line: new RegExp(pol.gainsCutOff.line, 'i'), question: new RegExp(pol.gainsCutOff.question, 'i') } : null,
      notYet: pol.notYet ? { line: new RegExp(pol.notYet.line, 'i'), question: new RegExp(pol.notYet.question, 'i') } : null,
      anyWillDo: pol.anyWillDo ? { line: new RegExp(pol.anyWillDo.line, 'iu'), question: new RegExp(pol.anyWillDo.question, 'iu') } : null,
      degree: pol.degree ? { line: new RegExp(pol.degree.line, 'iu'), question: new RegExp(pol.degree.question, 'iu') } : null,
      blocking: pol.blocking ? new RegExp(pol.blocking.question, 'i') : null,
      askedThing: pol.askedThing ? { clauseEnd: new RegExp(pol.askedThing.clauseEnd, 'iu') } : null,
      effect: pol.effect ? { verb: new RegExp(pol.effect.verb, 'iu'), passive: new RegExp(pol.effect.passive, 'iu'), object: new RegExp(pol.effect.object, 'u') } : null,
      qualifiers: pol.qualifiers.map((g) => ({ id: g.id, zh: g.zh, re: namesRegex(g.names) })),
      datedEvents: pol.datedEvents.map((e) => ({ id: e.id, question: new RegExp(e.question, 'iu'), line: e.line })),
      slots: pol.slots.map((sl) => ({ id: sl.id, values: sl.values.map((v) => ({ id: v.id, question: new RegExp(v.question, 'iu'), line: new RegExp(v.line, 'iu') })) })),
      figureCurrency: pol.figureCurrency ? { question: new RegExp(pol.figureCurrency.question, 'iu') } : null,
      expectedState: pol.expectedState ? { question: new RegExp(pol.expectedState.question, 'i'), line: new RegExp(pol.expectedState.line, 'i') } : null,
      leadingRestriction: pol.leadingRestriction ? { question: new RegExp(pol.leadingRestriction.question, 'i'), line: new RegExp(pol.leadingRestriction.line, 'i') } : null,
      opposites: pol.opposites.map((o) => ({ question: new RegExp(o.question, 'i'), line: new RegExp(o.line, 'i'), failure: o.failure ? new RegExp(o.failure, 'iu') : null })),
      // (each act names the channel as {channel}; the acts are one alternation)
      steering: pol.steering
        ? {
            act: new RegExp(pol.steering.acts.map((a) => `(?:${a.replaceAll('{channel}', `(?:${pol.steering!.channel})`)})`).join('|'), 'iu'),
            denied: new RegExp(pol.steering.denied, 'iu'),
            elsewhere: pol.steering.elsewhere ? new RegExp(pol.steering.elsewhere, 'iu') : null,
            lines: pol.steering.lines.map((l) => new RegExp(l, 'iu')),
          }
        : null,
      everyone: pol.everyone ? { question: new RegExp(pol.everyone.question, 'iu'), line: new RegExp(pol.everyone.line, 'iu') } : null,
      several: pol.several ? { question: new RegExp(pol.several.question, 'iu'), line: new RegExp(pol.several.line, 'iu') } : null,
      laterAsked: pol.laterAsked ? new RegExp(pol.laterAsked, 'iu') : null,
      namedAsked: pol.namedAsked ? new RegExp(pol.namedAsked, 'iu') : null,
      laterStated: pol.laterStated ? new RegExp(pol.laterStated, 'i') : null,
      freeActs: pol.freeActs ? { otherActs: new RegExp(pol.freeActs.otherActs, 'iu'), acts: pol.freeActs.acts.map((a) => ({ id: a.id, question: new RegExp(a.question, 'iu'), line: new RegExp(a.line, 'iu') })) } : null,
      audience: pol.audience
        ? { line: new RegExp(pol.audience.line, 'i'), negation: new RegExp(`(?:${pol.audience.negation})[\\s'’-]*$`, 'i'), groups: pol.audience.groups.map((g) => ({ id: g.id, zh: g.zh, re: namesRegex(g.names) })) }
        : null,
      items,
    },
    types,
    places: readYaml(join(dir, 'places.yaml'), PlacesFileSchema),
    categories: categoryFile.categories,
    products: categoryFile.products,
    unlistedCategories: categoryFile.unlisted,
    arithmetic: readYaml(join(dir, 'arithmetic.yaml'), ArithmeticFileSchema),
    sourceReference: sourceReferenceRegex(join(dir, 'references.yaml')),
    countedAlike: typeFile.countedAlike.map((g) => g.map((w) => w.toLowerCase())),
    countedGeneric: new Set(typeFile.countedGeneric.map((w) => w.toLowerCase())),
    presenter: typeFile.presenter ? { ask: new RegExp(typeFile.presenter.ask, 'iu'), same: new RegExp(typeFile.presenter.same, 'iu'), each: new RegExp(typeFile.presenter.each, 'iu') } : null,
    plainQuestion: typeFile.plainQuestion ? new RegExp(typeFile.plainQuestion.unless, 'iu') : null,
    alternatives: loadAlternativeRules(join(dir, 'alternatives.yaml')),
  };
}

function sourceReferenceRegex(path: string): RegExp | null {
  if (!existsSync(path)) return null;
  const list = readYaml(path, ReferencesFileSchema).sourceReferences;
  return list.length ? new RegExp(list.map((r) => `(?:${r})`).join('|'), 'giu') : null;
}

/** The question without its pointers at the source; the whole question when that would leave too little. */
export function withoutSourceReferences(question: string, re: RegExp | null): string {
  if (!re) return question;
  const stripped = question.replace(re, ' ').replace(/\s+/g, ' ').trim();
  return (stripped.match(/[\p{Script=Han}]|[a-z]{3,}/giu) ?? []).length >= 3 ? stripped : question;
}

const ORDINAL_EN: Record<string, number> = {
  first: 1, once: 1, second: 2, twice: 2, third: 3, thrice: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};
/** English number words up to ten (the Chinese ones are core/numerals.ts): also read by compose (a count the asker states). */
export const NUM_WORD_EN: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// ...as the three letters dates abbreviate them to
const MONTHS_EN = MONTHS.map((m) => m.slice(0, 3).toLowerCase());

function zhOrDigit(s: string): number {
  return /^\d+$/.test(s) ? Number(s) : (HAN_NUMERALS[s] ?? NaN);
}

export function findOffence(q: string): number | null {
  const lower = q.toLowerCase();
  let m = q.match(/第\s*([0-9]+|[一二两三四五六七八九十])\s*次/);
  if (m) return zhOrDigit(m[1]!);
  // "一次扣几分" asks per time, not about the first offence; only a count of two or more says which offence
  // "超过3次", "more than three times": past that count, so the next offence (Chinese 以上 includes the number itself)
  m = q.match(/([0-9]+|[二两三四五六七八九十])\s*次(违规|被|拉|引导|犯|了)?/);
  if (m && !/[0-9]+\s*次\s*\/|每次/.test(q)) return zhOrDigit(m[1]!) + (/(超过|多于|大于)\s*$/.test(q.slice(0, m.index)) ? 1 : 0);
  // "the 3rd off-platform violation": up to two words may stand between the ordinal and the noun
  const between = String.raw`(?:\s+(?!and\b)[a-z]+(?:-[a-z]+)*){0,2}?`;
  m = lower.match(new RegExp(String.raw`\b(\d+)(?:st|nd|rd|th)${between}\s+(?:time|offen[cs]e|violation|strike)`));
  if (m) return Number(m[1]);
  m = lower.match(new RegExp(String.raw`\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)${between}\s+(?:time|offen[cs]e|violation|strike|warning)`));
  if (m) return ORDINAL_EN[m[1]!]!;
  // ("at once" is at the same time, "once verified" / "once we sign" is when: neither counts an offence)
  m = lower.match(/(?<!\b(?:at|all at|for) )\b(once|twice|thrice)\b(?!\s+(?:i|we|you|they|it|he|she|the|my|our|your|its|this|that|a|an|all|every|done|more|again|[a-z]+ed)\b)/);
  if (m) return ORDINAL_EN[m[1]!]!;
  // ("4+ times", "4 or more times", "at least 4 times": from that count on)
  m = lower.match(/\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s*\+|\s+or\s+more)?\s+(?:times|offen[cs]es|violations|strikes)\b/);
  if (m) return (/^\d/.test(m[1]!) ? Number(m[1]) : NUM_WORD_EN[m[1]!]!) + (/\b(?:more than|over|above|beyond|exceeding)\s+$/.test(lower.slice(0, m.index)) ? 1 : 0);
  if (/再次|又一次|再犯|又被|第二回|\bagain\b|\brepeat(ed)? offen/.test(lower)) return 2;
  // ("本轮为警告，再次扣3分/次": the current round is the first step of the ladder)
  if (/首次|第一次|头一次|初犯|\bfirst[- ]time\b|本轮|这一?轮|\bthis round\b|\bthe current round\b/.test(lower)) return 1;
  // being on the list published this round ("4月公示的名单上", "on the April list") is that round's step, when points or a
  // penalty are asked ("本轮为警告")
  if (/名单|公示|\b(on|in) the (\w+ ){0,2}list\b|\b(named|listed|published)\b/.test(lower) && /扣分|扣.{0,3}分|\bpoints?\b|\bdeduct/.test(lower)) return 1;
  return null;
}

/** Two or more ordinals of offences ("4th and 5th", "第4次和第5次", "第四、五次"); empty when fewer are named. */
export function findOffences(q: string): number[] {
  const lower = q.toLowerCase();
  const out: number[] = [];
  const en = lower.match(/\b((?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:\s*(?:,|and|&|\+|to|-)\s*(?:the\s+)?(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))+)(?:\s+(?!and\b)[a-z]+(?:-[a-z]+)*){0,2}?\s+(?:times|offen[cs]es|violations|strikes|ones)/);
  if (en) {
    for (const m of en[1]!.matchAll(/\d+|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth/g)) out.push(/^\d/.test(m[0]) ? Number(m[0]) : ORDINAL_EN[m[0]]!);
    if (/\bto\b|-/.test(en[1]!) && out.length === 2) return range(out[0]!, out[1]!);
    return out;
  }
  const zh = q.match(/第\s*([0-9一二两三四五六七八九十]+)\s*次?\s*(?:和|、|及|与|跟|,|，|到|至|-)\s*第?\s*([0-9一二两三四五六七八九十]+)\s*次/);
  if (zh) {
    const a = zhOrDigit(zh[1]!);
    const b = zhOrDigit(zh[2]!);
    return /到|至|-/.test(zh[0]) ? range(a, b) : [a, b];
  }
  return out;
}

const range = (a: number, b: number) => (b >= a && b - a < 20 ? Array.from({ length: b - a + 1 }, (_, i) => a + i) : [a, b]);

/** Every number the question states (money, counts, sizes), commas removed; list numbering and dates are not left out. */
export function findFigures(q: string): number[] {
  const norm = q.normalize('NFKC');
  // a year ("2022年", "in 2022") is a date, not a figure to compute with
  const years = /^\d{4}$/;
  return [...norm.matchAll(/(?<![\d.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(万|k\b)?/gi)]
    .filter((m) => !(years.test(m[1]!) && /^(19|20)/.test(m[1]!) && (/^\s*年/.test(norm.slice(m.index! + m[0].length)) || /\b(in|since|from|year|of)\s*$/i.test(norm.slice(0, m.index!)))))
    .map((m) => {
    const v = Number(m[1]!.replace(/,/g, '') + (m[2] ?? ''));
    return m[3] === '万' ? v * 10000 : m[3]?.toLowerCase() === 'k' ? v * 1000 : v;
  });
}

export function findAmount(q: string): Amount | null {
  let best: Amount | null = null;
  for (const a of movedAmounts(q)) if (!best || a.value > best.value) best = a;
  return best ? { value: best.value, currency: best.currency } : null;
}

const REFERENCE_BEFORE = /(没到|不到|未到|未满|不满|没超过|超过|超出|低于|高于|below|under|over|above|exceed(?:s|ing)?|reach(?:es|ing)?)\s*(?:the\s+)?$/i;

/** The amounts the question moves or asks about; "28万, 还没到30万": the one compared with is a threshold, left out. */
export function movedAmounts(q: string): Amount[] {
  const norm = q.normalize('NFKC');
  const all = findAmounts(q);
  const moved = all.filter((a) => !REFERENCE_BEFORE.test(norm.slice(0, a.at ?? 0)));
  return moved.length ? moved : all;
}

export function findAmounts(q: string): Amount[] {
  const norm = q.normalize('NFKC');
  const re = /(?:(?:usd|us\$|\$|rmb|cny|¥)\s*)?(\d+(?:,\d{3})*(?:\.\d+)?)\s*(万|w\b|k\b|千|million|m\b)?\s*(美元|美金|刀|usd|dollars?|us\$|人民币|元|块|rmb|cny|yuan)?/gi;
  const out: Amount[] = [];
  for (const m of norm.matchAll(re)) {
    const raw = m[0];
    const unit = (m[2] ?? '').toLowerCase();
    const cur = (m[3] ?? '').toLowerCase();
    const prefixUsd = /^(usd|us\$|\$)/i.test(raw);
    const prefixCny = /^(rmb|cny|¥)/i.test(raw);
    let value = Number(m[1]!.replace(/,/g, ''));
    if (unit === '万' || unit === 'w') value *= 10000;
    else if (unit === 'k' || unit === '千') value *= 1000;
    else if (unit === 'million' || unit === 'm') value *= 1_000_000;
    const currency = prefixUsd || /美元|美金|刀|usd|dollar|us\$/.test(cur) ? 'USD' : prefixCny || /人民币|元|块|rmb|cny|yuan/.test(cur) ? 'CNY' : null;
    // a bare small number is a count or a step, not money
    if (!currency && !unit && value < 1000) continue;
    // ...and a bare year ("in 2021", "2021年") is a time, not money
    const end = (m.index ?? 0) + raw.length;
    if (!currency && !unit && /^(19|20)\d\d$/.test(m[1]!) && (/^\s*年/.test(norm.slice(end)) || /\b(in|since|before|after|from|until|till|during|year)\s*$/i.test(norm.slice(0, m.index)))) continue;
    out.push({ value, currency, at: m.index });
  }
  // "250k USD ... + 100k USD": a currency written once applies to the bare amounts beside it
  const known = out.find((a) => a.currency)?.currency ?? null;
  return out.map((a) => (a.currency ? a : { ...a, currency: known }));
}

export function findDate(q: string): { month: number; day: number } | null {
  const norm = q.normalize('NFKC').toLowerCase();
  let m = norm.match(/(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/);
  if (m) return { month: Number(m[1]), day: Number(m[2]) };
  m = norm.match(/\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/);
  if (m) return { month: Number(m[2]), day: Number(m[3]) };
  m = norm.match(/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b/);
  if (m) return { month: MONTHS_EN.indexOf(m[1]!) + 1, day: Number(m[2]) };
  m = norm.match(/\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/);
  if (m) return { month: MONTHS_EN.indexOf(m[2]!) + 1, day: Number(m[1]) };
  m = norm.match(/\b(\d{1,2})\/(\d{1,2})\b/);
  if (m && Number(m[1]) <= 12) return { month: Number(m[1]), day: Number(m[2]) };
  return null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class QuestionAnalyzer {
  private readonly placeIndex: { re: RegExp; place: Omit<Place, 'name'> }[] = [];
  private readonly categoryIndex: { re: RegExp; zh: string }[] = [];
  private readonly unlistedIndex: { re: RegExp; zh: string }[] = [];
  private readonly productIndex: { re: RegExp; all: RegExp; standard: string }[] = [];
  private productAny: RegExp = /(?!)/;
  /** one pass over the question finds whether any place or category name occurs at all (most questions name none) */
  private placeAny: RegExp = /(?!)/;
  private readonly namesEvent: RegExp | null;
  private categoryAny: RegExp = /(?!)/;

  constructor(readonly rules: AskRules) {
    this.namesEvent = rules.places.namesEvent ? new RegExp(`^(?:${rules.places.namesEvent})`, 'iu') : null;
    for (const p of rules.places.provinces) {
      const provinceEn = p.en[0] ?? p.zh;
      for (const n of [p.zh, ...p.en]) this.placeIndex.push({ re: nameRegex(n), place: { zh: p.zh, province: p.zh, provinceEn } });
      for (const city of p.cities) {
        const [zh, ...en] = city.split('|');
        for (const n of [zh!, ...en]) this.placeIndex.push({ re: nameRegex(n), place: { zh: zh!, province: p.zh, provinceEn } });
      }
    }
    for (const c of rules.places.cityNames) {
      for (const n of [c.zh, ...c.en]) this.placeIndex.unshift({ re: nameRegex(n), place: { zh: c.zh, province: c.zh, provinceEn: c.en[0] ?? c.zh } });
    }
    for (const c of rules.categories) for (const n of [c.zh, ...c.names]) this.categoryIndex.push({ re: nameRegex(n), zh: c.zh });
    for (const c of rules.unlistedCategories) for (const n of [c.zh, ...c.names]) this.unlistedIndex.push({ re: nameRegex(n), zh: c.zh });
    this.placeAny = new RegExp(this.placeIndex.map((p) => p.re.source).join('|'), 'i');
    this.categoryAny = new RegExp(this.categoryIndex.map((c) => c.re.source).join('|'), 'i');
    // (`all`: the same name, global, to blank every mention of it; compiled here, not per question)
    for (const p of rules.products) for (const n of p.names) { const re = nameRegex(n); this.productIndex.push({ re, all: new RegExp(re.source, 'gi'), standard: p.standard }); }
    if (this.productIndex.length) this.productAny = new RegExp(this.productIndex.map((c) => c.re.source).join('|'), 'i');
  }

  analyze(question: string): QuestionAnalysis {
    const q = question.normalize('NFKC');
    const parts = splitParts(q);
    // a type with an exception holds when some part of a compound question asks it and is not excepted
    // ... judged on the sentences that ask (those ending in "?", or the last): "FAQ says X doesn't mean Y. What are
    // the three ways...?" asks a what-question after a statement
    const asking = parts.flatMap((p) => {
      // ("e.g. 1 cm of fabric" is inside the sentence, not the end of one)
      const sentences = p.split(/(?<=[.!])(?<!\b(?:e\.g|i\.e|etc|vs|approx)\.)\s+/i).filter((x) => x.trim());
      const asked = sentences.filter((x, i) => /[?？]\s*$/.test(x) || i === sentences.length - 1);
      return asked.length ? asked : [p];
    });
    const types = this.rules.types
      .filter((t) => t.ask.test(q) && (!t.except || asking.some((p) => t.ask.test(p) && !t.except!.test(p.trim()))))
      .map((t) => t.id);
    // "这样也算拉线下？", "star rating wait for newbie tasks?": a question sentence no ask type reads, with no question
    // word in it, asks yes or no
    const plain = this.rules.plainQuestion;
    if (!types.length && plain && (q.match(/[^?？]+[?？]/g) ?? []).some((x) => !plain.test(x))) types.push('yesno');
    const places: Place[] = [];
    const seen = new Set<string>();
    for (const { re, place } of this.placeAny.test(q) ? this.placeIndex : []) {
      const m = q.match(re);
      if (!m || seen.has(place.zh)) continue;
      // ("an official booth at the Canton Fair": a place whose every mention names an event held there is no place of the asker's)
      if (this.namesEvent && [...q.matchAll(new RegExp(re.source, 'gi'))].every((x) => this.namesEvent!.test(q.slice(x.index! + x[0].length)))) continue;
      // 广州 is both a listed city and in 广东: keep the first (most specific) reading per matched name
      if (places.some((p) => p.name.toLowerCase() === m[0].toLowerCase() || p.province === place.zh)) continue;
      seen.add(place.zh);
      places.push({ name: m[0], ...place });
    }
    // (a category word inside a product's name, "modules" of "solar modules", "电池" of "储能电池", names the product, not
    // a category the question asks about)
    const withoutProducts = this.productAny.test(q) ? this.productIndex.reduce((t, c) => t.replace(c.all, ' '), q) : q;
    const categories = this.categoryAny.test(withoutProducts) ? [...new Set(this.categoryIndex.filter((c) => c.re.test(withoutProducts)).map((c) => c.zh))] : [];
    const pol = this.rules.polarity;
    const frame = pol.violation.test(q) ? 'violation' : pol.permission.test(q) ? 'permission' : 'fact';
    // "30万美金" is an amount, not a question about US dollars
    const withoutAmounts = q
      .replace(/\d[\d,.]*\s*(万|k|千|w)?\s*(美元|美金|刀|usd|dollars?|人民币|元|块|rmb|cny|yuan)/gi, ' ')
      .replace(/(usd|us\$|rmb|cny)\s*\d[\d,.]*\s*(万|k|千|w|m)?/gi, ' ')
      // "withdraw to the personal card instead of the company account": the item set aside is not asked about
      .replace(/\b(instead of|rather than|as opposed to|in place of)\s+[^,.;?!]{1,40}|(而不是|而非|代替|取代)[^，,。；;？?！!]{1,20}/gi, ' ');
    // ("Aussie dollars" names AUD: the "dollar" inside it is no US dollar) an item whose every mention lies inside
    // another item's longer one is not named
    const spans = pol.items.map((it) => [...withoutAmounts.matchAll(new RegExp(it.re.source, 'gi'))].map((m) => [m.index!, m.index! + m[0].length] as const));
    const inside = (a: readonly [number, number], j: number) => spans.some((other, k) => k !== j && other.some((b) => b[0] <= a[0] && a[1] <= b[1] && b[1] - b[0] > a[1] - a[0]));
    const items = pol.items.filter((it, j) => spans[j]!.length > 0 && !spans[j]!.every((a) => inside(a, j)));
    return {
      types,
      places,
      categories,
      standards: this.productAny.test(q) ? [...new Set(this.productIndex.filter((c) => c.re.test(q)).map((c) => c.standard))] : [],
      unlistedCategories: [...new Set(this.unlistedIndex.filter((c) => c.re.test(q)).map((c) => c.zh))],
      offence: findOffence(q),
      offences: findOffences(q),
      figures: findFigures(q),
      amount: findAmount(q),
      amounts: movedAmounts(q),
      date: findDate(q),
      parts,
      frame,
      items,
      period: findPeriod(q),
      duration: findDuration(q),
    };
  }

  type(id: string): AskType | undefined {
    return this.rules.types.find((t) => t.id === id);
  }
}

const DAYS: Record<string, number> = { 年: 365, 月: 30, 周: 7, 天: 1, 日: 1, year: 365, month: 30, week: 7, day: 1 };

/**
 * A calendar year the asker names: four digits ("2021年", "in 2021"), or two before an event or a part of the year
 * ("21年签的", "22年底", "21年5月") — "3年的老客户", "做了15年" are lengths.
 */
export const CALENDAR_YEAR = /(?<!\d)(20\d\d)\s*年|(?<!\d)(1\d|2\d)\s*年(?=\s*(?:就|才|刚|已经|已)?\s*(?:签|开|入驻|注册|加入|续|起)|\s*(?:底|初|中|上半|下半|\d{1,2}\s*月|[一二三四五六七八九十]{1,2}月))|\b(?:in|since|from|during|back in|early|late|end of)\s+(20\d\d)\b/i;

/** A stated length of time in days: "断约半年", "停了8个月", "lapsed for about 6 months"; a date ("2021年", "10月") is not one. */
export function findDuration(q: string): number | null {
  const norm = q.normalize('NFKC').toLowerCase();
  // ("21年签的" is a year, not 21 years)
  const zh = norm.replace(new RegExp(CALENDAR_YEAR.source, 'gi'), ' ').match(/(?<![\d年月])(\d+(?:\.\d+)?|半|[一二两三四五六七八九十]+)\s*(个)?(年|月|周|天|日)(?!\d)/g) ?? [];
  for (const m of zh) {
    const [, n, ge, unit] = m.match(/(\d+(?:\.\d+)?|半|[一二两三四五六七八九十]+)\s*(个)?(年|月|周|天|日)/)!;
    if (unit === '月' && !ge && n !== '半') continue; // "10月" is a month
    if (/^\d{4}$/.test(n!)) continue; // "2021年" is a year
    const value = n === '半' ? 0.5 : /^\d/.test(n!) ? Number(n) : zhOrDigit(n!);
    if (!Number.isNaN(value)) return value * DAYS[unit!]!;
  }
  const en = norm.match(/\b(\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|half a)\s+(year|month|week|day)s?\b/);
  if (en) {
    const n = en[1]!;
    const value = /^\d/.test(n) ? Number(n) : n === 'half a' ? 0.5 : n === 'a' || n === 'an' ? 1 : NUM_WORD_EN[n]!;
    return value * DAYS[en[2]!]!;
  }
  return lapseBetweenMonths(norm);
}

/** The year of the briefing (April 2022): the year a date it gives without one falls in, and the year "this year" means. */
export const BRIEFING_YEAR = 2022;
const RELATIVE_YEARS: Record<string, number> = { 今年: 0, 本年: 0, 去年: -1, 前年: -2, 'this year': 0, 'last year': -1 };
const RELATIVE_YEAR = new RegExp(Object.keys(RELATIVE_YEARS).join('|'), 'g');

/**
 * "member until Jan 2021, lapsed, re-signing in June 2022", "2021年1月断约，2022年6月再签": a lapse given by the two
 * months it runs between, in days (30 a month).
 */
function lapseBetweenMonths(norm: string): number | null {
  if (!/lapse|断约|停签|停了|到期|expired|ended|cancel|re-?sign|续签|再签|回来|came back|return/.test(norm)) return null;
  // a year named relative to the briefing's own (April 2022): "今年5月重新签回来", "last year"
  norm = norm.replace(RELATIVE_YEAR, (w) => `${BRIEFING_YEAR + RELATIVE_YEARS[w]!}年`);
  // a year without a month ("2020年断约", "lapsed in 2020") bounds the lapse from below: December when it is the
  // earlier end, January when the later
  const ends: { year: number; month: number | null }[] = [];
  for (const m of norm.matchAll(/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{4})\b|(\d{4})\s*年\s*(\d{1,2})\s*月|(?<![\d.\/-])(20\d\d)(?:\s*年(?!\s*\d{1,2}\s*月)|(?![\d年.\/-]))/g)) {
    if (m[5]) ends.push({ year: Number(m[5]), month: null });
    else ends.push({ year: Number(m[2] ?? m[3]), month: m[1] ? MONTHS_EN.indexOf(m[1]) + 1 : Number(m[4]) });
  }
  if (ends.length !== 2) return null;
  const [a, b] = [...ends].sort((x, y) => x.year * 12 + (x.month ?? 6) - (y.year * 12 + (y.month ?? 6)));
  const from = a!.year * 12 + (a!.month ?? 12);
  const to = b!.year * 12 + (b!.month ?? 1);
  // (a year alone resolves whole years only: a shorter lower bound says nothing, "2021 to March 2022" may be 14 months)
  if ((a!.month === null || b!.month === null) && to - from < 12) return null;
  return Math.max(0, to - from) * 30;
}

/** A length a line sets as a threshold ("断约1年以上", "超过30天", "more than 1 year"), in days. */
export function thresholdDays(line: string): number | null {
  const zh = line.match(/(\d+(?:\.\d+)?)\s*(个)?(年|月|周|天|日)(以上|及以上)|(?:超过|超出|满)(\d+(?:\.\d+)?)\s*(个)?(年|月|周|天|日)/);
  if (zh) {
    const [n, unit] = zh[1] ? [zh[1], zh[3]!] : [zh[5]!, zh[7]!];
    if (unit === '月' && !(zh[2] ?? zh[6])) return null;
    return Number(n) * DAYS[unit]!;
  }
  const en = line.toLowerCase().match(/\b(?:more than|over|at least|longer than)\s+(\d+(?:\.\d+)?)\s+(year|month|week|day)s?\b/);
  return en ? Number(en[1]) * DAYS[en[2]!]! : null;
}

/** "第一期", "3月份的名单", "last season", "next month": a period or edition the answer must be about. */
export function findPeriod(q: string): string | null {
  const m =
    q.match(/第\s*[0-9一二三四五六七八九十]+\s*[期季批届轮]/) ??
    // (with a few words naming it between: "5月的商家场发布会", "3月份的严重违规名单"; not a part of the month, "5月底")
    q.match(/(?<![0-9])(1[0-2]|[1-9])\s*月份?的?[^\d\s，,。？?!！日号底初中旬末上下前后内起至到]{0,6}?(名单|榜单|那批|那期|活动|挑战赛|发布会|公示|公布)/) ??
    // ...the month in Chinese numerals too ("三月份的公示名单", "十二月的活动"; not a count of months, "三个月", nor April,
    // the briefing's own month, whose lines write it "4月")
    q.match(/(?<![0-9一二三四五六七八九十几个])(十[一二]?|[一二三五六七八九])\s*月份?的?[^\d\s，,。？?!！日号底初中旬末上下前后内起至到]{0,6}?(名单|榜单|那批|那期|活动|挑战赛|发布会|公示|公布)/) ??
    // a month in which something was named or published ("the suppliers publicly named in March"): the list of that month
    q.match(/\b(?:named|listed|published|publici[sz]ed|announced|disclosed|shamed|exposed)\b[^.?!？。]{0,20}?\bin (january|february|march|june|july|august|september|october|november|december)\b/i) ??
    // a month the asker names for a list or event ("last month's (March) list") is the period, before "last month";
    // as in periodPattern, not April (the briefing's own month, whose lines say "4月") nor May (also a verb)
    q.match(/\b(january|february|march|june|july|august|september|october|november|december)\b(?=[^.?!？。]{0,30}\b(list|batch|round|edition|season|briefing|session|event|challenge)\b)/i) ??
    // a code-mixed question names the month in English and the event in Chinese ("May 场", "June 的名单", "March 那期"):
    // the Chinese noun after it makes "May" a month, as 5月的发布会 is (not April, the briefing's own month)
    q.match(/\b(january|february|march|may|june|july|august|september|october|november|december)\b(?:'s)?\s*(?:[那这]?[场期批届轮次]|的?\s*\p{Script=Han}{0,4}?(?:名单|榜单|发布会|活动|挑战赛|公示|直播))/iu) ??
    // (not when it dates what happened to the asker: "上个月已经被警告过一次", "上次被抓": that is their offence count)
    // (nor a year that dates the asker's own doing by its month, "去年3月断约了", or by its verb, "去年断约了", "去年签的")
    q.match(/(?:上[一个]?(期|季|次|个月|月)|去年(?!\s*(\d{1,2}|[一二三四五六七八九十]{1,2})\s*月|底|初|年底|年初))(?![^，,。？?]{0,4}(已经|已|被|刚|因为|我们|我|公司|店铺|业务员|断约|解约|签|续约|续费|开通|注册|入驻|加入|停|退出))|明年|下[一个]?(期|季|个月)|下一?次[^，,。？?]{0,6}?(发布会|商家场|直播|挑战赛|课程?|分享会)|往期|历届/) ??
    q.match(/(?<![0-9])([2-5]|[二三四五两])\s*星(级)?(商家|的|有|能|权益|需要|要求|条件)|\b[2-5][- ]stars?\b/) ??
    // a plan beyond what was announced ("later this year", "以后会不会加"): only a line announcing a plan speaks to it
    q.match(/\b(later this year|later in the year|in the future|future plans?|down the road|eventually|planned|any plans?|plans? to (add|launch|offer|open|support|introduce))\b|(?<![\d号日月天年周])以后会|将来|未来会|未来有没有|后续会不会|今后会|有没有计划|有计划|(计划|打算)(推出|上线|开通|增加|支持)/i) ??
    // May is a month when a year or an edition noun follows it ("the May 2022 briefing", "May's list"); "may" alone is a verb
    q.match(/\bMay(?:'s)?\s+(?:20\d\d\b|(?:[a-z-]+\s+){0,2}?(?:list|batch|round|edition|briefing|session)\b)/) ??
    // "season 3", "round 2" name an edition as "第3季" does
    q.match(/\b(season|round|batch|edition|phase)\s+\d+\b/i) ??
    // a second list or batch ("the second (May) public list"): the briefing announces one, so a line may speak to it
    q.match(/\b(second|2nd)\b(?:\s+[(\w)]+){0,2}?\s+(list|batch|round|edition|season)\b/i) ??
    // (a later edition may be named with the thing between, "the fourth FollowMe topic period", as 第四期 is; the
    // briefing's English calls an edition of FollowMe a "topic call", and askers write ordinals in figures, "4th")
    q.match(/\b(last|previous|next|past) (season|round|edition|month|year|batch)\b(?!,? (we|i|our|my|they|he|she) )|\b(next|upcoming|following) ([\w-]+ ){0,2}?(briefing|session|livestream|event|challenge|call|intake|wave)\b|\b(first|third|fourth|fifth|1st|3rd|[4-9]th) (season|round|edition|batch|period|phase|call|intake|wave)\b|\b(third|fourth|fifth|sixth|3rd|[4-9]th)(?:\s+[\w-]+){1,3}?\s+(season|round|edition|batch|period|phase|call|intake|wave)\b|\b(january|february|march|june|july|august|september|october|november|december)('s)? (list|batch|round)\b/i);
  return m ? m[0] : (findYear(q) ?? null);
}

// a calendar year the question names as the time of the rule or event it asks about ("the fee in 2021", "2021年发布的吗",
// "the April 2021 session"); not a year that dates the asker's own doing in the same clause ("我们2020年12月断约",
// "our contract lapsed in 2020", "our first warning was back in 2021"), which the answer works out against the rules
// (a year by its context: "2021年", "in 2021", "April 2021"; a bare 2000 is as often a count, "播放人数2000")
const YEAR = /(?<![\d,.])(?:19|20)\d\d(?=\s*年)|(?<=\b(?:in|since|during|before|after|until|till|from|year|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)\s+)(?:19|20)\d\d(?![\d,.]?\d)/i;
const ASKERS_OWN = /我们|我司|我|本公司|断约|解约|签|开通|注册|入驻|续约|成立|\b(we|we're|our|us|i|i'm|my)\b|\b(signed|joined|opened|registered|started|lapsed|ended|expired|founded)\b/i;

// a month the question names as the time of the thing it asks about ("报名9月采购节", "the September sourcing fair"), not
// a part of a month or a day in it ("9月初", "9月1日", "July 10": other checks compare those), nor a length ("3个月")
const MONTH = /(?<![\d.个])(1[0-2]|[1-9])\s*月(?!份?\s*(?:\d|[初中底末上下]|旬))|(?<!\d(?:st|nd|rd|th)?\s*(?:of\s+)?)\b(january|february|march|april|june|july|august|september|october|november|december)\b(?!\.?\s*\d{1,2}(?!\d))/i;

/** The first match of `re` in a clause of the question that does not date the asker's own doing. */
function askedTime(q: string, re: RegExp): RegExpMatchArray | null {
  for (const clause of q.normalize('NFKC').split(/[,，。;；?？!！]|\.(?:\s|$)/)) {
    const m = clause.match(re);
    if (m && !ASKERS_OWN.test(clause)) return m;
  }
  return null;
}

/** A month the question asks about (the time of the thing asked), as its number 1..12; null when none or the asker's own. */
export function findMonth(q: string): number | null {
  const m = askedTime(q, MONTH);
  return m ? (m[1] ? Number(m[1]) : MONTHS.findIndex((name) => name.toLowerCase() === m[2]!.toLowerCase()) + 1) : null;
}

// a version number ("金品3.0", "2.0", "version 4.0"): a digit, a point and a digit, not an amount ("$1.00", "0.125%", "1.5万")
const VERSION = /(?<![\d.$¥￥€£])[1-9]\.\d(?![\d%.万千亿kK])/g;
// ...in a question about a version of something: a membership, a course or a product named with one
const VERSION_CONTEXT = /版|version|\bv\d|金品|gold supplier|verified supplier|\bGS\b|升级/i;

/** The version numbers a question names ("金品3.0 跟 2.0 有啥区别": 3.0 and 2.0), when it speaks of versions at all. */
export function findVersions(q: string): string[] {
  const text = q.normalize('NFKC');
  return VERSION_CONTEXT.test(text) ? [...new Set(text.match(VERSION) ?? [])] : [];
}

/** A year the question asks about (the period of the thing asked), written as four digits. */
export function findYear(q: string): string | null {
  return askedTime(q, YEAR)?.[0] ?? null;
}

function namesRegex(names: string[]): RegExp {
  return new RegExp(names.map((n) => nameRegex(n).source).join('|'), 'i');
}

function nameRegex(name: string): RegExp {
  const n = name.normalize('NFKC').toLowerCase();
  if (/^[\x00-\x7f]+$/.test(n)) return new RegExp(`(?<![a-z])${escape(n).replace(/\s+/g, '[\\s-]+')}s?(?![a-z])`, 'i');
  return new RegExp(escape(n));
}

/** Splits "A? and B?" / "A，另外B" / "A — is B?" into parts; a simple question is one part. */
const ZH_ASKING = /什么时候|多久|多长|多少|几[天个项种次点号月年位家]|什么|啥|哪|怎么|如何|为什么|是否|吗|呢/;

function splitAskingClauses(piece: string): string[] {
  if (!/\p{Script=Han}/u.test(piece)) return [piece];
  const out: string[] = [];
  for (const clause of piece.split(/[，,]/)) {
    const last = out[out.length - 1];
    if (last !== undefined && !(ZH_ASKING.test(withoutQuoted(clause)) && ZH_ASKING.test(withoutQuoted(last)))) out[out.length - 1] = `${last}，${clause}`;
    else out.push(clause);
  }
  return out;
}

// words the asker quotes ("My guy: 'Do you have whatsapp number? It is easy…'", 买家说“能便宜点吗？”): what someone wrote,
// not a part the asker asks; their question marks and commas do not split the question
const QUOTED_SPAN = /(^|[\s:：(（]|(?<=\p{Script=Han}))(['"“‘「『])([^'"“”‘’「」『』]+?)(['"”’」』])(?=$|[\s.,;:!?？。，、)）])/gu;
const PART_BREAKS = '？?；;，,';
/** The text without the words it quotes (see QUOTED_SPAN): whether a clause asks is read from the asker's own words. */
export const withoutQuoted = (text: string) => text.replace(QUOTED_SPAN, (_, pre: string) => `${pre} `);
const HELD_BREAK = 0xe000;

export function splitParts(q: string): string[] {
  const held = q.replace(QUOTED_SPAN, (_, pre: string, open: string, body: string, close: string) => `${pre}${open}${body.replace(/[？?；;，,]/g, (c) => String.fromCharCode(HELD_BREAK + PART_BREAKS.indexOf(c)))}${close}`);
  const restore = (s: string) => s.replace(/[\ue000-\ue005]/g, (c) => PART_BREAKS[c.charCodeAt(0) - HELD_BREAK]!);
  return splitHeld(held).map(restore);
}

function splitHeld(q: string): string[] {
  const pieces = q
    // ("for (a) X and (b) Y": each lettered item is a part)
    .split(/[？?；;]|\s*(?:and\s+|以及|和)?(?=[(（]\s*[b-e]\s*[)）])|(?:，|,)\s*(?=另外|还有|以及|并且|而且|同时|那么|那|顺便|再问|如果|要是|且)|\s+(?:and|also|plus|then)\s+(?=(?:what|how|when|who|which|where|is|are|can|do|does|will|would|should|if)\b)|\s*[—–]+\s*(?=(?:what|how|when|who|which|where|is|are|isn't|can|could|do|does|doesn't|did|will|would|should|must|has|have|any)\b)/i)
    // a Chinese clause after a comma that asks again, when the clause before it asked too, is a part of its own
    // ("绿色工厂什么时候可以申请，平台权益又什么时候全量上线")
    .flatMap(splitAskingClauses)
    .map((s) => s.trim())
    .filter((s) => s && /[\p{L}\p{N}]{2,}/u.test(s));
  return pieces.length ? pieces : [q];
}
