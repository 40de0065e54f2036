import { Hono } from 'hono';
import { z } from 'zod';
import type { ServerDeps } from '../http.js';
import { HttpError, limitBody, readJson, requireContentType } from '../middleware.js';
import { MAX_JSON_BODY } from './console.js';
import { CONSOLE_WORKSPACE } from '../../platform/console/index.js';
import { KIND_LABEL, MAX_LISTING_CHARS } from '../../listing/index.js';

const checkBody = z.object({
  text: z.string().max(MAX_LISTING_CHARS, `at most ${MAX_LISTING_CHARS} characters`),
  user: z.string().min(1).max(200).default('console-user'),
  lang: z.enum(['zh', 'en']).optional(),
});

/**
 * The console's listing panel: a pasted listing in, the verdict and its findings out as data (the panel draws the
 * table). Each check is recorded like a chat check: hash, verdict and kinds, never the text.
 */
export function listingRoutes(deps: Pick<ServerDeps, 'listings'>): Hono {
  const app = new Hono();
  app.use('/api/listing/*', requireContentType('application/json'), limitBody(MAX_JSON_BODY));
  app.post('/api/listing/check', async (c) => {
    const parsed = checkBody.safeParse(await readJson(c));
    if (!parsed.success) throw new HttpError(400, 'BAD_LISTING', `Invalid listing check: ${parsed.error.issues[0]?.message ?? 'bad body'}. Send {"text": "..."}.`);
    const { text, user, lang } = parsed.data;
    const result = await deps.listings.check(text, { platform: 'console', workspaceId: CONSOLE_WORKSPACE, userId: user, lang });
    const { textHash: _hash, ...shown } = result;
    return c.json({
      ...shown,
      findings: result.findings.map((f) => ({ kind: f.kind, label: KIND_LABEL[f.kind], detail: f.detail, clause: f.clause, clauseEn: f.clauseEn, fix: f.fix, evidence: f.evidence })),
    });
  });
  return app;
}
