import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { MIGRATIONS_DIR, openDatabase } from '../src/db/database.js';
import { allMigrationsApplied } from '../src/db/migration-status.js';
import { tempDir } from './helpers/haili.js';

// The embedded database's first start runs initdb in a child process (its 700-800 MB go away with the
// child), every start uses the small-footprint settings, and a restart with nothing to migrate never
// loads the schema engine. These prove the behaviour, not the megabytes: npm run bench:footprint measures those.
describe('the embedded database on a new data folder', () => {
  const dataDir = tempDir('haili-small-');
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('is initialised by a child process into place, with no half-made folder left, and keeps its data', async () => {
    const db = await openDatabase({ dataDir });
    try {
      expect(fs.existsSync(path.join(dataDir, 'pglite', 'PG_VERSION'))).toBe(true);
      expect(fs.readdirSync(dataDir).filter((f) => f.includes('.initdb-'))).toEqual([]);
      expect(await db.migrate()).not.toEqual([]);
      await db.prisma.conversationPace.create({ data: { key: 'kept', nextAt: new Date(0) } });
    } finally {
      await db.close();
    }
    const again = await openDatabase({ dataDir });
    try {
      expect(await again.migrate()).toEqual([]);
      expect(await again.prisma.conversationPace.count({ where: { key: 'kept' } })).toBe(1);
    } finally {
      await again.close();
    }
  }, 240_000); // initdb takes 5-60 s on the shared 2-core machine

  it('runs with the small-footprint settings, not PostgreSQL server defaults', async () => {
    const db = await openDatabase({ dataDir });
    try {
      const rows = await db.prisma.$queryRawUnsafe<{ shared_buffers: string }[]>('SHOW shared_buffers');
      expect(rows[0]!.shared_buffers).toBe('8MB');
      // initdb's own postgresql.conf (time zone, locale) is kept: the settings are added, not substituted.
      const tz = await db.prisma.$queryRawUnsafe<{ TimeZone: string }[]>('SHOW timezone');
      expect(tz[0]!.TimeZone).toBe('UTC');
    } finally {
      await db.close();
    }
  });
});

describe('whether migrations are pending, without the schema engine', () => {
  it('answers yes for a new database, no once applied, and yes again when a migration is added or failed', async () => {
    const db = await openDatabase({ dataDir: 'memory://' });
    const extra = tempDir('haili-migrations-');
    try {
      expect(await allMigrationsApplied(db.prisma, MIGRATIONS_DIR)).toBe(false);
      await db.migrate();
      expect(await allMigrationsApplied(db.prisma, MIGRATIONS_DIR)).toBe(true);

      fs.cpSync(MIGRATIONS_DIR, extra, { recursive: true });
      fs.mkdirSync(path.join(extra, '29991231000000_later'));
      fs.writeFileSync(path.join(extra, '29991231000000_later', 'migration.sql'), 'SELECT 1;\n');
      expect(await allMigrationsApplied(db.prisma, extra)).toBe(false);

      await db.prisma.$executeRawUnsafe(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ('x', 'x', '29991231000001_broken', now(), 0)`,
      );
      expect(await allMigrationsApplied(db.prisma, MIGRATIONS_DIR)).toBe(false);
    } finally {
      await db.close();
      fs.rmSync(extra, { recursive: true, force: true });
    }
  });
});
