import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ConfigError, loadConfig } from '../src/config/index.js';

const root = path.resolve(import.meta.dirname, '..');

describe('configuration', () => {
  it('runs embedded with an empty environment: PGlite, loopback console, LLM off', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ host: '127.0.0.1', port: 3000, dataDir: './data', databaseUrl: undefined, slack: undefined, dingtalk: undefined, llm: undefined, admins: [] });
  });

  it('switches on PostgreSQL, Slack, DingTalk and the LLM from their variables', () => {
    const c = loadConfig({
      DATABASE_URL: 'postgres://u@db:5432/haili',
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: 's',
      SLACK_API_URL: 'http://127.0.0.1:9/api/',
      DINGTALK_CLIENT_ID: 'id',
      DINGTALK_CLIENT_SECRET: 'secret',
      OPENAI_API_KEY: 'sk-x',
      OPENAI_BASE_URL: 'http://127.0.0.1:9/v1',
      HAILI_ADMINS: 'U1, U2,,',
    });
    expect(c.databaseUrl).toBe('postgres://u@db:5432/haili');
    expect(c.slack?.apiUrl).toBe('http://127.0.0.1:9/api/');
    expect(c.dingtalk?.clientId).toBe('id');
    expect(c.llm).toMatchObject({ model: 'gpt-4o-mini', timeoutMs: 8000 });
    expect(c.admins).toEqual(['U1', 'U2']);
  });

  it.each([
    [{ HAILI_PORT: 'abc' }, 'HAILI_PORT'],
    [{ HAILI_PORT: '70000' }, 'HAILI_PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ HAILI_HOST: '0.0.0.0' }, 'HAILI_CONSOLE_TOKEN'],
    [{ SLACK_BOT_TOKEN: 'nope' }, 'SLACK_BOT_TOKEN'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, 'SLACK_SIGNING_SECRET'],
    [{ DINGTALK_CLIENT_ID: 'only-id' }, 'DINGTALK_CLIENT_SECRET'],
    [{ OPENAI_BASE_URL: 'not a url' }, 'OPENAI_BASE_URL'],
    [{ HAILI_LOG_LEVEL: 'loud' }, 'HAILI_LOG_LEVEL'],
  ])('rejects %o naming %s', (env, variable) => {
    let err: unknown;
    try {
      loadConfig(env as NodeJS.ProcessEnv);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).variable).toBe(variable);
    expect((err as Error).message).toMatch(new RegExp(`^${variable}: expected .+`));
  });

  it('never echoes a secret back in the error line', () => {
    try {
      loadConfig({ SLACK_BOT_TOKEN: 'secret-value-123456' });
    } catch (e) {
      expect((e as Error).message).not.toContain('secret-value-123456');
    }
  });

  it('stops start-up with exit code 2 and one line naming the variable', () => {
    const r = spawnSync(process.execPath, [path.join(root, 'bin/haili.mjs'), 'serve'], {
      env: { PATH: process.env.PATH, HAILI_PORT: 'not-a-port' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/HAILI_PORT: expected a port number/);
  });
});
