import { DateTime } from 'luxon';
import type { IncomingAction, IncomingMessage, Lang, ListingJob, Platform, Reply } from './types.js';
import type { MessageHandler } from '../platform/adapter.js';
import type { DraftChecker } from '../checker/index.js';
import { checkResultToReply } from '../checker/render.js';
import type { PolicyFaq } from '../faq/index.js';
import { answerToReply } from '../faq/index.js';
import type { ReminderService } from '../reminders/index.js';
import { caseNotChangedReply, caseStartIn, dueWindow, findDate, findKind, InputError, moveProposalReply, needsMoreReply, noOpenCaseReply, nothingToConfirmReply, parseReminderCommand, parseReminderRequest, proposalReply, shiftDays, snoozeLength, timePassedReply, whichCaseReply, type CaseKind, type CaseView, type CommandContext, type ReminderAction } from '../reminders/index.js';
import type { CoreStore } from '../db/store.js';
import type { Logger } from './log.js';
import { detectLang, t } from './lang.js';
import { asksForReminder, asksSomething, classify, hasDraftForm, hasListingForm, hasQuestionForm, statesOwnListing, talksToSomeone, type Verdict } from './intent.js';
import { createJobClassifier, frameOf, unquoteBlock, type JobClassifier, type JobGuess, type QuotedDraft } from '../routing/index.js';
import type { DraftVerdictSign } from '../routing/cues.js';
import { ConversationMemory, memoryKey } from './memory.js';
import { emptyReply, failureReply, helpReply, languageSwitchedReply, nothingToRerun, offerOther, smallTalkReply } from './messages.js';
import type { Intent } from './intent.js';
import type { TopicJob } from './memory.js';

/** Drafts beyond this are checked on their head only; a chat message of 1 MB is a paste accident. */
export const MAX_TEXT = 100_000;

export interface RouterDeps {
  checker: DraftChecker;
  faq: PolicyFaq;
  reminders: ReminderService;
  store: CoreStore;
  log: Logger;
  /** The listing check; without it a pasted listing gets a polite "not enabled". */
  listing?: ListingJob;
  /** The job classifier; defaults to the shipped model and rules/routing. */
  jobs?: JobClassifier;
}

/**
 * Sends each message to one job module. The router knows intents, languages and context;
 * it knows nothing of Slack or DingTalk, and the job modules know nothing of each other.
 */
export class Router implements MessageHandler {
  private readonly jobs: JobClassifier;
  /** Per conversation and user: the last guessed message (for "ask"/"check") and a reminder awaiting "yes". */
  private readonly memory = new ConversationMemory();

  constructor(private readonly deps: RouterDeps) {
    this.jobs = deps.jobs ?? createJobClassifier();
  }

  async onMessage(msg: IncomingMessage): Promise<Reply[]> {
    const raw = msg.text ?? '';
    const text = raw.length > MAX_TEXT ? raw.slice(0, MAX_TEXT) : raw;
    const lang = await this.langFor(msg, text);
    try {
      const ws = await this.deps.store.ensureWorkspace(msg.platform, msg.workspaceId);
      await this.deps.store.rememberUser(ws.id, msg.userId, msg.userName, lang, false);
      const key = memoryKey(msg);
      let verdict: Verdict | undefined;
      const verdictOf = () => (verdict ??= this.deps.checker.checkLocal(text, { lang }).verdict);
      const intent = classify(text, {
        forceCheck: msg.forceCheck,
        isReminderCommand: this.isReminderCommand(text),
        hasPending: this.memory.pending(key) !== null,
        hasLastJob: this.memory.topic(key) !== null,
        verdict: verdictOf,
        jobs: this.jobs,
        statesCase: (t) => this.statesCase(t),
        quotesBriefing: (phrase) => this.deps.faq.quotesBriefing(phrase),
      });
      // A proposal waits for the very next message: anything but a yes drops it, so a later "ok" never confirms a
      // change proposed messages ago.
      if (intent.job !== 'confirm') this.memory.clearPending(key);
      const replies = await this.route(intent, msg, text, raw, key, ws.id, lang, verdictOf);
      // what a follow-up ("why?", "那怎么改") is about: the last text checked or answered, and how
      const topic = topicOf(intent, replies);
      if (topic) this.memory.setTopic(key, topic.text, topic.job);
      return replies;
    } catch (err) {
      if (err instanceof InputError) return [{ lang, kind: 'error', text: err.text(lang) }];
      this.deps.log.error('message_failed', { platform: msg.platform, error: (err as Error).message });
      return [failureReply(lang)];
    }
  }

  private async route(intent: Intent, msg: IncomingMessage, text: string, raw: string, key: string, wsId: string, lang: Lang, verdictOf: () => Verdict): Promise<Reply[]> {
    const ws = { id: wsId };
    this.deps.log.info('message', { platform: msg.platform, job: intent.job, length: raw.length, lang, ...('guess' in intent && intent.guess ? { p: Number(intent.guess.p.toFixed(3)) } : {}) });
    switch (intent.job) {
      case 'empty':
        return [emptyReply(lang)];
      case 'help':
        return [helpReply(lang)];
      case 'source':
        return [await this.source(msg, intent.ref, ws.id, lang)];
      case 'reminder':
        return this.noteCase(key, await this.reminder(msg, text, lang));
      case 'check': {
        const reply = await this.check(msg, intent.text, ws.id, raw.length > MAX_TEXT);
        if (intent.explicit) return [reply];
        this.memory.remember(key, intent.text, 'check');
        offerOther(reply, 'check', lang);
        // Unsure it was a draft and not a pasted listing, or a listing's fields run together on a line that talks to no
        // one: the listing check follows the verdict.
        if (intent.guess && (this.unsure(intent.guess, 'listing') || hasListingForm(this.jobs.rules, intent.guess, intent.text))) return [reply, await this.listing(msg, intent.text, ws.id, lang)];
        const replies = [reply];
        // Unsure it was a draft: a question the briefing answers gets that answer under the verdict. A question in form
        // that talks to no one (no second person, greeting, sign-off or offer: "热线 400 那个电话 几点到几点 有人接?" asks
        // about the platform in the third person) gets its answer or the decline under the verdict, however sure the
        // model was, unless it asks about an order step (a buyer's matter) and the model was sure. A question asked by a
        // question word in its last clause, with no mark after it, is in a question's form here too.
        // (a question word in the last clause asks as a mark does: "我们上了名单，如果以后再在聊天里留WhatsApp，会扣几分",
        // "把微信号拆开写，系统抓得到不", rules/routing questionClause)
        const askedOfNoOne = !!intent.guess && (hasQuestionForm(intent.guess, intent.text.trim()) || this.jobs.rules.questionClause.some((re) => re.test(intent.text.trim()))) && !hasDraftForm(this.jobs.rules, intent.guess, intent.text);
        if (askedOfNoOne && (this.unsure(intent.guess, 'question') || !intent.guess!.cues.includes('order_talk'))) {
          replies.push(await this.ask(msg, intent.text.trim(), ws.id, lang));
        } else if (this.unsure(intent.guess, 'question')) {
          const answer = await this.answerIfAny(msg, intent.text, ws.id, lang);
          if (answer) replies.push(answer);
        }
        // "链接里写了 MOQ 1 pc，但客户来问我都说最少要1000个，要不要改": the rep's own listing, checked after the rest
        return [...replies, ...(await this.ownListing(msg, intent.text, ws.id, lang))];
      }
      case 'ask': {
        if (intent.quoted && !intent.explicit) return await this.askAboutDraft(msg, intent.text, intent.quoted, key, ws.id, lang);
        const answer = await this.ask(msg, intent.text, ws.id, lang);
        if (intent.explicit) return [answer];
        this.memory.remember(key, intent.text, 'ask');
        offerOther(answer, 'ask', lang);
        // Any text that would leak gets the verdict first, so a leaking draft never gets only a policy answer; so does one
        // the model may have read wrong, by the witnesses of rules/routing askDraftVerdict.
        const draftToo = this.draftWitnessed(intent.guess, intent.text, answer.declined);
        const replies = verdictOf() !== 'pass' || draftToo ? [await this.check(msg, intent.text, ws.id, false), answer] : [answer];
        // "我这个 CNC 主轴 $3800/台 MOQ 1台，怎么办": a question about the rep's own listing, checked after the answer
        return [...replies, ...(await this.ownListing(msg, intent.text, ws.id, lang))];
      }
      case 'listing': {
        // The rep's own listing put to Haili as a question ("我们这个水杯 $0.5/个，起订 1 个，挂上去会不会被判虚假价格？"):
        // the figures get the listing check and the question its answer, as a question that tells its listing does.
        // Where the listing check is off, the question is answered and nothing says the check is off: nothing asked for it.
        const asked = !intent.explicit && !!intent.guess && asksSomething(this.jobs.rules, intent.guess, intent.text.trim()) && !talksToSomeone(this.jobs.rules, intent.text);
        if (asked && !this.deps.listing) return [await this.ask(msg, intent.text.trim(), ws.id, lang)];
        const reply = await this.listing(msg, intent.text, ws.id, lang);
        const answer = asked ? [await this.ask(msg, intent.text.trim(), ws.id, lang)] : [];
        // Text that would leak gets its verdict too; so does one the model was unsure was not a draft (a quotation with
        // prices and a date reads much like a pasted listing), and one that talks to someone ("老板，我们这款 $2.5/个 是含运费
        // 的价格…", "Sir, that $1.99 listing is the fake-low-price trick…": a page pasted for checking greets no one).
        const toBuyer = !asked && talksToSomeone(this.jobs.rules, intent.text);
        if (!intent.explicit && (verdictOf() !== 'pass' || this.unsure(intent.guess, 'draft') || toBuyer)) return [await this.check(msg, intent.text, ws.id, false), reply, ...answer];
        return [reply, ...answer];
      }
      case 'manage': {
        const replies = this.noteCase(key, await this.manage(msg, intent.action, intent.text, key, ws.id, lang));
        // Only a contact the patterns found gets the verdict here: the classifier's hunch ('warn') is about drafts,
        // and a line about one's own reminders ("show me all my 提醒") is none.
        if (verdictOf() === 'block') replies.unshift(await this.check(msg, intent.text, ws.id, false));
        return replies;
      }
      case 'remind': {
        const replies = [this.proposeReminder(msg, intent.text, key, lang)];
        // A case stated in no words to Haili that the model reads as a draft, or is unsure is not one ("我们下周一 Alibaba
        // live streaming 新品, 在我们 store 首页就能看到 🎥" is the store telling buyers of its live stream as often as it
        // is a date to track): the verdict comes first and the proposal still waits for a "yes".
        const maybeDraft = !!intent.guess && (intent.guess.job === 'draft' || this.unsure(intent.guess, 'draft')) && !asksForReminder(this.jobs.rules, intent.text);
        if (verdictOf() !== 'pass' || maybeDraft) replies.unshift(await this.check(msg, intent.text, ws.id, false));
        // A question the model reads as one, asked in form or in words, with a wish not to miss the day said beside it
        // ("直播带岗 报名 deadline 是哪天？怕错过", "when do the new tasks start? don't want to miss it", "新手任务几号开始算，别让我
        // 错过"): the answer comes first, and the proposal still waits for its "yes"
        // ... and so does a question about the rule that mentions a day without asking to be reminded, however the model
        // reads it ("直播素材要提前几天交？6月18号直播的话", "if we're flagged on May 3, what's the last day to fix?"): the day
        // may be a case to track, so the proposal follows the answer
        const asksRule = asksSomething(this.jobs.rules, intent.guess, intent.text) && (intent.guess.job === 'question' || !asksForReminder(this.jobs.rules, intent.text));
        if (asksRule) replies.unshift(await this.ask(msg, intent.text, ws.id, lang));
        return replies;
      }
      case 'reroute': {
        const last = this.memory.last(key);
        if (!last) return [nothingToRerun(lang, intent.to)];
        this.memory.forget(key);
        return intent.to === 'ask'
          ? [await this.ask(msg, last.text, ws.id, lang)]
          : [await this.check(msg, last.text, ws.id, false)];
      }
      case 'confirm':
        return this.noteCase(key, await this.confirm(msg, key, intent.command, lang));
      case 'smalltalk':
        return [smallTalkReply(lang, intent.kind)];
      case 'followup': {
        if (!intent.lang) return this.followUp(msg, intent.text, key, ws.id, lang);
        // "in English please": the rep's language is the one asked for from now on, and the last job says its reply in it
        await this.deps.store.rememberUser(ws.id, msg.userId, msg.userName, intent.lang, false);
        if (!this.memory.topic(key)) return [languageSwitchedReply(intent.lang)];
        return this.followUp({ ...msg, lang: intent.lang }, intent.text, key, ws.id, intent.lang, { again: true });
      }
    }
  }

  /**
   * A short follow-up to the previous reply ("why?", "那怎么改", "what should I do then?"): the conversation's last job run
   * again on its text. A draft is judged again (the card says what leaked, why it breaks the rule, and the rewrite); a
   * question is asked again with the follow-up after it, in the thread's context; a listing is checked again.
   */
  private async followUp(msg: IncomingMessage, text: string, key: string, workspaceId: string, lang: Lang, opts: { again?: boolean } = {}): Promise<Reply[]> {
    const topic = this.memory.topic(key);
    if (!topic) return [await this.ask(msg, text, workspaceId, lang)];
    switch (topic.job) {
      case 'check':
        return [await this.check(msg, topic.text, workspaceId, false, false)];
      case 'listing':
        return [await this.listing(msg, topic.text, workspaceId, lang)];
      case 'ask': {
        // (asked `again`, in another language, the question is the same: the follow-up's words add nothing to it)
        const again = await this.answerIfAny(msg, opts.again ? topic.text : `${topic.text}\n${text}`, workspaceId, lang);
        return [again ?? (await this.ask(msg, topic.text, workspaceId, lang))];
      }
    }
  }

  async onAction(action: IncomingAction): Promise<Reply[]> {
    const lang = action.lang ?? ((await this.deps.store.userLang(action.platform, action.workspaceId, action.userId)) as Lang | null) ?? 'zh';
    try {
      if (action.action === 'reroute' || action.action === 'confirm') {
        // Router-level buttons: replay the click as the one-word message it stands for.
        return await this.onMessage({
          id: action.id,
          platform: action.platform,
          workspaceId: action.workspaceId,
          conversationId: action.conversationId,
          threadId: action.threadId,
          userId: action.userId,
          text: action.action === 'reroute' ? action.value : `confirm ${action.value}`,
          lang,
          isDirect: true,
          receivedAt: new Date(),
        });
      }
      return await this.deps.reminders.onAction({ ...action, lang });
    } catch (err) {
      if (err instanceof InputError) return [{ lang, kind: 'error', text: err.text(lang) }];
      this.deps.log.error('action_failed', { platform: action.platform, error: (err as Error).message });
      return [failureReply(lang)];
    }
  }

  async openDeadlines(user: { platform: Platform; workspaceId: string; userId: string; lang?: Lang }): Promise<Reply> {
    const lang = user.lang ?? ((await this.deps.store.userLang(user.platform, user.workspaceId, user.userId)) as Lang | null) ?? 'zh';
    const replies = await this.deps.reminders.execute(
      { kind: 'tasks' },
      { platform: user.platform, workspaceId: user.workspaceId, conversationId: user.userId, userId: user.userId, lang },
    );
    return replies[0] ?? { lang, kind: 'reminder', text: t(lang, '没有待办的截止日期。', 'No open deadlines.') };
  }

  /**
   * The draft's verdict as a reply, recorded for the dashboard. `recorded: false` shows a verdict already recorded again
   * (a follow-up "why?" to it), so one draft is counted once.
   */
  private async check(msg: IncomingMessage, text: string, workspaceId: string, truncated: boolean, recorded = true): Promise<Reply> {
    const lang = msg.lang ?? detectLang(text);
    const result = await this.deps.checker.check(text, { lang });
    if (recorded) await this.deps.store.recordDraftCheck({
      workspaceId,
      userKey: msg.userId,
      platform: msg.platform,
      textHash: result.textHash,
      textLength: text.length,
      verdict: result.verdict,
      categories: [...new Set(result.findings.map((f) => f.category))],
      ruleIds: [...new Set(result.findings.map((f) => f.rule))],
      stage: result.stage,
    });
    const reply = checkResultToReply(result, text);
    if (truncated) reply.text += '\n' + t(result.lang, `（消息超过 ${MAX_TEXT} 字符，只检查了前面部分。）`, `(The message is over ${MAX_TEXT} characters; only the first part was checked.)`);
    return reply;
  }

  /**
   * A question about a quoted draft ("ok to send or not? <draft>", "这句能发吗：“…”"): the verdict on the draft, then
   * the answer. Where the draft was told apart only by a sentence around it (no quotation marks or colon), that
   * sentence may belong to the draft: if it leaks itself, the whole message goes under the checker. Words around
   * marked quotes talk to Haili ("the buyer asked for my WhatsApp, I want to reply '…'") and are not checked. When
   * the briefing does not answer the question in its own words, the answer is the rule the draft is checked against
   * (rules/routing quotedDraftQuestion), not a decline under a verdict.
   */
  private async askAboutDraft(msg: IncomingMessage, text: string, quoted: QuotedDraft, key: string, workspaceId: string, lang: Lang): Promise<Reply[]> {
    const frame = frameOf(text, quoted);
    const draft = unquoteBlock(quoted.text);
    const local = (t: string) => this.deps.checker.checkLocal(t, { lang }).verdict;
    // Told apart by a colon only, a clean value after a leaking whole is a field, not a quoted reply ("Can we have a video
    // call? Skype id: lily.sun.trade" asks the buyer; the value alone would read as clean): the whole text is judged.
    const fieldAfterColon = quoted.via === 'colon' && local(text) !== 'pass' && local(draft) === 'pass';
    const target = (quoted.via === 'sentence' && local(frame) !== 'pass') || fieldAfterColon ? text : draft;
    const verdict = await this.check(msg, target, workspaceId, false);
    const answer = (await this.answerIfAny(msg, text, workspaceId, lang)) ?? (await this.ask(msg, this.jobs.rules.quotedDraftQuestion[lang], workspaceId, lang));
    this.memory.remember(key, text, 'ask');
    offerOther(answer, 'ask', lang);
    // "这样写可以吗 标题：… 价格 $0.1/W 起订 1 瓦": the text put before Haili is the rep's own listing, so it is checked as one
    // too; a quotation to a buyer ("Hi Sofia, the price is USD 3.50 per piece, MOQ 400") talks to someone and is not.
    if (talksToSomeone(this.jobs.rules, draft.trim())) return [verdict, answer];
    return [verdict, answer, ...(await this.ownListing(msg, text, workspaceId, lang))];
  }

  /**
   * The listing check of a message that tells the rep's own listing with its figures (intent.ts statesOwnListing), to
   * go after the replies of the job it was sent to; none otherwise. Where the listing check is off there is no notice
   * that it is: nothing asked for it.
   */
  private async ownListing(msg: IncomingMessage, text: string, workspaceId: string, lang: Lang): Promise<Reply[]> {
    if (!this.deps.listing || !statesOwnListing(this.jobs.rules, text)) return [];
    return [await this.listing(msg, text, workspaceId, lang)];
  }

  /**
   * Whether a message answered as a question also gets the draft verdict (rules/routing askDraftVerdict): its draft
   * probability reaches the lowest bar among the witnesses whose signs it shows. Each sign is read once, when a witness
   * whose bar the probability reaches needs it.
   */
  private draftWitnessed(guess: JobGuess | undefined, text: string, declined: boolean): boolean {
    if (!guess) return false;
    const rules = this.jobs.rules;
    const seen = new Map<DraftVerdictSign, boolean>();
    const read: Record<DraftVerdictSign, () => boolean> = {
      declined: () => declined,
      draftForm: () => hasDraftForm(rules, guess, text),
      asksNothing: () => !asksSomething(rules, guess, text.trim()),
      weTellOpening: () => rules.weTellStatement.some((re) => re.test(text)),
      orderTalk: () => guess.cues.includes('order_talk'),
      ruleTalk: () => guess.cues.includes('rule_talk'),
    };
    const has = (sign: DraftVerdictSign) => {
      let v = seen.get(sign);
      if (v === undefined) seen.set(sign, (v = read[sign]()));
      return v;
    };
    return rules.askDraftVerdict.some((w) => guess.probs.draft >= w.draftMin && w.all.every(has) && !w.none.some(has));
  }

  /**
   * The case a reminder reply was about, when it names exactly one ("C3"), is the one the rep means next by "that one",
   * "done" or "push it to Friday" when they name no kind: several open cases no longer ask "which one?" right after one
   * was shown, made, moved or closed. Replies naming several cases (a list, "which one?") leave it as it was.
   */
  private noteCase(key: string, replies: Reply[]): Reply[] {
    const refs = new Set(replies.filter((r) => r.kind === 'reminder' || r.kind === 'command').flatMap((r) => [...r.text.matchAll(CASE_REF)].map((m) => `C${m[1]}`)));
    if (refs.size === 1) this.memory.setLastCase(key, [...refs][0]!);
    return replies;
  }

  /** The case the conversation was last about, if it is still one of the asker's open cases. */
  private async lastOpenCase(key: string, ctx: { platform: Platform; workspaceId: string; userId: string }): Promise<CaseView | null> {
    const ref = this.memory.lastCase(key);
    if (!ref) return null;
    const c = await this.deps.reminders.getCase(ref, { platform: ctx.platform, workspaceId: ctx.workspaceId });
    return c && c.status === 'open' && (c.owner ?? c.target.userId) === ctx.userId ? c : null;
  }

  /** The guessed job was not sure: the other job had at least rules.bothJobsMin of the probability. */
  private unsure(guess: JobGuess | undefined, other: 'question' | 'draft' | 'listing'): boolean {
    return !!guess && guess.probs[other] >= this.jobs.rules.bothJobsMin;
  }

  /**
   * For a message that was probably a draft: its answer only when the briefing has one. A question the briefing
   * does not answer is neither shown nor recorded, so drafts do not fill the unanswered list (and costs no LLM
   * call: the FAQ's local pass declines before any model is asked).
   */
  private async answerIfAny(msg: IncomingMessage, question: string, workspaceId: string, lang: Lang): Promise<Reply | null> {
    return this.answer(msg, question, workspaceId, lang, true);
  }

  private async ask(msg: IncomingMessage, question: string, workspaceId: string, lang: Lang): Promise<Reply & { declined: boolean }> {
    return (await this.answer(msg, question, workspaceId, lang, false))!;
  }

  /**
   * Answers a question in its thread's context and records it; with onlyIfAnswered a decline gives null, unrecorded:
   * every decline, a "the briefing does not state that" (declineReason 'not_stated', always declined) as much as a "no
   * answer", since such a reply answers nothing the caller could show in place of its fallback.
   */
  private async answer(msg: IncomingMessage, question: string, workspaceId: string, lang: Lang, onlyIfAnswered: boolean): Promise<(Reply & { declined: boolean }) | null> {
    const conv = await this.deps.store.ensureConversation(workspaceId, msg.conversationId, msg.isDirect);
    const threadKey = msg.threadId ?? (msg.isDirect ? 'dm' : msg.conversationId);
    const previousSectionIds = await this.deps.store.threadTopic(conv, threadKey);
    const answer = await this.deps.faq.ask(question, { previousSectionIds, lang: msg.lang });
    if (onlyIfAnswered && answer.declined) return null;
    await this.deps.store.recordQuestion({
      workspaceId,
      platform: msg.platform,
      question,
      lang: answer.lang ?? lang,
      citedSections: answer.sources,
      declined: answer.declined,
    });
    if (!answer.declined && answer.sources.length) await this.deps.store.setThreadTopic(conv, threadKey, answer.sources);
    return { ...answerToReply(answer), declined: answer.declined };
  }

  private async source(msg: IncomingMessage, ref: string, workspaceId: string, lang: Lang): Promise<Reply> {
    let id = ref;
    if (!id) {
      const conv = await this.deps.store.ensureConversation(workspaceId, msg.conversationId, msg.isDirect);
      id = (await this.deps.store.threadTopic(conv, msg.threadId ?? (msg.isDirect ? 'dm' : msg.conversationId)))[0] ?? '';
    }
    const passage = id ? this.deps.faq.source(id, lang) : null;
    if (!passage) {
      const list = this.deps.faq
        .sections()
        .map((s) => `• ${s.id}: ${lang === 'zh' ? s.title : s.titleEn}`)
        .join('\n');
      return {
        lang,
        kind: 'answer',
        text: t(lang, `没有找到章节「${id || '（空）'}」。可用的章节：\n${list}`, `No section "${id || '(none)'}". Sections available:\n${list}`),
      };
    }
    return { lang, kind: 'answer', text: passage };
  }

  private async listing(msg: IncomingMessage, text: string, _workspaceId: string, lang: Lang): Promise<Reply> {
    if (!this.deps.listing) {
      return { lang, kind: 'error', text: t(lang, '这看起来是一条商品信息，但商品检查功能没有开启。', 'This looks like a product listing, but the listing check is not enabled here.') };
    }
    return this.deps.listing.check(text, { platform: msg.platform, workspaceId: msg.workspaceId, userId: msg.userId, lang: msg.lang });
  }

  /** A reminder command; a "track …" line that does not parse but reads as a plain request is a request. */
  private isReminderCommand(text: string): boolean {
    const parsed = parseSafe(text);
    if (parsed === null) return false;
    if (parsed instanceof InputError) return parseReminderRequest(text, new Date(), this.deps.reminders.timeZone, { kindCues: this.deps.reminders.kindCues }).command === null;
    return true;
  }

  /** A deadline's kind named with its day or its window (rules/routing caseWindow): a case stated to be tracked. */
  private statesCase(text: string): boolean {
    if (!findKind(text, this.deps.reminders.kindCues)) return false;
    const today = DateTime.now().setZone(this.deps.reminders.timeZone).startOf('day');
    return findDate(text, today, 'nearest') !== null || this.jobs.rules.caseWindow.some((re) => re.test(text));
  }

  /** A reminder asked for in plain words: say what would be tracked and wait for one "yes" (or the button). */
  private proposeReminder(msg: IncomingMessage, text: string, key: string, lang: Lang): Reply {
    const assignee = this.jobs.rules.remindTeammate.map((re) => re.exec(text.trim())?.groups?.who).find(Boolean)?.trim();
    const reminders = this.deps.reminders;
    const req = parseReminderRequest(text, new Date(), reminders.timeZone, {
      assignee,
      owner: assignee ? mentionedUser(assignee, msg.mentions) : undefined,
      deadlinePatterns: this.jobs.rules.deadlineDate,
      eventAhead: this.jobs.rules.eventAhead,
      kindCues: reminders.kindCues,
      startFor: (kind, due) => reminders.startFor(kind, due),
    });
    if (!req.command || !req.canonical) {
      this.memory.remember(key, text, 'ask');
      return needsMoreReply(lang, req);
    }
    this.memory.setPending(key, req.canonical);
    const deadline = this.deps.reminders.deadlineOf(req.command.caseKind, req.command.start);
    const today = DateTime.now().setZone(this.deps.reminders.timeZone).toISODate()!;
    return proposalReply(lang, req, { date: deadline, daysLeft: Math.round(DateTime.fromISO(deadline).diff(DateTime.fromISO(today), 'days').days) });
  }

  /**
   * Done, snooze, cancel, "what's due", "how long is left on ours" asked in plain words: the same commands as typed, on
   * the asker's own open case of the kind named. Asked how long is left on a case not tracked: with its date, the offer
   * to track it; without, what is missing to track it, and the rule's answer when the briefing has one.
   */
  private async manage(msg: IncomingMessage, action: ReminderAction, text: string, key: string, workspaceId: string, lang: Lang): Promise<Reply[]> {
    const now = new Date();
    const timeZone = this.deps.reminders.timeZone;
    const ctx = { platform: msg.platform, workspaceId: msg.workspaceId, conversationId: msg.conversationId, userId: msg.userId, lang };
    if (action === 'list') return this.deps.reminders.execute({ kind: 'tasks', dueBy: dueWindow(text, now, timeZone) ?? undefined }, ctx);
    const kind = findKind(text, this.deps.reminders.kindCues);
    const today = DateTime.fromJSDate(now, { zone: timeZone }).startOf('day');
    if (action === 'move' || action === 'update') {
      const moved = await this.proposeDateChange(action, text, kind, ctx, key, now, today);
      if (moved) return moved;
    }
    // a move with neither a day nor a length is a snooze of the usual length
    const act = action === 'move' ? 'snooze' : action;
    // "C2 done", "done with #2 and #3", "cancel no. 4": the asker's open cases named by number get the command each, as
    // typed; numbers that are none of theirs leave it to the case of the kind named, as before
    // "ok done 了，下一个是啥": what is still open follows the done (or the snooze)
    const thenList = async (replies: Reply[]) => ((act === 'done' || act === 'snooze') && this.jobs.rules.reminderThenList.some((re) => re.test(text)) ? [...replies, ...(await this.deps.reminders.execute({ kind: 'tasks' }, ctx))] : replies);
    if (act === 'done' || act === 'cancel' || act === 'snooze') {
      const named = new Set([...text.matchAll(CASE_NUMBER)].map((m) => m[1]!));
      if (named.size) {
        const open = await this.deps.reminders.listCases({ platform: msg.platform, workspaceId: msg.workspaceId, userId: msg.userId, status: 'open' });
        const mine = open.filter((c) => named.has(String(c.shortId)));
        if (mine.length) {
          const duration = act === 'snooze' ? (snoozeLength(text, now, timeZone) ?? '1d') : undefined;
          const replies: Reply[] = [];
          for (const c of mine) replies.push(...(await this.deps.reminders.execute(act === 'snooze' ? { kind: 'snooze', ref: `C${c.shortId}`, duration: duration! } : { kind: act, ref: `C${c.shortId}` }, ctx)));
          return thenList(replies);
        }
      }
      // no kind and no number ("done ✅", "那个好了", "later pls"): the case the conversation was last about, when it is open
      const last = !kind && !named.size ? await this.lastOpenCase(key, msg) : null;
      if (last) {
        const ref = `C${last.shortId}`;
        return thenList(await this.deps.reminders.execute(act === 'snooze' ? { kind: 'snooze', ref, duration: snoozeLength(text, now, timeZone) } : { kind: act, ref }, ctx));
      }
    }
    const replies = await this.deps.reminders.actOnOwnCase(act, kind, ctx, {
      duration: act === 'snooze' ? snoozeLength(text, now, timeZone) : undefined,
      start: action === 'update' ? (this.newStart(text, today, kind) ?? undefined) : undefined,
    });
    if (replies) return thenList(replies);
    const req = parseReminderRequest(text, now, timeZone, { kindCues: this.deps.reminders.kindCues });
    if (req.command && findDate(text, today)) {
      // No case of one's own to look up, and the message asks in words about the window its date starts ("got the warning
      // email on 5/12, how long do we have", "5月10号进的诊断中心，还剩几天"): it may be a rule question as much as a case to
      // track, so the policy's answer comes before the proposal, which still waits for a "yes" (or the decline that says
      // what the briefing does state: "warned merchants fix 尽快" answers "how long" without a number)
      const proposal = this.proposeReminder(msg, text, key, lang);
      const asked = action === 'status' && asksSomething(this.jobs.rules, this.jobs.guess(text, 'pass'), text.trim());
      return asked ? [await this.ask(msg, text.trim(), workspaceId, lang), proposal] : [proposal];
    }
    const missing = { ...req, command: null, canonical: null, missing: [...(kind ? [] : ['kind' as const]), 'date' as const] };
    const answer = await this.answerIfAny(msg, text, workspaceId, lang);
    return answer ? [needsMoreReply(lang, missing), answer] : [needsMoreReply(lang, missing)];
  }

  /**
   * The start a date change gives a case: the day said, or, when the message names the deadline ("deadline 改成 5/28",
   * "move the due date from 5/30 to 6/2"), the start whose deadline falls on the day said (the policy's days counted back).
   */
  private newStart(text: string, today: DateTime, kind: CaseKind | null): string | null {
    const named = kind ? this.jobs.rules.deadlineChange.map((re) => re.exec(text)).find(Boolean) : null;
    if (!named || !kind) return caseStartIn(text, today, kind);
    const due = (named.groups?.date ? findDate(named.groups.date, today, 'future') : null) ?? findDate(text, today, 'future');
    return due ? this.deps.reminders.startFor(kind, due) : caseStartIn(text, today, kind);
  }

  /**
   * A date change asked in words ("把C3改到6月10号", "move my rectification reminder to Friday", "push it back 2 days"):
   * the case is the one named by number, else the asker's one open case of the kind named (or their only one). The
   * change is proposed with what it does and made by one "yes" (or the button): 'update' re-anchors the case on the
   * date given, 'move' moves its next reminder to a day or by a length from where it was, the deadline staying.
   * A case number that is not the asker's, or no date, changes nothing and says why. Null: nothing to propose here
   * (no date for a 'move' either), so the caller goes on as before.
   */
  private async proposeDateChange(action: 'move' | 'update', text: string, kind: ReturnType<typeof findKind>, ctx: CommandContext, key: string, now: Date, today: DateTime): Promise<Reply[] | null> {
    const { lang } = ctx;
    const timeZone = this.deps.reminders.timeZone;
    const refMatch = /(?<![A-Za-z\d])[cC](\d{1,9})(?![\dA-Za-z])/.exec(text);
    let target: CaseView | null = null;
    if (refMatch) {
      target = await this.deps.reminders.getCase(`C${refMatch[1]}`, { platform: ctx.platform, workspaceId: ctx.workspaceId });
      const mine = target && (target.owner ?? target.target.userId) === ctx.userId;
      if (!target || !mine || target.status !== 'open') {
        return [caseNotChangedReply(lang, `C${refMatch[1]}`, !target || !mine ? 'not-found' : 'closed')];
      }
    } else {
      const open = await this.deps.reminders.listCases({ platform: ctx.platform, workspaceId: ctx.workspaceId, userId: ctx.userId, status: 'open' });
      const mine = kind ? open.filter((c) => c.kind === kind) : open;
      if (!mine.length) return [noOpenCaseReply(lang, kind, open)];
      // "push it to Friday", "把它改到下周三": with no kind named, the case the conversation was last about
      const last = !kind && mine.length > 1 ? await this.lastOpenCase(key, ctx) : null;
      if (last) mine.splice(0, mine.length, last);
      if (mine.length > 1) {
        const start = action === 'update' ? (this.newStart(text, today, kind) ?? undefined) : undefined;
        return [whichCaseReply(lang, action === 'move' ? 'snooze' : 'update', mine, now, { start, duration: action === 'move' ? snoozeLength(text, now, timeZone) : undefined })];
      }
      target = mine[0]!;
    }
    const c = target;
    const ref = `C${c.shortId}`;
    if (action === 'update') {
      const start = this.newStart(text, today, c.kind);
      if (!start) return [whichCaseReply(lang, 'update', [c], now, {})];
      const command = `update ${ref} ${start}`;
      this.memory.setPending(key, command);
      return [moveProposalReply(lang, c, { what: 'date', start, deadline: this.deps.reminders.deadlineOf(c.kind, start), command })];
    }
    // the next reminder: by a length from where it stands ("push it back 2 days"), or to a day (at its usual hour)
    const next = c.pendingNudges[0] ? DateTime.fromISO(c.pendingNudges[0], { zone: c.timeZone }) : null;
    const base = next && next.toMillis() > now.getTime() ? next : DateTime.fromJSDate(now, { zone: c.timeZone });
    const shift = shiftDays(text);
    const day = shift === null ? findDate(text, today, 'after') : null;
    let at: DateTime;
    if (shift !== null) at = base.plus({ days: shift });
    else if (day) at = DateTime.fromISO(day, { zone: c.timeZone }).set({ hour: next?.hour ?? 10, minute: next?.minute ?? 0 });
    else return null;
    if (at.toMillis() <= now.getTime()) {
      return [timePassedReply(lang, at.toFormat('yyyy-MM-dd HH:mm'))];
    }
    // the snooze command counts whole minutes from now: the time shown is the one it gives
    const minutes = Math.ceil((at.toMillis() - now.getTime()) / 60_000);
    const lands = DateTime.fromJSDate(now, { zone: c.timeZone }).plus({ minutes });
    const command = `snooze ${ref} ${minutes}m`;
    this.memory.setPending(key, command);
    return [moveProposalReply(lang, c, { what: 'reminder', at: lands.toFormat('yyyy-MM-dd HH:mm'), command })];
  }

  private async confirm(msg: IncomingMessage, key: string, command: string | null, lang: Lang): Promise<Reply[]> {
    const canonical = command ?? this.memory.pending(key);
    this.memory.clearPending(key);
    const cmd = canonical ? parseReminderCommand(canonical) : null;
    if (!cmd) return [nothingToConfirmReply(lang)];
    return this.deps.reminders.execute(cmd, { platform: msg.platform, workspaceId: msg.workspaceId, conversationId: msg.conversationId, userId: msg.userId, lang });
  }

  private async reminder(msg: IncomingMessage, text: string, lang: Lang): Promise<Reply[]> {
    const cmd = parseReminderCommand(text);
    if (!cmd) return [helpReply(lang)];
    return this.deps.reminders.execute(cmd, {
      platform: msg.platform,
      workspaceId: msg.workspaceId,
      conversationId: msg.conversationId,
      userId: msg.userId,
      lang,
    });
  }

  /** The platform's hint, else the text's script; short Latin-only commands keep the user's stored language. */
  private async langFor(msg: IncomingMessage, text: string): Promise<Lang> {
    if (msg.lang) return msg.lang;
    const detected = detectLang(text);
    if (detected === 'zh' || text.trim().length > 24) return detected;
    const stored = await this.deps.store.userLang(msg.platform, msg.workspaceId, msg.userId).catch(() => null);
    return (stored as Lang | null) ?? detected;
  }
}

/**
 * The platform user a teammate named in a reminder request was mentioned as: the mention written as the name
 * ("@U123", "@ana"), else, for a name written as a mention ("@小王") when the platform gives ids but not the words
 * (DingTalk's atUsers), the one user mentioned. A name alone, or several mentions none of which is it, is nobody's id.
 */
export function mentionedUser(assignee: string, mentions: IncomingMessage['mentions']): string | undefined {
  if (!mentions?.length) return undefined;
  const named = mentions.find((m) => m.text && m.text.toLowerCase() === assignee.toLowerCase());
  if (named) return named.userId;
  const unnamed = mentions.filter((m) => !m.text);
  return assignee.startsWith('@') && mentions.length === 1 && unnamed.length === 1 ? unnamed[0]!.userId : undefined;
}

// a case's reference as replies show it ("C12")
const CASE_REF = /(?<![A-Za-z\d])C(\d{1,9})(?!\d)/g;

// a case named by its number in words: "C2", "#2", "no. 2"
const CASE_NUMBER = /(?<![\w-])(?:c|#|no\.\s?)(\d{1,9})\b/gi;

/** The text a reply set checked or answered, and how, for a follow-up to be about; none for other jobs. */
function topicOf(intent: Intent, replies: Reply[]): { text: string; job: TopicJob } | null {
  if (intent.job !== 'check' && intent.job !== 'ask' && intent.job !== 'listing') return null;
  const kinds = new Set(replies.map((r) => r.kind));
  // the job the message went to, as its replies show it: a listing check, else a verdict before an answer (a leaking
  // question's verdict comes first: "why?" is then about the leak), else the answer
  const job: TopicJob | null = intent.job === 'listing' && kinds.has('listing') ? 'listing' : kinds.has('check') && (intent.job === 'check' || replies[0]?.kind === 'check') ? 'check' : kinds.has('answer') ? 'ask' : kinds.has('check') ? 'check' : null;
  if (!job) return null;
  const text = intent.job === 'ask' && intent.quoted && job === 'check' ? intent.quoted.text : intent.text;
  return { text, job };
}

function parseSafe(text: string): unknown {
  try {
    return parseReminderCommand(text);
  } catch (err) {
    // A malformed reminder command ("snooze C1 -3d") is still a reminder command: let execute() explain.
    if (err instanceof InputError) return err;
    throw err;
  }
}
