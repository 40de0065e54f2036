import { Hono } from 'hono';
import type { ServerDeps } from '../http.js';

/** /healthz: 200 only when the database answers and every configured adapter is up; supervisors restart on anything else. */
export function healthRoutes(deps: Pick<ServerDeps, 'health'>): Hono {
  const app = new Hono();
  app.get('/healthz', async (c) => {
    const h = await deps.health();
    return c.json(h.body, h.ok ? 200 : 503);
  });
  return app;
}
