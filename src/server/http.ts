import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Hono } from 'hono';
import { getRequestListener } from '@hono/node-server';
import type { HttpRoute } from '../platform/adapter.js';
import type { ConsoleAdapter } from '../platform/console/index.js';
import type { Logger } from '../core/log.js';
import { HttpError, refuseWhileDraining, requireToken, sameOriginOnly } from './middleware.js';
import { healthRoutes } from './routes/health.js';
import { consoleRoutes } from './routes/console.js';
import { caseRoutes } from './routes/cases.js';
import { listingRoutes } from './routes/listing.js';

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
  /** Paged: ?limit=1..1000 (default 100) and ?after=<cursor from the previous page's `next`>. */
  listCases(query: Record<string, string | undefined>): Promise<{ status: number; body: unknown }>;
  addCase(body: unknown): Promise<{ status: number; body: unknown }>;
  importCases(csv: Uint8Array | string, dryRun: boolean): Promise<{ status: number; body: unknown }>;
  /** Applies pending migrations on the running server's own connection (the CLI's `db migrate` comes here). */
  migrate(): Promise<string[]>;
  /** The console's listing check: {text} (several listings split by a line of ---) in, one result row each out. */
  checkListings?(body: unknown): Promise<{ status: number; body: unknown }>;
}

export function buildApp(deps: ServerDeps, listen: { host: string; port: () => number } = { host: '127.0.0.1', port: () => 0 }): Hono {
  const app = new Hono();

  app.onError((err, c) => {
    if (err instanceof HttpError) {
      // The rest of an oversized body is never read: tell the client this connection cannot carry another request.
      if (err.status === 413) c.header('Connection', 'close');
      return c.json({ error: err.message, code: err.code }, err.status);
    }
    deps.log.error('http_error', { path: c.req.path, error: err.message });
    return c.json({ error: 'Internal error; nothing was lost, please retry. 内部错误，请重试。' }, 500);
  });
  app.notFound((c) => c.json({ error: `No route ${c.req.method} ${c.req.path}` }, 404));

  app.use('*', sameOriginOnly({ host: listen.host, port: listen.port, tokenRequired: Boolean(deps.consoleToken) }));
  app.route('/', healthRoutes(deps));
  app.use('*', requireToken(deps.consoleToken));
  app.use('*', refuseWhileDraining(deps.draining));
  app.route('/', consoleRoutes(deps));
  app.route('/', caseRoutes(deps));
  app.route('/', listingRoutes(deps));
  return app;
}

export interface RunningServer {
  server: http.Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

/** Node server: adapter routes (raw Node handlers such as Bolt's, which check their own signatures) first, then the Hono app. */
export async function listen(deps: ServerDeps, host: string, port: number): Promise<RunningServer> {
  let actual = port;
  const app = buildApp(deps, { host, port: () => actual });
  const honoListener = getRequestListener(app.fetch);
  const server = http.createServer((req, res) => {
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
  actual = (server.address() as AddressInfo).port;
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
