/**
 * JSON-lines logger. Callers pass structured fields, never raw drafts or secrets: draft text is
 * logged only as its hash and length, and `redact` masks anything that looks like a contact detail.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export interface Logger {
  debug(event: string, fields?: Record<string, unknown>): void;
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
}

/**
 * What a log line must never show: contact details (emails, phone numbers) and credentials (tokens, API keys,
 * passwords, the user:password part of a URL). What it must keep readable: infrastructure - listen URLs and
 * ports, IP addresses, migration names (20261128130212_init), dates and times, ids, source positions.
 * So digits alone are not a phone number: a bare run counts only in a mobile number's shape, and a separated
 * one only when it is not a date, time, version or address.
 */
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@:]*(:[^\s/@]*)?@/gi;
const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;
const TOKEN = /\b(xox[abposr]-[\w-]+|xapp-[\w-]+|sk-[\w-]{8,}|gh[pousr]_[\w]{20,}|AKIA[0-9A-Z]{16})/g;
const BEARER = /\b(Bearer|Basic)\s+[\w.~+/=-]{6,}/gi;
// key=value, "key": "value" or key:value; "SLACK_BOT_TOKEN: Slack did not..." (a colon then prose) is left alone.
const SECRET_PAIR = /\b([\w-]*(?:token|secret|password|passwd|pwd|api[_-]?key|apikey|authorization)[\w-]*)(\s*=\s*["']?|["']?\s*:\s*["']|["']\s*:\s*|:(?=[^\s/]))([^\s"'&,;}]+)/gi;
// Candidates: an optional +, then digits with spaces, dots, dashes or brackets between them.
const PHONEISH = /(?<![\w:/.@-])(\+?\(?\d[\d\s().-]{5,}\d)(?![\w/@]|[.:-]\d)/g;
const DATE_OR_TIME = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|^\d{1,2}:\d{2}|^\d{1,3}(\.\d{1,3}){3}$/;
const MOBILE_BARE = /^(1[3-9]\d{9}|0\d{9,11})$/; // Chinese mobile and trunk-prefixed numbers

function looksLikePhone(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) return false;
  if (DATE_OR_TIME.test(candidate.trim())) return false;
  if (candidate.startsWith('+')) return true;
  if (/^\d+$/.test(candidate)) return MOBILE_BARE.test(candidate);
  // Separated groups (186 1234 5678, (555) 123-4567, 010-1234-5678): a phone unless it reads as a date.
  return /[\s()-]/.test(candidate) && !/^\d{4}-\d{2}-\d{2}/.test(candidate);
}

/** Credentials in URLs only (user:password@); safe on any text, including error messages shown to people. */
export function redactUrlCredentials(text: string): string {
  return text.replace(URL_CREDENTIALS, '$1***@');
}

export function redact(text: string): string {
  return redactUrlCredentials(text)
    .replace(BEARER, '$1 ***')
    .replace(SECRET_PAIR, '$1$2***')
    .replace(TOKEN, '***')
    .replace(EMAIL, '***')
    .replace(PHONEISH, (m) => (looksLikePhone(m) ? '***' : m));
}

function redactValue(v: unknown, depth = 0): unknown {
  if (typeof v === 'string') return redact(v).slice(0, 300);
  if (depth > 3 || v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.slice(0, 50).map((x) => redactValue(x, depth + 1));
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, redactValue(x, depth + 1)]));
}

export function createLogger(level: LogLevel = 'info', sink: (line: string) => void = (l) => process.stderr.write(l + '\n')): Logger {
  const min = ORDER[level];
  const emit = (lvl: LogLevel, event: string, fields?: Record<string, unknown>) => {
    if (ORDER[lvl] < min) return;
    const safe: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(fields ?? {})) safe[k] = redactValue(v);
    sink(JSON.stringify({ t: new Date().toISOString(), level: lvl, event, ...safe }));
  };
  return {
    debug: (e, f) => emit('debug', e, f),
    info: (e, f) => emit('info', e, f),
    warn: (e, f) => emit('warn', e, f),
    error: (e, f) => emit('error', e, f),
  };
}

export const silentLogger: Logger = createLogger('silent');
