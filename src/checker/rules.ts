import { join } from 'node:path';
import { readYamlFile, yamlFilesIn } from '../config/yaml.js';
import { z } from 'zod';
import { foldLetters } from './normalize.js';
import { LEAK_CATEGORIES } from './categories.js';

/** Detection rules are data (rules/detection/*.yaml); this module validates and compiles them. */

const category = z.enum(LEAK_CATEGORIES);
// Folded like the text it runs on, so a rule may be written in any script's own spelling.
const regexSource = z.string().min(1).transform(foldLetters);
const score = z.number().min(0).max(1);
const bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) });

const base = { id: z.string().regex(/^[a-z_.-]+$/), category, clause: z.string(), reason: bilingual };

const messengerSchema = z.object({
  ...base,
  kind: z.literal('messenger'),
  window: z.number().int().positive(),
  postWindow: z.number().int().positive(),
  scores: z.object({ handle: score, weakHandle: score, invite: score, weakInvite: score, ask: score, weakAsk: score, mention: score, weakMention: score }),
  handleLabel: regexSource,
  handle: regexSource,
  inviteStrong: z.array(regexSource),
  inviteWeak: z.array(regexSource),
  ask: z.array(regexSource),
  negation: z.array(regexSource),
  feature: z.array(regexSource),
  // Around a name with no handle: the draft keeps the chat on the platform ("we only communicate via Alibaba.com",
  // 平台规定不能在站外沟通). The name is then what the rep declines, unless the rep invites to their own account.
  refusal: z.array(regexSource).default([]),
  // Right after a name with no handle, in its own clause: the rep ruling it out ("QQ我们不用", "Zalo就不加了").
  negationAfter: z.array(regexSource).default([]),
  // Right after a name with no handle: the rep inviting there, Chinese putting the verb after the app ("钉钉上聊吧",
  // "企业微信加一下", "威信搜【佳乐礼品】就能找到我们", "WA 发你").
  inviteAfter: z.array(regexSource).default([]),
  // Around a name with no handle: a warning about impostors or scams on that app, never an invitation.
  warning: z.array(regexSource).default([]),
  // Said of a handle with a warning: the account is not the seller's ("那个不是我们的，是冒充的", "is not ours").
  disowned: z.array(regexSource).default([]),
  // Right before a weak name (one that is also an ordinary word) with no handle label: the word as a common noun
  // ("show you the line", "the signal is weak"). Matched against the end of the text before the name.
  weakAsWord: z.array(regexSource).default([]),
  // Right before a name: the buyer's words or a third party's reported back ("您说您朋友推荐了我们的…", "you mentioned
  // our …"). "our" there names what was said, not an invitation, so a refusal around it (or in the next sentence) counts.
  reportedSpeech: z.array(regexSource).default([]),
  // Right after a name with no handle: the app or platform as the topic of the business, not a channel between the
  // rep and the buyer ("your Instagram ads", 您的抖音广告素材, "TikTok content"). The name then neither asks nor
  // invites, unless the rep adds or contacts there in the same breath.
  topicAfter: z.array(regexSource).default([]),
  // In the sentence of a handle: the buyer's own account printed or engraved on the goods they order ("your TikTok
  // @x will be laser engraved on the handle", "包装盒侧面印上客户的Instagram账号 @x"). Customisation, not the rep's
  // account, unless the rep names it as "my / our" right before it.
  buyersPrint: z.array(regexSource).default([]),
  // Right before the name of a handle: the buyer as its owner ("your Skype live:peter.k is noted"). The buyer's own
  // account read back, unless the rep adds or contacts it in that breath ("add your WeChat …" stays a finding).
  buyerBefore: z.array(regexSource).default([]),
  // Right after a handle: words that make it the buyer's ("WhatsApp +44 … — that's yours, right?", "… 是您的吧").
  buyerAfter: z.array(regexSource).default([]),
  // How far around the name the refusal and warning words are looked for (characters of the compact view).
  refusalWindow: z.number().int().positive().default(140),
  askReason: bilingual,
});

const phoneSchema = z.object({
  ...base,
  kind: z.literal('phone'),
  scores: z.object({
    international: score, cnMobile: score, withContext: score, masked: score, maskedNoContext: score, possible: score, weak: score, buyerOwned: score,
    // A national-format mobile of a region the draft names (country, city, currency, +code), or of a buyer market.
    regionMobile: score, marketMobile: score,
  }),
  minDigits: z.number().int().min(5),
  // Short numbers (small territories have 4-6 digit mobiles) count only right after a call verb.
  shortMinDigits: z.number().int().min(3),
  callVerb: z.array(regexSource),
  // ... unless the words before are an address's state, the short number its postcode ("Perth, WA 6000").
  shortNotAfter: z.array(regexSource).default([]),
  maxDigits: z.number().int().max(20),
  window: z.number().int().positive(),
  contact: z.array(regexSource),
  notContact: z.array(regexSource),
  unitsAfter: z.array(regexSource),
  shipNumber: regexSource.optional(),
  buyerOwned: z.array(regexSource),
  // Words after a labelled number that tell the buyer to call or message it: the label no longer applies.
  instruction: z.array(regexSource),
  platformOwned: z.array(regexSource),
  // Right after the number: words naming the buyer or the platform as its owner ("... your company landline?").
  ownerAfter: z.array(regexSource).default([]),
  // Around a number the buyer owns: the rep calling or messaging the buyer on it ("is this your number …? I tried
  // calling this morning"). The number is read back to reach the buyer off the platform, so it is no longer lowered.
  repCallsIt: z.array(regexSource).default([]),
  // A line the seller runs for its customers ("service line for Bangladesh customers: ..."): the buyer word
  // names who it serves, not whose number it is.
  serviceLine: z.array(regexSource).default([]),
  // The buyer's premises or place the seller's person goes to ("our agent will visit your shop: …"): a buyer word there
  // names where the visit is, not whose number follows, so it does not undo a service line.
  visitedPlace: z.array(regexSource).default([]),
  // The customers of a place as a label right before the number ("越南客户：…"): the code checks the place in the label.
  audienceLabel: regexSource.optional(),
  // The words before a number, on its line, that put it inside the wording the goods will carry (a sign's or a label's
  // sample text, opened by a quote): the buyer's copy, not the rep's contact.
  printedCopy: z.array(regexSource).default([]),
  // The shipping block a number sits in (back to the blank line before it): words that make its numbers the
  // consignee's for the courier, and words after it, in its sentence, that put it on the waybill.
  consignee: z.array(regexSource).default([]),
  consigneeAfter: z.array(regexSource).default([]),
  // Right after the number, in its sentence: a label that names it something else ("'139 0539 8810' is our batch code").
  notContactAfter: z.array(regexSource).default([]),
  // The contact words that only say "a number" (号码, number): a label after the number names which one.
  numberWordOnly: regexSource.optional(),
  // The digits as typed, whole: shapes that are never a phone number (a date, "2022-05-19").
  notPhoneShapes: z.array(regexSource).default([]),
  // Right before the number, joined to it by a hyphen in the original text: a code's letter prefix ("JM-186-2390-5587").
  codePrefix: regexSource.optional(),
  // Two numbers of one length joined by these words ("0412-558-907 to 0412-559-006", "3401 至 3460") and at most
  // rangeMaxSpan apart: the ends of a numbered series (cartons, serials, a packing list), which nobody dials.
  rangeJoin: regexSource.optional(),
  rangeMaxSpan: z.number().int().positive().default(100000),
  // The marks that join items of a list ("9005/9006/H11", "9005、9006、H11"): a number whose groups they join, and that
  // the same mark joins to the next or the previous item, is two items of a list, not one buyer-market number.
  listJoin: regexSource.optional(),
});

const emailSchema = z.object({
  ...base,
  kind: z.literal('email'),
  scores: z.object({ personal: score, company: score, obfuscated: score, buyerOwned: score }),
  allowDomains: z.array(z.string()),
  freeMail: z.array(z.string()),
  tlds: z.array(z.string().regex(/^[a-z]+$/)),
  // Every country's two-letter domain as well (libphonenumber's list of regions, with uk for gb): a buyer's country
  // writes its own ("biuro at fotelepol dot pl", "kontakt at moebel-huber dot at"), and no list here can keep up.
  countryTlds: z.boolean().default(false),
  buyerOwned: z.array(regexSource),
  // The shipping block before an address (back to the blank line before it) names the consignee or the buyer's
  // forwarder: its addresses are theirs for the courier or customs, unless the rep calls one their own.
  consignee: z.array(regexSource).default([]),
  // Words around an address that warn the buyer against it ("… is not from us, don't click, it's phishing", 冒充我们的
  // 邮箱): a scammer's address named to stay away from, not the seller's, unless the rep calls it their own.
  warning: z.array(regexSource).default([]),
  // Words spelled for "@" and "." ("at"/"dot", "arroba"/"punto", "собака"/"точка"), alone between spaces or in
  // brackets: "sales arroba hengli punto com". Plain words, folded like the text.
  atWords: z.array(z.string().regex(/^[^\s()[\]{}<>|\\]+$/).transform(foldLetters)).min(1),
  dotWords: z.array(z.string().regex(/^[^\s()[\]{}<>|\\]+$/).transform(foldLetters)).min(1),
});

const linkSchema = z.object({
  ...base,
  kind: z.literal('link'),
  scores: z.object({ messenger: score, shortener: score, fileShare: score, personal: score }),
  // Words in the sentence of a site that warn against it ("钓鱼网站", "a phishing link"): the buyer is told not to go
  // there, so the site is not the seller's. (Messenger links and file shares are never excused this way.)
  warning: z.array(regexSource).default([]),
  // Words in the sentence of a personal site that make it the buyer's own, printed on the goods they order ("your
  // carton print file shows www.…", "Your brand URL on the 彩盒 bottom: www.…"): customisation, not the seller's site.
  // Not when the rep names a site of their own in that sentence before it (ownBefore: "your logo and our website").
  buyersPrint: z.array(regexSource).default([]),
  ownBefore: z.array(regexSource).default([]),
  // Right before a personal site or a file share (buyersSiteBefore, ending at it) or right after it (buyersSiteAfter,
  // starting there): words that make it the buyer's own ("Your website www.… looks great", "the link you sent
  // (https://…)", "您发的链接 www.…"). The buyer's site read back, not the seller's. Messenger links are never excused.
  buyersSiteBefore: z.array(regexSource).default([]),
  buyersSiteAfter: z.array(regexSource).default([]),
  // Right before any link, messenger links and shorteners too: words that make it one the buyer sent ("the link you
  // sent (…)", "Thanks for the Google Form (…)", "We got your Instagram link …").
  buyersSentBefore: z.array(regexSource).default([]),
  // A messenger link or a shortener after the buyer as its owner ("Your Telegram link t.me/…"), in a line that declines
  // it (declined: "thanks, but we only chat on Alibaba"): the buyer's link turned down, not the rep's given.
  buyersLinkBefore: z.array(regexSource).default([]),
  declined: z.array(regexSource).default([]),
  messengerDomains: z.array(z.string()),
  shorteners: z.array(z.string()),
  fileShare: z.array(z.string()),
  allowDomains: z.array(z.string()),
  // Carriers' and tracking sites: an order step (FAQ 二). They pass like allowDomains, and the classifier reads the
  // draft without them (their paths and query strings look like any other link to its n-grams).
  tracking: z.array(z.string()).default([]),
  // Public bodies' and certifiers' own sites (customs, standards, test labs, governments): where the buyer checks a
  // certificate or a rule, not the seller's channel. Domains, and host suffixes such as ".gov".
  publicSites: z.array(z.string()).default([]),
  tlds: z.array(z.string().regex(/^[a-z]+$/)),
});

const patternSchema = z.object({
  ...base,
  kind: z.literal('pattern'),
  score,
  patterns: z.array(regexSource).min(1),
  // A cheap regex every match needs; drafts without it skip the (costlier) patterns.
  gate: regexSource,
  unless: z.array(regexSource).default([]),
  // Phrases that deny an "unless" word ("not for shipping", 不是为了发货): the word then gives no reason.
  unlessDenied: z.array(regexSource).default([]),
  negation: z.array(regexSource).default([]),
  // Right after a match, in its own clause: the thing named is ruled out ("私人号码真的不能给"), where the look-back
  // negation does not see it (as the lexicon rules have it).
  negationAfter: z.array(regexSource).default([]),
  // How many characters after the match negationAfter reads (within the sentence): a rule whose ruling-out names a
  // list first ("… Google Drive and WeTransfer don't work in China") needs more than the default.
  negationAfterWindow: z.number().int().positive().default(24),
});

const lexiconSchema = z.object({
  ...base,
  kind: z.literal('lexicon'),
  window: z.number().int().positive(),
  context: z.array(regexSource).default([]),
  negation: z.array(regexSource).default([]),
  unless: z.array(regexSource).default([]),
  // Right after a match, in its own clause: the thing named is ruled out ("微信支付在国际站上用不了", "PayPal is not
  // accepted"). Chinese puts the refusal after the noun, where the look-back negation does not see it.
  negationAfter: z.array(regexSource).default([]),
  // Words that make the name describe the goods (a shape, a print, a product it is part of: "纸飞机模型", "QQ糖",
  // "WhatsApp logo cushion"). Tested in the name's own clause only (commas and semicolons end it), so a product word
  // in the next clause ("V❤同号，发您的款式我都存了") does not cover an invitation. An entry with its own unless words
  // goes without them, as it goes without the rule's unless words.
  describes: z.array(regexSource).default([]),
  // Words that point back at the name from further on than the window ("we have an Instagram page with the whole catalogue
  // and photos of the factory, búscanos allí"): "there" refers to the name however far it was, so they count up to
  // farWindow characters after it, in its sentence or the next one. The unless words are read over that span too.
  farContext: z.array(regexSource).default([]),
  farWindow: z.number().int().positive().default(200),
  entries: z.array(
    z.object({
      id: z.string().regex(/^[a-z_-]+$/),
      name: z.string().min(1),
      category,
      // Substrings (|-separated, no regex) one of which every match contains: drafts without any skip the entry.
      // test/checker-literal-skip-never-hides-a-match.test.ts proves it on every labelled draft.
      gate: z.string().min(1).transform(foldLetters),
      patterns: z.array(regexSource).min(1),
      score, // alone
      contextScore: score, // with a context word in the same sentence
      context: z.array(regexSource).default([]), // replaces the rule's shared context words
      unless: z.array(regexSource).optional(), // replaces the rule's shared unless words
    }).partial({ category: true }),
  ).min(1),
});

const recognizerSchema = z.discriminatedUnion('kind', [messengerSchema, phoneSchema, emailSchema, linkSchema, patternSchema, lexiconSchema]);

const zoneSchema = z.object({
  id: z.string(),
  kind: z.literal('zone'),
  clause: z.string(),
  minScore: score,
  signOff: regexSource.optional(),
  labelLine: regexSource.optional(),
  marker: regexSource.optional(),
  reason: bilingual,
});

const regionSchema = z.object({
  markets: z.array(z.string().regex(/^[A-Z]{2}$/)),
  ignoreNames: z.array(z.string()).default([]),
  legacyMobileTokens: z.record(z.string().regex(/^[A-Z]{2}$/), z.string().regex(/^\d+$/)),
  aliases: z.record(z.string().regex(/^[A-Z]{2}$/), z.array(z.string().min(1))),
});

const quoteSchema = z
  .object({
    open: z.array(z.string().length(1)).min(1),
    close: z.array(z.string().length(1)).min(1),
    maxLength: z.number().int().positive(),
    speakerLine: regexSource,
    attribution: z.array(regexSource),
    attributionMarked: z.array(regexSource),
    decline: z.array(regexSource),
    keepHere: z.array(regexSource).default([]),
    productTextBefore: z.array(regexSource),
    productTextAfter: z.array(regexSource),
    // Words naming a quotation as a brand or trademark ("our brand name is 'Viber Home'"): the rep's own words, but a
    // name, not a contact or an invitation.
    nameBefore: z.array(regexSource).default([]),
    // A refusal right before a quotation ("we don't do 'email me'", 我们不做“私下交易”): the quoted words are what is refused.
    refuseBefore: z.array(regexSource).default([]),
    // A subject line quoting the buyer's message ("Re: Please call me on ..."): quoted when the reply declines.
    subjectLine: regexSource.optional(),
    // A header opening a quoted or forwarded message: the block down to the next blank line is the buyer's.
    quotedHeader: z.array(regexSource).default([]),
    // A line introducing the buyer's own details to be printed or checked back ("as you sent:", 按您提供的内容):
    // the block after it, down to the next blank line, is the buyer's.
    providedBlock: z.array(regexSource).default([]),
    // Words right after the buyer's quoted words that take the contact up ("sure, I'll add you", 好的我加您, "yes
    // that's my number"): the quotation is then no cover, and what it holds counts as the rep's.
    takeUp: z.array(regexSource).default([]),
    // A yes right after the buyer's quoted request ("您问“有 WhatsApp 吗”，有的", "— sure, ..."), when the reply does not
    // also decline: the request granted, so the quotation is no cover either.
    agree: z.array(regexSource).default([]),
  })
  .refine((q) => q.open.length === q.close.length, 'open and close marks pair up');

const fileSchema = z
  .object({
    clauses: z.array(z.object({ id: z.string(), text: z.string().min(4) })).optional(),
    lexicon: z.record(z.string().regex(/^[A-Z_]+$/), z.array(regexSource)).optional(),
    recognizers: z.array(recognizerSchema).optional(),
    zones: z.array(zoneSchema).optional(),
    regions: regionSchema.optional(),
    quotes: quoteSchema.optional(),
    thresholds: z.object({ block: score, warn: score, classifierWarn: score, llmBand: score }).optional(),
    classifierCut: z.object({ folds: z.number().int().min(2).max(20), maxFalsePositiveRate: score }).strict().optional(),
    arbiter: z.object({ folds: z.number().int().min(2).max(20), maxRecallLoss: score, loweredScore: score }).strict().optional(),
    // Wording over which the classifier alone may not warn (checker.yaml): see RuleSet.classifierUnless.
    classifierUnless: z.array(regexSource).optional(),
    rewrite: bilingual.optional(),
    // A closing line for drafts whose findings are of one category (payment: offer Trade Assurance), in place of `rewrite`.
    rewriteFor: z.record(z.string(), bilingual).optional(),
  })
  .strict();

export type MessengerRule = z.infer<typeof messengerSchema>;
export type PhoneRule = z.infer<typeof phoneSchema>;
export type EmailRule = z.infer<typeof emailSchema>;
export type LinkRule = z.infer<typeof linkSchema>;
export type PatternRule = z.infer<typeof patternSchema>;
export type LexiconRule = z.infer<typeof lexiconSchema>;
export type ZoneRule = z.infer<typeof zoneSchema>;
export type RecognizerRule = z.infer<typeof recognizerSchema>;
export type RegionRules = z.infer<typeof regionSchema>;
export type QuoteRules = z.infer<typeof quoteSchema>;

export interface RuleSet {
  clauses: Map<string, string>;
  lexicon: Record<string, string>;
  recognizers: RecognizerRule[];
  zones: ZoneRule[];
  regions: RegionRules;
  quotes: QuoteRules | null;
  thresholds: { block: number; warn: number; classifierWarn: number; llmBand: number };
  /** How scripts/train-classifier.ts picks the classifier's cut-off (checker.yaml); unused at inference. */
  classifierCut: { folds: number; maxFalsePositiveRate: number };
  /** How scripts/train-arbiter.ts picks its cut-off, and the score a finding it doubts is lowered to; null: arbiter off. */
  arbiter: { folds: number; maxRecallLoss: number; loweredScore: number } | null;
  /**
   * Patterns (compact view) that stop a warning the classifier alone would raise: the
   * rep's own commitment to keep the talk here. Rules still warn and block over them as their own `unless` lists say.
   */
  classifierUnless: string[];
  rewrite: { zh: string; en: string };
  /** Category closings (checker.yaml rewriteFor), keyed by category. */
  rewriteFor: Map<string, { zh: string; en: string }>;
}

export class RulesError extends Error {}

/** Replaces {NAME} with the lexicon alternation. */
export function expand(src: string, lexicon: Record<string, string>): string {
  return src.replace(/\{([A-Z_]+)\}/g, (m, name: string) => {
    const alt = lexicon[name];
    if (alt === undefined) throw new RulesError(`unknown lexicon entry ${m} in pattern ${src}`);
    return alt;
  });
}

/** A lexicon entry with the entries it names filled in (any depth; a cycle is a rule error). */
function expandLexicon(name: string, lexicon: Record<string, string>, path: string[]): string {
  if (path.includes(name)) throw new RulesError(`lexicon entries refer to each other in a cycle: ${[...path, name].join(' -> ')}`);
  const src = lexicon[name]!;
  if (!src.includes('{')) return src;
  return src.replace(/\{([A-Z_]+)\}/g, (m, ref: string) => {
    if (lexicon[ref] === undefined) throw new RulesError(`unknown lexicon entry ${m} in lexicon entry ${name}`);
    return expandLexicon(ref, lexicon, [...path, name]);
  });
}

export function compile(src: string, lexicon: Record<string, string>, flags = 'g'): RegExp {
  const expanded = expand(src, lexicon);
  // A pattern that opens with a positive look-behind runs it at every position of every draft: one such rule once took
  // a third of the checker's time. The look-behind belongs after a literal of the match ("(?:\bis)(?<=…is)").
  if (expanded.startsWith('(?<=')) throw new RulesError(`pattern ${src.slice(0, 80)} opens with a look-behind, which runs at every position of the draft: start it with a literal of the match and put the look-behind after that`);
  try {
    return new RegExp(expanded, flags);
  } catch (e) {
    throw new RulesError(`bad regex ${src}: ${(e as Error).message}`);
  }
}

export function loadRules(dir: string): RuleSet {
  const files = yamlFilesIn(dir);
  if (files.length === 0) throw new RulesError(`no rule files in ${dir}`);
  const out: RuleSet = { clauses: new Map(), lexicon: {}, recognizers: [], zones: [], regions: { markets: [], ignoreNames: [], legacyMobileTokens: {}, aliases: {} }, quotes: null, thresholds: undefined as never, classifierCut: undefined as never, arbiter: null, classifierUnless: [], rewrite: undefined as never, rewriteFor: new Map() };
  for (const f of files) {
    const d = readYamlFile(join(dir, f), fileSchema, { shownAs: f, error: (m) => new RulesError(m) });
    for (const c of d.clauses ?? []) out.clauses.set(c.id, c.text);
    for (const [name, alts] of Object.entries(d.lexicon ?? {})) out.lexicon[name] = `(?:${alts.join('|')})`;
    out.recognizers.push(...(d.recognizers ?? []));
    out.zones.push(...(d.zones ?? []));
    if (d.regions) out.regions = d.regions;
    if (d.quotes) out.quotes = d.quotes;
    if (d.thresholds) out.thresholds = d.thresholds;
    if (d.classifierCut) out.classifierCut = d.classifierCut;
    if (d.arbiter) out.arbiter = d.arbiter;
    out.classifierUnless.push(...(d.classifierUnless ?? []));
    if (d.rewrite) out.rewrite = d.rewrite;
    for (const [cat, closing] of Object.entries(d.rewriteFor ?? {})) {
      if (!(LEAK_CATEGORIES as string[]).includes(cat)) throw new RulesError(`${f}: rewriteFor names unknown category ${cat}`);
      out.rewriteFor.set(cat, closing);
    }
  }
  // A lexicon entry may name another ({PLATFORM_FEATURE} inside PLATFORMW), so each list is written once.
  for (const name of Object.keys(out.lexicon)) out.lexicon[name] = expandLexicon(name, out.lexicon, []);
  if (!out.thresholds || !out.classifierCut || !out.rewrite) throw new RulesError('thresholds, classifierCut and rewrite must be defined (checker.yaml)');
  // A lowered finding must fall below the warn band, or lowering it would change no verdict.
  if (out.arbiter && out.arbiter.loweredScore >= out.thresholds.warn) throw new RulesError('arbiter.loweredScore must be below thresholds.warn (checker.yaml)');
  const ids = new Set<string>();
  for (const r of [...out.recognizers, ...out.zones]) {
    if (ids.has(r.id)) throw new RulesError(`duplicate rule id ${r.id}`);
    ids.add(r.id);
    if (!out.clauses.has(r.clause)) throw new RulesError(`${r.id}: unknown clause ${r.clause}`);
  }
  return out;
}
