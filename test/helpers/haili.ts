import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config/index.js';
import { startHaili, type RunningHaili } from '../../src/app.js';
import { silentLogger } from '../../src/core/log.js';
import { PG_URL, uniqueSchema } from './db.js';
import { FakeSlack } from '../fakes/fake-slack.js';
import { FakeDingTalk } from '../fakes/fake-dingtalk.js';

export function tempDir(prefix = 'haili-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A real Haili on an ephemeral port: PGlite in a temp folder, or a fresh schema on the test PostgreSQL. */
export async function startTestHaili(
  engine: 'pglite' | 'postgresql',
  env: Record<string, string> = {},
  opts: { clock?: () => Date; startEngine?: boolean } = {},
): Promise<RunningHaili> {
  const schemaEnv = engine === 'postgresql' ? { DATABASE_URL: withSchema(PG_URL, uniqueSchema('e2e')) } : { HAILI_DATA_DIR: tempDir() };
  const config = loadConfig({ HAILI_PORT: '0', HAILI_LOG_LEVEL: 'silent', ...schemaEnv, ...env });
  return startHaili({ config, log: silentLogger, ...opts });
}

/** PostgreSQL URLs select a schema through the standard `options=-c search_path=…` parameter. */
export function withSchema(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('schema', schema);
  return u.toString();
}

export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: any }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = { raw: text };
  }
  return { status: res.status, json };
}

/** A Haili on PGlite connected to a loopback Slack and a loopback DingTalk, both speaking the real protocols. */
export interface HailiWithChats {
  haili: RunningHaili;
  slack: FakeSlack;
  ding: FakeDingTalk;
  stop(): Promise<void>;
}

export async function startHailiWithChats(signingSecret: string, env: Record<string, string> = {}): Promise<HailiWithChats> {
  const slack = await new FakeSlack().start();
  const ding = await new FakeDingTalk().start();
  const haili = await startTestHaili(
    'pglite',
    {
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: signingSecret,
      SLACK_API_URL: slack.apiUrl,
      DINGTALK_CLIENT_ID: ding.clientId,
      DINGTALK_CLIENT_SECRET: ding.clientSecret,
      DINGTALK_GATEWAY_URL: ding.gatewayUrl,
      DINGTALK_API_BASE: ding.base,
      ...env,
    },
    { startEngine: false },
  );
  await ding.waitFor(() => ding.openSockets() === 1, 'stream connection', 15_000);
  return {
    haili,
    slack,
    ding,
    async stop() {
      await haili.stop();
      await slack.stop();
      await ding.stop();
    },
  };
}
