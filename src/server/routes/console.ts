import { Hono } from 'hono';
import { z } from 'zod';
import type { ServerDeps } from '../http.js';
import { ACTION_IDS, LANGS } from '../../core/types.js';
import { consolePage } from '../console-page.js';
import { HttpError, limitBody, readJson, requireContentType, tokenMatches } from '../middleware.js';

/** Console messages may be long pastes; 2 MB covers a 1 MB message in JSON with room to spare. */
export const MAX_JSON_BODY = 2 * 1024 * 1024;

const messageBody = z.object({
  conversation: z.string().min(1).max(200).default('console'),
  user: z.string().min(1).max(200).default('console-user'),
  text: z.string(),
  lang: z.enum(LANGS).optional(),
});

const actionBody = z.object({
  conversation: z.string().min(1).max(200).default('console'),
  user: z.string().min(1).max(200).default('console-user'),
  action: z.enum(ACTION_IDS),
  // A confirm button carries the reminder command it confirms.
  value: z.string().min(1).max(600),
  lang: z.enum(LANGS).optional(),
});

/** The console page and its chat: messages in, replies out, button clicks. */
export function consoleRoutes(deps: Pick<ServerDeps, 'console' | 'consoleToken'>): Hono {
  const app = new Hono();
  app.use('/api/console/*', requireContentType('application/json'), limitBody(MAX_JSON_BODY));

  app.get('/', (c) => {
    const token = c.req.query('token');
    if (token && deps.consoleToken && tokenMatches(token, deps.consoleToken)) {
      c.header('Set-Cookie', `haili_token=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`);
    }
    return c.html(consolePage());
  });

  app.get('/api/console/messages', async (c) =>
    c.json({ messages: await deps.console.history(c.req.query('conversation') ?? 'console', c.req.query('after') || undefined, c.req.query('before') || undefined) }),
  );

  app.post('/api/console/messages', async (c) => {
    const parsed = messageBody.safeParse(await readJson(c));
    if (!parsed.success) throw new HttpError(400, 'BAD_MESSAGE', `Invalid message: ${parsed.error.issues[0]?.message ?? 'bad body'}. Send {"text": "..."}.`);
    const replies = await deps.console.receive({ conversationId: parsed.data.conversation, userId: parsed.data.user, text: parsed.data.text, lang: parsed.data.lang });
    return c.json({ replies });
  });

  app.post('/api/console/actions', async (c) => {
    const parsed = actionBody.safeParse(await readJson(c));
    if (!parsed.success) throw new HttpError(400, 'BAD_ACTION', `Invalid action: ${parsed.error.issues[0]?.message ?? 'bad body'}`);
    const replies = await deps.console.act({ conversationId: parsed.data.conversation, userId: parsed.data.user, action: parsed.data.action, value: parsed.data.value, lang: parsed.data.lang });
    return c.json({ replies });
  });
  return app;
}
