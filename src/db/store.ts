import type { Database } from './database.js';
import type { Platform } from '../core/types.js';
import type { WorkspaceRow } from './reminder-store.js';
import { BoundedCache, WorkspaceDirectory } from './workspaces.js';

/**
 * Everything the core stores outside reminders: who is talking where, what was checked or asked,
 * which platform events were already handled. Reminder SQL lives in reminder-store.ts.
 */
export class CoreStore {
  // Workspaces, conversations and users change rarely but are touched on every message; caching
  // them saves three upserts per message, about half of the per-message database time.
  private readonly workspaces: WorkspaceDirectory;
  private readonly conversations = new BoundedCache<string>(50_000);
  private readonly users = new BoundedCache<string>(50_000);

  constructor(private readonly db: Database) {
    this.workspaces = new WorkspaceDirectory(db);
  }

  private get prisma() {
    return this.db.prisma;
  }

  /**
   * Claims a platform event id. True exactly once per (platform, id), across replicas: the primary key
   * makes the second insert a no-op, so Slack retries and DingTalk re-pushes are handled once.
   */
  async claimEvent(platform: Platform, eventId: string): Promise<boolean> {
    const inserted = await this.prisma.$executeRaw`
      INSERT INTO "ProcessedEvent" ("platform", "eventId", "processedAt")
      VALUES (${platform}::"ChatPlatform", ${eventId}, now())
      ON CONFLICT DO NOTHING`;
    return inserted === 1;
  }

  ensureWorkspace(platform: Platform, externalId: string): Promise<WorkspaceRow> {
    return this.workspaces.ensure(platform, externalId);
  }

  async rememberUser(workspaceId: string, externalId: string, name: string | undefined, lang: string, isAdmin: boolean): Promise<void> {
    const key = `${workspaceId}:${externalId}`;
    const fingerprint = `${name ?? ''}|${lang}|${isAdmin}`;
    if (this.users.get(key) === fingerprint) return;
    await this.prisma.chatUser.upsert({
      where: { workspaceId_externalId: { workspaceId, externalId } },
      update: { lang, ...(name ? { name } : {}), ...(isAdmin ? { isAdmin } : {}) },
      create: { workspaceId, externalId, name, lang, isAdmin },
    });
    this.users.set(key, fingerprint);
  }

  userLang(platform: Platform, workspaceExternalId: string, userExternalId: string): Promise<string | null> {
    return this.workspaces.userLang({ platform, externalId: workspaceExternalId }, userExternalId);
  }

  async ensureConversation(workspaceId: string, externalId: string, isDirect: boolean): Promise<string> {
    const key = `${workspaceId}:${externalId}`;
    const cached = this.conversations.get(key);
    if (cached) return cached;
    const c = await this.prisma.conversation.upsert({
      where: { workspaceId_externalId: { workspaceId, externalId } },
      update: {},
      create: { workspaceId, externalId, isDirect },
      select: { id: true },
    });
    this.conversations.set(key, c.id);
    return c.id;
  }

  async threadTopic(conversationId: string, threadKey: string): Promise<string[]> {
    const t = await this.prisma.threadTopic.findUnique({
      where: { conversationId_threadKey: { conversationId, threadKey } },
      select: { sectionIds: true },
    });
    return t?.sectionIds ?? [];
  }

  async setThreadTopic(conversationId: string, threadKey: string, sectionIds: string[]): Promise<void> {
    await this.prisma.threadTopic.upsert({
      where: { conversationId_threadKey: { conversationId, threadKey } },
      update: { sectionIds },
      create: { conversationId, threadKey, sectionIds },
    });
  }

  async recordDraftCheck(rec: {
    workspaceId?: string;
    userKey?: string;
    platform: Platform;
    textHash: string;
    textLength: number;
    verdict: 'block' | 'warn' | 'pass';
    categories: string[];
    ruleIds: string[];
    stage: string;
  }): Promise<void> {
    await this.prisma.draftCheck.create({ data: rec });
  }

  async recordQuestion(rec: {
    workspaceId?: string;
    platform: Platform;
    question: string;
    lang: string;
    citedSections: string[];
    declined: boolean;
  }): Promise<void> {
    // Long pastes are truncated: operators need the gist of what the knowledge lacks, not 50 KB.
    await this.prisma.policyQuestion.create({ data: { ...rec, question: rec.question.slice(0, 500) } });
  }

  async declinedQuestions(limit = 50): Promise<{ question: string; lang: string; createdAt: Date }[]> {
    return this.prisma.policyQuestion.findMany({
      where: { declined: true },
      orderBy: { createdAt: 'desc' },
      take: limit,
      select: { question: true, lang: true, createdAt: true },
    });
  }

  /** Leak findings per ISO week and category, for the console dashboard chart. */
  async leakFindingsByWeek(weeks = 8): Promise<{ week: string; category: string; count: number }[]> {
    const rows = await this.prisma.$queryRaw<{ week: Date; category: string; count: bigint }[]>`
      SELECT date_trunc('week', "createdAt") AS week, c AS category, count(*) AS count
      FROM "DraftCheck", unnest("categories") AS c
      WHERE "verdict" <> 'pass' AND "createdAt" > now() - make_interval(weeks => ${weeks}::int)
      GROUP BY 1, 2 ORDER BY 1, 2`;
    return rows.map((r) => ({ week: r.week.toISOString().slice(0, 10), category: r.category, count: Number(r.count) }));
  }

  async saveConsoleMessage(conversationId: string, direction: 'in' | 'out', payload: unknown): Promise<{ id: string; createdAt: Date }> {
    return this.prisma.consoleMessage.create({
      data: { conversationId, direction, payload: payload as object },
      select: { id: true, createdAt: true },
    });
  }

  async consoleMessages(conversationId: string, afterId?: string, limit = 200): Promise<{ id: string; direction: string; payload: unknown; createdAt: Date }[]> {
    let after: { createdAt: Date; id: string } | null = null;
    if (afterId) after = await this.prisma.consoleMessage.findUnique({ where: { id: afterId }, select: { createdAt: true, id: true } });
    // Keyset on (createdAt, id): two messages stored in the same millisecond are both returned.
    return this.prisma.consoleMessage.findMany({
      where: {
        conversationId,
        ...(after ? { OR: [{ createdAt: { gt: after.createdAt } }, { createdAt: after.createdAt, id: { gt: after.id } }] } : {}),
      },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: limit,
    });
  }

  /** The newest `limit` messages (or the `limit` just before `beforeId`), oldest first: the console opens at the end and pages back. */
  async consoleMessagesTail(conversationId: string, beforeId?: string, limit = 50): Promise<{ id: string; direction: string; payload: unknown; createdAt: Date }[]> {
    let before: { createdAt: Date; id: string } | null = null;
    if (beforeId) {
      before = await this.prisma.consoleMessage.findUnique({ where: { id: beforeId }, select: { createdAt: true, id: true } });
      if (!before) return [];
    }
    const rows = await this.prisma.consoleMessage.findMany({
      where: {
        conversationId,
        ...(before ? { OR: [{ createdAt: { lt: before.createdAt } }, { createdAt: before.createdAt, id: { lt: before.id } }] } : {}),
      },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: limit,
    });
    return rows.reverse();
  }

}
