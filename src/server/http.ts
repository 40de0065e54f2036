import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Hono, type Context } from 'hono';
import { getRequestListener } from '@hono/node-server';
import { z } from 'zod';
import type { HttpRoute } from '../platform/adapter.js';
import { ACTION_IDS } from '../core/types.js';
import type { ConsoleAdapter } from '../platform/console/index.js';
import type { Logger } from '../core/log.js';
import { consolePage } from './console-page.js';

export interface ServerDeps {
  console: ConsoleAdapter;
  routes: HttpRoute[];
  log: Logger;
  consoleToken?: string;
  health(): Promise<{ ok: boolean; body: Record<string, unknown> }>;
  /** Operator views and admin API, backed by the job modules. */
  api: AdminApi;
  /** While draining for shutdown, new work is refused with 503. */
  draining(): boolean;
}

export interface AdminApi {
  dashboard(): Promise<unknown>;
  listCases(query: Record<string, string | undefined>): Promise<unknown>;
  addCase(body: unknown): Promise<{ status: number; body: unknown }>;
  importCases(csv: string, dryRun: boolean): Promise<{ status: number; body: unknown }>;
}

/** Console messages may be long pastes; 2 MB covers a 1 MB message in JSON with room to spare. */
const MAX_BODY = 2 * 1024 * 1024;

const messageBody = z.object({
  conversation: z.string().min(1).max(200).default('console'),
  user: z.string().min(1).max(200).default('console-user'),
  text: z.string(),
  lang: z.enum(['zh', 'en']).optional(),
});

const actionBody = z.object({
  conversation: z.string().min(1).max(200).default('console'),
  user: z.string().min(1).max(200).default('console-user'),
  action: z.enum(ACTION_IDS),
  // A confirm button carries the reminder command it confirms.
  value: z.string().min(1).max(600),
  lang: z.enum(['zh', 'en']).optional(),
});

export function buildApp(deps: ServerDeps): Hono {
  const app = new Hono();

  app.onError((err, c) => {
    if (err instanceof BadJson) return c.json({ error: 'The request body must be JSON. 请求体必须是 JSON。' }, 400);
    deps.log.error('http_error', { path: c.req.path, error: err.message });
    return c.json({ error: 'Internal error; nothing was lost, please retry. 内部错误，请重试。' }, 500);
  });
  app.notFound((c) => c.json({ error: `No route ${c.req.method} ${c.req.path}` }, 404));

  app.get('/healthz', async (c) => {
    const h = await deps.health();
    return c.json(h.body, h.ok ? 200 : 503);
  });

  const guarded = (handler: (c: Context) => Promise<Response> | Response) => async (c: Context) => {
    if (!authorised(c, deps.consoleToken)) return c.json({ error: 'A valid console token is required (HAILI_CONSOLE_TOKEN).' }, 401);
    return handler(c);
  };

  app.get(
    '/',
    guarded((c) => {
      const token = c.req.query('token');
      if (token && deps.consoleToken && token === deps.consoleToken) {
        c.header('Set-Cookie', `haili_token=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`);
      }
      return c.html(consolePage());
    }),
  );

  app.get(
    '/api/console/messages',
    guarded(async (c) => c.json({ messages: await deps.console.history(c.req.query('conversation') ?? 'console', c.req.query('after') || undefined, c.req.query('before') || undefined) })),
  );

  app.post(
    '/api/console/messages',
    guarded(async (c) => {
      if (deps.draining()) return c.json({ error: 'Haili is shutting down; please retry in a moment.' }, 503);
      const parsed = messageBody.safeParse(await readJson(c));
      if (!parsed.success) return c.json({ error: `Invalid message: ${parsed.error.issues[0]?.message ?? 'bad body'}. Send {"text": "..."}.` }, 400);
      const replies = await deps.console.receive({ conversationId: parsed.data.conversation, userId: parsed.data.user, text: parsed.data.text, lang: parsed.data.lang });
      return c.json({ replies });
    }),
  );

  app.post(
    '/api/console/actions',
    guarded(async (c) => {
      const parsed = actionBody.safeParse(await readJson(c));
      if (!parsed.success) return c.json({ error: `Invalid action: ${parsed.error.issues[0]?.message ?? 'bad body'}` }, 400);
      const replies = await deps.console.act({ conversationId: parsed.data.conversation, userId: parsed.data.user, action: parsed.data.action, value: parsed.data.value, lang: parsed.data.lang });
      return c.json({ replies });
    }),
  );

  app.get('/api/dashboard', guarded(async (c) => c.json(await deps.api.dashboard())));
  app.get('/api/cases', guarded(async (c) => c.json(await deps.api.listCases(c.req.query()))));
  app.post(
    '/api/cases',
    guarded(async (c) => {
      const r = await deps.api.addCase(await readJson(c));
      return c.json(r.body as object, r.status as 200);
    }),
  );
  app.post(
    '/api/cases/import',
    guarded(async (c) => {
      const r = await deps.api.importCases(await c.req.text(), c.req.query('dryRun') === 'true' || c.req.query('dry-run') === 'true');
      return c.json(r.body as object, r.status as 200);
    }),
  );

  return app;
}

function authorised(c: Context, token: string | undefined): boolean {
  if (!token) return true;
  const header = c.req.header('authorization');
  if (header === `Bearer ${token}`) return true;
  if (c.req.query('token') === token) return true;
  const cookie = c.req.header('cookie') ?? '';
  return cookie.split(/;\s*/).some((kv) => kv === `haili_token=${encodeURIComponent(token)}`);
}

class BadJson extends Error {}

async function readJson(c: Context): Promise<unknown> {
  const raw = await c.req.text();
  try {
    return JSON.parse(raw);
  } catch {
    throw new BadJson('body is not JSON');
  }
}

export interface RunningServer {
  server: http.Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

/** Node server: adapter routes (raw Node handlers such as Bolt's) first, then the Hono app. */
export async function listen(deps: ServerDeps, host: string, port: number): Promise<RunningServer> {
  const app = buildApp(deps);
  const honoListener = getRequestListener(app.fetch);
  const server = http.createServer((req, res) => {
    const length = Number(req.headers['content-length'] ?? 0);
    if (length > MAX_BODY) {
      res.writeHead(413, { 'content-type': 'application/json' }).end(JSON.stringify({ error: `Body too large (max ${MAX_BODY} bytes). 内容过大。` }));
      req.resume();
      return;
    }
    const pathOnly = (req.url ?? '/').split('?')[0];
    const route = deps.routes.find((r) => r.method === req.method && r.path === pathOnly);
    if (route) {
      route.handle(req, res);
      return;
    }
    void honoListener(req, res);
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actual = (server.address() as AddressInfo).port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    server,
    port: actual,
    url: `http://${shownHost}:${actual}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections?.();
      }),
  };
}
