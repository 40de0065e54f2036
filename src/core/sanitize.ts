/**
 * Text from outside (HTTP bodies, chat events, CSV cells) is made storable before anything else sees it:
 * PostgreSQL text cannot hold NUL, and a lone UTF-16 surrogate (\ud800 without its pair) fails the insert
 * as invalid UTF-8, so a retry could never succeed. Lone surrogates become U+FFFD; NUL is dropped.
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function sanitizeText(s: string): string {
  // Fast path: almost every string is clean.
  if (!/[\u0000\ud800-\udfff]/.test(s)) return s;
  return s.replace(LONE_SURROGATE, '\ufffd').replace(/\u0000/g, '');
}

/** Sanitises every string (keys too) inside a parsed JSON value. */
export function sanitizeDeep<T>(value: T): T {
  if (typeof value === 'string') return sanitizeText(value) as T;
  if (Array.isArray(value)) return value.map(sanitizeDeep) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[sanitizeText(k)] = sanitizeDeep(v);
    return out as T;
  }
  return value;
}
