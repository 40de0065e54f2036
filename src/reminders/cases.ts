import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import type { Lang, Platform } from '../core/types.js';
import { fromDbKind, toDbKind, type CaseInsert, type CaseRecord, type NudgeInsert, type WorkspaceRow } from '../db/reminder-store.js';
import { InputError } from './errors.js';
import { CASE_KINDS, type PolicySet } from './policy.js';
import { checkTimeZone, clip, computeDeadline, isoLocal, outOfQuietHours, parseCalendarDate, planNudges } from './time.js';
import type { CaseKind, CaseView, NewCase } from './types.js';
import { resolveKind } from './commands.js';

const PLATFORMS: Platform[] = ['console', 'slack', 'dingtalk'];
const CATCH_UP_MS = 24 * 3600_000;

export interface ValidCase {
  kind: CaseKind;
  subject: string;
  start: string;
  timeZone: string;
  platform: Platform;
  workspaceId: string;
  conversationId: string;
  userId?: string;
  lang: Lang;
  note?: string;
  strikeType?: 'contact' | 'trade-assurance';
  createdBy?: string;
}

const okDates = new Map<string, string>();
const okZones = new Set<string>();
function cachedDate(text: string): string {
  const hit = okDates.get(text);
  if (hit) return hit;
  const iso = parseCalendarDate(text); // throws for bad input, which is never cached
  if (okDates.size > 10_000) okDates.clear();
  okDates.set(text, iso);
  return iso;
}
function cachedZone(zone: string): string {
  if (okZones.has(zone)) return zone;
  checkTimeZone(zone);
  okZones.add(zone);
  return zone;
}

/** Validates a new case; every problem is an InputError a person can act on. */
export function validateNewCase(input: NewCase, defaultZone: string): ValidCase {
  const kind = CASE_KINDS.includes(input.kind as CaseKind) ? input.kind : resolveKind(String(input.kind ?? ''));
  if (!kind) {
    throw new InputError(
      `Unknown case kind "${clip(String(input.kind ?? ''))}"; use one of ${CASE_KINDS.join(', ')}.`,
      `未知的类型“${clip(String(input.kind ?? ''))}”，可用类型：${CASE_KINDS.join('、')}。`,
    );
  }
  const subject = String(input.subject ?? '').trim();
  if (!subject) throw new InputError('The subject (product id or shop) is empty.', '对象（产品编号或店铺）为空。');
  if (subject.length > 200 || /[\u0000-\u001f\u007f]/.test(subject)) {
    throw new InputError('The subject must be one line of at most 200 characters.', '对象必须是一行、不超过 200 个字符。');
  }
  const start = cachedDate(String(input.start ?? ''));
  const timeZone = cachedZone(input.timeZone?.trim() || defaultZone);
  if (!PLATFORMS.includes(input.platform)) throw new InputError(`Unknown platform "${clip(String(input.platform))}".`, `未知平台“${clip(String(input.platform))}”。`);
  if (!input.workspaceId?.trim() || !input.conversationId?.trim()) {
    throw new InputError('A workspace and a conversation to remind are required.', '需要指定工作区和接收提醒的会话。');
  }
  const lang: Lang = input.lang === 'en' ? 'en' : 'zh';
  const note = input.note?.trim().slice(0, 500) || undefined;
  return {
    kind, subject, start, timeZone, platform: input.platform, workspaceId: input.workspaceId.trim(), conversationId: input.conversationId.trim(),
    userId: input.userId?.trim() || undefined, lang, note, strikeType: kind === 'offsite-strike' ? (input.strikeType ?? 'contact') : undefined,
    createdBy: input.createdBy,
  };
}

/** Luxon arithmetic is ~1 ms per case; imports repeat the same few dates, so plans are memoised (bounded). */
const planCache = new Map<string, { deadline: Date; plan: { atMs: number; purpose: string; slot: string }[] }>();
function cachedPlan(v: ValidCase, policies: PolicySet, quiet: { start: string; end: string }) {
  const key = `${v.kind}|${v.start}|${v.timeZone}|${policies.schedule.workTime}|${quiet.start}|${quiet.end}`;
  let hit = planCache.get(key);
  if (!hit) {
    const policy = policies.byKind.get(v.kind)!;
    hit = {
      deadline: computeDeadline(policy, v.start, v.timeZone).toJSDate(),
      plan: planNudges(policy, v.start, v.timeZone, policies.schedule.workTime, quiet).map((p) => ({ atMs: p.at.toMillis(), purpose: p.purpose, slot: p.slot })),
    };
    if (planCache.size > 10_000) planCache.clear();
    planCache.set(key, hit);
  }
  return hit;
}

/** Turns a valid case into rows: deadline and the planned nudges (past ones kept as 'skipped', one recent one caught up). */
export function buildCaseRows(v: ValidCase, ws: WorkspaceRow, policies: PolicySet, now: Date, strikeNumber?: number): { caseRow: CaseInsert; nudges: NudgeInsert[] } {
  const policy = policies.byKind.get(v.kind)!;
  const quiet = { start: ws.quietStart, end: ws.quietEnd };
  const { deadline, plan } = cachedPlan(v, policies, quiet);
  const id = randomUUID();
  const nowMs = now.getTime();
  // A case created just after a nudge time (e.g. tracked at 15:00 on its last day) still gets that nudge, now.
  const lastPast = plan.filter((p) => p.atMs <= nowMs).pop();
  const nudges: NudgeInsert[] = plan.map((p) => {
    let at = new Date(p.atMs);
    let status: NudgeInsert['status'] = 'pending';
    if (p.atMs <= nowMs) {
      if (p === lastPast && nowMs - p.atMs < CATCH_UP_MS) at = outOfQuietHours(DateTime.fromJSDate(now, { zone: v.timeZone }), quiet).toJSDate();
      else status = 'skipped';
    }
    return {
      id: randomUUID(),
      caseId: id,
      idempotencyKey: `case:${id}:${p.slot}`,
      purpose: p.purpose,
      dueAt: at,
      availableAt: at,
      platform: v.platform,
      workspaceExternalId: v.workspaceId,
      targetConversationId: v.conversationId,
      targetUserId: v.userId ?? null,
      lang: v.lang,
      status,
    };
  });
  const progress = policy.tasks ? Object.fromEntries(policy.tasks.map((t) => [t.key, { done: 0, total: t.total }])) : null;
  const meta = v.kind === 'offsite-strike' ? { strike: { number: strikeNumber ?? 1, type: v.strikeType ?? 'contact' } } : null;
  return {
    caseRow: {
      id,
      workspaceId: ws.id,
      kind: toDbKind(v.kind),
      subject: v.subject,
      anchorDate: v.start,
      timeZone: v.timeZone,
      targetConversationId: v.conversationId,
      targetUserId: v.userId ?? null,
      ownerUserId: v.userId ?? null,
      progress,
      meta,
      lang: v.lang,
      note: v.note ?? null,
      createdBy: v.createdBy ?? null,
      deadline: { dueAt: deadline, policyId: policy.id, consequence: policy.consequence },
    },
    nudges,
  };
}

export function toView(c: CaseRecord, policies: PolicySet): CaseView {
  const kind = fromDbKind(c.kind);
  const policy = policies.byKind.get(kind)!;
  const zone = c.timeZone;
  const deadline = c.deadline ? isoLocal(c.deadline.dueAt, zone) : computeDeadline(policy, c.anchorDate, zone).toISO()!;
  const planned = c.nudges.filter((n) => n.status !== 'cancelled' && n.purpose !== 'digest');
  const meta = (c.meta ?? {}) as { strike?: CaseView['strike'] };
  return {
    id: c.id,
    shortId: c.shortId,
    kind,
    subject: c.subject,
    start: c.anchorDate,
    deadline,
    nudges: planned.map((n) => isoLocal(n.dueAt, zone)),
    pendingNudges: planned.filter((n) => n.status === 'pending' || n.status === 'sending').map((n) => isoLocal(n.dueAt, zone)),
    status: c.status,
    timeZone: zone,
    lang: c.lang === 'en' ? 'en' : 'zh',
    consequence: c.deadline?.consequence ?? policy.consequence,
    ...(c.progress ? { progress: c.progress as CaseView['progress'] } : {}),
    ...(meta.strike ? { strike: meta.strike } : {}),
    ...(c.note ? { note: c.note } : {}),
    ...((c.ownerUserId ?? c.createdBy) ? { owner: (c.ownerUserId ?? c.createdBy)! } : {}),
    ...(c.closedAt ? { closedAt: c.closedAt.toISOString() } : {}),
    target: {
      platform: c.workspace.platform,
      workspaceId: c.workspace.externalId,
      conversationId: c.targetConversationId,
      ...(c.targetUserId ? { userId: c.targetUserId } : {}),
    },
  };
}
