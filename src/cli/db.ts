import { args, loadConfig, UsageError } from './main.js';
import { openDatabase } from '../db/database.js';

const HELP = `haili db migrate: apply pending migrations from prisma/migrations

Uses DATABASE_URL (PostgreSQL) when set, else the embedded database under HAILI_DATA_DIR.
Keeps the _prisma_migrations table that \`prisma migrate deploy\` uses.`;

export async function runDb(argv: string[]): Promise<number> {
  const { values, positionals } = args(argv, {});
  if (values.help || positionals[0] !== 'migrate') {
    if (!values.help) throw new UsageError('expected "haili db migrate"');
    process.stdout.write(HELP + '\n');
    return 0;
  }
  const config = loadConfig();
  const db = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    const applied = await db.migrate();
    process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'database is up to date\n');
    return 0;
  } finally {
    await db.close();
  }
}
