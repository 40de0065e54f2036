import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaClient } from '../generated/prisma/client.js';
import { openSchemaEngine, readMigrationList } from './schema-engine.js';
import { acquireDataLock, type DataLock } from './lock.js';
import { HailiError } from '../core/errors.js';
import { initialiseInChildProcess, pgliteOptions } from './pglite-footprint.js';
import { allMigrationsApplied } from './migration-status.js';

export type DatabaseEngine = 'pglite' | 'postgresql';

export interface DatabaseOptions {
  /** postgres:// URL for the scale-out mode; absent means embedded PGlite. */
  url?: string;
  /** Where PGlite keeps its files; 'memory://' for throwaway databases in tests. */
  dataDir?: string;
  /** PostgreSQL schema to use (tests isolate each run in its own). */
  schema?: string;
  /** Who holds the embedded folder's lock while open ('server', 'haili import', ...); named when another opener is refused. */
  role?: string;
}

export interface Database {
  readonly engine: DatabaseEngine;
  readonly prisma: PrismaClient;
  /** Applies pending migrations from prisma/migrations; returns the names applied. */
  migrate(): Promise<string[]>;
  ping(): Promise<boolean>;
  close(): Promise<void>;
  /** The embedded folder's exclusive lock (PGlite on disk only). */
  readonly dataLock?: DataLock;
}

export class DatabaseError extends HailiError {
  constructor(message: string, code = 'DATABASE') {
    super(code, message);
  }
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SCHEMA_PATH = path.join(root, 'prisma', 'schema.prisma');
export const MIGRATIONS_DIR = path.join(root, 'prisma', 'migrations');

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  if (!opts.url) return openPglite(opts.dataDir ?? './data', opts.role ?? 'haili');
  // Prisma's convention: ?schema=name in the URL picks the PostgreSQL schema; pg itself does not know it.
  const u = new URL(opts.url);
  const schema = opts.schema ?? u.searchParams.get('schema') ?? undefined;
  u.searchParams.delete('schema');
  return openPostgres(u.toString(), schema);
}

async function openPglite(dataDir: string, role: string): Promise<Database> {
  let location = dataDir;
  let lock: DataLock | undefined;
  if (!dataDir.startsWith('memory://')) {
    location = path.resolve(dataDir, 'pglite');
    try {
      fs.mkdirSync(location, { recursive: true });
      fs.accessSync(location, fs.constants.W_OK);
    } catch (err) {
      throw new DatabaseError(`HAILI_DATA_DIR: cannot write to ${location} (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    // Before PGlite touches a file: a second opener must be refused, never run beside the first.
    lock = acquireDataLock(dataDir, role);
  }
  let pg: PGlite;
  try {
    // The first initdb runs in a short-lived child so its memory goes back to the system (pglite-footprint.ts).
    await initialiseInChildProcess(location);
  } catch (err) {
    lock?.release();
    throw new DatabaseError(`HAILI_DATA_DIR: cannot create the database in ${location}: ${(err as Error).message}`);
  }
  try {
    pg = new PGlite(location, pgliteOptions());
    await pg.waitReady;
  } catch (err) {
    lock?.release();
    throw new DatabaseError(`HAILI_DATA_DIR: cannot open the embedded database in ${location} (${(err as Error).message})`);
  }
  const factory = new PrismaPGlite(pg);
  const prisma = new PrismaClient({ adapter: factory });
  const db = build('pglite', prisma, async () => ({ factory, release: async () => {} }), async () => {
    try {
      await prisma.$disconnect();
      await pg.close();
    } finally {
      lock?.release();
    }
  });
  return { ...db, dataLock: lock };
}

async function openPostgres(url: string, schema?: string): Promise<Database> {
  const pool = {
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 5000,
    // Unqualified migration SQL lands in whichever schema search_path names.
    ...(schema ? { options: `-c search_path="${schema}"` } : {}),
  };
  if (schema) {
    const { default: pg } = await import('pg');
    const admin = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
    try {
      await admin.connect();
      await admin.query(`CREATE SCHEMA IF NOT EXISTS "${schema.replace(/"/g, '')}"`);
    } catch (err) {
      throw new DatabaseError(`DATABASE_URL: cannot reach PostgreSQL (${(err as Error).message})`);
    } finally {
      await admin.end().catch(() => {});
    }
  }
  const factory = new PrismaPg(pool, {
    schema,
    // A dropped connection must not crash the process; the next query gets a fresh one from the pool.
    onPoolError: () => {},
    onConnectionError: () => {},
  });
  const prisma = new PrismaClient({ adapter: factory });
  // Migrations get their own single-connection pool: the schema engine's session advisory lock must be
  // released on the connection that took it, or the next replica waits out the lock timeout.
  const { default: pg } = await import('pg');
  const migrationFactory = async () => {
    const single = new pg.Pool({ ...pool, max: 1 });
    single.on('error', () => {});
    return { factory: new PrismaPg(single, { schema }), release: () => single.end() };
  };
  return build('postgresql', prisma, migrationFactory, () => prisma.$disconnect());
}

function build(
  engine: DatabaseEngine,
  prisma: PrismaClient,
  migrationFactory: () => Promise<{ factory: SqlMigrationAwareDriverAdapterFactory; release: () => Promise<void> }>,
  close: () => Promise<void>,
): Database {
  let closed = false;
  return {
    engine,
    prisma,
    async migrate() {
      if (await allMigrationsApplied(prisma, MIGRATIONS_DIR)) return [];
      const { factory, release } = await migrationFactory();
      const schemaEngine = await openSchemaEngine(SCHEMA_PATH, factory);
      try {
        const out = await schemaEngine.applyMigrations({
          migrationsList: readMigrationList(MIGRATIONS_DIR),
          filters: { externalTables: [], externalEnums: [] },
        });
        return out.appliedMigrationNames;
      } catch (err) {
        throw new DatabaseError(`migration failed: ${describe(err)}`);
      } finally {
        schemaEngine.free();
        await release();
      }
    },
    async ping() {
      try {
        await prisma.$queryRawUnsafe('SELECT 1');
        return true;
      } catch {
        return false;
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await close();
    },
  };
}

function describe(err: unknown): string {
  if (err instanceof Error) return err.message;
  if (typeof err === 'object' && err) return JSON.stringify(err).slice(0, 500);
  return String(err);
}
