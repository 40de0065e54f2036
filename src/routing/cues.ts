import { fileURLToPath } from 'node:url';
import { readYamlFile } from '../config/yaml.js';
import { z } from 'zod';
import type { ReminderAction } from '../reminders/natural.js';
import type { QuoteSpeakers } from './quoted.js';
import { LANGS, type Lang } from '../core/types.js';

/** The signs a message answered as a question may show that witness it was a draft (rules/routing askDraftVerdict). */
export const DRAFT_VERDICT_SIGNS = ['declined', 'draftForm', 'asksNothing', 'weTellOpening', 'orderTalk', 'ruleTalk'] as const;
export type DraftVerdictSign = (typeof DRAFT_VERDICT_SIGNS)[number];

/**
 * The kinds of small talk to Haili (rules/routing smallTalk), in the order a message is tried against them: "thanks,
 * what can you do?" asks for the usage, "hi, thanks" thanks, "ok thanks" thanks rather than only acknowledging.
 */
export const SMALL_TALK = ['capabilities', 'identity', 'thanks', 'greeting', 'acknowledgement'] as const;
export type SmallTalk = (typeof SMALL_TALK)[number];

const patternList = z.array(z.string().min(1)).min(1);

/** The routing cues and the quote-frame threshold are data (rules/routing/router.yaml), validated here at load. */
const routingSchema = z.object({
  quoteFrameMin: z.number().min(0).max(1),
  quotedTerm: z.object({ maxWords: z.number().int().min(1), maxHan: z.number().int().min(1) }).strict(),
  bothJobsMin: z.number().min(0).max(1),
  askDraftVerdict: z
    .array(z.object({ all: z.array(z.enum(DRAFT_VERDICT_SIGNS)).min(1), none: z.array(z.enum(DRAFT_VERDICT_SIGNS)).optional(), draftMin: z.number().min(0).max(1) }).strict())
    .min(1),
  askAboutDraft: z.array(z.string().min(1)).min(1),
  quotedDraftQuestion: z.object({ zh: z.string().min(1), en: z.string().min(1) }),
  quoteSpeakers: z.object({ buyer: z.array(z.string().min(1)).min(1), rep: z.array(z.string().min(1)).min(1), policy: z.array(z.string().min(1)).min(1) }),
  remindLead: z.array(z.string().min(1)).min(1),
  remindClause: z.array(z.string().min(1)).min(1),
  othersRemind: z.array(z.string().min(1)).min(1),
  remindTeammate: z.array(z.string().min(1).refine((s) => s.includes('(?<who>'), 'needs a (?<who>…) group')).min(1),
  recallQuestion: z.array(z.string().min(1)).min(1),
  ownTaskDue: z.array(z.string().min(1)).min(1),
  notATodo: z.array(z.string().min(1)).min(1),
  indirectQuestion: z.array(z.string().min(1)).min(1),
  questionClause: z.array(z.string().min(1)).min(1),
  weTellStatement: z.array(z.string().min(1)).min(1),
  deadlineDate: z.array(z.string().min(1).refine((s) => s.includes('(?<date>'), 'needs a (?<date>…) group')).min(1),
  eventAhead: z.array(z.string().min(1)).min(1),
  remindsTheBuyer: z.array(z.string().min(1)).min(1),
  caseWindow: z.array(z.string().min(1)).min(1),
  // named alternations ({WHEN}, {THAT_ONE}, …) the reminderActions patterns share, so each word list is written once
  reminderWords: z.record(z.string().regex(/^[A-Z_]+$/), z.array(z.string().min(1)).min(1)),
  // a request for what comes next said after another action ("ok done 了，下一个是啥"): the list follows that action's reply
  reminderThenList: z.array(z.string().min(1)).min(1),
  deadlineChange: z.array(z.string().min(1)).default([]),
  reminderActions: z.object({
    move: z.array(z.string().min(1)).min(1),
    snooze: z.array(z.string().min(1)).min(1),
    done: z.array(z.string().min(1)).min(1),
    cancel: z.array(z.string().min(1)).min(1),
    status: z.array(z.string().min(1)).min(1),
    update: z.array(z.string().min(1)).min(1),
    list: z.array(z.string().min(1)).min(1),
  }),
  smallTalk: z.object(Object.fromEntries(SMALL_TALK.map((kind) => [kind, patternList])) as Record<SmallTalk, typeof patternList>).strict(),
  followUp: z.array(z.string().min(1)).min(1),
  languageSwitch: z.object(Object.fromEntries(LANGS.map((lang) => [lang, patternList])) as Record<Lang, typeof patternList>).strict(),
  rewriteRequest: z.array(z.string().min(1)).min(1),
  cues: z.record(z.string().regex(/^[a-z_]+$/), z.array(z.string().min(1)).min(1)),
  listingLines: z.array(z.string().min(1)).min(1),
  ownListing: z.object({ figures: z.array(z.string().min(1)).min(1), about: z.array(z.string().min(1)).min(1), options: z.array(z.string().min(1)).min(1) }),
});

export interface RoutingRules {
  quoteFrameMin: number;
  /** A quote this short (Latin words, Han characters), unpunctuated and clean, names a term: a question quoting it asks about the term. */
  quotedTerm: { maxWords: number; maxHan: number };
  /** A draft-or-question guess this unsure (the other job has at least this probability) runs both jobs. */
  bothJobsMin: number;
  /**
   * The draft verdict beside a policy answer: given when the message's draft probability reaches the lowest bar
   * (draftMin) among the witnesses whose signs it shows (all of "all", none of "none").
   */
  askDraftVerdict: { all: DraftVerdictSign[]; none: DraftVerdictSign[]; draftMin: number }[];
  /** A sentence asking whether a draft may be sent; around a longer text it makes the text a quoted draft. */
  askAboutDraft: RegExp[];
  /** Asked instead when the briefing does not answer a question about a quoted draft in its own words. */
  quotedDraftQuestion: { zh: string; en: string };
  /**
   * Who said the words a quote holds, read on the text just before it: the buyer's quoted back, the rep's reply, or the
   * policy material's own words (the briefing, its slides, its agenda, the rule: never a draft).
   */
  quoteSpeakers: QuoteSpeakers;
  /** A message opening with one of these asks to be reminded, whatever the model makes of the rest. */
  remindLead: RegExp[];
  /** "… remind me Monday night", "…前两天叫我一下": asking to be reminded after saying what about or when. */
  remindClause: RegExp[];
  /** "Will Alibaba remind me …?": asks whether someone else reminds, so it is a question. */
  othersRemind: RegExp[];
  /** A reminder asked for a teammate; the named group "who" is the person, named as the assignee. */
  remindTeammate: RegExp[];
  /** "Remind me, what … again?": asks to be told a fact, so it is a question whatever "remind" suggests. */
  recallQuestion: RegExp[];
  /** A date the work is due by ("周五前", "by Friday"); the group "date" is the day the case's deadline should fall on. */
  deadlineDate: RegExp[];
  /** The event a case is anchored on said to be still to come ("名单5月下旬出", "will be published on Jan 10"). */
  eventAhead: RegExp[];
  /** The store's own work said to be due ("…前新品要全部上完", "… have to be live"): with a deadlineDate, a to-do stated. */
  ownTaskDue: RegExp[];
  /** Words of a text for a buyer (亲, a closing 哦, "I'll send it"): the store's work said in them is no to-do. */
  notATodo: RegExp[];
  /** A question asked in words, not by its form ("I was wondering if we can …", "想知道…是不是…"). */
  indirectQuestion: RegExp[];
  /** A question word inside the last clause, with no mark after it ("…之后有什么不同", "会被怎么处罚"): it asks. */
  questionClause: RegExp[];
  /** The store telling what it does or has, in the first person: a statement that may be for a buyer as well as for Haili. */
  weTellStatement: RegExp[];
  /** "提醒您，尾款…", "just a reminder that …": the buyer is reminded, so the message is a draft, not a request. */
  remindsTheBuyer: RegExp[];
  /** The window a case is given, said with its kind ("一周内整改完", "within 7 days", "14 day window"): the case is stated. */
  caseWindow: RegExp[];
  /** "…, what's next?" after a done or a snooze: the open list follows the action's reply. */
  reminderThenList: RegExp[];
  /** a date change that names the deadline: the day said is the due day (group `date` the new one, when given) */
  deadlineChange: RegExp[];
  /** What a message asks of the reminders already tracked, tried in this order (the first that matches wins). */
  reminderActions: { action: ReminderAction; patterns: RegExp[] }[];
  /**
   * Small talk to Haili, each read on the whole message: a greeting (said hello back to, with what Haili can do), a
   * question about Haili itself ("are you a bot?", "你叫什么名字": the same introduction), thanks (answered "you're
   * welcome"), "what can you do?" (the usage) and a bare acknowledgement ("ok", "好的 收到": a short "anytime").
   */
  smallTalk: Record<SmallTalk, RegExp[]>;
  /** A short follow-up to Haili's previous reply ("why?", "那怎么改"), read on the whole message: the last job is run again. */
  followUp: RegExp[];
  /**
   * A request for the reply in the other language ("in English please", "中文回答"), read on the whole message, by the
   * language asked for: the last job is run again in it.
   */
  languageSwitch: Record<Lang, RegExp[]>;
  /**
   * A request to rewrite the text Haili just judged, with no text of its own ("make it more polite", "再礼貌一点", "翻译成英文"),
   * read on the whole message: a follow-up to the last job, or the draft job when nothing is remembered.
   */
  rewriteRequest: RegExp[];
  cues: { name: string; patterns: RegExp[] }[];
  /** Patterns for a line of a pasted listing; the model sees how many lines match (features.ts). */
  listingLines: RegExp[];
  /**
   * The rep's own listing told in a message: a listing's figure tied to their product or link (figures with about), or
   * a product's options or tiers (options). Such a message also gets the listing check, whatever job it goes to.
   */
  ownListing: { figures: RegExp[]; about: RegExp[]; options: RegExp[] };
}

export const DEFAULT_ROUTING_RULES = fileURLToPath(new URL('../../rules/routing/router.yaml', import.meta.url));

export function loadRoutingRules(path = DEFAULT_ROUTING_RULES): RoutingRules {
  const data = readYamlFile(path, routingSchema, { shownAs: path });
  const compile = (what: string, src: string) => {
    try {
      return new RegExp(src, 'iu');
    } catch (err) {
      throw new Error(`${path}: ${what}: bad pattern ${JSON.stringify(src)}: ${(err as Error).message}`);
    }
  };
  // Cues look at the whole message with ^/$ per line ('m'); listing lines are tried one line at a time.
  const cues = Object.entries(data.cues).map(([name, sources]) => ({
    name,
    patterns: sources.map((src) => new RegExp(compile(`cue ${name}`, src).source, 'imu')),
  }));
  const words = Object.fromEntries(Object.entries(data.reminderWords).map(([name, alts]) => [name, `(?:${alts.join('|')})`]));
  // {NAME} is a reminderWords list (a Unicode class, \p{P}, is not); a name not there is an error at load, not a pattern
  // that silently never matches
  const withWords = (what: string, src: string) =>
    src.replace(/(?<!\\[pP])\{([A-Z_]{2,})\}/g, (m, name: string) => {
      const alt = words[name];
      if (alt === undefined) throw new Error(`${path}: ${what}: unknown reminderWords entry ${m}`);
      return alt;
    });
  const reminderActions = Object.entries(data.reminderActions).map(([action, sources]) => ({
    action: action as ReminderAction,
    patterns: sources.map((src) => compile(`reminderActions.${action}`, withWords(`reminderActions.${action}`, src))),
  }));
  return {
    quoteFrameMin: data.quoteFrameMin,
    quotedTerm: data.quotedTerm,
    bothJobsMin: data.bothJobsMin,
    askDraftVerdict: data.askDraftVerdict.map((w) => ({ all: w.all, none: w.none ?? [], draftMin: w.draftMin })),
    askAboutDraft: data.askAboutDraft.map((src) => compile('askAboutDraft', src)),
    quotedDraftQuestion: data.quotedDraftQuestion,
    quoteSpeakers: { buyer: data.quoteSpeakers.buyer.map((src) => compile('quoteSpeakers.buyer', src)), rep: data.quoteSpeakers.rep.map((src) => compile('quoteSpeakers.rep', src)), policy: data.quoteSpeakers.policy.map((src) => compile('quoteSpeakers.policy', src)) },
    remindLead: data.remindLead.map((src) => compile('remindLead', src)),
    remindClause: data.remindClause.map((src) => compile('remindClause', src)),
    othersRemind: data.othersRemind.map((src) => compile('othersRemind', src)),
    // case-sensitive: an English name is told by its capital ("remind Lily to …", not "remind all to …")
    remindTeammate: data.remindTeammate.map((src) => new RegExp(compile('remindTeammate', src).source, 'u')),
    recallQuestion: data.recallQuestion.map((src) => compile('recallQuestion', src)),
    ownTaskDue: data.ownTaskDue.map((src) => compile('ownTaskDue', src)),
    notATodo: data.notATodo.map((src) => compile('notATodo', src)),
    indirectQuestion: data.indirectQuestion.map((src) => compile('indirectQuestion', src)),
    questionClause: data.questionClause.map((src) => compile('questionClause', src)),
    weTellStatement: data.weTellStatement.map((src) => compile('weTellStatement', src)),
    deadlineDate: data.deadlineDate.map((src) => compile('deadlineDate', src)),
    eventAhead: data.eventAhead.map((src) => compile('eventAhead', src)),
    remindsTheBuyer: data.remindsTheBuyer.map((src) => compile('remindsTheBuyer', src)),
    caseWindow: data.caseWindow.map((src) => compile('caseWindow', src)),
    reminderActions,
    reminderThenList: data.reminderThenList.map((src) => compile('reminderThenList', withWords('reminderThenList', src))),
    deadlineChange: data.deadlineChange.map((src) => compile('deadlineChange', withWords('deadlineChange', src))),
    smallTalk: Object.fromEntries(SMALL_TALK.map((kind) => [kind, data.smallTalk[kind].map((src) => compile(`smallTalk.${kind}`, src))])) as Record<SmallTalk, RegExp[]>,
    followUp: data.followUp.map((src) => compile('followUp', src)),
    languageSwitch: Object.fromEntries(LANGS.map((lang) => [lang, data.languageSwitch[lang].map((src) => compile(`languageSwitch.${lang}`, src))])) as Record<Lang, RegExp[]>,
    rewriteRequest: data.rewriteRequest.map((src) => compile('rewriteRequest', src)),
    cues,
    listingLines: data.listingLines.map((src) => compile('listingLines', src)),
    ownListing: {
      figures: data.ownListing.figures.map((src) => compile('ownListing.figures', src)),
      about: data.ownListing.about.map((src) => compile('ownListing.about', src)),
      options: data.ownListing.options.map((src) => compile('ownListing.options', src)),
    },
  };
}
