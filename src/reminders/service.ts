import type { IncomingAction, Lang, Platform, Reply } from '../core/types.js';
import { t } from '../core/lang.js';
import type { Database } from '../db/database.js';
import { createReminderStore, MAX_PAGE, toDbKind, type CaseRecord, type CaseSummaryRow, type ReminderStore } from '../db/reminder-store.js';
import { buildCaseRows, toView, validateNewCase } from './cases.js';
import { InputError } from './errors.js';
import { importCsv, type CsvImportOptions, type CsvImportResult } from './csv.js';
import { alreadyClosedReply, cancelledReply, detailsReply, doneReply, duplicateReply, label, listReply, noOpenCaseReply, notYoursReply, reopenedReply, simpleReply, snoozedReply, trackedReply, whichCaseReply } from './messages.js';
import { DuplicateCaseError, NotYoursError } from './errors.js';
import { loadPolicies, type PolicySet } from './policy.js';
import { computeDeadline, parseDuration, formatLocalShort, outOfQuietHours } from './time.js';
import { DateTime } from 'luxon';
import type { CaseActor, CaseKind, CaseView, CommandContext, NewCase, ReminderCommand } from './types.js';
import type { ReminderAction } from './natural.js';

export interface ReminderService {
  /** The time zone cases get when none is given; dates in chat requests are read in it. */
  readonly timeZone: string;
  /** Replies in ctx.lang. Bad input comes back as a polite reply of kind 'error', never as a thrown error. */
  execute(cmd: ReminderCommand, ctx: CommandContext): Promise<Reply[]>;
  onAction(action: IncomingAction): Promise<Reply[]>;
  /** Throws InputError on bad input. */
  addCase(input: NewCase): Promise<CaseView>;
  /** The first page (up to `limit`, at most 1000) of matching cases in case-number order. */
  listCases(filter?: CaseListFilter): Promise<CaseView[]>;
  /** One page and the cursor of the next (null on the last page); pass it back as `after`. */
  listCasesPage(filter: CaseListFilter & { after?: string }): Promise<{ cases: CaseView[]; next: string | null }>;
  /** Counts by kind and status (aggregated in SQL) and the open deadlines that come first. */
  summary(opts?: { nextDeadlines?: number }): Promise<{ counts: CaseSummaryRow[]; nextDeadlines: CaseView[] }>;
  getCase(ref: string, scope?: { platform: Platform; workspaceId: string }): Promise<CaseView | null>;
  /** With `actor`, refuses (InputError) anyone but the owner, the owner's conversation or an admin. */
  markDone(ref: string, scope: { platform: Platform; workspaceId: string }, actor?: CaseActor): Promise<CaseView>;
  snooze(ref: string, duration: string, scope: { platform: Platform; workspaceId: string }, actor?: CaseActor): Promise<{ case: CaseView; until: string }>;
  /**
   * An action asked in plain words on the asker's own open cases ("done with the rectification", "snooze that for 2
   * days", "我们的整改还剩几天？"): the one open case of the named kind (or the only open case) gets the command; none
   * or several get a reply saying so, with the cases and the command to send. Null for 'status' with no case, so the
   * caller can offer to track it.
   */
  actOnOwnCase(action: Exclude<ReminderAction, 'list' | 'move'>, caseKind: CaseKind | null, ctx: CommandContext, opts?: { duration?: string; start?: string }): Promise<Reply[] | null>;
  /** The last day to act (YYYY-MM-DD, the default time zone) for a case of this kind anchored on start. */
  deadlineOf(kind: CaseKind, start: string): string;
  /** The cue words of each kind from this service's policies (rules/deadlines `cues`), in the order they are tried. */
  readonly kindCues: PolicySet['kindCues'];
  /** The start (anchor) a case of this kind needs for its deadline to fall on `deadline` (YYYY-MM-DD): the inverse of deadlineOf. */
  startFor(kind: CaseKind, deadline: string): string;
  /** Bytes in any supported encoding (UTF-8, UTF-16, GBK/GB18030), or text. */
  importCsv(csv: string | Uint8Array, opts: CsvImportOptions): Promise<CsvImportResult>;
}

export interface CaseListFilter {
  workspaceId?: string;
  platform?: Platform;
  userId?: string;
  status?: 'open' | 'done' | 'all';
  limit?: number;
}

/** A page cursor is the last case number seen ("C123" or "123"); anything else is a polite InputError. */
export function parseCursor(after: string | undefined): number | undefined {
  if (after === undefined || after === '') return undefined;
  const m = /^c?(\d{1,9})$/i.exec(after.trim());
  if (!m) throw new InputError(`"${after.slice(0, 40)}" is not a page cursor; pass the "next" value of the previous page.`, `“${after.slice(0, 40)}”不是有效的翻页游标；请使用上一页返回的 next 值。`);
  return Number(m[1]);
}

export interface ReminderServiceOptions {
  rulesDir?: string;
  clock?: () => Date;
  /** HAILI_ADMINS: user ids ("U123") or platform-qualified ids ("slack:U123") who may close or snooze any case. */
  admins?: string[];
  /** How long after Done the case can still be reopened with Undo. */
  undoWindowMs?: number;
}

/** Long enough to notice a mis-click, short enough that a reopened case's reminders are still meaningful. */
export const UNDO_WINDOW_MS = 10 * 60_000;

const NOT_FOUND = (ref: string) => new InputError(`I can't find case ${ref} here, so nothing was changed. Send "tasks" to see your open cases.`, `找不到案件 ${ref}，没有做任何更改。发送“我的任务”查看进行中的事项。`);

export function createReminderService(db: Database, opts: ReminderServiceOptions = {}): ReminderService {
  const policies: PolicySet = loadPolicies(opts.rulesDir);
  const clock = opts.clock ?? (() => new Date());
  const store: ReminderStore = createReminderStore(db);

  async function resolve(ref: string, scope?: { platform: Platform; workspaceId: string }): Promise<CaseRecord> {
    const r = ref.trim();
    const short = /^c?(\d{1,9})$/i.exec(r);
    const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(r);
    if (!short && !isUuid) throw NOT_FOUND(r.slice(0, 40));
    const wsId = scope ? (await store.ensureWorkspace(scope.platform, scope.workspaceId)).id : undefined;
    const rec = await store.findCase(wsId, short ? { shortId: Number(short[1]) } : { id: r.toLowerCase() });
    if (!rec) throw NOT_FOUND(short ? `C${short[1]}` : r);
    return rec;
  }

  const view = (c: CaseRecord) => toView(c, policies);
  const admins = new Set(opts.admins ?? []);
  const undoWindowMs = opts.undoWindowMs ?? UNDO_WINDOW_MS;

  /**
   * A case with an owner is theirs (and any admin's); a case without one (imported for a group) belongs to the
   * conversation its reminders go to. Everyone else is told politely whose it is.
   */
  function checkMayChange(rec: CaseRecord, actor: CaseActor | undefined): void {
    if (!actor) return;
    const platform = rec.workspace.platform;
    if (admins.has(actor.userId) || admins.has(`${platform}:${actor.userId}`)) return;
    const owner = rec.ownerUserId ?? rec.createdBy;
    // a case tracked for a teammate is theirs, and still the one who asked for it may close it
    if (owner ? actor.userId === owner || actor.userId === rec.createdBy : actor.conversationId === rec.targetConversationId) return;
    throw new NotYoursError(view(rec));
  }

  const service: ReminderService = {
    timeZone: policies.schedule.defaultTimeZone,
    kindCues: policies.kindCues,
    async addCase(input) {
      const v = validateNewCase(input, policies.schedule.defaultTimeZone);
      const ws = await store.ensureWorkspace(v.platform, v.workspaceId);
      if (!input.lang && v.userId) v.lang = (await store.userLang(ws.id, v.userId)) === 'en' ? 'en' : v.lang;
      // One open case per kind and subject: tracking it again offers to re-date the open one instead. An
      // off-platform strike is an event, not a task, so each strike is its own case.
      if (v.kind !== 'offsite-strike') {
        const open = await store.findOpenCase(ws.id, toDbKind(v.kind), v.subject);
        if (open) throw new DuplicateCaseError(view(open), v.start);
      }
      const strikes = v.kind === 'offsite-strike' ? (await store.countStrikes(ws.id, v.subject)) + 1 : undefined;
      const { caseRow, nudges } = buildCaseRows(v, ws, policies, clock(), strikes);
      await store.insertCases([caseRow], nudges);
      return view((await store.getCase(caseRow.id))!);
    },

    async listCases(filter = {}) {
      return (await service.listCasesPage(filter)).cases;
    },

    async listCasesPage(filter) {
      const limit = Math.max(1, Math.min(MAX_PAGE, filter.limit ?? MAX_PAGE));
      const rows = await store.listCases({
        workspaceExternalId: filter.workspaceId,
        platform: filter.platform,
        userId: filter.userId,
        status: filter.status ?? 'open',
        limit,
        afterShortId: parseCursor(filter.after),
      });
      return { cases: rows.map(view), next: rows.length === limit ? String(rows[rows.length - 1]!.shortId) : null };
    },

    async summary(opts = {}) {
      const [counts, next] = await Promise.all([store.caseSummary(clock()), store.nextDeadlines(opts.nextDeadlines ?? 50)]);
      return { counts, nextDeadlines: next.map(view) };
    },

    async getCase(ref, scope) {
      try {
        return view(await resolve(ref, scope));
      } catch (err) {
        if (err instanceof InputError) return null;
        throw err;
      }
    },

    async markDone(ref, scope, actor) {
      const rec = await resolve(ref, scope);
      checkMayChange(rec, actor);
      await store.closeCase(rec.id, 'done', clock());
      return view((await store.getCase(rec.id))!);
    },

    async snooze(ref, duration, scope, actor) {
      const { ms } = parseDuration(duration);
      const rec = await resolve(ref, scope);
      checkMayChange(rec, actor);
      if (rec.status !== 'open') throw new InputError(`${label(view(rec))} is already closed; nothing to snooze.`, `${label(view(rec))} 已关闭，无需推迟。`);
      const now = clock();
      const until = outOfQuietHours(DateTime.fromMillis(now.getTime() + ms, { zone: rec.timeZone }), { start: rec.workspace.quietStart, end: rec.workspace.quietEnd });
      await store.snoozeCase(rec.id, until.toJSDate());
      return { case: view((await store.getCase(rec.id))!), until: until.toISO()! };
    },

    deadlineOf(kind, start) {
      return computeDeadline(policies.byKind.get(kind)!, start, policies.schedule.defaultTimeZone).toISODate()!;
    },

    startFor(kind, deadline) {
      return DateTime.fromISO(deadline, { zone: policies.schedule.defaultTimeZone }).minus({ days: policies.byKind.get(kind)!.deadline.days }).toISODate()!;
    },

    async actOnOwnCase(action, caseKind, ctx, opts = {}) {
      const open = await service.listCases({ platform: ctx.platform, workspaceId: ctx.workspaceId, userId: ctx.userId, status: 'open' });
      const mine = caseKind ? open.filter((c) => c.kind === caseKind) : open;
      if (!mine.length) return action === 'status' ? null : [noOpenCaseReply(ctx.lang, caseKind, open)];
      // A date given in words may be the deadline or the anchor ("deadline is actually May 12"): a re-date is only
      // offered, with the command that moves the anchor, never done unasked.
      if (mine.length === 1 && action !== 'update') {
        const ref = mine[0]!.id;
        const cmd: ReminderCommand = action === 'status' ? { kind: 'details', ref } : action === 'snooze' ? { kind: 'snooze', ref, duration: opts.duration ?? '1d' } : { kind: action, ref };
        return service.execute(cmd, ctx);
      }
      return [whichCaseReply(ctx.lang, action, mine, ctx.now ?? clock(), opts)];
    },

    importCsv(csvText, o) {
      return importCsv(csvText, o, { store, policies, clock });
    },

    async execute(cmd, ctx) {
      const lang = ctx.lang;
      const scope = { platform: ctx.platform, workspaceId: ctx.workspaceId };
      const actor: CaseActor = { userId: ctx.userId, conversationId: ctx.conversationId };
      try {
        switch (cmd.kind) {
          case 'track': {
            const c = await service.addCase({
              kind: cmd.caseKind, subject: cmd.subject, start: cmd.start, note: cmd.note, strikeType: cmd.strikeType,
              platform: ctx.platform, workspaceId: ctx.workspaceId, conversationId: ctx.conversationId, userId: cmd.owner ?? ctx.userId, lang, createdBy: ctx.userId,
            });
            return [trackedReply(lang, c, policies.byKind.get(c.kind)!)];
          }
          case 'tasks': {
            const cases = await service.listCases({ platform: ctx.platform, workspaceId: ctx.workspaceId, userId: ctx.userId, status: 'open' });
            if (!cmd.dueBy) return [listReply(lang, cases, ctx.now ?? clock(), { zh: '我的进行中事项', en: 'My open deadlines' }, 'reminder')];
            const due = cases.filter((c) => c.deadline.slice(0, 10) <= cmd.dueBy!);
            return [listReply(lang, due, ctx.now ?? clock(), { zh: `${cmd.dueBy} 前到期的事项`, en: `Due by ${cmd.dueBy}` }, 'reminder')];
          }
          case 'done': {
            const rec = await resolve(cmd.ref, scope);
            if (rec.status !== 'open') return [alreadyClosedReply(lang, view(rec))];
            const c = await service.markDone(rec.id, scope, actor);
            return [doneReply(lang, c, Math.round(undoWindowMs / 60_000))];
          }
          case 'cancel': {
            const rec = await resolve(cmd.ref, scope);
            if (rec.status !== 'open') return [alreadyClosedReply(lang, view(rec))];
            checkMayChange(rec, actor);
            await store.closeCase(rec.id, 'cancelled', clock());
            return [cancelledReply(lang, view((await store.getCase(rec.id))!))];
          }
          case 'snooze': {
            const rec = await resolve(cmd.ref, scope);
            if (rec.status !== 'open') return [alreadyClosedReply(lang, view(rec))];
            const { case: c, until } = await service.snooze(rec.id, cmd.duration, scope, actor);
            return [snoozedReply(lang, c, formatLocalShort(until, c.timeZone))];
          }
          case 'reopen': {
            const rec = await resolve(cmd.ref, scope);
            if (rec.status === 'open') return [reopenedReply(lang, view(rec), policies.byKind.get(view(rec).kind)!, false)];
            checkMayChange(rec, actor);
            const ok = rec.status === 'done' && (await store.reopenCase(rec.id, new Date(clock().getTime() - undoWindowMs)));
            if (!ok) {
              const mins = Math.round(undoWindowMs / 60_000);
              return [simpleReply(lang, `${label(view(rec))} 关闭已超过 ${mins} 分钟，无法撤销。如需继续跟踪，请重新创建。`, `${label(view(rec))} was closed more than ${mins} minutes ago, so Done can no longer be undone. Track it again if it still needs work.`, 'error', 'warning')];
            }
            const c = view((await store.getCase(rec.id))!);
            return [reopenedReply(lang, c, policies.byKind.get(c.kind)!, true)];
          }
          case 'update': {
            const rec = await resolve(cmd.ref, scope);
            if (rec.status !== 'open') return [alreadyClosedReply(lang, view(rec))];
            checkMayChange(rec, actor);
            const c = await redate(rec, cmd.start);
            return [trackedReply(lang, c, policies.byKind.get(c.kind)!, true)];
          }
          case 'progress':
            return [await progress(cmd.ref, cmd.task, cmd.done, cmd.total, ctx)];
          case 'details': {
            const c = view(await resolve(cmd.ref, scope));
            return [detailsReply(lang, c, policies.byKind.get(c.kind)!)];
          }
        }
      } catch (err) {
        if (err instanceof DuplicateCaseError) return [duplicateReply(lang, err.existing, err.start)];
        if (err instanceof NotYoursError) return [notYoursReply(lang, err.existing)];
        if (err instanceof InputError) return [simpleReply(lang, err.zh, err.en, 'error', 'warning')];
        throw err;
      }
    },

    async onAction(action) {
      const rec = await resolve(action.value, { platform: action.platform, workspaceId: action.workspaceId }).catch((e) => e as Error);
      const lang: Lang = action.lang ?? (rec instanceof Error ? 'zh' : rec.lang === 'en' ? 'en' : 'zh');
      if (rec instanceof Error) {
        if (rec instanceof InputError) return [simpleReply(lang, rec.zh, rec.en, 'error', 'warning')];
        throw rec;
      }
      const ctx: CommandContext = { platform: action.platform, workspaceId: action.workspaceId, conversationId: action.conversationId, userId: action.userId, lang };
      const ref = rec.id;
      if (action.action === 'done') return service.execute({ kind: 'done', ref }, ctx);
      if (action.action === 'snooze') return service.execute({ kind: 'snooze', ref, duration: '1d' }, ctx);
      return service.execute({ kind: 'details', ref }, ctx);
    },
  };

  /** Re-anchors an open case: new deadline, and the unsent nudges replaced by the new date's plan. */
  async function redate(rec: CaseRecord, start: string): Promise<CaseView> {
    const c = view(rec);
    const v = validateNewCase(
      { kind: c.kind, subject: c.subject, start, timeZone: c.timeZone, platform: c.target.platform, workspaceId: c.target.workspaceId, conversationId: c.target.conversationId, userId: c.target.userId, lang: c.lang },
      policies.schedule.defaultTimeZone,
    );
    const { caseRow, nudges } = buildCaseRows(v, rec.workspace, policies, clock());
    // Fresh idempotency keys: the old plan's keys stay with its cancelled rows.
    const stamp = clock().getTime().toString(36);
    const moved = nudges.map((n) => ({ ...n, caseId: rec.id, idempotencyKey: n.idempotencyKey.replace(caseRow.id, `${rec.id}:${stamp}`) }));
    await store.redateCase(rec.id, v.start, caseRow.deadline.dueAt, moved);
    return view((await store.getCase(rec.id))!);
  }

  async function progress(ref: string, taskWord: string, done: number, total: number | undefined, ctx: CommandContext): Promise<Reply> {
    const lang = ctx.lang;
    const rec = await resolve(ref, { platform: ctx.platform, workspaceId: ctx.workspaceId });
    const c = view(rec);
    const policy = policies.byKind.get(c.kind)!;
    if (!policy.tasks) throw new InputError(`${label(c)} has no tasks to count; progress is for growth-tasks cases.`, `${label(c)} 没有可计数的任务；进度仅适用于新手任务。`);
    const w = taskWord.toLowerCase();
    const task = policy.tasks.find((x) => x.key === w || x.aliases.some((a) => a.toLowerCase() === w));
    if (!task) {
      const keys = policy.tasks.map((x) => x.key).join(', ');
      throw new InputError(`Unknown task "${taskWord.slice(0, 30)}"; tasks are ${keys}.`, `未知任务“${taskWord.slice(0, 30)}”；可用任务：${policy.tasks.map((x) => x.aliases.find((a) => /[\u4e00-\u9fff]/.test(a)) ?? x.key).join('、')}。`);
    }
    if (total !== undefined && total !== task.total) {
      throw new InputError(`The ${task.key} task counts to ${task.total} (briefing), not ${total}.`, `该任务的目标是 ${task.total}（见发布会），不是 ${total}。`);
    }
    if (done > task.total) throw new InputError(`${done} is more than the ${task.total} the task needs.`, `${done} 超过了任务需要的 ${task.total}。`);
    const next = { ...(c.progress ?? {}), [task.key]: { done, total: task.total } };
    await store.setProgress(c.id, next);
    const all = policy.tasks.every((x) => (next[x.key]?.done ?? 0) >= x.total);
    if (all && c.status === 'open') {
      await store.closeCase(c.id, 'done', clock());
      const today = DateTime.fromJSDate(ctx.now ?? clock(), { zone: c.timeZone });
      const starts = today.plus({ days: 1 }).toISODate();
      return simpleReply(
        lang,
        `🎉 ${label(c)} 四项新手推荐任务全部完成！按规则，完成后次日（${starts}）店铺进入商家星等级评定阶段。提醒已停止。`,
        `🎉 ${label(c)}: all four growth tasks are done! Per the briefing, star evaluation starts the day after completion (${starts}). Reminders stopped.`,
      );
    }
    const updated = view((await store.getCase(c.id))!);
    const lines = policy.tasks.map((x) => `${t(lang, x.zh, x.en)}: ${updated.progress?.[x.key]?.done ?? 0}/${x.total}`).join('\n');
    return { lang, kind: 'command', text: `${t(lang, `已更新 ${label(c)} 进度`, `Progress updated for ${label(c)}`)}\n${lines}`, card: { title: t(lang, `已更新 ${label(c)} 进度`, `Progress updated for ${label(c)}`), tone: 'info', body: lines } };
  }

  return service;
}
