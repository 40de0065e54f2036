import type { IncomingAction, IncomingMessage, Lang, Platform, Reply } from './types.js';
import type { MessageHandler } from '../platform/adapter.js';
import type { DraftChecker } from '../checker/index.js';
import { checkResultToReply } from '../checker/render.js';
import type { PolicyFaq } from '../faq/index.js';
import { answerToReply } from '../faq/index.js';
import type { ReminderService } from '../reminders/index.js';
import { InputError, parseReminderCommand } from '../reminders/index.js';
import type { CoreStore } from '../db/store.js';
import type { Logger } from './log.js';
import { detectLang, t } from './lang.js';
import { classify } from './intent.js';
import { emptyReply, failureReply, helpReply } from './messages.js';

/** Drafts beyond this are checked on their head only; a chat message of 1 MB is a paste accident. */
export const MAX_TEXT = 100_000;

export interface RouterDeps {
  checker: DraftChecker;
  faq: PolicyFaq;
  reminders: ReminderService;
  store: CoreStore;
  log: Logger;
}

/**
 * Sends each message to one job module. The router knows intents, languages and context;
 * it knows nothing of Slack or DingTalk, and the job modules know nothing of each other.
 */
export class Router implements MessageHandler {
  constructor(private readonly deps: RouterDeps) {}

  async onMessage(msg: IncomingMessage): Promise<Reply[]> {
    const raw = msg.text ?? '';
    const text = raw.length > MAX_TEXT ? raw.slice(0, MAX_TEXT) : raw;
    const lang = await this.langFor(msg, text);
    try {
      const ws = await this.deps.store.ensureWorkspace(msg.platform, msg.workspaceId);
      await this.deps.store.rememberUser(ws.id, msg.userId, msg.userName, lang, false);
      const intent = classify(text, {
        forceCheck: msg.forceCheck,
        isReminderCommand: parseSafe(text) !== null,
        checkerFlags: () => this.deps.checker.checkLocal(text, { lang }).verdict === 'block',
      });
      this.deps.log.info('message', { platform: msg.platform, job: intent.job, length: raw.length, lang });
      switch (intent.job) {
        case 'empty':
          return [emptyReply(lang)];
        case 'help':
          return [helpReply(lang)];
        case 'check':
          return [await this.check(msg, intent.text, ws.id, raw.length > MAX_TEXT)];
        case 'ask':
          return [await this.ask(msg, intent.text, ws.id, lang)];
        case 'source':
          return [await this.source(msg, intent.ref, ws.id, lang)];
        case 'reminder':
          return await this.reminder(msg, text, lang);
      }
    } catch (err) {
      if (err instanceof InputError) return [{ lang, kind: 'error', text: err.text(lang) }];
      this.deps.log.error('message_failed', { platform: msg.platform, error: (err as Error).message });
      return [failureReply(lang)];
    }
  }

  async onAction(action: IncomingAction): Promise<Reply[]> {
    const lang = action.lang ?? ((await this.deps.store.userLang(action.platform, action.workspaceId, action.userId)) as Lang | null) ?? 'zh';
    try {
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

  private async check(msg: IncomingMessage, text: string, workspaceId: string, truncated: boolean): Promise<Reply> {
    const lang = msg.lang ?? detectLang(text);
    const result = await this.deps.checker.check(text, { lang });
    await this.deps.store.recordDraftCheck({
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

  private async ask(msg: IncomingMessage, question: string, workspaceId: string, lang: Lang): Promise<Reply> {
    const conv = await this.deps.store.ensureConversation(workspaceId, msg.conversationId, msg.isDirect);
    const threadKey = msg.threadId ?? (msg.isDirect ? 'dm' : msg.conversationId);
    const previousSectionIds = await this.deps.store.threadTopic(conv, threadKey);
    const answer = await this.deps.faq.ask(question, { previousSectionIds, lang: msg.lang });
    await this.deps.store.recordQuestion({
      workspaceId,
      platform: msg.platform,
      question,
      lang: answer.lang ?? lang,
      citedSections: answer.sources,
      declined: answer.declined,
    });
    if (!answer.declined && answer.sources.length) await this.deps.store.setThreadTopic(conv, threadKey, answer.sources);
    return answerToReply(answer);
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

function parseSafe(text: string): unknown {
  try {
    return parseReminderCommand(text);
  } catch (err) {
    // A malformed reminder command ("snooze C1 -3d") is still a reminder command: let execute() explain.
    if (err instanceof InputError) return err;
    throw err;
  }
}
