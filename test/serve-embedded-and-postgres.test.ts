import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { postgresAvailable } from './helpers/db.js';
import { postJson, startTestHaili, tempDir } from './helpers/haili.js';
import type { RunningHaili } from '../src/app.js';

const root = path.resolve(import.meta.dirname, '..');

for (const engine of ['pglite', 'postgresql'] as const) {
  describe(`Haili serving on ${engine}`, async () => {
    const skip = engine === 'postgresql' && !(await postgresAvailable());
    let haili: RunningHaili;
    beforeAll(async () => {
      if (!skip) haili = await startTestHaili(engine);
    });
    afterAll(async () => {
      await haili?.stop();
    });

    it.skipIf(skip)('answers /healthz with the database engine and the adapters that are on', async () => {
      const res = await fetch(`${haili.url}/healthz`);
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body).toMatchObject({ status: 'ok', database: { engine, ok: true }, adapters: { console: true }, llm: false });
    });

    it.skipIf(skip)('serves the console page', async () => {
      const res = await fetch(`${haili.url}/`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      expect(await res.text()).toMatch(/Haili/);
    });

    it.skipIf(skip)('the console answers a policy question with a quoted section', async () => {
      const r = await postJson(`${haili.url}/api/console/messages`, { conversation: `c-${engine}`, text: '待整改产品多久内要整改？' });
      expect(r.status).toBe(200);
      const reply = r.json.replies[0].payload.reply;
      expect(reply.kind).toBe('answer');
      expect(reply.text).toMatch(/14/);
    });

    it.skipIf(skip)('the console flags a WhatsApp number as a block', async () => {
      const r = await postJson(`${haili.url}/api/console/messages`, { conversation: `c-${engine}`, text: 'Please add my WhatsApp +86 186 1234 5678' });
      const reply = r.json.replies[0].payload.reply;
      expect(reply.kind).toBe('check');
      expect(reply.card.tone).toBe('danger');
      expect(reply.card.quoted.highlights.length).toBeGreaterThan(0);
    });

    it.skipIf(skip)('the console creates and lists a rectification case', async () => {
      const conv = `cases-${engine}`;
      const created = await postJson(`${haili.url}/api/console/messages`, { conversation: conv, user: 'rep1', text: 'track rectification P123 flagged 2022-04-28' });
      expect(created.json.replies[0].payload.text).toMatch(/P123/);
      expect(created.json.replies[0].payload.text).toMatch(/2022-05-12/);
      const listed = await postJson(`${haili.url}/api/console/messages`, { conversation: conv, user: 'rep1', text: 'tasks' });
      expect(listed.json.replies[0].payload.text).toMatch(/P123/);
      const history = await (await fetch(`${haili.url}/api/console/messages?conversation=${conv}`)).json();
      expect(history.messages.length).toBe(4);
    });

    it.skipIf(skip)('a 1 MB message gets a clear reply and nothing is lost', async () => {
      const text = 'Please add my WhatsApp +86 186 1234 5678. ' + 'x'.repeat(1024 * 1024);
      const r = await postJson(`${haili.url}/api/console/messages`, { conversation: `big-${engine}`, text });
      expect(r.status).toBe(200);
      const reply = r.json.replies[0].payload.reply;
      expect(reply.kind).toBe('check');
      expect(reply.text).toMatch(/100000/);
      const history = await (await fetch(`${haili.url}/api/console/messages?conversation=big-${engine}`)).json();
      expect(history.messages[0].direction).toBe('in');
    });

    it.skipIf(skip)('malformed request bodies get a polite 4xx, never a crash', async () => {
      expect((await postJson(`${haili.url}/api/console/messages`, '{not json')).status).toBe(400);
      expect((await postJson(`${haili.url}/api/console/messages`, { text: 42 })).status).toBe(400);
      const big = await fetch(`${haili.url}/api/console/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(3 * 1024 * 1024) });
      expect(big.status).toBe(413);
      expect((await fetch(`${haili.url}/healthz`)).status).toBe(200);
    });
  });
}

describe('start-up failures and shutdown', () => {
  it('a port already in use ends with one clear line and a non-zero exit', async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const r = spawnSync(process.execPath, [path.join(root, 'bin/haili.mjs'), 'serve'], {
        env: { PATH: process.env.PATH, HAILI_PORT: String(port), HAILI_DATA_DIR: tempDir(), HAILI_LOG_LEVEL: 'silent' },
        encoding: 'utf8',
        timeout: 240_000,
      });
      expect(r.status).not.toBe(0);
      expect(r.stderr.trim()).toMatch(new RegExp(`HAILI_PORT: port ${port} .*already in use`));
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    } finally {
      blocker.close();
    }
  }, 300_000);

  it('a data folder that cannot be written ends with one clear line and a non-zero exit', () => {
    const file = path.join(tempDir(), 'not-a-dir');
    fs.writeFileSync(file, 'x');
    const r = spawnSync(process.execPath, [path.join(root, 'bin/haili.mjs'), 'serve'], {
      env: { PATH: process.env.PATH, HAILI_PORT: '0', HAILI_DATA_DIR: file, HAILI_LOG_LEVEL: 'silent' },
      encoding: 'utf8',
      timeout: 240_000,
    });
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim()).toMatch(/HAILI_DATA_DIR: cannot write/);
  });

  it('SIGTERM finishes in-flight work, closes the database and exits 0', async () => {
    const dir = tempDir();
    const child = spawn(process.execPath, [path.join(root, 'bin/haili.mjs'), 'serve'], {
      env: { PATH: process.env.PATH, HAILI_PORT: '0', HAILI_DATA_DIR: dir, HAILI_LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no start within 120 s: ' + out)), 120_000);
      child.stdout.on('data', () => {
        const m = out.match(/console at (http:\/\/\S+?)\//);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
    });
    const inflight = postJson(`${url}/api/console/messages`, { text: 'track rectification P9 flagged 2022-04-28' });
    await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
    expect(code).toBe(0);
    const res = await inflight.catch(() => null);
    // The request either finished before shutdown or was refused politely; it never half-happened.
    if (res) expect([200, 503]).toContain(res.status);
    // The database was closed cleanly: a new Haili opens the same folder.
    const again = spawnSync(process.execPath, [path.join(root, 'bin/haili.mjs'), 'cases', 'list', '--json'], {
      env: { PATH: process.env.PATH, HAILI_DATA_DIR: dir },
      encoding: 'utf8',
      timeout: 240_000,
    });
    expect(again.status).toBe(0);
    if (res?.status === 200) expect(JSON.parse(again.stdout).some((c: { subject: string }) => c.subject === 'P9')).toBe(true);
  }, 240_000);
});

describe('a database that goes away mid-run', async () => {
  const skip = !(await postgresAvailable());
  it.skipIf(skip)('reports 503 on /healthz and a polite error, then recovers', async () => {
    const haili = await startTestHaili('postgresql');
    try {
      const { default: pg } = await import('pg');
      const { PG_URL } = await import('./helpers/db.js');
      const admin = new pg.Client({ connectionString: PG_URL });
      await admin.connect();
      // Make the database refuse this app's connections, as an outage would.
      const schema = (await haili.db.prisma.$queryRawUnsafe<{ s: string }[]>('SELECT current_schema() AS s'))[0]!.s;
      await admin.query(`ALTER SCHEMA "${schema}" RENAME TO "${schema}_gone"`);
      const down = await fetch(`${haili.url}/api/console/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'tasks' }) });
      const body = await down.json();
      expect(JSON.stringify(body)).toMatch(/try again|retry|重试/i);
      await admin.query(`ALTER SCHEMA "${schema}_gone" RENAME TO "${schema}"`);
      await admin.end();
      const up = await postJson(`${haili.url}/api/console/messages`, { text: 'tasks' });
      expect(up.status).toBe(200);
    } finally {
      await haili.stop();
    }
  });
});

describe('a database that is closed under a running Haili', () => {
  it('/healthz turns 503 and chat gets a polite retry message instead of a crash', async () => {
    const haili = await startTestHaili('pglite');
    try {
      await haili.db.close();
      const health = await fetch(`${haili.url}/healthz`);
      expect(health.status).toBe(503);
      expect((await health.json()).database.ok).toBe(false);
      const r = await postJson(`${haili.url}/api/console/messages`, { text: 'tasks' });
      expect(r.status).toBeGreaterThanOrEqual(500);
      expect(JSON.stringify(r.json)).toMatch(/retry|重试/i);
    } finally {
      await haili.stop();
    }
  }, 180_000);
});
