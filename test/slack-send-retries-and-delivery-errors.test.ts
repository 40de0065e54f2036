import { afterEach, describe, expect, it } from 'vitest';
import { DeliveryError, type MessageHandler } from '../src/platform/adapter.js';
import type { Reply, Target } from '../src/core/types.js';
import { eventEnvelope, postEvent, startSlackHarness, type SlackHarness } from './fakes/fake-slack.js';

const quiet: MessageHandler = {
  async onMessage() {
    return [{ lang: 'zh', kind: 'answer', text: '收到' }];
  },
  async onAction() {
    return [];
  },
  async openDeadlines() {
    return { lang: 'zh', kind: 'command', text: '无' };
  },
};

const reminder: Reply = { lang: 'zh', kind: 'reminder', text: '提醒：P123 整改将于 2022-05-05 到期。' };
const channelTarget: Target = { platform: 'slack', workspaceId: 'T0HAILI', conversationId: 'C1SALES' };

let h: SlackHarness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

describe('Slack delivery through the Outbox', () => {
  it('send() to a user opens the DM once and posts there', async () => {
    h = await startSlackHarness(quiet, { outbox: { minIntervalMs: 0 } });
    const a = await h.adapter.send({ platform: 'slack', workspaceId: 'T0HAILI', conversationId: '', userId: 'U1REP' }, reminder);
    await h.adapter.send({ platform: 'slack', workspaceId: 'T0HAILI', conversationId: '', userId: 'U1REP', threadId: '1700.1' }, reminder);
    expect(a.messageId).toMatch(/^\d+\.\d+$/);
    expect(h.fake.callsTo('conversations.open')).toHaveLength(1);
    const posts = h.fake.callsTo('chat.postMessage');
    expect(posts.map((p) => [p.args.channel, p.args.thread_ts])).toEqual([
      ['DU1REP', undefined],
      ['DU1REP', '1700.1'],
    ]);
    expect(posts[0].args.text).toBe(reminder.text);
  });

  it('a 429 on chat.postMessage is retried only after its Retry-After delay', async () => {
    h = await startSlackHarness(quiet, { outbox: { minIntervalMs: 0 } });
    h.fake.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    const sent = await h.adapter.send(channelTarget, reminder);
    expect(sent.messageId).not.toBe('');
    const attempts = h.fake.calls.filter((c) => c.method === 'chat.postMessage');
    expect(attempts.map((c) => c.status)).toEqual([429, 200]);
    expect(attempts[1].at - attempts[0].at).toBeGreaterThanOrEqual(950);
  });

  it('a 429 on a reply to an incoming event is retried too, so the answer still arrives', async () => {
    h = await startSlackHarness(quiet, { outbox: { minIntervalMs: 0 } });
    h.fake.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    await postEvent(h.eventsUrl, eventEnvelope({ type: 'app_mention', user: 'U1', channel: 'C1', ts: '1.1', text: `<@${h.fake.botUserId}> 你好` }), h.sign);
    const [ok] = await h.fake.waitFor('chat.postMessage', 1, 5000);
    expect(ok.args.thread_ts).toBe('1.1');
  });

  it('5xx answers are retried with backoff until one succeeds', async () => {
    h = await startSlackHarness(quiet, { outbox: { minIntervalMs: 0, baseBackoffMs: 20 } });
    h.fake.failNext('chat.postMessage', { status: 503 }, 2);
    await h.adapter.send(channelTarget, reminder);
    expect(h.fake.calls.filter((c) => c.method === 'chat.postMessage').map((c) => c.status)).toEqual([503, 503, 200]);
  });

  it('a send that keeps failing throws a retryable DeliveryError after the last attempt (never dropped silently)', async () => {
    h = await startSlackHarness(quiet, { outbox: { minIntervalMs: 0, baseBackoffMs: 10, maxAttempts: 3 } });
    h.fake.failNext('chat.postMessage', { status: 500 }, 10);
    const err = await h.adapter.send(channelTarget, reminder).catch((e) => e);
    expect(err).toBeInstanceOf(DeliveryError);
    expect(err).toMatchObject({ retryable: true, status: 500 });
    expect(h.fake.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(3);
  });

  it('a persistent 429 surfaces as DeliveryError carrying Retry-After for the reminder engine', async () => {
    h = await startSlackHarness(quiet, { outbox: { minIntervalMs: 0, maxAttempts: 1 } });
    h.fake.failNext('chat.postMessage', { status: 429, retryAfter: 30 });
    const err = await h.adapter.send(channelTarget, reminder).catch((e) => e);
    expect(err).toBeInstanceOf(DeliveryError);
    expect(err).toMatchObject({ retryable: true, status: 429, retryAfterMs: 30_000 });
  });

  it('a Slack error such as channel_not_found is final: one attempt, non-retryable DeliveryError', async () => {
    h = await startSlackHarness(quiet, { outbox: { minIntervalMs: 0 } });
    h.fake.failNext('chat.postMessage', { error: 'channel_not_found' });
    const err = await h.adapter.send(channelTarget, reminder).catch((e) => e);
    expect(err).toBeInstanceOf(DeliveryError);
    expect(err.retryable).toBe(false);
    expect(err.message).toContain('channel_not_found');
    expect(h.fake.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
  });

  it('paces sends to one channel (about one per second) while other channels go straight out', async () => {
    h = await startSlackHarness(quiet, { outbox: { minIntervalMs: 500 } });
    // Warm the HTTP connection so the first timed request is not slowed by connection setup.
    await h.adapter.send({ ...channelTarget, conversationId: 'C0WARM' }, reminder);
    await Promise.all([
      h.adapter.send(channelTarget, reminder),
      h.adapter.send(channelTarget, reminder),
      h.adapter.send({ ...channelTarget, conversationId: 'C2OTHER' }, reminder),
    ]);
    const posts = h.fake.callsTo('chat.postMessage');
    const sameChannel = posts.filter((p) => p.args.channel === 'C1SALES');
    expect(sameChannel[1].at - sameChannel[0].at).toBeGreaterThanOrEqual(400);
    const other = posts.find((p) => p.args.channel === 'C2OTHER')!;
    expect(other.at).toBeLessThan(sameChannel[1].at);
  });
});

describe('Slack start-up', () => {
  it('names SLACK_BOT_TOKEN when Slack rejects the token, without echoing it', async () => {
    const { FakeSlack } = await import('./fakes/fake-slack.js');
    const { createSlackAdapter } = await import('../src/platform/slack/index.js');
    const { silentLogger } = await import('../src/core/log.js');
    const fake = await new FakeSlack().start();
    fake.failNext('auth.test', { error: 'invalid_auth' });
    const adapter = createSlackAdapter({ botToken: 'xoxb-secret-value', signingSecret: 's', apiUrl: fake.apiUrl }, { claimEvent: async () => true, log: silentLogger });
    const err = await adapter.start(quiet).catch((e: Error) => e);
    await fake.stop();
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toContain('SLACK_BOT_TOKEN');
    expect((err as Error).message).toContain('invalid_auth');
    expect((err as Error).message).not.toContain('secret-value');
    expect(adapter.healthy?.()).toBe(false);
  });
});
