import fs from 'node:fs';
import { args, loadConfig, UsageError } from './main.js';
import { openDatabase, type Database } from '../db/database.js';
import { createReminderService, InputError, type CaseView, type CsvImportResult } from '../reminders/index.js';
import { CONSOLE_WORKSPACE } from '../platform/console/index.js';
import { runningServer, type ServerClient } from './server-client.js';

const HELP = `haili cases: tracked compliance deadlines

Usage:
  haili cases add --kind rectification --subject P123 --start 2022-04-28 [--json]
  haili cases list [--status open|done|all] [--limit N] [--after CURSOR] [--json]

While a server runs on the same embedded data folder, these commands go through its admin API
(found through HAILI_DATA_DIR/haili.lock), so nothing opens the folder twice.

--kind     rectification | violation-fix | offsite-strike | growth-tasks | live-recruiting
--start    the policy's anchor date, YYYY-MM-DD: the flag date, the notice date, the service
           start, or the live-stream date
--tz       time zone of the case (default Asia/Shanghai)
--platform console | slack | dingtalk, with --workspace, --conversation, --user: where nudges go
--limit    cases per page, 1-1000 (default 100); --after takes the cursor the previous page printed`;

const IMPORT_HELP = `haili import <file.csv> [--dry-run]

Header: kind,subject,start[,timezone,platform,workspace,conversation,user,lang,note]
Every bad row is reported with its line number; nothing is imported unless every row is valid.`;

async function withService<T>(role: string, fn: (svc: ReturnType<typeof createReminderService>, db: Database) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const db = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, role });
  try {
    await db.migrate();
    return await fn(createReminderService(db), db);
  } finally {
    await db.close();
  }
}

export async function runCases(argv: string[]): Promise<number> {
  const { values, positionals } = args(argv, {
    kind: { type: 'string' },
    subject: { type: 'string' },
    start: { type: 'string' },
    tz: { type: 'string' },
    platform: { type: 'string' },
    workspace: { type: 'string' },
    conversation: { type: 'string' },
    user: { type: 'string' },
    lang: { type: 'string' },
    status: { type: 'string' },
    limit: { type: 'string' },
    after: { type: 'string' },
    json: { type: 'boolean' },
  });
  const sub = positionals[0];
  if (values.help || !sub) {
    process.stdout.write(HELP + '\n');
    return values.help ? 0 : 2;
  }
  if (sub === 'add') {
    for (const req of ['kind', 'subject', 'start'] as const) if (!values[req]) throw new UsageError(`--${req} is required`);
    const platform = (values.platform ?? 'console') as 'console' | 'slack' | 'dingtalk';
    if (!['console', 'slack', 'dingtalk'].includes(platform)) throw new UsageError('--platform must be console, slack or dingtalk');
    const input = {
      kind: values.kind as never,
      subject: values.subject!,
      start: values.start!,
      timeZone: values.tz,
      platform,
      workspaceId: values.workspace ?? CONSOLE_WORKSPACE,
      conversationId: values.conversation ?? 'console',
      userId: values.user,
      lang: values.lang === 'en' ? ('en' as const) : values.lang === 'zh' ? ('zh' as const) : undefined,
    };
    const server = runningServer(loadConfig());
    if (server) {
      const r = await server.call<CaseView & { error?: string }>('POST', '/api/cases', {
        json: { kind: input.kind, subject: input.subject, start: input.start, timeZone: input.timeZone, platform, workspace: input.workspaceId, conversation: input.conversationId, user: input.userId, lang: input.lang },
      });
      if (r.status >= 400 && r.status < 500) throw new UsageError(r.body.error ?? `the server refused the case (HTTP ${r.status})`);
      if (r.status !== 201) throw new Error(`the server at ${server.url} failed (HTTP ${r.status}): ${r.body.error ?? ''}`);
      process.stdout.write(values.json ? JSON.stringify(r.body) + '\n' : describe(r.body) + ` (via the server at ${server.url})\n`);
      return 0;
    }
    try {
      const view = await withService('haili cases add', (svc) => svc.addCase(input));
      process.stdout.write(values.json ? JSON.stringify(view) + '\n' : describe(view) + '\n');
      return 0;
    } catch (err) {
      if (err instanceof InputError) throw new UsageError(err.message);
      throw err;
    }
  }
  if (sub === 'list') {
    const status = (values.status ?? 'open') as 'open' | 'done' | 'all';
    if (!['open', 'done', 'all'].includes(status)) throw new UsageError('--status must be open, done or all');
    const limit = values.limit === undefined ? 100 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new UsageError('--limit must be a whole number from 1 to 1000');
    const page = await listPage({ status, limit, after: values.after });
    process.stdout.write(values.json ? JSON.stringify(page.cases) + '\n' : (page.cases.map(describe).join('\n') || 'no cases') + '\n');
    // The cursor goes to stderr so --json output stays a plain array.
    if (page.next) process.stderr.write(`more cases: haili cases list --status ${status} --limit ${limit} --after ${page.next}\n`);
    return 0;
  }
  throw new UsageError(`unknown subcommand "${sub}" (expected add or list)`);
}

/** A read may go through the server too; when none runs it opens the folder (holding the lock meanwhile). */
async function listPage(q: { status: 'open' | 'done' | 'all'; limit: number; after?: string }): Promise<{ cases: CaseView[]; next: string | null }> {
  const server = runningServer(loadConfig());
  if (server) {
    const qs = new URLSearchParams({ status: q.status, limit: String(q.limit), ...(q.after ? { after: q.after } : {}) });
    const r = await server.call<{ cases: CaseView[]; next: string | null; error?: string }>('GET', `/api/cases?${qs}`);
    if (r.status === 400) throw new UsageError(r.body.error ?? 'bad request');
    if (r.status !== 200) throw new Error(`the server at ${server.url} failed (HTTP ${r.status}): ${r.body.error ?? ''}`);
    return r.body;
  }
  try {
    return await withService('haili cases list', (svc) => svc.listCasesPage(q));
  } catch (err) {
    if (err instanceof InputError) throw new UsageError(err.message);
    throw err;
  }
}

function describe(c: CaseView): string {
  return `C${c.shortId}  ${c.kind.padEnd(15)} ${c.subject.padEnd(12)} start ${c.start}  due ${c.deadline}  ${c.status}`;
}

export async function runImport(argv: string[]): Promise<number> {
  const { values, positionals } = args(argv, { 'dry-run': { type: 'boolean' } });
  if (values.help || !positionals[0]) {
    process.stdout.write(IMPORT_HELP + '\n');
    return values.help ? 0 : 2;
  }
  const file = positionals[0];
  let csv: Buffer;
  try {
    // Bytes, not text: the importer detects UTF-8, UTF-16 or GBK from them.
    csv = fs.readFileSync(file);
  } catch (err) {
    throw new UsageError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const dryRun = Boolean(values['dry-run']);
  const showProgress = process.stderr.isTTY;
  const server = runningServer(loadConfig());
  let result: CsvImportResult;
  if (server) {
    const r = await server.call<CsvImportResult & { error?: string }>('POST', `/api/cases/import${dryRun ? '?dryRun=true' : ''}`, { bytes: csv, type: 'text/csv' });
    if (r.status === 413) throw new UsageError(`${file} is larger than the server accepts (64 MB); split it into smaller files`);
    if (r.status !== 200 && r.status !== 422) throw new Error(`the server at ${server.url} failed (HTTP ${r.status}): ${r.body.error ?? ''}`);
    result = r.body;
    process.stderr.write(`imported through the running server at ${server.url}\n`);
  } else result = await withService('haili import', (svc) =>
    svc.importCsv(csv, {
      dryRun,
      defaults: { platform: 'console', workspaceId: CONSOLE_WORKSPACE, conversationId: 'console' },
      onProgress: (done, total) => {
        if (!showProgress || total < 1000) return;
        const width = 30;
        const filled = Math.round((done / total) * width);
        process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
        if (done === total) process.stderr.write('\n');
      },
    }),
  );
  for (const e of result.errors.slice(0, 200)) process.stderr.write(`line ${e.line}: ${e.reason}\n`);
  if (result.errors.length > 200) process.stderr.write(`… and ${result.errors.length - 200} more bad rows\n`);
  if (result.errors.length) {
    process.stdout.write(`${result.errors.length} bad row(s); nothing was imported.\n`);
    return 3;
  }
  process.stdout.write(dryRun ? `${result.imported} row(s) are valid (dry run, nothing imported).\n` : `imported ${result.imported} case(s).\n`);
  return 0;
}
