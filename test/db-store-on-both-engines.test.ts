import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, postgresAvailable } from './helpers/db.js';
import { CoreStore } from '../src/db/store.js';
import type { Database } from '../src/db/database.js';

for (const engine of ENGINES) {
  describe(`core store on ${engine.name}`, async () => {
    const skip = engine.name === 'postgresql' && !(await postgresAvailable());
    let db: Database;
    let store: CoreStore;

    beforeAll(async () => {
      if (skip) return;
      db = await engine.open();
      store = new CoreStore(db);
    });
    afterAll(async () => {
      await db?.close();
    });

    it.skipIf(skip)('migrations are recorded the way prisma migrate deploy expects, and re-running applies nothing', async () => {
      const rows = await db.prisma.$queryRawUnsafe<{ migration_name: string; finished_at: Date | null }[]>(
        'SELECT migration_name, finished_at FROM _prisma_migrations',
      );
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r) => r.finished_at !== null)).toBe(true);
      expect(await db.migrate()).toEqual([]);
    });

    it.skipIf(skip)('a platform event id is claimed exactly once', async () => {
      const results = await Promise.all(Array.from({ length: 5 }, () => store.claimEvent('slack', 'Ev123')));
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await store.claimEvent('dingtalk', 'Ev123')).toBe(true);
    });

    it.skipIf(skip)('remembers thread topics and declined questions', async () => {
      const ws = await store.ensureWorkspace('console', 'local');
      const conv = await store.ensureConversation(ws.id, 'c1', true);
      expect(await store.threadTopic(conv, 't1')).toEqual([]);
      await store.setThreadTopic(conv, 't1', ['pay-withdrawal']);
      expect(await store.threadTopic(conv, 't1')).toEqual(['pay-withdrawal']);
      await store.recordQuestion({ platform: 'console', question: 'x'.repeat(2000), lang: 'en', citedSections: [], declined: true });
      const declined = await store.declinedQuestions();
      expect(declined[0]!.question.length).toBe(500);
    });

    it.skipIf(skip)('counts leak findings by week and category without storing the draft', async () => {
      await store.recordDraftCheck({ platform: 'console', textHash: 'a'.repeat(64), textLength: 40, verdict: 'block', categories: ['phone', 'messenger'], ruleIds: ['r1'], stage: 'rules' });
      await store.recordDraftCheck({ platform: 'console', textHash: 'b'.repeat(64), textLength: 40, verdict: 'pass', categories: [], ruleIds: [], stage: 'rules' });
      const rows = await store.leakFindingsByWeek();
      expect(rows.map((r) => r.category).sort()).toEqual(['messenger', 'phone']);
    });
  });
}

describe('a PostgreSQL connection that drops mid-run', async () => {
  const skip = !(await postgresAvailable());
  it.skipIf(skip)('fails the query in flight with an error, then recovers on the next one without losing committed rows', async () => {
    const { openDatabase } = await import('../src/db/database.js');
    const { PG_URL, uniqueSchema } = await import('./helpers/db.js');
    // A unique application_name lets us cut exactly this pool's connections, not other tests' running in parallel.
    const appName = uniqueSchema('dropme');
    const url = new URL(PG_URL);
    url.searchParams.set('application_name', appName);
    const db = await openDatabase({ url: url.toString(), schema: uniqueSchema() });
    await db.migrate();
    try {
      const store = new CoreStore(db);
      expect(await store.claimEvent('slack', 'before-drop')).toBe(true);
      // Kill every server backend of this pool, as a PostgreSQL restart or a network cut would.
      const { default: pg } = await import('pg');
      const admin = new pg.Client({ connectionString: PG_URL });
      await admin.connect();
      const schemaRow = await db.prisma.$queryRawUnsafe<{ s: string }[]>('SELECT current_schema() AS s');
      await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1`,
        [appName],
      );
      await admin.end();
      let recovered = false;
      for (let i = 0; i < 5 && !recovered; i++) {
        recovered = await db.ping();
      }
      expect(recovered).toBe(true);
      expect(schemaRow[0]!.s).toMatch(/^test_/);
      expect(await store.claimEvent('slack', 'before-drop')).toBe(false);
      expect(await store.claimEvent('slack', 'after-drop')).toBe(true);
    } finally {
      await db.close();
    }
  });
});
