/**
 * Decides which job a chat message is for. Explicit commands win (whole words, both languages); a plain
 * message goes to the learned job classifier (src/routing), which weighs a question to Haili, a draft for a
 * buyer, a pasted listing and a reminder request. The router adds the safety net: whatever the job, a text
 * the checker would block or warn on also gets the verdict.
 */
import type { JobClassifier, JobGuess, QuotedDraft } from '../routing/index.js';
import { SMALL_TALK, type SmallTalk } from '../routing/cues.js';
import { asksAboutQuote, extractQuotedDraft, framePieces, quotedFrom } from '../routing/index.js';
import type { ReminderAction } from '../reminders/natural.js';
import { MONEY } from '../listing/parse.js';
import { foldTraditional } from './lang.js';
import { LANGS, type Lang } from './types.js';

export type Verdict = 'block' | 'warn' | 'pass';

export type Intent =
  | { job: 'help' }
  | { job: 'empty' }
  | { job: 'source'; ref: string }
  /** An explicit reminder command ("track …", "tasks", "done C1"). */
  | { job: 'reminder' }
  | { job: 'check'; text: string; explicit: boolean; guess?: JobGuess }
  | { job: 'ask'; text: string; explicit: boolean; guess?: JobGuess; quoted?: QuotedDraft }
  | { job: 'listing'; text: string; explicit: boolean; guess?: JobGuess }
  /** Something asked of the reminders already tracked, in plain words ("what's due this week?", "划掉整改"). */
  | { job: 'manage'; action: ReminderAction; text: string }
  /** A reminder asked for in plain words; the router confirms before creating it. */
  | { job: 'remind'; text: string; guess: JobGuess }
  /** "ask" / "check" alone: run the previous guessed message as the other job. */
  | { job: 'reroute'; to: 'ask' | 'check' }
  /** "yes" / "确认", or "confirm <command>" from a button: run the pending reminder. */
  | { job: 'confirm'; command: string | null }
  /**
   * Small talk to Haili (rules/routing smallTalk): hello back with what Haili can do, "you're welcome", or the usage. A bare
   * greeting or thanks sent to Haili is said to Haili: no verdict card comes with it, as a rep who greets the assistant
   * has no draft to check (one that leaks is no small talk, below).
   */
  | { job: 'smalltalk'; kind: SmallTalk; text: string }
  /**
   * A short follow-up to the previous reply ("why?", "那怎么改"): the conversation's last job, run again; `lang` when the
   * follow-up asks for the reply in that language ("in English please", "中文回答").
   */
  | { job: 'followup'; text: string; lang?: Lang };

// cues (rules/routing/router.yaml) that make a message a question in form
const QUESTION_FORM_CUES = new Set(['question_mark', 'choice_question']);
// ...as does a Chinese question particle at the end, with or without a question mark ("新手任务用新版的吗"), or a
// closing "what is going on / why / what does it mean" ("…后来又变成别的了，咋回事")
const QUESTION_END = /(?:[吗呢]|(?:咋|怎么)回事|为(?:啥|什么|何)|(?:啥|什么)(?:意思|情况|原因)|是(?:啥|什么))[?？!！。.]*\s*$/;
// ...or an A-not-A in the last clause ("显示0星那几天会不会影响搜索流量"): Chinese asks so without 吗 or a question mark
const A_NOT_A_CLAUSE = /(会不会|能不能|是不是|有没有|算不算|要不要|可不可以|需不需要|用不用|行不行|对不对)[^，,。；;!！\n]*$/;
// ...and those that make the words around a quote a question to Haili
const FRAME_QUESTION_CUES = new Set(['question_mark', 'choice_question', 'question_word', 'ask_haili', 'rule_talk']);

// a to-do stated with its due day is none when it talks of an order, greets or signs off, or quotes someone; nor when the
// model is this sure it is a draft
const NOT_A_TODO_CUES = new Set(['order_talk', 'greeting', 'signoff', 'quoted_span']);
const DRAFT_SURE = 0.85;
// a first line that only introduces what follows ("运营让我发给你检查一下：", "pls look at this one:")
const LEAD_IN_LINE = /^[^\n]{0,60}[:：]\s*\n/;
// the words before a colon, an opening quote or a line break: an instruction about the text after it ("润色：…", "make it
// more polite: '…'")
const REWRITE_LEAD = /^([^:：'"“‘「『\n]{1,40}?)\s*(?:[:：]|\n|(?=['"“‘「『]))/u;
const lineCount = (s: string) => s.split('\n').filter((l) => l.trim()).length;

const HELP = /^\s*(help|\?|帮助|使用说明|怎么用|菜单|menu|start)\s*[!！。.]?\s*$/i;
// Latin command words need a space or colon after them ("Checking the order" is not "check"); Chinese ones a
// colon, space or line break, so "检查报告要多久" stays a question.
// "check listing", "check this listing pls:", "检查一下这个商品：": the object named after the verb picks the job
// A bare "listing" is the command only with a colon or a line break after it (or as "/listing"): "Listing price is
// EXW …" and "Listing fixes due Tuesday — remind me" are sentences that start with the word, as "Tracking no." is not "track".
const LISTING_CMD = /^\s*(?:\/?(?:check[ -](?:(?:this|the|my|our|that|a)\s+)?(?:product\s+)?listing(?:\s+(?:pls|please|for me))?|listing[ -]check)(?:\s*[:：]\s*|\s+)|\/listing(?:\s*[:：]\s*|\s+)|listing(?:[ \t]*[:：]\s*|[ \t]*\n)|(?:检查|查|看看|帮我(?:检查|查|看看)?)(?:一下)?(?:这个|这条)?(?:商品|listing|链接|产品)\s*[:：\s])/i;
// "Check 一下 policy：…", "check the rules: may I …" ask about the rules: the command checks a draft, not the policy.
// "Check if '…' is allowed", "check whether we may …" ask whether something may be done: a question, whatever it quotes.
const CHECK_CMD = /^\s*(?:\/?check(?!\s*(?:一下\s*)?(?:the\s+|our\s+)?(?:polic|rules?\b|规则|政策|规定))(?!\s+(?:if|whether)\b)(?:\s*[:：]\s*|\s+)|(?:检查|检测|查一下|帮我检查(?:一下)?|审核)\s*[:：\n ]\s*)/i;
const CHECK_WHETHER = /^\s*(?:pls\s+|please\s+|can you\s+|could you\s+)?check\s+(?:if|whether)\b/i;
// "Ask for my e-mail in your next message…", "ask your forwarder to…": "ask" with a person or "for" after it is a verb of
// the sentence (often a draft to a buyer), not the command, which is "ask:" or "ask <the question>"; the message is then
// routed like any other, so the checker's verdict is never skipped for it.
const ASK_CMD = /^\s*(?:\/?ask(?:\s*[:：]\s*|\s+(?!(?:for|your|ur|yours|him|her|them|me|us|my|our|his|their|someone|somebody|anyone|anybody|everyone|whoever)\b))|(?:问|提问|请问一下|faq)\s*[:：]\s*)/i;
const SOURCE_CMD = /^\s*(?:source|出处|原文|来源)\s*[:：]?\s*(\S*)\s*$/i;
const REROUTE = /^\s*(?:reroute\s+)?(ask|question|是问题|这是问题|问|提问|check|draft|是草稿|这是草稿|检查)\s*[!！。.]?\s*$/i;
const CONFIRM = /^\s*(yes|y|ok|okay|confirm|sure|确认|确定|是的|好的?|对的?|可以)\s*[!！。.]?\s*$/i;
// a confirm button's payload: the command it confirms (a new case, a new date, a moved reminder)
const CONFIRM_CMD = /^\s*confirm\s+((?:track|update|snooze)\s+.+)$/i;

// The bare word as a heading ("Listing: what counts as a false MOQ?") rather than the verb ("check listing: …")
const LISTING_HEADING = /^\s*listing[ \t]*[:：\n]/i;

/**
 * "Listing:" heading a question ("Listing: what counts as a false MOQ?", "listing：SKU 里放 0.01 美元的赠品算虚假价格
 * 吗？") asks about listings: it asks something and names one price at most, where a pasted listing has a
 * price per tier or SKU. Such a message goes to the job model like any other. It may ask in words, without a question
 * mark ("listing: 起订量写得很低会被怎么处罚", "Listing: what's the rule on sample prices", "listing - wondering whether
 * free shipping is ok"): a question word, an A-not-A or an indirect question asks as a mark does (asksSomething), and
 * none of the heading's lines is a listing's row (rules/routing listingLines), which a pasted product's are.
 */
function asksAboutListings(jobs: JobClassifier, command: string, rest: string): boolean {
  if (!LISTING_HEADING.test(command) || (rest.match(MONEY)?.length ?? 0) > 1) return false;
  if (/[?？]|[吗呢](?:[?？!！。.,，\s]|$)/.test(rest)) return true;
  const body = rest.trim();
  if (body.split('\n').some((line) => line.trim() && jobs.rules.listingLines.some((re) => re.test(line)))) return false;
  return asksSomething(jobs.rules, jobs.guess(body, 'pass'), body);
}

export interface ClassifyOptions {
  forceCheck?: boolean;
  isReminderCommand: boolean;
  /** Whether a reminder is waiting for a yes in this conversation. */
  hasPending?: boolean;
  /** The checker's local verdict on the text, computed once by the caller. */
  verdict: () => Verdict;
  /**
   * Whether the text names a tracked deadline's kind together with its day or its window ("live stream booked for the
   * 18th", "待整改商品 5月3号出现的", "拍档让我们一周内整改完"): the reminders' own reading, supplied by the caller.
   */
  statesCase?: (text: string) => boolean;
  /** Whether a phrase is the briefing's own words (the FAQ's reading): quoted in a question, it quotes the policy. */
  quotesBriefing?: (phrase: string) => boolean;
  /**
   * Whether this conversation has a recent job of Haili's a follow-up can be about (a draft checked, a question
   * answered, a listing checked). Without one, "why?" goes to the model like any message.
   */
  hasLastJob?: boolean;
  jobs: JobClassifier;
}

/**
 * The job for a message. Its words are read with Traditional characters folded (這樣回OK嗎 asks as 这样回OK吗 does), and
 * the text the job gets is the message as typed.
 */
export function classify(text: string, opts: ClassifyOptions): Intent {
  const folded = foldTraditional(text);
  const intent = classifyFolded(folded, opts);
  if (folded === text || !('text' in intent)) return intent;
  // the fold keeps every offset, so the text the job gets is at the same place in the message as typed
  const at = folded.endsWith(intent.text) ? folded.length - intent.text.length : folded.indexOf(intent.text);
  const typed = at < 0 ? intent.text : text.slice(at, at + intent.text.length);
  if (intent.job === 'ask' && intent.quoted) {
    const q = intent.quoted;
    return { ...intent, text: typed, quoted: { ...q, text: typed.slice(q.start, q.end) } };
  }
  return { ...intent, text: typed };
}

function classifyFolded(text: string, opts: ClassifyOptions): Intent {
  const trimmed = text.trim();
  if (!trimmed) return { job: 'empty' };
  if (opts.forceCheck) return { job: 'check', text, explicit: true };
  if (HELP.test(trimmed)) return { job: 'help' };
  const src = SOURCE_CMD.exec(trimmed);
  if (src) return { job: 'source', ref: src[1] ?? '' };
  const rerouted = REROUTE.exec(trimmed);
  if (rerouted) return { job: 'reroute', to: /^(check|draft|是草稿|这是草稿|检查)$/i.test(rerouted[1]!) ? 'check' : 'ask' };
  const confirmCmd = CONFIRM_CMD.exec(trimmed);
  if (confirmCmd) return { job: 'confirm', command: confirmCmd[1]! };
  if (opts.hasPending && CONFIRM.test(trimmed)) return { job: 'confirm', command: null };
  for (const [re, job] of [[LISTING_CMD, 'listing'], [CHECK_CMD, 'check'], [ASK_CMD, 'ask']] as const) {
    const m = re.exec(text);
    if (!m) continue;
    const rest = text.slice(m[0].length);
    if (job === 'listing' && asksAboutListings(opts.jobs, m[0], rest)) continue;
    if (!rest.trim()) continue;
    // "Check in with me next Tues about the SKU fixes", "Check 一下日历, 5.20 提醒我 …": "check" opening a sentence that asks
    // Haili for a reminder is a word of that sentence, not the command (after a colon or a line break it is the command:
    // "check: 提醒您尾款…" is a draft to check).
    if (job === 'check' && !/[:：\n]/.test(m[0]) && asksForReminder(opts.jobs.rules, trimmed)) continue;
    // "Check: <a pasted product>" / "check this one: …": the verb alone names no job, so the text after it does. A
    // listing goes to the listing check; anything else stays the draft check the verb has always meant.
    if (job === 'check' && isPastedListing(opts.jobs, rest)) return { job: 'listing', text: rest, explicit: true };
    // "Check my reply pls: <draft>", "check this before I send → <draft>": a sentence asking about a reply, not the bare
    // command; the reply gets its verdict and the rule it was checked against, as any question about a draft does
    if (job === 'check') {
      const quoted = extractQuotedDraft(trimmed, opts.jobs.rules.askAboutDraft, opts.jobs.rules.quoteSpeakers);
      if (quoted && quoted.start > 0 && asksAboutQuote(opts.jobs.rules.askAboutDraft, trimmed, quoted)) {
        return { job: 'ask', text: trimmed, explicit: false, quoted };
      }
    }
    return { job, text: rest, explicit: true };
  }
  if (opts.isReminderCommand) return { job: 'reminder' };
  // Small talk, language switches and follow-ups are whole short messages (rules/routing smallTalk, languageSwitch,
  // followUp); no contact the checker's patterns find is any of them ("hi, add me on WhatsApp" is a draft). The statistical
  // model's hunch ('warn') is about drafts: on a few words that a whole-message pattern leaves no room in for a contact
  // ("what's your name", "in English please", "really?") it is no sign of one.
  const noContact = () => opts.verdict() !== 'block';
  const smallTalk = smallTalkOf(opts.jobs.rules, trimmed);
  if (smallTalk && noContact()) return { job: 'smalltalk', kind: smallTalk, text };
  // "in English please", "中文回答": the reply wanted in that language, whether or not there is a last job to run again in it
  const switchTo = languageAsked(opts.jobs.rules, trimmed);
  if (switchTo && noContact()) return { job: 'followup', text: trimmed, lang: switchTo };
  if (opts.hasLastJob && opts.jobs.rules.followUp.some((re) => re.test(trimmed)) && noContact()) return { job: 'followup', text: trimmed };
  // "make it more polite", "再礼貌一点", "翻译成英文": a rewrite of the text Haili just judged is the draft job's (its card
  // carries the compliant rewrite), so it reruns the last job; with nothing remembered it is a draft to check, never a
  // reminder to set (the model reads "再…一点" as a date's change) nor a policy question (rules/routing rewriteRequest)
  if (opts.jobs.rules.rewriteRequest.some((re) => re.test(trimmed)) && opts.verdict() === 'pass') {
    return opts.hasLastJob ? { job: 'followup', text: trimmed } : { job: 'check', text, explicit: false };
  }
  // "check if we can put a QR code of our store in the catalog": the rep asks Haili to find out, a question however the
  // model reads it; "check if you got the sample" asks a buyer, so not when the text talks to someone.
  const checksWhether = CHECK_WHETHER.test(trimmed) && !speaksToSomeone(opts.jobs.rules, trimmed);

  const guess = opts.jobs.guess(text, opts.verdict());
  const rules = opts.jobs.rules;
  // "帮我改得专业一点：hi, price 35usd, moq 2 sets…", "make it more polite: pay today or we cancel": a rewrite request before a
  // colon, a quote or a line break carries the draft to rewrite, so it is the draft job however the model reads the draft
  // (a quotation with a price and an MOQ reads like a pasted listing; the listing check may still follow the verdict)
  const lead = REWRITE_LEAD.exec(trimmed);
  if (lead && trimmed.slice(lead[0].length).trim() && rules.rewriteRequest.some((re) => re.test(lead[1]!.trim()))) return { job: 'check', text, explicit: false, guess };
  // "Remind me, what are the tasks again?" asks for a fact: the model may read "remind" as a request.
  if (rules.recallQuestion.some((re) => re.test(trimmed))) {
    return guess.job === 'draft' ? { job: 'check', text, explicit: false, guess } : { job: 'ask', text: trimmed, explicit: false, guess };
  }
  // Done, snooze, cancel, what is due, how long is left on our case: the reminders already tracked, whatever the
  // sentence's form; a listing, or a draft talking to a buyer ("anything else we need to do for your order?"), is not.
  const toBuyer = guess.job === 'draft' && guess.cues.includes('second_person');
  if (guess.job !== 'listing' && !toBuyer) {
    const action = rules.reminderActions.find((a) => a.patterns.some((re) => re.test(trimmed)))?.action;
    if (action) return { job: 'manage', action, text: trimmed };
  }
  // A reminder aimed at the buyer ("提醒您…", "just a reminder that your balance …") is a draft, however it opens.
  const remindsTheBuyer = rules.remindsTheBuyer.some((re) => re.test(trimmed));
  if (remindsTheBuyer && (guess.job === 'reminder' || rules.remindLead.some((re) => re.test(trimmed)))) return { job: 'check', text, explicit: false, guess };
  if (guess.job !== 'reminder' && rules.remindLead.some((re) => re.test(trimmed))) return { job: 'remind', text: trimmed, guess };
  // "Listing fixes due Tuesday — remind me Monday night": the request after what it is about. Not when the text talks
  // to someone in the second person beyond asking Haili ("can you …"): "remind me when you have paid" is to a buyer.
  if (guess.job !== 'reminder' && !remindsTheBuyer && !speaksToSomeone(rules, trimmed) && rules.remindClause.some((re) => re.test(trimmed))) {
    return { job: 'remind', text: trimmed, guess };
  }
  // A question's form: a question mark or a choice at the end of a line, or a closing 吗/呢.
  const askedForm = hasQuestionForm(guess, trimmed);
  // A case stated, not asked about ("live stream booked for the 18th. JD and videos not ready yet", "新签的，开通日期
  // 2022-05-10"): a deadline's kind with its day or window, said to no one and not in a question's form, is the case to
  // track; the proposal asks one "yes" before anything is created.
  // (a question mark anywhere, or a question word, asks as well: "30天内做完新手任务有啥reward？送多少流量")
  const askedInWords = rules.indirectQuestion.some((re) => re.test(trimmed));
  const questionForm = asksSomething(rules, guess, trimmed, askedForm, askedInWords);
  // (both checks below are of a text stated to no one: not the model's reminder or listing, not to the buyer, not asked,
  // not greeting or signing off to anyone but Haili: "Hi Fatima, next Tuesday we do a live stream …" tells a buyer of the
  // event, where "live stream on the 18th" alone is the case to track)
  // (an invitation, "欢迎准时来直播间", speaks to its reader as a greeting does)
  const greetsSomeone = guess.cues.some((c) => c === 'greeting' || c === 'signoff' || c === 'invitation') && !guess.cues.includes('addressed_to_haili');
  const statedToNoOne = () => guess.job !== 'reminder' && guess.job !== 'listing' && !remindsTheBuyer && !questionForm && !greetsSomeone && !speaksToSomeone(rules, trimmed);
  if (statedToNoOne() && opts.statesCase?.(trimmed)) {
    return { job: 'remind', text: trimmed, guess };
  }
  // The store's own work said to be due by a day ("明天上午十点前新品50个要全部上完", "tomorrow before 10am all 50 new
  // products have to be live"): a to-do stated to no one and asking nothing is one to track. Not an order's step ("the
  // balance must be paid by May 20" talks of an order to a buyer), nor what the model is sure is a draft.
  if (statedToNoOne() && !(guess.job === 'draft' && guess.p >= DRAFT_SURE) && !guess.cues.some((c) => NOT_A_TODO_CUES.has(c)) && rules.ownTaskDue.some((re) => re.test(trimmed)) && !rules.notATodo.some((re) => re.test(trimmed)) && rules.deadlineDate.some((re) => re.test(trimmed))) {
    return { job: 'remind', text: trimmed, guess };
  }
  // A message that quotes a draft is judged by its frame, the words around the quote: "这句能发吗：“…”" asks
  // Haili about the draft, "You wrote: '…' — let's keep it here" is itself a draft.
  if (guess.job === 'draft' || guess.job === 'question') {
    const askFrames = opts.jobs.rules.askAboutDraft;
    const quoted = extractQuotedDraft(trimmed, askFrames, opts.jobs.rules.quoteSpeakers);
    const frame = quoted ? framePieces(trimmed, quoted)[0]! : '';
    if (quoted && frame.length >= 3) {
      const about = opts.jobs.guess(frame, 'pass');
      // A frame that asks whether the text may be sent is about it, however the model reads the frame alone. Else
      // the model must read the frame as a question and the frame must have a question's form: a few words left
      // around a quoted handle or shop name ("我的V：…", "淘宝店搜“…”就有") are no question, whatever the model says.
      const questionForm = about.cues.some((c) => FRAME_QUESTION_CUES.has(c)) || /[?？吗呢]/.test(frame);
      const asksToSend = asksAboutQuote(askFrames, trimmed, quoted);
      // "议程里写的“讲师使用规则重点强调”具体讲了啥？", "Does the 'arrives within hours' promise hold on weekends?": a
      // question quoting the briefing's own words asks about the policy; the quote is no draft to check
      // ... and so does a question quoting a term ("what counts as 'far off'? 30%?", "is 'store blocking' permanent?"): a few
      // clean words name a thing asked about, not a message to judge
      // ... and so does a quote the message says is the policy material's own ("the PPT says 'withdraw as low as 0.125%' —
      // what's the highest rate?", "议程里有一项「…」，具体强调了哪些规则？讲师违规会怎样"): the briefing's words however they
      // were rendered, asked about even where the question asks what breaking them costs
      const policySaid = quotedFrom(opts.jobs.rules.quoteSpeakers, 'policy', trimmed, quoted);
      const quotesPolicy = policySaid || (!asksToSend && (!!opts.quotesBriefing?.(quoted.text) || (guess.job === 'question' && opts.verdict() === 'pass' && namesTerm(opts.jobs.rules, quoted.text, trimmed.slice(0, Math.max(0, quoted.start - 1))))));
      if (!quotesPolicy && ((about.job === 'question' && about.p >= opts.jobs.rules.quoteFrameMin && questionForm) || asksToSend)) {
        // "运营让我发给你检查一下：<title, price, MOQ, freight lines> 检查完告诉我能不能发布": what is put before Haili is a
        // pasted product, so it gets the listing check, not a draft's verdict
        // (a lead-in line ending in a colon, "运营让我发给你检查一下：", is the rep's, not the product's)
        // (only a text of several lines: one line of prices and an MOQ with "ok?" is as likely a quotation to a buyer)
        const pasted = [quoted.text, quoted.text.replace(LEAD_IN_LINE, '')].find((t) => lineCount(t) >= 3 && isPastedListing(opts.jobs, t));
        if (pasted) return { job: 'listing', text: pasted, explicit: false, guess };
        return { job: 'ask', text: trimmed, explicit: false, guess: about, quoted };
      }
      if (quotesPolicy && about.job === 'question') return { job: 'ask', text: trimmed, explicit: false, guess: about };
      if (guess.job === 'question') return { job: 'ask', text: trimmed, explicit: false, guess };
    }
  }
  if (guess.job === 'draft' && checksWhether) return { job: 'ask', text: trimmed, explicit: false, guess };
  // "I was wondering if we can put our website on the product images": a question in words, to no one but Haili (a
  // leaking one still gets its verdict on the way to the answer; "wondering if you could send …" asks a buyer)
  if (guess.job === 'draft' && askedInWords && !speaksToSomeone(rules, trimmed) && !guess.cues.some((c) => c === 'greeting' || c === 'signoff')) return { job: 'ask', text: trimmed, explicit: false, guess };
  // A message that names Haili talks to Haili: no buyer gets a draft addressed to the assistant (a leaking one still
  // gets its verdict on the way to the answer).
  if (guess.job === 'draft' && guess.cues.includes('addressed_to_haili')) return { job: 'ask', text: trimmed, explicit: false, guess };
  switch (guess.job) {
    case 'listing':
      // "Listing: what exactly counts as a false MOQ? ours shows 1 pc but we only ship 500+": a question with no price
      // in it, that the model also reads as a question, is about listing rules; there is no page to check (one that
      // states the rep's own figures still gets the listing check beside the answer). A rep's description of their
      // shipping or tiers ("500个0.9刀，1万个0.18刀…没问题吧") the model is sure of stays a listing.
      if (!guess.cues.includes('money') && questionForm && guess.probs.question >= rules.bothJobsMin) return { job: 'ask', text: trimmed, explicit: false, guess };
      return { job: 'listing', text, explicit: false, guess };
    case 'reminder':
      // "Will Alibaba remind me when …?" asks about the platform, not for a reminder; "remind me on May 2 about the
      // one-on-one reminder call" still asks for one in words
      if (rules.othersRemind.some((re) => re.test(trimmed)) && !asksForReminder(rules, trimmed)) return { job: 'ask', text: trimmed, explicit: false, guess };
      // "Hi Fatima, next Tuesday we go live …", "周四晚8点直播，欢迎来直播间提问": a message greeting or inviting someone
      // else tells them of the day, unless it asks Haili for the reminder in words
      if (greetsSomeone && !guess.cues.includes('remind_request') && !rules.remindClause.some((re) => re.test(trimmed))) return { job: 'check', text, explicit: false, guess };
      // A question that mentions a date and a deadline kind ("我们4月20号开通的，新手任务按新规还是老规？") asks
      // about the rule; a request to be reminded says so ("remind", "keep an eye on", "帮我记一下") or states the case.
      // ("could you make sure I don't miss the deadline?" is a request in a question's form: the rules' remindClause says so)
      if (!guess.cues.includes('remind_request') && !rules.remindClause.some((re) => re.test(trimmed)) && askedForm) {
        // a question in form goes to the draft check only when it also talks to someone ("30 days or 15 days for the
        // new seller tasks??" asks Haili; "are you ok with delivery on the 20th?" asks a buyer)
        return guess.runnerUp === 'draft' && hasDraftForm(rules, guess, trimmed) ? { job: 'check', text, explicit: false, guess } : { job: 'ask', text: trimmed, explicit: false, guess };
      }
      return { job: 'remind', text: trimmed, guess };
    case 'question':
      return { job: 'ask', text: trimmed, explicit: false, guess };
    case 'draft':
      return { job: 'check', text, explicit: false, guess };
  }
}

/** The language a whole message asks the reply in (rules/routing languageSwitch), if it asks for one. */
export function languageAsked(rules: JobClassifier['rules'], text: string): Lang | null {
  // (the lists name different languages on whole messages: no message is in two, so the order they are tried in is no matter)
  for (const lang of LANGS) if (rules.languageSwitch[lang].some((re) => re.test(text))) return lang;
  return null;
}

/** The kind of small talk a whole message is (rules/routing smallTalk), if it is one. */
export function smallTalkOf(rules: JobClassifier['rules'], text: string): SmallTalk | null {
  for (const kind of SMALL_TALK) if (rules.smallTalk[kind].some((re) => re.test(text))) return kind;
  return null;
}

/**
 * Whether quoted words name a term rather than hold a message (rules/routing quotedTerm): a few Latin words or Han
 * characters with no sentence punctuation inside ("far off", "Ready to Ship", "thank you card $0.01", "潜力品"), not
 * after a verb of saying (`before` is the text before the quote).
 */
export function namesTerm(rules: JobClassifier['rules'], quoted: string, before = ''): boolean {
  const t = quoted.trim();
  // words someone said or wrote ("我只回了“在线聊吧”", "the buyer wrote 'ok noted'") are a message, however short
  if ([...rules.quoteSpeakers.rep, ...rules.quoteSpeakers.buyer].some((re) => re.test(before))) return false;
  if (!t || /[,，。!！?？;；:：\n、]|\.(?!\d)/u.test(t)) return false;
  const words = t.match(/[\p{Script=Latin}\d$%][\p{Script=Latin}\d$%.'’&/-]*/gu)?.length ?? 0;
  const han = t.match(/\p{Script=Han}/gu)?.length ?? 0;
  return words <= rules.quotedTerm.maxWords && han <= rules.quotedTerm.maxHan;
}

/** Whether a message has a question's form: a question mark or a choice at the end of a line, a closing 吗/呢, an A-not-A. */
export function hasQuestionForm(guess: JobGuess, text: string): boolean {
  return guess.cues.some((c) => QUESTION_FORM_CUES.has(c)) || QUESTION_END.test(text) || A_NOT_A_CLAUSE.test(text);
}

/**
 * Whether a message asks something, in form or in words: a question's form, a question mark anywhere, a question word
 * ("30天内做完新手任务有啥reward？送多少流量", "…发布时提示价格异常，怎么办"), or an indirect question ("I was wondering if …").
 */
export function asksSomething(
  rules: JobClassifier['rules'],
  guess: JobGuess,
  text: string,
  // (a caller that has read the form or the indirect question already passes them, rather than have them read again)
  askedForm = hasQuestionForm(guess, text),
  askedInWords = rules.indirectQuestion.some((re) => re.test(text)),
): boolean {
  return askedForm || /[?？]/.test(text) || guess.cues.includes('question_word') || askedInWords || rules.questionClause.some((re) => re.test(text));
}

/** Whether a message asks Haili for a reminder in plain words: it opens so, or says so and talks to no buyer. */
export function asksForReminder(rules: JobClassifier['rules'], text: string): boolean {
  if (rules.remindsTheBuyer.some((re) => re.test(text))) return false;
  return rules.remindLead.some((re) => re.test(text)) || (!speaksToSomeone(rules, text) && rules.remindClause.some((re) => re.test(text)));
}

// "can you / could you …" opening a sentence asks Haili ("Zhilian live show on June 1st — could you make sure I don't
// miss …"), also after a word that only calls for attention ("hey can u bug me tmrw …", "ok so could you …"), and "thank
// you" thanks anyone: neither is the second person of a draft.
const ASKS_HAILI = /(?:^|[—–:：;；.!?。！？]\s*|\s-\s)((?:hey|hi|yo|ok|okay|so|oh|haili|海狸)[\s,，!]+)*(please\s+|pls\s+)?(can|could|would|will) (you|u)\b|\b(thank|thanks) (you|u)\b|(请|麻烦|能|可以)(你|您)(帮我)?/giu;

/** Whether the text talks to someone in the second person (the rules' second_person cue), Haili's asks left out. */
export function speaksToSomeone(rules: JobClassifier['rules'], text: string): boolean {
  const rest = text.replace(ASKS_HAILI, ' ');
  return rules.cues.find((c) => c.name === 'second_person')?.patterns.some((re) => re.test(rest)) ?? false;
}

// cues of a listing's fields run together on one line: a price beside an MOQ, or several prices in a row
const LISTING_FORM_CUES = new Set(['price_and_moq', 'inline_price_list']);

/**
 * Whether a message guessed to be a draft has a listing's form as well: a price beside an MOQ, or several prices in a
 * row, and it talks to no one (no greeting, sign-off or second person: a quotation to a buyer has those). A product
 * pasted as one line, a CSV row or a JSON record reads like a draft to the model; such a message gets both jobs.
 */
export function hasListingForm(rules: JobClassifier['rules'], guess: JobGuess, text: string): boolean {
  return guess.cues.some((c) => LISTING_FORM_CUES.has(c)) && !guess.cues.some((c) => c === 'greeting' || c === 'signoff') && !speaksToSomeone(rules, text);
}

/** Whether the text talks to someone: it greets or signs off (the rules' cues), or says "you" beyond asking Haili. */
export function talksToSomeone(rules: JobClassifier['rules'], text: string): boolean {
  const cue = (name: string) => rules.cues.find((c) => c.name === name)?.patterns.some((re) => re.test(text)) ?? false;
  return cue('greeting') || cue('signoff') || speaksToSomeone(rules, text);
}

/**
 * Whether a message tells the rep's own listing (rules/routing ownListing): a listing's figure (a price per unit, a
 * range, an MOQ, a shipping fee, a labelled price) tied by its words to their product or link, or a product's options
 * or tiers in a row, and it talks to no one (a quotation to a buyer greets, signs off or says "you"). However it is
 * asked ("我这个 CNC 主轴 $3800/台 MOQ 1台，怎么办", "MOQ写1件但实际我们500件起做，先这么挂着可以吗"), the figures are
 * the page's, so the listing check runs beside the job the message goes to.
 */
export function statesOwnListing(rules: JobClassifier['rules'], text: string): boolean {
  const own = rules.ownListing;
  if (!own.options.some((re) => re.test(text)) && !(own.figures.some((re) => re.test(text)) && own.about.some((re) => re.test(text)))) return false;
  return !talksToSomeone(rules, text);
}

/** Whether the text after a bare "check" is a pasted product: the model reads it as a listing, or as a draft with a listing's form. */
function isPastedListing(jobs: JobClassifier, text: string): boolean {
  const guess = jobs.guess(text, 'pass');
  return guess.job === 'listing' || (guess.job === 'draft' && hasListingForm(jobs.rules, guess, text));
}

// cues of a text written to a buyer: greeting, sign-off, offer, a question answered in the same breath
const DRAFT_FORM_CUES = new Set(['greeting', 'signoff', 'offer', 'answered_question']);

/**
 * Whether a message guessed to be a question has a draft's form as well: it talks to someone in the second person
 * ("Do you want us to …?"), offers ("I can share the video here"), greets or signs off, or answers its own question
 * ("Is it possible to …? yes of course"). Such an unsure guess runs both jobs.
 */
export function hasDraftForm(rules: JobClassifier['rules'], guess: JobGuess, text: string): boolean {
  return guess.cues.some((c) => DRAFT_FORM_CUES.has(c)) || speaksToSomeone(rules, text);
}
