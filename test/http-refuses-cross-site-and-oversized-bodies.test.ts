/**
 * The console's HTTP edge (issue 12 probes 4 and 5): only the console's own origin may drive it, bodies are
 * JSON with a streaming size limit, tokens are long and compared in constant time, and text is made storable.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHaili } from '../src/app.js';
import { ConfigError, loadConfig } from '../src/config/index.js';
import { tokenMatches } from '../src/server/middleware.js';
import { postJson, startTestHaili } from './helpers/haili.js';

let haili: RunningHaili;
beforeAll(async () => {
  haili = await startTestHaili('pglite');
}, 120_000);
afterAll(() => haili?.stop());

async function caseCount(): Promise<number> {
  return haili.db.prisma.complianceCase.count();
}

/** Raw request so Host, Origin and chunking are exactly what a browser or attacker would send. */
function rawRequest(opts: { method: string; path: string; headers: Record<string, string>; body?: string | (() => AsyncGenerator<Buffer>) }): Promise<{ status: number; body: string }> {
  const u = new URL(haili.url);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: u.hostname, port: u.port, method: opts.method, path: opts.path, headers: opts.headers }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', (err) => reject(err));
    const body = opts.body;
    if (typeof body === 'function') {
      void (async () => {
        try {
          for await (const chunk of body()) if (!req.write(chunk)) await new Promise((r) => req.once('drain', r));
          req.end();
        } catch {
          /* the server may close the socket once it has answered 413 */
        }
      })();
    } else req.end(body);
  });
}

describe('cross-site requests are refused', () => {
  const create = JSON.stringify({ kind: 'rectification', subject: 'XSITE', start: '2022-04-28' });

  it('probe 4: a cross-site text/plain POST (what a form on another site sends) creates nothing', async () => {
    const before = await caseCount();
    const r = await fetch(`${haili.url}/api/cases`, { method: 'POST', headers: { 'content-type': 'text/plain', origin: 'http://evil.example' }, body: create });
    expect(r.status).toBe(403);
    const r2 = await fetch(`${haili.url}/api/console/messages`, { method: 'POST', headers: { 'content-type': 'text/plain', origin: 'http://evil.example' }, body: JSON.stringify({ text: 'track rectification P1 flagged 2022-04-28' }) });
    expect(r2.status).toBe(403);
    expect(await caseCount()).toBe(before);
  });

  it('text/plain without an Origin is refused as not JSON (415)', async () => {
    const r = await fetch(`${haili.url}/api/cases`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: create });
    expect(r.status).toBe(415);
    expect((await r.json()).error).toMatch(/application\/json/);
  });

  it('a JSON POST carrying a foreign Origin, or Sec-Fetch-Site: cross-site, is refused', async () => {
    expect((await postJson(`${haili.url}/api/cases`, create, { origin: 'https://attacker.test' })).status).toBe(403);
    expect((await postJson(`${haili.url}/api/cases`, create, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
  });

  it('DNS rebinding: a foreign Host name on the loopback console is refused', async () => {
    const r = await rawRequest({ method: 'GET', path: '/api/cases', headers: { host: 'rebind.attacker.test' } });
    expect(r.status).toBe(403);
  });

  it('the console\'s own origin is admitted', async () => {
    const u = new URL(haili.url);
    const r = await postJson(`${haili.url}/api/cases`, create, { origin: `http://${u.host}` });
    expect(r.status).toBe(201);
  });
});

describe('bodies are limited while they stream', () => {
  it('probe 5: a chunked 30 MB body gets 413 and the server stays up', async () => {
    const u = new URL(haili.url);
    const r = await rawRequest({
      method: 'POST',
      path: '/api/console/messages',
      headers: { host: u.host, 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      body: async function* () {
        yield Buffer.from('{"text":"');
        const chunk = Buffer.alloc(1024 * 1024, 'x');
        for (let i = 0; i < 30; i++) yield chunk;
        yield Buffer.from('"}');
      },
    }).catch((err: Error) => ({ status: -1, body: err.message }));
    // 413, or the socket closed right after the 413 was written while the client was still sending.
    expect([413, -1]).toContain(r.status);
    if (r.status === 413) expect(r.body).toMatch(/too large/i);
    const health = await fetch(`${haili.url}/healthz`);
    expect(health.status).toBe(200);
    expect((await postJson(`${haili.url}/api/console/messages`, { text: 'hello' })).status).toBe(200);
  }, 60_000);

  it('a Content-Length over the limit gets 413 without the body being read', async () => {
    const big = await fetch(`${haili.url}/api/console/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(3 * 1024 * 1024) });
    expect(big.status).toBe(413);
  });
});

describe('text is made storable at the edge', () => {
  it('a lone surrogate and a NUL in a message are answered, stored, and readable back', async () => {
    const r = await postJson(`${haili.url}/api/console/messages`, '{"conversation":"sur","text":"hello \\ud800 world\\u0000!"}');
    expect(r.status).toBe(200);
    const history = await (await fetch(`${haili.url}/api/console/messages?conversation=sur`)).json();
    expect(JSON.stringify(history.messages[0].payload)).toContain('hello \ufffd world!');
  });

  it('a lone surrogate in a new case subject does not fail the insert', async () => {
    const r = await postJson(`${haili.url}/api/cases`, '{"kind":"rectification","subject":"P\\udc00X","start":"2022-04-28"}');
    expect(r.status).toBe(201);
    expect(r.json.subject).toBe('P\ufffdX');
  });
});

describe('console tokens', () => {
  it('a token shorter than 16 characters is refused at start-up, naming the variable', () => {
    expect(() => loadConfig({ HAILI_CONSOLE_TOKEN: 'x' })).toThrow(ConfigError);
    expect(() => loadConfig({ HAILI_CONSOLE_TOKEN: 'fifteen-chars-x' })).toThrow(/HAILI_CONSOLE_TOKEN: expected a token of at least 16/);
    expect(loadConfig({ HAILI_CONSOLE_TOKEN: 'sixteen-chars-xx' }).consoleToken).toBe('sixteen-chars-xx');
  });

  it('comparison is by digest in constant time: right token only, whatever the length', () => {
    const t = 'a-console-token-0123456789';
    expect(tokenMatches(t, t)).toBe(true);
    expect(tokenMatches(t.slice(0, -1), t)).toBe(false);
    expect(tokenMatches(t + 'x', t)).toBe(false);
    expect(tokenMatches('', t)).toBe(false);
    expect(tokenMatches(undefined, t)).toBe(false);
  });

  it('with a token configured the API refuses without it and accepts the bearer header', async () => {
    const token = 'http-test-token-0123456789';
    const h = await startTestHaili('pglite', { HAILI_CONSOLE_TOKEN: token });
    try {
      expect((await fetch(`${h.url}/api/cases`)).status).toBe(401);
      expect((await fetch(`${h.url}/api/cases`, { headers: { authorization: `Bearer ${token}x` } })).status).toBe(401);
      expect((await fetch(`${h.url}/api/cases`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
      expect((await fetch(`${h.url}/healthz`)).status).toBe(200);
    } finally {
      await h.stop();
    }
  }, 120_000);
});

describe('chat platforms sanitise their text at the edge too', async () => {
  const { messageFromEvent } = await import('../src/platform/slack/incoming.js');
  const { sanitizeText } = await import('../src/core/sanitize.js');
  it('a Slack message with a lone surrogate and NUL becomes storable text; valid pairs (emoji) survive', () => {
    const m = messageFromEvent({ type: 'message', user: 'U1', channel: 'D1', ts: '1.1', text: 'hi \ud800 there\u0000 😀' } as never, { eventId: 'e1', teamId: 'T1' });
    expect(m.text).toBe('hi \ufffd there 😀');
    expect(sanitizeText('\udc00a\ud83d')).toBe('\ufffda\ufffd');
  });
});
