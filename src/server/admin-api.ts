import { z } from 'zod';
import type { AdminApi } from './http.js';
import type { CoreStore } from '../db/store.js';
import { InputError, type ReminderEngine, type ReminderService } from '../reminders/index.js';
import { CONSOLE_WORKSPACE } from '../platform/console/index.js';
import type { ListingCheckStore } from '../db/listing-store.js';
import type { Logger } from '../core/log.js';
import { LANGS } from '../core/types.js';
import { KIND_LABEL, recordListingCheck, type ListingChecker } from '../listing/index.js';

const listingBody = z.object({
  text: z.string().max(2_000_000),
  lang: z.enum(LANGS).optional(),
  user: z.string().min(1).max(200).default('console-user'),
});

/** A paste of several listings separates them with a line of three or more dashes. */
const LISTING_SEPARATOR = /^[ \t]*-{3,}[ \t]*$/m;
/** One request checks at most this many listings; a catalogue goes through `haili listing --csv`. */
export const MAX_LISTINGS_PER_REQUEST = 200;

const newCaseBody = z.object({
  kind: z.string().min(1),
  subject: z.string().trim().min(1).max(200),
  start: z.string().min(1),
  timeZone: z.string().optional(),
  platform: z.enum(['console', 'slack', 'dingtalk']).default('console'),
  workspace: z.string().default(CONSOLE_WORKSPACE),
  conversation: z.string().default('console'),
  user: z.string().optional(),
  lang: z.enum(LANGS).optional(),
  note: z.string().max(1000).optional(),
});

const listQuery = z.object({
  status: z.enum(['open', 'done', 'all']).default('open'),
  limit: z.coerce.number({ message: 'a number 1-1000' }).int('a whole number 1-1000').min(1, 'a number 1-1000').max(1000, 'a number 1-1000').default(100),
  after: z.string().max(20).optional(),
  workspace: z.string().max(200).optional(),
  user: z.string().max(200).optional(),
});

/** Open deadlines the dashboard shows by name; the rest are counted (in SQL), never shipped whole. */
const DASHBOARD_DEADLINES = 50;

/** The operator's HTTP surface: JSON in and out, errors as {error} with a 4xx status. */
export function createAdminApi(deps: {
  reminders: ReminderService;
  store: CoreStore;
  engine: ReminderEngine;
  migrate: () => Promise<string[]>;
  listings?: ListingCheckStore;
  listingChecker?: ListingChecker;
  /** Where a failed listing-check record is reported (the check itself still answers). */
  log?: Logger;
}): AdminApi {
  const checker = deps.listingChecker;
  return {
    ...(checker
      ? {
          async checkListings(body: unknown) {
            const parsed = listingBody.safeParse(body);
            if (!parsed.success) return { status: 400, body: { error: `${parsed.error.issues[0]?.path.join('.') || 'body'}: ${parsed.error.issues[0]?.message ?? 'invalid'}. Send {"text": "..."}.` } };
            const texts = parsed.data.text.split(LISTING_SEPARATOR).filter((t) => t.trim());
            if (!texts.length) return { status: 400, body: { error: 'Nothing to check: paste a listing. 请粘贴商品信息。' } };
            if (texts.length > MAX_LISTINGS_PER_REQUEST) return { status: 400, body: { error: `At most ${MAX_LISTINGS_PER_REQUEST} listings at once; use haili listing --csv for a catalogue. 一次最多 ${MAX_LISTINGS_PER_REQUEST} 个。` } };
            const rows = [];
            for (const [i, text] of texts.entries()) {
              const r = checker.check(text, { lang: parsed.data.lang });
              // Recorded like a chat check (hash, verdict, kinds); a failed write must not cost the rep the table.
              await recordListingCheck(deps.listings, r, text, { platform: 'console', workspaceId: CONSOLE_WORKSPACE, userId: parsed.data.user }, deps.log);
              rows.push({
                index: i + 1,
                title: r.title ?? null,
                status: r.status,
                verdict: r.verdict,
                layout: r.layout,
                lang: r.lang,
                findings: r.findings.map((f) => ({ kind: f.kind, label: KIND_LABEL[f.kind][r.lang === 'zh' ? 0 : 1], detail: f.detail, fix: f.fix, clause: f.clause, clauseEn: f.clauseEn, evidence: f.evidence })),
                notes: r.notes,
              });
            }
            return { status: 200, body: { results: rows, atRisk: rows.filter((r) => r.verdict === 'risk').length } };
          },
        }
      : {}),
    async dashboard() {
      const [summary, leaksByWeek, declined, deadLetters, listingsByWeek] = await Promise.all([
        deps.reminders.summary({ nextDeadlines: DASHBOARD_DEADLINES }),
        deps.store.leakFindingsByWeek(),
        deps.store.declinedQuestions(),
        deps.engine.deadLetters(),
        deps.listings?.listingChecksByWeek() ?? [],
      ]);
      const open = summary.counts.filter((r) => r.status === 'open');
      return {
        deadlines: summary.nextDeadlines,
        cases: {
          open: open.reduce((n, r) => n + r.total, 0),
          overdue: open.reduce((n, r) => n + r.overdue, 0),
          dueWithin7Days: open.reduce((n, r) => n + r.dueSoon, 0),
          byKindAndStatus: summary.counts,
        },
        leaksByWeek,
        declined,
        deadLetters,
        listingsByWeek,
      };
    },
    async listCases(query) {
      const parsed = listQuery.safeParse(query);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return { status: 400, body: { error: `${issue?.path.join('.') || 'query'}: ${issue?.message ?? 'invalid'}` } };
      }
      const q = parsed.data;
      try {
        const page = await deps.reminders.listCasesPage({ status: q.status, workspaceId: q.workspace, userId: q.user, limit: q.limit, after: q.after });
        return { status: 200, body: page };
      } catch (err) {
        if (err instanceof InputError) return { status: 400, body: { error: err.message, error_zh: err.zh } };
        throw err;
      }
    },
    migrate: () => deps.migrate(),
    async addCase(body) {
      const parsed = newCaseBody.safeParse(body);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return { status: 400, body: { error: `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}` } };
      }
      const b = parsed.data;
      try {
        const view = await deps.reminders.addCase({
          kind: b.kind as never,
          subject: b.subject,
          start: b.start,
          timeZone: b.timeZone,
          platform: b.platform,
          workspaceId: b.workspace,
          conversationId: b.conversation,
          userId: b.user,
          lang: b.lang,
          note: b.note,
        });
        return { status: 201, body: view };
      } catch (err) {
        if (err instanceof InputError) return { status: 400, body: { error: err.message, error_zh: err.zh } };
        throw err;
      }
    },
    async importCases(csv, dryRun) {
      try {
        const r = await deps.reminders.importCsv(csv, {
          dryRun,
          defaults: { platform: 'console', workspaceId: CONSOLE_WORKSPACE, conversationId: 'console' },
        });
        return { status: r.errors.length ? 422 : 200, body: r };
      } catch (err) {
        if (err instanceof InputError) return { status: 400, body: { error: err.message, error_zh: err.zh } };
        throw err;
      }
    },
  };
}
