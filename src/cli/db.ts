import { args, loadConfig, UsageError } from './main.js';
import { openDatabase } from '../db/database.js';
import { runningServer } from './server-client.js';

const HELP = `haili db migrate: apply pending migrations from prisma/migrations

Uses DATABASE_URL (PostgreSQL) when set, else the embedded database under HAILI_DATA_DIR.
Keeps the _prisma_migrations table that \`prisma migrate deploy\` uses. While a server runs on the
embedded folder, the migration runs inside that server (through its admin API).`;

export async function runDb(argv: string[]): Promise<number> {
  const { values, positionals } = args(argv, {});
  if (values.help || positionals[0] !== 'migrate') {
    if (!values.help) throw new UsageError('expected "haili db migrate"');
    process.stdout.write(HELP + '\n');
    return 0;
  }
  const config = loadConfig();
  const server = runningServer(config);
  if (server) {
    const r = await server.call<{ applied?: string[]; error?: string }>('POST', '/api/admin/migrate', { json: {} });
    if (r.status !== 200 || !r.body.applied) throw new Error(`the server at ${server.url} could not migrate (HTTP ${r.status}): ${r.body.error ?? ''}`);
    process.stdout.write(`${r.body.applied.length ? `applied: ${r.body.applied.join(', ')}` : 'database is up to date'} (via the server at ${server.url})\n`);
    return 0;
  }
  const db = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, role: 'haili db migrate' });
  try {
    const applied = await db.migrate();
    process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'database is up to date\n');
    return 0;
  } finally {
    await db.close();
  }
}
