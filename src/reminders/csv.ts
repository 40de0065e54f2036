/**
 * CSV import of cases. Documented header (first line; order free, names case-insensitive):
 *   kind,subject,start[,time_zone][,platform][,workspace][,conversation_id][,user_id][,lang][,note][,strike_type]
 * (aliases: timezone/tz, conversation, user). kind/subject/start are required; the rest fall back to
 * opts.defaults and the policy defaults.
 * UTF-8 (with or without BOM), UTF-16 and GBK/GB18030 are detected (csv-decode.ts); Windows line ends are accepted. Every bad row is reported with its line number and reason;
 * if any row is bad nothing is imported (one transaction), and a dry run never writes.
 */
import { parse } from 'csv-parse';
import type { Platform } from '../core/types.js';
import type { CaseInsert, NudgeInsert, ReminderStore, WorkspaceRow } from '../db/reminder-store.js';
import { sanitizeText } from '../core/sanitize.js';
import { buildCaseRows, validateNewCase, type ValidCase } from './cases.js';
import { decodeChunks, detectCsvEncoding, type CsvEncoding } from './csv-decode.js';
import { InputError } from './errors.js';
import type { PolicySet } from './policy.js';

export const CSV_COLUMNS = ['kind', 'subject', 'start', 'time_zone', 'platform', 'workspace', 'conversation_id', 'user_id', 'lang', 'note', 'strike_type'] as const;
const ALIASES: Record<string, string> = { timezone: 'time_zone', tz: 'time_zone', conversation: 'conversation_id', user: 'user_id', workspace_id: 'workspace' };
const REQUIRED = ['kind', 'subject', 'start'];
const MAX_ERRORS = 1000;
const MAX_BYTES = 64 * 1024 * 1024;
/**
 * Cases built and written per statement: memory holds one batch, never the file's worth of rows. Small on purpose:
 * Prisma's driver adapters pass every query, parameters included, to @prisma/debug, which keeps the last 100 calls
 * for its error reports whether or not DEBUG is set. A 2,000-case batch (about 2 MB of JSON with its nudges) kept
 * ~200 MB alive; 250 keeps that history near 25 MB.
 */
const BATCH = 250;

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
  /** The encoding the file was read in (utf-8, utf-16le, utf-16be or gb18030). */
  encoding?: CsvEncoding;
}

type Row = { record: string[]; info: { lines: number } };

/** Parsed rows, streamed: the decoder feeds the parser slice by slice, and rows come out one at a time. */
async function* rowsOf(bytes: Uint8Array, encoding: CsvEncoding): AsyncGenerator<Row> {
  const parser = parse({ relax_column_count: true, skip_empty_lines: true, trim: true, info: true });
  const feed = (async () => {
    try {
      for await (const chunk of decodeChunks(bytes, encoding)) {
        if (!parser.write(chunk)) await new Promise((r) => parser.once('drain', r));
      }
      parser.end();
    } catch (err) {
      parser.destroy(err as Error);
    }
  })();
  for await (const row of parser) yield row as Row;
  await feed;
}

function readHeader(record: string[]): string[] {
  return record.map((h) => {
    const k = h.toLowerCase().replace(/[\s-]+/g, '_');
    return ALIASES[k] ?? k;
  });
}

export async function importCsv(
  input: string | Uint8Array,
  opts: CsvImportOptions,
  deps: { store: ReminderStore; policies: PolicySet; clock: () => Date },
): Promise<CsvImportResult> {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  if (bytes.length > MAX_BYTES) return { imported: 0, errors: [{ line: 1, reason: 'the file is larger than 64 MB; split it into smaller files' }] };
  const detected = detectCsvEncoding(bytes);
  if ('error' in detected) {
    const binary = bytes.subarray(0, 4096).includes(0);
    return { imported: 0, errors: [{ line: 1, reason: binary ? 'this is not a text CSV file (binary content)' : detected.error }] };
  }
  const { encoding } = detected;
  let head = '';
  for await (const chunk of decodeChunks(bytes.subarray(0, 8192), encoding)) head += chunk;
  if (!head.replace(/^\uFEFF/, '').trim()) return { imported: 0, errors: [{ line: 1, reason: 'the file is empty; the first line must be the header kind,subject,start' }] };
  if (/\u0000/.test(head)) return { imported: 0, errors: [{ line: 1, reason: 'this is not a text CSV file (binary content)' }] };

  // Progress needs a total before the rows are counted: line ends are a close estimate (quoted newlines aside).
  let estimate = 0;
  const nl = encoding === 'utf-16be' ? [0x00, 0x0a] : [0x0a];
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === nl[nl.length - 1] && (nl.length === 1 || bytes[i - 1] === 0)) estimate++;
  const passes = opts.dryRun ? 1 : 2;

  let header: string[] | null = null;
  let headerLine = 1;
  const errors: CsvImportResult['errors'] = [];
  let validRows = 0;
  let rows = 0;
  const col = (r: string[], name: string) => {
    const i = header!.indexOf(name);
    return i >= 0 ? sanitizeText(r[i] ?? '') : undefined;
  };
  /** The case a row describes, or the reason it is refused. */
  const validate = ({ record, info }: Row): ValidCase | { line: number; reason: string } => {
    const line = info.lines;
    const h = header!;
    if (record.length < h.length) {
      const absent = h.slice(record.length).filter((x) => REQUIRED.includes(x));
      if (absent.length) return { line, reason: `missing value for ${absent.join(', ')} (the row has ${record.length} of ${h.length} columns)` };
    }
    if (record.length > h.length) return { line, reason: `the row has ${record.length} columns but the header has ${h.length}` };
    try {
      const strike = col(record, 'strike_type');
      return validateNewCase(
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
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      return { line, reason: err.en };
    }
  };

  // Pass 1: validate every row, keeping only errors and the few facts pass 2 needs (workspaces, strike subjects).
  const workspaceKeys = new Map<string, { platform: Platform; externalId: string }>();
  const strikeKeys = new Set<string>();
  try {
    for await (const row of rowsOf(bytes, encoding)) {
      if (!header) {
        header = readHeader(row.record.map(sanitizeText));
        headerLine = row.info.lines;
        const missing = REQUIRED.filter((c) => !header!.includes(c));
        const unknown = header.filter((h) => h && !(CSV_COLUMNS as readonly string[]).includes(h));
        if (missing.length || unknown.length) {
          const parts = [missing.length ? `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}` : '', unknown.length ? `unknown column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}` : ''].filter(Boolean);
          return { imported: 0, encoding, errors: [{ line: headerLine, reason: `${parts.join('; ')} (expected header: ${CSV_COLUMNS.join(',')})` }] };
        }
        continue;
      }
      rows++;
      const v = validate(row);
      if ('reason' in v) {
        if (errors.length < MAX_ERRORS) errors.push(v);
      } else {
        validRows++;
        workspaceKeys.set(`${v.platform}:${v.workspaceId}`, { platform: v.platform, externalId: v.workspaceId });
        if (v.kind === 'offsite-strike') strikeKeys.add(`${v.platform}:${v.workspaceId}\u0000${v.subject}`);
      }
      if (rows % 5000 === 0) opts.onProgress?.(rows, Math.max(rows, estimate) * passes);
    }
  } catch (err) {
    const e = err as { lines?: number; message: string };
    return { imported: 0, encoding, errors: [{ line: e.lines ?? 1, reason: `the CSV cannot be read: ${e.message.replace(/^.*?: /, '').slice(0, 200)}` }] };
  }
  const total = rows * passes;
  opts.onProgress?.(rows, total);
  if (!header) return { imported: 0, encoding, errors: [{ line: 1, reason: 'the file has no header line' }] };
  if (errors.length) return { imported: 0, encoding, errors };
  if (!validRows) return { imported: 0, encoding, errors: [{ line: headerLine, reason: 'the file has a header but no rows' }] };
  if (opts.dryRun) return { imported: validRows, encoding, errors: [] };

  // Reads and upserts outside the write transaction (an embedded database has one connection).
  const workspaces = new Map<string, WorkspaceRow>();
  for (const [key, w] of workspaceKeys) workspaces.set(key, await deps.store.ensureWorkspace(w.platform, w.externalId));
  // Strike numbers continue each shop's record: existing strikes plus earlier rows of this file.
  const strikeCounts = new Map<string, number>();
  for (const key of strikeKeys) {
    const [wsKey, subject] = key.split('\u0000') as [string, string];
    strikeCounts.set(key, await deps.store.countStrikes(workspaces.get(wsKey)!.id, subject));
  }

  // Pass 2: parse again and write batch by batch inside one transaction: all rows or none.
  const now = deps.clock();
  let written = 0;
  await deps.store.insertCasesStreaming(async (write) => {
    let cases: CaseInsert[] = [];
    let nudges: NudgeInsert[] = [];
    const flush = async () => {
      if (!cases.length) return;
      await write(cases, nudges);
      written += cases.length;
      opts.onProgress?.(rows + written, total);
      cases = [];
      nudges = [];
    };
    let first = true;
    for await (const row of rowsOf(bytes, encoding)) {
      if (first) {
        first = false;
        continue;
      }
      const v = validate(row) as ValidCase;
      const wsKey = `${v.platform}:${v.workspaceId}`;
      let strike: number | undefined;
      if (v.kind === 'offsite-strike') {
        const key = `${wsKey}\u0000${v.subject}`;
        strike = strikeCounts.get(key)! + 1;
        strikeCounts.set(key, strike);
      }
      const built = buildCaseRows(v, workspaces.get(wsKey)!, deps.policies, now, strike);
      cases.push(built.caseRow);
      nudges.push(...built.nudges);
      if (cases.length >= BATCH) await flush();
    }
    await flush();
  });
  return { imported: written, encoding, errors: [] };
}
