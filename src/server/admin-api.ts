import { z } from 'zod';
import type { AdminApi } from './http.js';
import type { CoreStore } from '../db/store.js';
import { InputError, type ReminderEngine, type ReminderService } from '../reminders/index.js';
import { CONSOLE_WORKSPACE } from '../platform/console/index.js';
import type { ListingCheckStore } from '../db/listing-store.js';

const newCaseBody = z.object({
  kind: z.string().min(1),
  subject: z.string().trim().min(1).max(200),
  start: z.string().min(1),
  timeZone: z.string().optional(),
  platform: z.enum(['console', 'slack', 'dingtalk']).default('console'),
  workspace: z.string().default(CONSOLE_WORKSPACE),
  conversation: z.string().default('console'),
  user: z.string().optional(),
  lang: z.enum(['zh', 'en']).optional(),
  note: z.string().max(1000).optional(),
});

/** The operator's HTTP surface: JSON in and out, errors as {error} with a 4xx status. */
export function createAdminApi(deps: { reminders: ReminderService; store: CoreStore; engine: () => ReminderEngine; listings?: ListingCheckStore }): AdminApi {
  return {
    async dashboard() {
      const [deadlines, leaksByWeek, declined, deadLetters, listingsByWeek] = await Promise.all([
        deps.reminders.listCases({ status: 'open' }),
        deps.store.leakFindingsByWeek(),
        deps.store.declinedQuestions(),
        deps.engine().deadLetters(),
        deps.listings?.listingChecksByWeek() ?? [],
      ]);
      return { deadlines, leaksByWeek, declined, deadLetters, listingsByWeek };
    },
    async listCases(query) {
      const status = query.status === 'done' || query.status === 'all' ? query.status : 'open';
      return { cases: await deps.reminders.listCases({ status, workspaceId: query.workspace, userId: query.user }) };
    },
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
