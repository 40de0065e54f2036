import type { Database } from './database.js';
import type { CoreStore } from './store.js';
import type { ListingCheckRecord, ListingCheckRecorder } from '../listing/index.js';

/**
 * Listing checks (issue 15), in their own file so the listing job does not share store.ts with everyone else.
 * Like draft checks, a listing check keeps the hash and length of the pasted text, never the text: a listing
 * under rectification is the merchant's business, not ours.
 */
export class ListingCheckStore implements ListingCheckRecorder {
  constructor(
    private readonly db: Database,
    /** Resolves the platform's workspace id to ours (cached there), as draft checks record it. */
    private readonly core?: CoreStore,
  ) {}

  async recordListingCheck(rec: ListingCheckRecord): Promise<void> {
    const workspaceId = this.core ? (await this.core.ensureWorkspace(rec.platform, rec.workspaceId)).id : rec.workspaceId;
    await this.db.prisma.listingCheck.create({
      data: {
        workspaceId,
        userKey: rec.userKey,
        platform: rec.platform,
        textHash: rec.textHash,
        textLength: rec.textLength,
        verdict: rec.verdict,
        kinds: rec.kinds,
        lang: rec.lang,
      },
    });
  }

  /** Listing checks per ISO week: how many, how many at risk, and the risk kinds, for the console dashboard. */
  async listingChecksByWeek(weeks = 8): Promise<{ week: string; checks: number; atRisk: number; kinds: Record<string, number> }[]> {
    const totals = await this.db.prisma.$queryRaw<{ week: Date; checks: bigint; at_risk: bigint }[]>`
      SELECT date_trunc('week', "createdAt") AS week, count(*) AS checks, count(*) FILTER (WHERE "verdict" = 'risk') AS at_risk
      FROM "ListingCheck"
      WHERE "createdAt" > now() - make_interval(weeks => ${weeks}::int)
      GROUP BY 1 ORDER BY 1`;
    const kinds = await this.db.prisma.$queryRaw<{ week: Date; kind: string; count: bigint }[]>`
      SELECT date_trunc('week', "createdAt") AS week, k AS kind, count(*) AS count
      FROM "ListingCheck", unnest("kinds") AS k
      WHERE "createdAt" > now() - make_interval(weeks => ${weeks}::int)
      GROUP BY 1, 2 ORDER BY 1, 2`;
    const day = (d: Date) => d.toISOString().slice(0, 10);
    return totals.map((r) => ({
      week: day(r.week),
      checks: Number(r.checks),
      atRisk: Number(r.at_risk),
      kinds: Object.fromEntries(kinds.filter((k) => day(k.week) === day(r.week)).map((k) => [k.kind, Number(k.count)])),
    }));
  }
}
