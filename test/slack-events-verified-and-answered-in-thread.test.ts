import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageHandler } from '../src/platform/adapter.js';
import type { IncomingMessage, Reply } from '../src/core/types.js';
import { eventEnvelope, postEvent, postSigned, startSlackHarness, type SlackHarness } from './fakes/fake-slack.js';

const seen: IncomingMessage[] = [];
const echo: MessageHandler = {
  async onMessage(msg) {
    seen.push(msg);
    return [{ lang: 'en', kind: 'answer', text: `echo (${msg.text.length} chars)` } satisfies Reply];
  },
  async onAction() {
    return [];
  },
  async openDeadlines() {
    return { lang: 'en', kind: 'command', text: 'none' };
  },
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness(echo, { outbox: { minIntervalMs: 0 } });
});
afterAll(async () => {
  await h.stop();
});

function mention(text: string, extra: Record<string, unknown> = {}) {
  return { type: 'app_mention', user: 'U1REP', text, ts: `${Date.now() / 1000}`, channel: 'C1SALES', ...extra };
}

describe('Slack events over HTTP', () => {
  it('answers a correctly signed @mention in the thread of the mentioning message, with the mention stripped', async () => {
    const event = mention(`<@${h.fake.botUserId}> how long do I have to fix a flagged product?`, { ts: '1700000001.000100' });
    const res = await postEvent(h.eventsUrl, eventEnvelope(event), h.sign);
    expect(res.status).toBe(200);
    const [post] = await h.fake.waitFor('chat.postMessage', 1);
    expect(post.args.channel).toBe('C1SALES');
    expect(post.args.thread_ts).toBe('1700000001.000100');
    expect(post.token).toBe('xoxb-test');
    const msg = seen.at(-1)!;
    expect(msg.text).toBe('how long do I have to fix a flagged product?');
    expect(msg).toMatchObject({ platform: 'slack', workspaceId: 'T0HAILI', conversationId: 'C1SALES', userId: 'U1REP', isDirect: false, threadId: '1700000001.000100' });
  });

  it('replies inside an existing thread when the mention was itself in a thread', async () => {
    const before = h.fake.callsTo('chat.postMessage').length;
    const event = mention(`<@${h.fake.botUserId}> and for a second offence?`, { ts: '1700000002.000200', thread_ts: '1700000001.000100' });
    await postEvent(h.eventsUrl, eventEnvelope(event), h.sign);
    const posts = await h.fake.waitFor('chat.postMessage', before + 1);
    expect(posts.at(-1)!.args.thread_ts).toBe('1700000001.000100');
  });

  it('treats a DM as direct and turns Slack link markup back into what the person typed', async () => {
    const before = h.fake.callsTo('chat.postMessage').length;
    const event = { type: 'message', channel_type: 'im', channel: 'D1REP', user: 'U1REP', ts: '1700000003.000300', text: 'mail me at <mailto:bob@example.com|bob@example.com> &amp; call <tel:+8618612345678|+86 186 1234 5678>' };
    await postEvent(h.eventsUrl, eventEnvelope(event), h.sign);
    const posts = await h.fake.waitFor('chat.postMessage', before + 1);
    expect(posts.at(-1)!.args.channel).toBe('D1REP');
    expect(posts.at(-1)!.args.thread_ts).toBeUndefined();
    expect(seen.at(-1)!.text).toBe('mail me at bob@example.com & call +86 186 1234 5678');
    expect(seen.at(-1)!.isDirect).toBe(true);
    // The draft reached the handler but never the log.
    expect(h.logs.join('\n')).not.toContain('1234 5678');
    expect(h.logs.join('\n')).not.toContain('bob@example.com');
  });

  it('ignores its own messages and message edits in DMs', async () => {
    const before = seen.length;
    await postEvent(h.eventsUrl, eventEnvelope({ type: 'message', channel_type: 'im', channel: 'D1REP', user: h.fake.botUserId, bot_id: h.fake.botId, ts: '1700000004.1', text: 'echo' }), h.sign);
    await postEvent(h.eventsUrl, eventEnvelope({ type: 'message', subtype: 'message_changed', channel_type: 'im', channel: 'D1REP', ts: '1700000004.2' }), h.sign);
    await sleep(300);
    expect(seen.length).toBe(before);
  });

  it('rejects a wrong signature with 401 and calls nothing', async () => {
    const before = { calls: h.fake.calls.length, seen: seen.length };
    const res = await postEvent(h.eventsUrl, eventEnvelope(mention(`<@${h.fake.botUserId}> hi`)), { ...h.sign, signWith: 'not-the-secret' });
    expect(res.status).toBe(401);
    await sleep(300);
    expect(h.fake.calls.length).toBe(before.calls);
    expect(seen.length).toBe(before.seen);
  });

  it('rejects a request signed more than 5 minutes ago (replay)', async () => {
    const before = seen.length;
    const res = await postEvent(h.eventsUrl, eventEnvelope(mention(`<@${h.fake.botUserId}> hi`)), { ...h.sign, timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(res.status).toBe(401);
    await sleep(300);
    expect(seen.length).toBe(before);
  });

  it('handles an event delivered twice (Slack retry) exactly once', async () => {
    const envelope = eventEnvelope(mention(`<@${h.fake.botUserId}> once please`, { ts: '1700000005.000500' }));
    const before = h.fake.callsTo('chat.postMessage').length;
    const first = await postEvent(h.eventsUrl, envelope, h.sign);
    const retry = await postEvent(h.eventsUrl, envelope, { ...h.sign, headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    expect([first.status, retry.status]).toEqual([200, 200]);
    await h.fake.waitFor('chat.postMessage', before + 1);
    await sleep(400);
    const replies = h.fake.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === '1700000005.000500');
    expect(replies).toHaveLength(1);
    expect(h.claims.filter((id) => id === envelope.event_id)).toHaveLength(2);
  });

  it('acks before the handler finishes (slow work after the 200)', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slow = await startSlackHarness({ ...echo, onMessage: async (m) => (await gate, echo.onMessage(m)) });
    try {
      const res = await postEvent(slow.eventsUrl, eventEnvelope(mention(`<@${slow.fake.botUserId}> slow`)), slow.sign);
      expect(res.status).toBe(200);
      expect(slow.fake.callsTo('chat.postMessage')).toHaveLength(0);
      release();
      await slow.fake.waitFor('chat.postMessage', 1);
    } finally {
      release();
      await slow.stop();
    }
  });

  it('answers url_verification with the challenge', async () => {
    const res = await postSigned(h.eventsUrl, JSON.stringify({ type: 'url_verification', challenge: 'abc123', token: 't' }), 'application/json', h.sign);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ challenge: 'abc123' });
  });

  it('survives a malformed JSON body, an unknown event type, an unclassifiable payload and an oversized body', async () => {
    const bad = await postSigned(h.eventsUrl, '{"type": "event_callback", "event": {', 'application/json', h.sign);
    expect(bad.status).toBe(400);

    const unknown = await postEvent(h.eventsUrl, eventEnvelope({ type: 'reaction_added', user: 'U1', reaction: 'beaver' }), h.sign);
    expect(unknown.status).toBe(200);

    const odd = await postSigned(h.eventsUrl, JSON.stringify({ hello: 'world' }), 'application/json', h.sign);
    expect(odd.status).toBe(200);

    const huge = JSON.stringify(eventEnvelope(mention('x'.repeat(1_100_000))));
    const big = await postSigned(h.eventsUrl, huge, 'application/json', h.sign);
    expect(big.status).toBe(413);

    // Still alive and answering.
    const before = h.fake.callsTo('chat.postMessage').length;
    const ok = await postEvent(h.eventsUrl, eventEnvelope(mention(`<@${h.fake.botUserId}> still there?`)), h.sign);
    expect(ok.status).toBe(200);
    await h.fake.waitFor('chat.postMessage', before + 1);
  });
});
