import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatAdapter, MessageHandler } from '../src/platform/adapter.js';
import type { IncomingMessage } from '../src/core/types.js';
import { createLogger } from '../src/core/log.js';
import { createSlackAdapter } from '../src/platform/slack/index.js';
import { eventEnvelope, FakeSlack } from './fakes/fake-slack.js';

const seen: IncomingMessage[] = [];
const handler: MessageHandler = {
  async onMessage(msg) {
    seen.push(msg);
    return [{ lang: 'en', kind: 'answer', text: 'ok' }];
  },
  async onAction() {
    return [];
  },
  async openDeadlines() {
    return { lang: 'en', kind: 'command', text: 'none' };
  },
};

let fake: FakeSlack;
let adapter: ChatAdapter;
const claimed = new Set<string>();

beforeAll(async () => {
  fake = await new FakeSlack().start();
  adapter = createSlackAdapter(
    { botToken: 'xoxb-test', appToken: 'xapp-test', apiUrl: fake.apiUrl },
    {
      claimEvent: async (_p, id) => (claimed.has(id) ? false : (claimed.add(id), true)),
      log: createLogger('silent'),
    },
    { outbox: { minIntervalMs: 0 } },
  );
  await adapter.start(handler);
});

afterAll(async () => {
  await adapter?.stop();
  await fake?.stop();
});

describe('Slack Socket Mode (SLACK_APP_TOKEN set)', () => {
  it('connects over a WebSocket obtained with the app token, serves no HTTP route, and reports healthy', () => {
    expect(adapter.routes).toEqual([]);
    const open = fake.callsTo('apps.connections.open');
    expect(open.length).toBeGreaterThanOrEqual(1);
    expect(open[0].token).toBe('xapp-test');
    expect(fake.socketCount).toBe(1);
    expect(adapter.healthy?.()).toBe(true);
  });

  it('acks an events_api envelope and answers the mention in its thread, once even if Slack retries it', async () => {
    const envelope = eventEnvelope({ type: 'app_mention', user: 'U1', channel: 'C1', ts: '1700002000.1', text: `<@${fake.botUserId}> hello` });
    const first = fake.socketSend('events_api', envelope);
    await fake.waitForAck(first);
    const retry = fake.socketSend('events_api', envelope, 1);
    await fake.waitForAck(retry);
    const [post] = await fake.waitFor('chat.postMessage', 1);
    expect(post.args).toMatchObject({ channel: 'C1', thread_ts: '1700002000.1', text: 'ok' });
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(seen.at(-1)!.text).toBe('hello');
  });

  it('handles /haili over the socket and answers through response_url', async () => {
    const id = fake.socketSend('slash_commands', {
      command: '/haili',
      text: 'ask what is the withdrawal fee?',
      team_id: 'T0HAILI',
      channel_id: 'C1',
      channel_name: 'sales',
      user_id: 'U1',
      user_name: 'rep',
      trigger_id: 'sock-trig-1',
      response_url: fake.responseUrl('sock1'),
      api_app_id: 'AHAILI',
    });
    await fake.waitForAck(id);
    const [resp] = await fake.waitFor('response_url', 1);
    expect(resp.args.response_type).toBe('ephemeral');
    expect(seen.at(-1)!.text).toBe('ask what is the withdrawal fee?');
  });

  it('reports unhealthy after stop', async () => {
    await adapter.stop();
    expect(adapter.healthy?.()).toBe(false);
  });
});
