/**
 * CSV import of cases. Documented header (first line; order free, names case-insensitive):
 *   kind,subject,start[,time_zone][,platform][,workspace][,conversation_id][,user_id][,lang][,note][,strike_type]
 * (aliases: timezone/tz, conversation, user). kind/subject/start are required; the rest fall back to
 * opts.defaults and the policy defaults.
 * A UTF-8 BOM and Windows line ends are accepted. Every bad row is reported with its line number and reason;
 * if any row is bad nothing is imported (one transaction), and a dry run never writes.
 */
import { parse } from 'csv-parse/sync';
import type { Platform } from '../core/types.js';
import type { CaseInsert, NudgeInsert, ReminderStore } from '../db/reminder-store.js';
import { buildCaseRows, validateNewCase, type ValidCase } from './cases.js';
import { InputError } from './errors.js';
import type { PolicySet } from './policy.js';

export const CSV_COLUMNS = ['kind', 'subject', 'start', 'time_zone', 'platform', 'workspace', 'conversation_id', 'user_id', 'lang', 'note', 'strike_type'] as const;
const ALIASES: Record<string, string> = { timezone: 'time_zone', tz: 'time_zone', conversation: 'conversation_id', user: 'user_id', workspace_id: 'workspace' };
const REQUIRED = ['kind', 'subject', 'start'];
const MAX_ERRORS = 1000;
const MAX_BYTES = 64 * 1024 * 1024;

export interface CsvImportOptions {
  dryRun: boolean;
  defaults: { platform: Platform; workspaceId: string; conversationId: string };
  /** Called as rows are validated and again as they are written; `total` counts both passes (one pass in a dry run). */
  onProgress?: (done: number, total: number) => void;
}
export interface CsvImportResult {
  /** Rows imported (in a dry run: rows that would be imported; 0 whenever any row is bad). */
  imported: number;
  errors: { line: number; reason: string }[];
}

export async function importCsv(
  csvText: string,
  opts: CsvImportOptions,
  deps: { store: ReminderStore; policies: PolicySet; clock: () => Date },
): Promise<CsvImportResult> {
  if (typeof csvText !== 'string' || !csvText.replace(/^\uFEFF/, '').trim()) return { imported: 0, errors: [{ line: 1, reason: 'the file is empty; the first line must be the header kind,subject,start' }] };
  if (csvText.length > MAX_BYTES) return { imported: 0, errors: [{ line: 1, reason: 'the file is larger than 64 MB; split it into smaller files' }] };
  if (/\u0000/.test(csvText.slice(0, 4096))) return { imported: 0, errors: [{ line: 1, reason: 'this is not a text CSV file (binary content)' }] };

  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(csvText, { bom: true, relax_column_count: true, skip_empty_lines: true, trim: true, info: true }) as never;
  } catch (err) {
    const e = err as { lines?: number; message: string };
    return { imported: 0, errors: [{ line: e.lines ?? 1, reason: `the CSV cannot be read: ${e.message.replace(/^.*?: /, '').slice(0, 200)}` }] };
  }
  if (!records.length) return { imported: 0, errors: [{ line: 1, reason: 'the file has no header line' }] };
  const header = records[0]!.record.map((h) => {
    const k = h.toLowerCase().replace(/[\s-]+/g, '_');
    return ALIASES[k] ?? k;
  });
  const missing = REQUIRED.filter((c) => !header.includes(c));
  const unknown = header.filter((h) => h && !(CSV_COLUMNS as readonly string[]).includes(h));
  if (missing.length || unknown.length) {
    const parts = [missing.length ? `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}` : '', unknown.length ? `unknown column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}` : ''].filter(Boolean);
    return { imported: 0, errors: [{ line: records[0]!.info.lines, reason: `${parts.join('; ')} (expected header: ${CSV_COLUMNS.join(',')})` }] };
  }
  const rows = records.slice(1);
  const total = opts.dryRun ? rows.length : rows.length * 2;
  const errors: CsvImportResult['errors'] = [];
  const valid: { v: ValidCase; line: number }[] = [];
  const col = (r: string[], name: string) => {
    const i = header.indexOf(name);
    return i >= 0 ? r[i] : undefined;
  };
  rows.forEach(({ record, info }, i) => {
    const line = info.lines;
    if (record.length < header.length) {
      const absent = header.slice(record.length).filter((h) => REQUIRED.includes(h));
      if (absent.length) {
        errors.length < MAX_ERRORS && errors.push({ line, reason: `missing value for ${absent.join(', ')} (the row has ${record.length} of ${header.length} columns)` });
        return;
      }
    }
    if (record.length > header.length) {
      errors.length < MAX_ERRORS && errors.push({ line, reason: `the row has ${record.length} columns but the header has ${header.length}` });
      return;
    }
    try {
      const strike = col(record, 'strike_type');
      const v = validateNewCase(
        {
          kind: (col(record, 'kind') ?? '') as never,
          subject: col(record, 'subject') ?? '',
          start: col(record, 'start') ?? '',
          timeZone: col(record, 'time_zone') || undefined,
          platform: (col(record, 'platform') || opts.defaults.platform) as Platform,
          workspaceId: col(record, 'workspace') || opts.defaults.workspaceId,
          conversationId: col(record, 'conversation_id') || opts.defaults.conversationId,
          userId: col(record, 'user_id') || undefined,
          lang: col(record, 'lang') === 'en' ? 'en' : 'zh',
          note: col(record, 'note') || undefined,
          strikeType: strike ? (/^(ta|trade.?assurance|信保)/i.test(strike) ? 'trade-assurance' : 'contact') : undefined,
        },
        deps.policies.schedule.defaultTimeZone,
      );
      valid.push({ v, line });
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      if (errors.length < MAX_ERRORS) errors.push({ line, reason: err.en });
    }
    if ((i + 1) % 5000 === 0) opts.onProgress?.(i + 1, total);
  });
  opts.onProgress?.(rows.length, total);
  if (errors.length) return { imported: 0, errors };
  if (!valid.length) return { imported: 0, errors: [{ line: records[0]!.info.lines, reason: 'the file has a header but no rows' }] };
  if (opts.dryRun) return { imported: valid.length, errors: [] };

  const now = deps.clock();
  // Strike numbers continue each shop's record: existing strikes plus earlier rows of this file.
  const strikeCounts = new Map<string, number>();
  const cases: CaseInsert[] = [];
  const nudges: NudgeInsert[] = [];
  for (const { v } of valid) {
    const ws = await deps.store.ensureWorkspace(v.platform, v.workspaceId);
    let strike: number | undefined;
    if (v.kind === 'offsite-strike') {
      const key = `${ws.id}:${v.subject}`;
      const prev = strikeCounts.get(key) ?? (await deps.store.countStrikes(ws.id, v.subject));
      strike = prev + 1;
      strikeCounts.set(key, strike);
    }
    const built = buildCaseRows(v, ws, deps.policies, now, strike);
    cases.push(built.caseRow);
    nudges.push(...built.nudges);
  }
  let written = 0;
  await deps.store.insertCases(cases, nudges, (n) => {
    written += n;
    opts.onProgress?.(rows.length + written, total);
  });
  return { imported: cases.length, errors: [] };
}
