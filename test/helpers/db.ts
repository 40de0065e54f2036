import { randomBytes } from 'node:crypto';
import { openDatabase, type Database } from '../../src/db/database.js';

export const PG_URL = process.env.HAILI_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

let pgAvailable: Promise<boolean> | null = null;

/** Whether the test PostgreSQL answers. Under CI a missing server is a failure, never a silent skip. */
export function postgresAvailable(): Promise<boolean> {
  pgAvailable ??= (async () => {
    const { default: pg } = await import('pg');
    const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
    try {
      await c.connect();
      await c.query('SELECT 1');
      return true;
    } catch (err) {
      if (process.env.CI === 'true') throw new Error(`CI: PostgreSQL at HAILI_TEST_DATABASE_URL is required but unreachable: ${(err as Error).message}`);
      console.warn(`[notice] PostgreSQL not reachable at ${PG_URL}: PostgreSQL variants of the data-layer tests are SKIPPED`);
      return false;
    } finally {
      await c.end().catch(() => {});
    }
  })();
  return pgAvailable;
}

export function uniqueSchema(prefix = 'test'): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
}

export interface EngineCase {
  name: 'pglite' | 'postgresql';
  open(): Promise<Database>;
}

/** The engines every data-layer test runs on: PGlite always, PostgreSQL in the same run. */
export const ENGINES: EngineCase[] = [
  {
    name: 'pglite',
    async open() {
      const db = await openDatabase({ dataDir: 'memory://' });
      await db.migrate();
      return db;
    },
  },
  {
    name: 'postgresql',
    async open() {
      const db = await openDatabase({ url: PG_URL, schema: uniqueSchema() });
      await db.migrate();
      return db;
    },
  },
];

/** Drop a test schema after use so repeated runs do not pile up. */
export async function dropSchema(schema: string): Promise<void> {
  const { default: pg } = await import('pg');
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  try {
    await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await c.end();
  }
}
