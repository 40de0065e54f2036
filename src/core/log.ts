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

const CONTACTISH = /([\w.+-]+@[\w-]+(\.[\w-]+)+)|(\+?\d[\d\s().-]{6,}\d)|(xox[abp]-[\w-]+)|(sk-[\w-]{8,})/g;

export function redact(text: string): string {
  return text.replace(CONTACTISH, '***');
}

export function createLogger(level: LogLevel = 'info', sink: (line: string) => void = (l) => process.stderr.write(l + '\n')): Logger {
  const min = ORDER[level];
  const emit = (lvl: LogLevel, event: string, fields?: Record<string, unknown>) => {
    if (ORDER[lvl] < min) return;
    const safe: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(fields ?? {})) safe[k] = typeof v === 'string' ? redact(v).slice(0, 300) : v;
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
