import fs from 'node:fs';
import type { PrismaClient } from '../generated/prisma/client.js';

interface MigrationRow {
  migration_name: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

/**
 * True when every migration in `migrationsDir` is recorded as applied in `_prisma_migrations` and none
 * has failed: then the schema engine would do nothing, and loading it (a 5 MB wasm module, about a
 * second and tens of MB that stay) is skipped on every ordinary restart. Anything else (a new database,
 * a pending or failed migration) returns false and the engine runs as before, with its locking and errors.
 */
export async function allMigrationsApplied(prisma: PrismaClient, migrationsDir: string): Promise<boolean> {
  const local = fs.existsSync(migrationsDir)
    ? fs.readdirSync(migrationsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)
    : [];
  let rows: MigrationRow[];
  try {
    rows = await prisma.$queryRawUnsafe<MigrationRow[]>('SELECT migration_name, finished_at, rolled_back_at FROM "_prisma_migrations"');
  } catch {
    return false; // no bookkeeping table yet: a new database
  }
  if (rows.some((r) => r.finished_at === null && r.rolled_back_at === null)) return false;
  const applied = new Set(rows.filter((r) => r.finished_at !== null && r.rolled_back_at === null).map((r) => r.migration_name));
  return local.every((name) => applied.has(name));
}
