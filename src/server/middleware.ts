/**
 * The one middleware chain every Hono route sits behind. Order matters: who may call (origin, token) is
 * decided before a byte of the body is read, and the body is read only through the streaming limit.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { sanitizeDeep } from '../core/sanitize.js';
import { HailiError } from '../core/errors.js';

export class HttpError extends HailiError {
  constructor(
    readonly status: 400 | 401 | 403 | 413 | 415 | 503,
    code: string,
    message: string,
  ) {
    super(code, message);
  }
}

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export interface OriginPolicy {
  /** The interface the server listens on (HAILI_HOST). */
  host: string;
  /** Filled once the server listens (port 0 picks one). */
  port: () => number;
  /** With a token the server may sit behind any host name; without one only loopback names are admitted. */
  tokenRequired: boolean;
}

/**
 * Admits only the console's own origin. A browser on another site may still send requests here (a form,
 * fetch with mode no-cors, or DNS rebinding onto 127.0.0.1); what gives it away is the Host it used and the
 * Origin / Sec-Fetch-Site it must send. Non-browser clients (the CLI, curl) send no Origin and pass.
 */
export function sameOriginOnly(policy: OriginPolicy): MiddlewareHandler {
  return async (c, next) => {
    const hostHeader = (c.req.header('host') ?? '').toLowerCase();
    if (!policy.tokenRequired) {
      // Without a token, the console is only for this machine: refuse names a rebinding DNS could point here.
      const name = hostHeader.replace(/:\d+$/, '');
      const listen = policy.host.toLowerCase();
      if (!LOOPBACK_NAMES.has(name) && name !== listen) {
        throw new HttpError(403, 'FOREIGN_HOST', `Host "${hostHeader.slice(0, 100)}" is not this console's address. 此地址不是本控制台。`);
      }
    }
    const origin = c.req.header('origin');
    if (origin !== undefined && origin.toLowerCase() !== `http://${hostHeader}` && origin.toLowerCase() !== `https://${hostHeader}`) {
      throw new HttpError(403, 'CROSS_ORIGIN', 'Requests from other sites are refused. 拒绝来自其他网站的请求。');
    }
    if (c.req.header('sec-fetch-site') === 'cross-site') {
      throw new HttpError(403, 'CROSS_ORIGIN', 'Requests from other sites are refused. 拒绝来自其他网站的请求。');
    }
    await next();
  };
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Compares in constant time: hashing first makes the lengths equal, so neither length nor prefix leaks. */
export function tokenMatches(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  return timingSafeEqual(digest(given), digest(expected));
}

/** Bearer header, ?token= (the console link) or the HttpOnly cookie the console page sets. */
export function presentedTokens(c: Context): string[] {
  const out: string[] = [];
  const header = c.req.header('authorization');
  if (header?.startsWith('Bearer ')) out.push(header.slice(7));
  const q = c.req.query('token');
  if (q) out.push(q);
  for (const kv of (c.req.header('cookie') ?? '').split(/;\s*/)) {
    if (kv.startsWith('haili_token=')) {
      try {
        out.push(decodeURIComponent(kv.slice('haili_token='.length)));
      } catch {
        /* a malformed cookie is no token */
      }
    }
  }
  return out;
}

export function requireToken(token: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (token && !presentedTokens(c).some((t) => tokenMatches(t, token))) {
      throw new HttpError(401, 'TOKEN_REQUIRED', 'A valid console token is required (HAILI_CONSOLE_TOKEN). 需要有效的控制台令牌。');
    }
    await next();
  };
}

/** Requests that carry a body must say what it is; text/plain (what a cross-site form can send) is not JSON. */
export function requireContentType(...types: string[]): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const got = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (!types.includes(got)) {
      throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', `Content-Type must be ${types.join(' or ')} (got "${got.slice(0, 60) || 'none'}"). 请使用 ${types[0]}。`);
    }
    await next();
  };
}

/**
 * Counts bytes as they stream in, so a chunked body (no Content-Length) is cut off at the limit too, and the
 * server never holds more than `maxBytes` of one request.
 */
export function limitBody(maxBytes: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new HttpError(413, 'BODY_TOO_LARGE', `Body too large (max ${maxBytes} bytes). 内容过大。`);
    },
  });
}

export function refuseWhileDraining(draining: () => boolean): MiddlewareHandler {
  return async (c, next) => {
    if (draining() && c.req.method !== 'GET') throw new HttpError(503, 'DRAINING', 'Haili is shutting down; please retry in a moment. Haili 正在停止，请稍后重试。');
    await next();
  };
}

/** The parsed JSON body with every string made storable (see sanitize.ts). */
export async function readJson(c: Context): Promise<unknown> {
  const raw = await c.req.text();
  try {
    return sanitizeDeep(JSON.parse(raw));
  } catch {
    throw new HttpError(400, 'BAD_JSON', 'The request body must be JSON. 请求体必须是 JSON。');
  }
}
