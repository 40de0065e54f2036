/**
 * Issue 12 probe 7: a start-up whose Slack token check fails must not look healthy. Chosen behaviour (README):
 * start-up is all or nothing - Haili stops what it started, releases the data folder, and `haili serve` exits
 * non-zero with one line naming the adapter and the reason. Nothing keeps listening.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHaili, StartupError } from '../src/app.js';
import { loadConfig } from '../src/config/index.js';
import { silentLogger } from '../src/core/log.js';
import { FakeSlack } from './fakes/fake-slack.js';
import { tempDir } from './helpers/haili.js';
import { runCliAsync } from './helpers/spawn-haili.js';

let fake: FakeSlack;
beforeAll(async () => {
  fake = await new FakeSlack().start();
});
afterAll(() => fake?.stop());

const slackEnv = () => ({ SLACK_BOT_TOKEN: 'xoxb-rejected-token', SLACK_SIGNING_SECRET: 'startup-secret-123', SLACK_API_URL: fake.apiUrl });

describe('a Slack token that auth.test rejects', () => {
  it('startHaili fails with StartupError, nothing listens, the data folder is free again', async () => {
    fake.failNext('auth.test', { error: 'invalid_auth' });
    const dir = tempDir();
    const config = loadConfig({ HAILI_PORT: '0', HAILI_DATA_DIR: dir, HAILI_LOG_LEVEL: 'silent', ...slackEnv() });
    const err = await startHaili({ config, log: silentLogger }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StartupError);
    expect((err as Error).message).toMatch(/^slack did not start: SLACK_BOT_TOKEN: .*invalid_auth/);
    expect(fs.existsSync(path.join(dir, 'haili.lock'))).toBe(false);
    // The folder is really released: a healthy start on it works at once.
    const ok = await startHaili({ config: loadConfig({ HAILI_PORT: '0', HAILI_DATA_DIR: dir, HAILI_LOG_LEVEL: 'silent', ...slackEnv() }), log: silentLogger, startEngine: false });
    try {
      expect((await fetch(`${ok.url}/healthz`)).status).toBe(200);
    } finally {
      await ok.stop();
    }
  }, 300_000);

  it('`haili serve` exits non-zero with one line; no process is left answering /healthz 200', async () => {
    fake.failNext('auth.test', { error: 'invalid_auth' });
    const r = await runCliAsync(['serve'], { HAILI_PORT: '0', HAILI_DATA_DIR: tempDir(), ...slackEnv() });
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^haili: slack did not start: .*invalid_auth/);
    expect(lines[0]).not.toContain('xoxb-rejected-token');
  }, 300_000);

  it('an unreachable Slack API is a failed start too, not a healthy one', async () => {
    const dir = tempDir();
    const config = loadConfig({ HAILI_PORT: '0', HAILI_DATA_DIR: dir, HAILI_LOG_LEVEL: 'silent', ...slackEnv(), SLACK_API_URL: 'http://127.0.0.1:9/api/' });
    await expect(startHaili({ config, log: silentLogger })).rejects.toThrow(/slack did not start/);
    expect(fs.existsSync(path.join(dir, 'haili.lock'))).toBe(false);
  }, 300_000);
});

describe('a Slack API that fails for a moment at start', () => {
  it('a 500 and then a 429 on auth.test are retried and the start succeeds; a rejected token is not retried', async () => {
    fake.failNext('auth.test', { status: 500 });
    fake.failNext('auth.test', { status: 429, retryAfter: 0 });
    const before = fake.calls.filter((c) => c.method === 'auth.test').length;
    const app = await startHaili({ config: loadConfig({ HAILI_PORT: '0', HAILI_DATA_DIR: tempDir(), HAILI_LOG_LEVEL: 'silent', ...slackEnv() }), log: silentLogger, startEngine: false });
    try {
      expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
      expect(fake.calls.filter((c) => c.method === 'auth.test').length - before).toBe(3);
    } finally {
      await app.stop();
    }
    fake.failNext('auth.test', { error: 'invalid_auth' });
    const rejectedBefore = fake.calls.filter((c) => c.method === 'auth.test').length;
    await expect(startHaili({ config: loadConfig({ HAILI_PORT: '0', HAILI_DATA_DIR: tempDir(), HAILI_LOG_LEVEL: 'silent', ...slackEnv() }), log: silentLogger, startEngine: false })).rejects.toThrow(/invalid_auth/);
    expect(fake.calls.filter((c) => c.method === 'auth.test').length - rejectedBefore).toBe(1);
  }, 300_000);
});

describe('/healthz reflects adapters after start', () => {
  it('an adapter that goes down turns /healthz 503 with status adapter_down', async () => {
    let up = true;
    const flaky = {
      platform: 'dingtalk' as const,
      start: async () => {},
      stop: async () => {},
      send: async () => ({ messageId: 'x' }),
      healthy: () => up,
    };
    const h = await startHaili({ config: loadConfig({ HAILI_PORT: '0', HAILI_DATA_DIR: tempDir(), HAILI_LOG_LEVEL: 'silent' }), log: silentLogger, adapters: [flaky], startEngine: false });
    try {
      expect((await fetch(`${h.url}/healthz`)).status).toBe(200);
      up = false;
      const res = await fetch(`${h.url}/healthz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ status: 'adapter_down', adapters: { dingtalk: false, console: true } });
    } finally {
      await h.stop();
    }
  }, 300_000);
});
