import fs from 'node:fs';
import { args, loadConfig, UsageError } from './main.js';
import { openDatabase, type Database } from '../db/database.js';
import { createReminderService, InputError, type CaseView } from '../reminders/index.js';
import { CONSOLE_WORKSPACE } from '../platform/console/index.js';

const HELP = `haili cases: tracked compliance deadlines

Usage:
  haili cases add --kind rectification --subject P123 --start 2022-04-28 [--json]
  haili cases list [--status open|done|all] [--json]

--kind     rectification | violation-fix | offsite-strike | growth-tasks | live-recruiting
--start    the policy's anchor date, YYYY-MM-DD: the flag date, the notice date, the service
           start, or the live-stream date
--tz       time zone of the case (default Asia/Shanghai)
--platform console | slack | dingtalk, with --workspace, --conversation, --user: where nudges go`;

const IMPORT_HELP = `haili import <file.csv> [--dry-run]

Header: kind,subject,start[,timezone,platform,workspace,conversation,user,lang,note]
Every bad row is reported with its line number; nothing is imported unless every row is valid.`;

async function withService<T>(fn: (svc: ReturnType<typeof createReminderService>, db: Database) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const db = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
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
    try {
      const view = await withService((svc) =>
        svc.addCase({
          kind: values.kind as never,
          subject: values.subject!,
          start: values.start!,
          timeZone: values.tz,
          platform,
          workspaceId: values.workspace ?? CONSOLE_WORKSPACE,
          conversationId: values.conversation ?? 'console',
          userId: values.user,
          lang: values.lang === 'en' ? 'en' : values.lang === 'zh' ? 'zh' : undefined,
        }),
      );
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
    const cases = await withService((svc) => svc.listCases({ status }));
    process.stdout.write(values.json ? JSON.stringify(cases) + '\n' : (cases.map(describe).join('\n') || 'no cases') + '\n');
    return 0;
  }
  throw new UsageError(`unknown subcommand "${sub}" (expected add or list)`);
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
  let csv: string;
  try {
    csv = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const dryRun = Boolean(values['dry-run']);
  const showProgress = process.stderr.isTTY;
  const result = await withService((svc) =>
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
