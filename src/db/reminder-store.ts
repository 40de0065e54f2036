/**
 * Every query for compliance cases, deadlines, nudges, leases and pacing lives here (one place, as in pg-boss),
 * so the claim/lease protocol can be read and reviewed in one file. Timestamps are TIMESTAMP(3) columns holding
 * UTC; raw SQL therefore converts every bound instant with `::timestamptz AT TIME ZONE 'UTC'`.
 */
import { randomUUID } from 'node:crypto';
import type { Platform } from '../core/types.js';
import type { Database } from './database.js';
import type { Prisma } from '../generated/prisma/client.js';
import { WorkspaceDirectory } from './workspaces.js';

type Tx = Prisma.TransactionClient | Database['prisma'];

export type DbCaseKind = 'rectification' | 'violation_fix' | 'offsite_strike' | 'growth_tasks' | 'live_recruiting';
export type NudgeStatus = 'pending' | 'sending' | 'sent' | 'cancelled' | 'dead' | 'skipped';

export interface WorkspaceRow {
  id: string;
  platform: Platform;
  externalId: string;
  timeZone: string;
  quietStart: string;
  quietEnd: string;
}

export interface CaseInsert {
  id: string;
  workspaceId: string;
  kind: DbCaseKind;
  subject: string;
  anchorDate: string;
  timeZone: string;
  targetConversationId: string;
  targetUserId: string | null;
  ownerUserId: string | null;
  progress: unknown;
  meta: unknown;
  lang: string;
  note: string | null;
  createdBy: string | null;
  deadline: { dueAt: Date; policyId: string; consequence: string };
}

export interface NudgeInsert {
  id: string;
  caseId: string | null;
  idempotencyKey: string;
  purpose: string;
  dueAt: Date;
  availableAt: Date;
  platform: Platform;
  workspaceExternalId: string;
  targetConversationId: string;
  targetUserId: string | null;
  lang: string;
  status: NudgeStatus;
}

export interface CaseRecord {
  id: string;
  shortId: number;
  kind: DbCaseKind;
  subject: string;
  anchorDate: string;
  timeZone: string;
  status: 'open' | 'done' | 'cancelled';
  targetConversationId: string;
  targetUserId: string | null;
  progress: unknown;
  meta: unknown;
  lang: string;
  note: string | null;
  /** Who may close or snooze it (with their conversation and HAILI_ADMINS); null for cases imported without a person. */
  ownerUserId: string | null;
  createdBy: string | null;
  closedAt: Date | null;
  workspace: WorkspaceRow;
  deadline: { dueAt: Date; policyId: string; consequence: string | null } | null;
  nudges: { dueAt: Date; status: NudgeStatus; purpose: string }[];
}

export interface ClaimedNudge {
  id: string;
  caseId: string | null;
  idempotencyKey: string;
  purpose: string;
  dueAt: Date;
  platform: Platform;
  workspaceExternalId: string;
  targetConversationId: string;
  targetUserId: string | null;
  lang: string;
  attempts: number;
}

export interface DeadLetter {
  id: string;
  caseId: string | null;
  idempotencyKey: string;
  purpose: string;
  dueAt: Date;
  attempts: number;
  lastError: string | null;
  target: { platform: Platform; workspaceId: string; conversationId: string; userId?: string };
}

/** Largest page any list serves (API, CLI, chat). */
export const MAX_PAGE = 1000;
const INSERT_CHUNK = 5000;

export interface CaseFilter {
  workspaceExternalId?: string;
  platform?: Platform;
  userId?: string;
  conversationId?: string;
  status?: 'open' | 'done' | 'all';
}

export interface CaseSummaryRow {
  kind: ReturnType<typeof fromDbKind>;
  status: 'open' | 'done' | 'cancelled';
  total: number;
  overdue: number;
  dueSoon: number;
}

const utc = (i: number) => `($${i}::timestamptz AT TIME ZONE 'UTC')`;

type ColType = 'text' | 'int' | 'ts' | 'jsonb' | { enum: string };
/**
 * Multi-row INSERT: rows travel as one JSON text parameter expanded by json_to_recordset, one statement per chunk.
 * (Binding big arrays through Prisma's raw-query path costs ~10x more than this single string.)
 */
async function insertMany(tx: Tx, table: string, cols: [string, ColType][], rows: unknown[][], chunk = 5000): Promise<void> {
  for (let off = 0; off < rows.length; off += chunk) {
    const part = rows.slice(off, off + chunk);
    const json = JSON.stringify(
      part.map((r) => Object.fromEntries(cols.map(([, type], i) => [`c${i}`, r[i] instanceof Date ? (r[i] as Date).toISOString() : type === 'jsonb' && r[i] != null ? JSON.stringify(r[i]) : (r[i] ?? null)]))),
    );
    const defs = cols.map(([, type], i) => `c${i} ${type === 'int' ? 'int' : type === 'ts' ? 'timestamptz' : 'text'}`);
    const selects = cols.map(([, type], i) => {
      const v = `r.c${i}`;
      if (type === 'ts') return `${v} AT TIME ZONE 'UTC'`;
      if (type === 'jsonb') return `${v}::jsonb`;
      if (typeof type === 'object') return `${v}::"${type.enum}"`;
      return v;
    });
    await tx.$executeRawUnsafe(
      `INSERT INTO "${table}" (${cols.map(([n]) => `"${n}"`).join(', ')}) SELECT ${selects.join(', ')} FROM json_to_recordset($1::json) AS r(${defs.join(', ')}) ON CONFLICT DO NOTHING`,
      json,
    );
  }
}

const NUDGE_COLS: [string, ColType][] = [
  ['id', 'text'], ['caseId', 'text'], ['idempotencyKey', 'text'], ['purpose', 'text'], ['dueAt', 'ts'], ['availableAt', 'ts'],
  ['platform', { enum: 'ChatPlatform' }], ['workspaceExternalId', 'text'], ['targetConversationId', 'text'], ['targetUserId', 'text'],
  ['lang', 'text'], ['status', { enum: 'NudgeStatus' }],
];
const nudgeRow = (n: NudgeInsert) => [n.id, n.caseId, n.idempotencyKey, n.purpose, n.dueAt, n.availableAt, n.platform, n.workspaceExternalId, n.targetConversationId, n.targetUserId, n.lang, n.status];

export interface ReminderStoreOptions {
  /**
   * The delivery engine's hot-path writes (claim, pacing, give-back, 'sent') commit without waiting for the WAL flush
   * (synchronous_commit off for that one transaction; the row is visible to every replica at once either way).
   * A commit waits for no disk, so a slow or shared disk does not stall delivery. What it costs: if PostgreSQL
   * itself crashes, the last moments of those writes (up to 3 x wal_writer_delay, 600 ms by default) can be lost,
   * and each lost write can only cause a resend after the lease (a duplicate), never a lost nudge: a lost claim or
   * 'sent' mark leaves the row claimable, a lost give-back leaves it 'sending' until its lease runs out.
   */
  asyncCommit?: boolean;
}

export function createReminderStore(db: Database, storeOpts: ReminderStoreOptions = {}) {
  const prisma = db.prisma;
  const workspaces = new WorkspaceDirectory(db);
  // Joined into the FROM list of a single-statement transaction: SET LOCAL for that transaction, evaluated once.
  const asyncCommit = storeOpts.asyncCommit ? `, (SELECT set_config('synchronous_commit', 'off', true)) AS async_commit` : '';

  const caseInclude = {
    workspace: true,
    deadline: true,
    nudges: { select: { dueAt: true, status: true, purpose: true }, orderBy: { dueAt: 'asc' as const } },
  };
  const toRecord = (c: any): CaseRecord => ({ ...c, workspace: c.workspace as WorkspaceRow });

  return {
    ensureWorkspace(platform: Platform, externalId: string): Promise<WorkspaceRow> {
      return workspaces.ensure(platform, externalId);
    },

    async userLang(workspaceId: string, externalUserId: string): Promise<string | undefined> {
      return (await workspaces.userLang({ id: workspaceId }, externalUserId)) ?? undefined;
    },

    async countStrikes(workspaceId: string, subject: string): Promise<number> {
      return prisma.complianceCase.count({ where: { workspaceId, kind: 'offsite_strike', subject, status: { not: 'cancelled' } } });
    },

    /** Cases, their deadlines and nudges in one transaction: a case never exists without its schedule. */
    async insertCases(cases: CaseInsert[], nudges: NudgeInsert[], onChunk?: (rows: number) => void): Promise<void> {
      await this.insertCasesStreaming(async (write) => {
        for (let off = 0; off < cases.length; off += INSERT_CHUNK) {
          const part = cases.slice(off, off + INSERT_CHUNK);
          const ids = new Set(part.map((c) => c.id));
          await write(part, cases.length <= INSERT_CHUNK ? nudges : nudges.filter((n) => n.caseId !== null && ids.has(n.caseId)));
          onChunk?.(part.length);
        }
      });
    },

    /**
     * One transaction fed batch by batch (CSV import streams its rows through here): memory holds one batch,
     * and if anything fails nothing is kept. `fill` must not use the store outside `write` meanwhile.
     */
    async insertCasesStreaming(fill: (write: (cases: CaseInsert[], nudges: NudgeInsert[]) => Promise<void>) => Promise<void>): Promise<void> {
      await prisma.$transaction(
        async (tx) => {
          await fill(async (part, nudges) => {
            await insertMany(
              tx,
              'ComplianceCase',
              [['id', 'text'], ['workspaceId', 'text'], ['kind', { enum: 'CaseKind' }], ['subject', 'text'], ['anchorDate', 'text'], ['timeZone', 'text'],
                ['targetConversationId', 'text'], ['targetUserId', 'text'], ['ownerUserId', 'text'], ['progress', 'jsonb'], ['meta', 'jsonb'], ['lang', 'text'], ['note', 'text'], ['createdBy', 'text']],
              part.map((c) => [c.id, c.workspaceId, c.kind, c.subject, c.anchorDate, c.timeZone, c.targetConversationId, c.targetUserId, c.ownerUserId, c.progress, c.meta, c.lang, c.note, c.createdBy]),
            );
            await insertMany(
              tx,
              'Deadline',
              [['id', 'text'], ['caseId', 'text'], ['dueAt', 'ts'], ['policyId', 'text'], ['consequence', 'text']],
              part.map((c) => [randomUUID(), c.id, c.deadline.dueAt, c.deadline.policyId, c.deadline.consequence]),
            );
            await insertMany(tx, 'ScheduledNudge', NUDGE_COLS, nudges.map(nudgeRow), INSERT_CHUNK);
          });
        },
        { timeout: 600_000, maxWait: 30_000 },
      );
    },

    /** Digest rows are keyed per person and week, so every replica may try to insert them; the first wins. */
    async insertNudges(nudges: NudgeInsert[]): Promise<void> {
      await insertMany(prisma, 'ScheduledNudge', NUDGE_COLS, nudges.map(nudgeRow));
    },

    async getCase(id: string): Promise<CaseRecord | null> {
      const c = await prisma.complianceCase.findUnique({ where: { id }, include: caseInclude });
      return c ? toRecord(c) : null;
    },

    /** workspaceId undefined = any workspace (admin console and CLI). */
    async findCase(workspaceId: string | undefined, ref: { shortId?: number; id?: string }): Promise<CaseRecord | null> {
      const c = await prisma.complianceCase.findFirst({
        where: { ...(workspaceId ? { workspaceId } : {}), ...(ref.id ? { id: ref.id } : { shortId: ref.shortId }) },
        include: caseInclude,
      });
      return c ? toRecord(c) : null;
    },

    /**
     * One page of cases in shortId order. Keyset paging (`afterShortId`), never OFFSET and never "everything":
     * a page's relations load with one bounded IN list, so no list can outgrow the bind-parameter limit (~32,767).
     */
    async listCases(filter: CaseFilter & { limit?: number; afterShortId?: number }): Promise<CaseRecord[]> {
      const limit = Math.max(1, Math.min(MAX_PAGE, filter.limit ?? MAX_PAGE));
      const rows = await prisma.complianceCase.findMany({
        where: {
          ...(filter.workspaceExternalId || filter.platform
            ? { workspace: { ...(filter.workspaceExternalId ? { externalId: filter.workspaceExternalId } : {}), ...(filter.platform ? { platform: filter.platform } : {}) } }
            : {}),
          ...(filter.userId ? { targetUserId: filter.userId } : {}),
          ...(filter.conversationId ? { targetConversationId: filter.conversationId } : {}),
          ...(filter.status && filter.status !== 'all' ? { status: filter.status } : {}),
          ...(filter.afterShortId !== undefined ? { shortId: { gt: filter.afterShortId } } : {}),
        },
        include: caseInclude,
        orderBy: { shortId: 'asc' },
        take: limit,
      });
      return rows.map(toRecord);
    },

    /** Open cases whose deadlines come first (overdue included), for the dashboard. */
    async nextDeadlines(limit: number): Promise<CaseRecord[]> {
      const ids = await prisma.$queryRawUnsafe<{ id: string }[]>(
        `SELECT c.id FROM "ComplianceCase" c JOIN "Deadline" d ON d."caseId" = c.id
         WHERE c.status = 'open' ORDER BY d."dueAt", c."shortId" LIMIT $1`,
        Math.min(MAX_PAGE, limit),
      );
      if (!ids.length) return [];
      const rows = await prisma.complianceCase.findMany({ where: { id: { in: ids.map((r) => r.id) } }, include: caseInclude });
      const order = new Map(ids.map((r, i) => [r.id, i]));
      return rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!).map(toRecord);
    },

    /** Case counts by kind and status, with overdue and due-within-7-days counts, aggregated by the database. */
    async caseSummary(now: Date): Promise<CaseSummaryRow[]> {
      const rows = await prisma.$queryRawUnsafe<{ kind: DbCaseKind; status: string; total: bigint; overdue: bigint; dueSoon: bigint }[]>(
        `SELECT c.kind::text AS kind, c.status::text AS status, count(*) AS total,
                count(*) FILTER (WHERE c.status = 'open' AND d."dueAt" < ${utc(1)}) AS overdue,
                count(*) FILTER (WHERE c.status = 'open' AND d."dueAt" >= ${utc(1)} AND d."dueAt" < ${utc(1)} + interval '7 days') AS "dueSoon"
         FROM "ComplianceCase" c LEFT JOIN "Deadline" d ON d."caseId" = c.id
         GROUP BY 1, 2 ORDER BY 1, 2`,
        now.toISOString(),
      );
      return rows.map((r) => ({ kind: fromDbKind(r.kind), status: r.status as CaseSummaryRow['status'], total: Number(r.total), overdue: Number(r.overdue), dueSoon: Number(r.dueSoon) }));
    },

    /** Closing a case cancels its unsent nudges in the same transaction, so Done stops the nudges at once. */
    async closeCase(caseId: string, status: 'done' | 'cancelled', now: Date): Promise<boolean> {
      return prisma.$transaction(async (tx) => {
        const res = await tx.complianceCase.updateMany({ where: { id: caseId, status: 'open' }, data: { status, closedAt: now } });
        await tx.scheduledNudge.updateMany({ where: { caseId, status: 'pending' }, data: { status: 'cancelled', lastError: `case ${status}` } });
        return res.count === 1;
      });
    },

    /** The open case of this kind for this subject, if any: one open case per kind and subject (case-insensitive). */
    async findOpenCase(workspaceId: string, kind: DbCaseKind, subject: string): Promise<CaseRecord | null> {
      const c = await prisma.complianceCase.findFirst({
        where: { workspaceId, kind, status: 'open', subject: { equals: subject, mode: 'insensitive' } },
        include: caseInclude,
        orderBy: { shortId: 'asc' },
      });
      return c ? toRecord(c) : null;
    },

    /**
     * Undo of Done: the case opens again and the nudges that closing cancelled are pending again (one already due
     * is sent at once), in one transaction. Only a case closed at or after `closedSince` may be reopened.
     */
    async reopenCase(caseId: string, closedSince: Date): Promise<boolean> {
      return prisma.$transaction(async (tx) => {
        const res = await tx.complianceCase.updateMany({ where: { id: caseId, status: 'done', closedAt: { gte: closedSince } }, data: { status: 'open', closedAt: null } });
        if (res.count !== 1) return false;
        await tx.scheduledNudge.updateMany({ where: { caseId, status: 'cancelled', lastError: 'case done' }, data: { status: 'pending', lastError: null } });
        return true;
      });
    },

    /** A new anchor date for an open case: its deadline moves and its unsent nudges are replaced by the new plan. */
    async redateCase(caseId: string, anchorDate: string, dueAt: Date, nudges: NudgeInsert[]): Promise<void> {
      await prisma.$transaction(async (tx) => {
        await tx.scheduledNudge.updateMany({ where: { caseId, status: 'pending' }, data: { status: 'cancelled', lastError: 'case re-dated' } });
        await tx.complianceCase.update({ where: { id: caseId }, data: { anchorDate } });
        await tx.deadline.update({ where: { caseId }, data: { dueAt } });
        await insertMany(tx, 'ScheduledNudge', NUDGE_COLS, nudges.map(nudgeRow));
      });
    },

    async setProgress(caseId: string, progress: Record<string, { done: number; total: number }>): Promise<void> {
      await prisma.complianceCase.update({ where: { id: caseId }, data: { progress } });
    },

    /**
     * Snooze: pending nudges due before `until` move to `until`. Several landing together would arrive as a burst,
     * so the earliest keeps its idempotency key and moves; the others are cancelled as superseded.
     */
    async snoozeCase(caseId: string, until: Date): Promise<number> {
      return prisma.$transaction(async (tx) => {
        const due = await tx.scheduledNudge.findMany({ where: { caseId, status: 'pending', dueAt: { lt: until } }, orderBy: { dueAt: 'asc' } });
        if (!due.length) return 0;
        await tx.scheduledNudge.update({ where: { id: due[0]!.id }, data: { dueAt: until, availableAt: until } });
        if (due.length > 1) {
          await tx.scheduledNudge.updateMany({ where: { id: { in: due.slice(1).map((n) => n.id) } }, data: { status: 'cancelled', lastError: 'superseded by snooze' } });
        }
        return due.length;
      });
    },

    /**
     * The lease protocol. One statement picks due rows nobody holds (SKIP LOCKED: concurrent replicas never wait on
     * or double-claim a row), marks them 'sending' with this replica's lease, and moves availableAt to the lease
     * expiry: if the replica dies, the row becomes claimable again exactly when its lease runs out.
     */
    async claimDue(replicaId: string, now: Date, leaseMs: number, limit: number): Promise<ClaimedNudge[]> {
      const leaseEnd = new Date(now.getTime() + leaseMs);
      return prisma.$queryRawUnsafe<ClaimedNudge[]>(
        `WITH due AS (
           SELECT id FROM "ScheduledNudge"
           WHERE status IN ('pending', 'sending') AND "availableAt" <= ${utc(1)}
           ORDER BY "availableAt"
           LIMIT $2
           FOR UPDATE SKIP LOCKED
         )
         UPDATE "ScheduledNudge" n
         SET status = 'sending', "leaseOwner" = $3, "leaseExpiresAt" = ${utc(4)}, "availableAt" = ${utc(4)}, attempts = n.attempts + 1
         FROM due${asyncCommit} WHERE n.id = due.id
         RETURNING n.id, n."caseId", n."idempotencyKey", n.purpose, n."dueAt", n.platform::text AS platform, n."workspaceExternalId",
                   n."targetConversationId", n."targetUserId", n.lang, n.attempts`,
        now.toISOString(),
        limit,
        replicaId,
        leaseEnd.toISOString(),
      );
    },

    /** Recorded right after the platform accepted; a row someone else already marked sent is left alone. */
    async markSent(id: string, messageId: string, now: Date): Promise<void> {
      await prisma.$executeRawUnsafe(
        `UPDATE "ScheduledNudge" SET status = 'sent', "sentAt" = ${utc(1)}, "platformMessageId" = $2, "leaseOwner" = NULL, "leaseExpiresAt" = NULL
         WHERE id = $3 AND status IN ('sending', 'pending')`,
        now.toISOString(),
        messageId,
        id,
      );
    },

    /**
     * Group commit of sends the platform accepted: one UPDATE for every send that finished while the previous
     * commit was in flight. A row another replica already recorded as sent is left alone.
     */
    async markSentMany(items: { id: string; messageId: string }[], now: Date): Promise<void> {
      if (!items.length) return;
      await prisma.$executeRawUnsafe(
        `UPDATE "ScheduledNudge" n SET status = 'sent', "sentAt" = ${utc(1)}, "platformMessageId" = r.m, "leaseOwner" = NULL, "leaseExpiresAt" = NULL
         FROM json_to_recordset($2::json) AS r(id text, m text)${asyncCommit}
         WHERE n.id = r.id AND n.status IN ('sending', 'pending')`,
        now.toISOString(),
        JSON.stringify(items.map((i) => ({ id: i.id, m: i.messageId }))),
      );
    },

    /** Gives many claimed rows back in one statement (pacing, quiet hours, closed cases); the attempt is not counted. */
    async releaseMany(replicaId: string, items: { id: string; status: 'pending' | 'cancelled'; availableAt?: Date; error?: string }[]): Promise<void> {
      if (!items.length) return;
      await prisma.$executeRawUnsafe(
        `UPDATE "ScheduledNudge" n
         SET status = r.s::"NudgeStatus", "availableAt" = COALESCE(r.a AT TIME ZONE 'UTC', n."availableAt"), "lastError" = COALESCE(r.e, n."lastError"),
             attempts = n.attempts - 1, "leaseOwner" = NULL, "leaseExpiresAt" = NULL
         FROM json_to_recordset($1::json) AS r(id text, s text, a timestamptz, e text)${asyncCommit}
         WHERE n.id = r.id AND n.status = 'sending' AND n."leaseOwner" = $2`,
        JSON.stringify(items.map((i) => ({ id: i.id, s: i.status, a: i.availableAt?.toISOString() ?? null, e: i.error ?? null }))),
        replicaId,
      );
    },

    /** What a nudge needs to be rendered: case, deadline and workspace in one query (no nudge list). */
    async casesForRender(ids: string[]): Promise<CaseRecord[]> {
      if (!ids.length) return [];
      const rows = await prisma.$queryRawUnsafe<any[]>(
        `SELECT c.id, c."shortId", c.kind::text AS kind, c.subject, c."anchorDate", c."timeZone", c.status::text AS status, c."targetConversationId",
                c."targetUserId", c."ownerUserId", c."createdBy", c."closedAt", c.progress, c.meta, c.lang, c.note, d."dueAt", d."policyId", d.consequence,
                w.id AS "wId", w.platform::text AS "wPlatform", w."externalId" AS "wExternalId", w."timeZone" AS "wTimeZone", w."quietStart", w."quietEnd"
         FROM "ComplianceCase" c JOIN "Workspace" w ON w.id = c."workspaceId" LEFT JOIN "Deadline" d ON d."caseId" = c.id
         WHERE c.id IN (SELECT json_array_elements_text($1::json))`,
        JSON.stringify(ids),
      );
      return rows.map((r) => ({
        id: r.id, shortId: r.shortId, kind: r.kind, subject: r.subject, anchorDate: r.anchorDate, timeZone: r.timeZone, status: r.status,
        targetConversationId: r.targetConversationId, targetUserId: r.targetUserId, ownerUserId: r.ownerUserId, createdBy: r.createdBy, closedAt: r.closedAt, progress: r.progress, meta: r.meta, lang: r.lang, note: r.note,
        workspace: { id: r.wId, platform: r.wPlatform, externalId: r.wExternalId, timeZone: r.wTimeZone, quietStart: r.quietStart, quietEnd: r.quietEnd },
        deadline: r.dueAt ? { dueAt: r.dueAt, policyId: r.policyId, consequence: r.consequence } : null,
        nudges: [],
      }));
    },

    /** Gives a claimed row back: to retry later, to wait out quiet hours/pacing (attempt not counted), or to a final state. */
    async release(replicaId: string, id: string, next: { status: 'pending' | 'dead' | 'cancelled'; availableAt?: Date; error?: string; uncountAttempt?: boolean }): Promise<void> {
      await prisma.$executeRawUnsafe(
        `UPDATE "ScheduledNudge"
         SET status = $1::"NudgeStatus", "availableAt" = COALESCE(${utc(2)}, "availableAt"), "lastError" = COALESCE($3, "lastError"),
             attempts = attempts - $4, "leaseOwner" = NULL, "leaseExpiresAt" = NULL
         WHERE id = $5 AND status = 'sending' AND "leaseOwner" = $6`,
        next.status,
        next.availableAt ? next.availableAt.toISOString() : null,
        next.error ? next.error.slice(0, 500) : null,
        next.uncountAttempt ? 1 : 0,
        id,
        replicaId,
      );
    },

    /**
     * Per-conversation pacing shared by every replica: a conversation may take one message per `paceMs`.
     * Returns the keys granted a send slot now. Keys are sorted so concurrent upserts lock rows in one order (no deadlock).
     */
    async reservePace(keys: string[], now: Date, paceMs: number): Promise<Set<string>> {
      if (!keys.length || paceMs <= 0) return new Set(keys);
      const sorted = [...new Set(keys)].sort();
      const rows = await prisma.$queryRawUnsafe<{ key: string }[]>(
        `INSERT INTO "ConversationPace" (key, "nextAt") SELECT k, ${utc(2)} FROM unnest($1::text[]) AS k${asyncCommit}
         ON CONFLICT (key) DO UPDATE SET "nextAt" = EXCLUDED."nextAt" WHERE "ConversationPace"."nextAt" <= ${utc(3)}
         RETURNING key`,
        sorted,
        new Date(now.getTime() + paceMs).toISOString(),
        now.toISOString(),
      );
      return new Set(rows.map((r) => r.key));
    },

    async deadLetters(limit = 500): Promise<DeadLetter[]> {
      const rows = await prisma.scheduledNudge.findMany({ where: { status: 'dead' }, orderBy: { dueAt: 'asc' }, take: limit });
      return rows.map((n) => ({
        id: n.id,
        caseId: n.caseId,
        idempotencyKey: n.idempotencyKey,
        purpose: n.purpose,
        dueAt: n.dueAt,
        attempts: n.attempts,
        lastError: n.lastError,
        target: { platform: n.platform, workspaceId: n.workspaceExternalId, conversationId: n.targetConversationId, ...(n.targetUserId ? { userId: n.targetUserId } : {}) },
      }));
    },

    async workspacesByKey(keys: { platform: Platform; externalId: string }[]): Promise<Map<string, WorkspaceRow>> {
      const out = new Map<string, WorkspaceRow>();
      const missing = keys.filter((k) => !workspaces.cached(k.platform, k.externalId));
      if (missing.length) {
        const rows = await prisma.workspace.findMany({ where: { OR: missing.map((k) => ({ platform: k.platform, externalId: k.externalId })) } });
        for (const w of rows) workspaces.remember(w as WorkspaceRow);
      }
      for (const k of keys) {
        const w = workspaces.cached(k.platform, k.externalId);
        if (w) out.set(`${k.platform}:${k.externalId}`, w);
      }
      return out;
    },

    /** People (or groups, when a case has no person) with open cases: who gets a weekly digest. */
    async digestRecipients(): Promise<{ platform: Platform; workspaceExternalId: string; timeZone: string; quietStart: string; quietEnd: string; userId: string | null; conversationId: string; lang: string }[]> {
      return prisma.$queryRawUnsafe(
        `SELECT DISTINCT ON (w.id, COALESCE(c."targetUserId", c."targetConversationId"))
                w.platform::text AS platform, w."externalId" AS "workspaceExternalId", w."timeZone", w."quietStart", w."quietEnd",
                c."targetUserId" AS "userId", c."targetConversationId" AS "conversationId", c.lang
         FROM "ComplianceCase" c JOIN "Workspace" w ON w.id = c."workspaceId"
         WHERE c.status = 'open'
         ORDER BY w.id, COALESCE(c."targetUserId", c."targetConversationId"), c."createdAt" DESC`,
      );
    },

    async openCasesFor(platform: Platform, workspaceExternalId: string, who: { userId: string | null; conversationId: string }): Promise<CaseRecord[]> {
      return this.listCases({
        platform,
        workspaceExternalId,
        status: 'open',
        ...(who.userId ? { userId: who.userId } : { conversationId: who.conversationId }),
      });
    },
  };
}

export type ReminderStore = ReturnType<typeof createReminderStore>;

export const toDbKind = (k: string) => k.replace('-', '_') as DbCaseKind;
export const fromDbKind = (k: DbCaseKind) => k.replace('_', '-') as 'rectification' | 'violation-fix' | 'offsite-strike' | 'growth-tasks' | 'live-recruiting';
