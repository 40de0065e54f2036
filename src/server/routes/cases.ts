import { Hono } from 'hono';
import type { ServerDeps } from '../http.js';
import { limitBody, readJson, requireContentType } from '../middleware.js';
import { MAX_JSON_BODY } from './console.js';

/** A CSV import is the one large body: 50,000 rows are about 5 MB. */
export const MAX_CSV_BODY = 64 * 1024 * 1024;

/** The operator's surface: dashboard, cases (paged), CSV import and migrations; the CLI uses the same routes. */
export function caseRoutes(deps: Pick<ServerDeps, 'api'>): Hono {
  const app = new Hono();
  app.use('/api/cases', requireContentType('application/json'), limitBody(MAX_JSON_BODY));
  // Raw bytes: the encoding (UTF-8, UTF-16, GBK) is detected from them, so no charset is trusted from a header.
  app.use('/api/cases/import', requireContentType('text/csv', 'application/octet-stream'), limitBody(MAX_CSV_BODY));
  app.use('/api/admin/*', requireContentType('application/json'), limitBody(MAX_JSON_BODY));

  app.get('/api/dashboard', async (c) => c.json(await deps.api.dashboard()));
  app.get('/api/cases', async (c) => {
    const r = await deps.api.listCases(c.req.query());
    return c.json(r.body as object, r.status as 200);
  });
  app.post('/api/cases', async (c) => {
    const r = await deps.api.addCase(await readJson(c));
    return c.json(r.body as object, r.status as 200);
  });
  app.post('/api/cases/import', async (c) => {
    const dryRun = c.req.query('dryRun') === 'true' || c.req.query('dry-run') === 'true';
    const r = await deps.api.importCases(new Uint8Array(await c.req.arrayBuffer()), dryRun);
    return c.json(r.body as object, r.status as 200);
  });
  app.post('/api/admin/migrate', async (c) => c.json({ applied: await deps.api.migrate() }));
  return app;
}
