import { Hono } from 'hono';
import type { ServerDeps } from '../http.js';
import { HttpError, limitBody, readJson, requireContentType } from '../middleware.js';
import { MAX_JSON_BODY } from './console.js';

/** The console's listing check: a paste area's text in, a results table's rows out. */
export function listingRoutes(deps: Pick<ServerDeps, 'api'>): Hono {
  const app = new Hono();
  app.use('/api/listing/*', requireContentType('application/json'), limitBody(MAX_JSON_BODY));
  app.post('/api/listing/check', async (c) => {
    if (!deps.api.checkListings) throw new HttpError(503, 'NO_LISTING_CHECK', 'The listing check is not enabled on this server.');
    const r = await deps.api.checkListings(await readJson(c));
    return c.json(r.body as object, r.status as 200);
  });
  return app;
}
