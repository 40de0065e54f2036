import { afterEach, describe, expect, it } from 'vitest';
import { FakeDingTalk, startAdapterAgainst } from './fakes/fake-dingtalk.js';

type Started = Awaited<ReturnType<typeof startAdapterAgainst>>;

describe('DingTalk stream: reconnects with a fresh ticket and a watchdog', () => {
  let fake: FakeDingTalk;
  let s: Started | undefined;

  afterEach(async () => {
    await s?.adapter.stop();
    s = undefined;
    await fake.stop();
  });

  async function roundTrip(text: string): Promise<void> {
    const before = fake.callsTo('/robot/sendBySession').length;
    fake.pushRobotText({ text });
    await fake.waitFor(() => fake.callsTo('/robot/sendBySession').length === before + 1, `reply to "${text}"`);
  }

  it('reconnects with a new ticket after the server drops the socket, and still answers', async () => {
    fake = await new FakeDingTalk().start();
    s = await startAdapterAgainst(fake);
    await roundTrip('before');
    fake.dropConnections();
    await fake.waitFor(() => fake.callsTo('/v1.0/gateway/connections/open').length === 2 && fake.openSockets() === 1, 'second connection');
    await fake.waitFor(() => s!.adapter.healthy?.(), 'healthy again');
    await roundTrip('after');
    const tickets = [...fake.tickets.keys()];
    expect(tickets).toHaveLength(2);
    expect(new Set(tickets).size).toBe(2);
    expect(fake.refusedTickets).toEqual([]);
    expect(fake.openSockets()).toBe(1);
  });

  it('on a `disconnect` system frame opens a new connection first, then drops the old one', async () => {
    fake = await new FakeDingTalk().start();
    s = await startAdapterAgainst(fake);
    fake.systemFrame('disconnect', { reason: 'server maintenance' });
    await fake.waitFor(() => fake.callsTo('/v1.0/gateway/connections/open').length === 2, 'new ticket');
    await fake.waitFor(() => fake.openSockets() === 1 && s!.adapter.healthy?.(), 'old socket closed, new one open');
    await roundTrip('after maintenance');
    expect(s.handler.messages).toHaveLength(1);
  });

  it('replaces a silent (half-dead) socket found by the watchdog', async () => {
    fake = await new FakeDingTalk().start();
    s = await startAdapterAgainst(fake);
    fake.freezeConnections();
    await fake.waitFor(() => fake.callsTo('/v1.0/gateway/connections/open').length === 2, 'reconnect after silence', 8_000);
    await fake.waitFor(() => s!.adapter.healthy?.(), 'healthy again');
    expect(s.logLines.some((l) => l.includes('dingtalk_stream_silent'))).toBe(true);
    await roundTrip('after silence');
  });

  it('backs off while the gateway fails, without parallel reconnect storms, then recovers', async () => {
    fake = await new FakeDingTalk().start();
    s = await startAdapterAgainst(fake);
    fake.alwaysRespond('/v1.0/gateway/connections/open', { status: 503, body: { code: 'ServiceUnavailable' } });
    fake.dropConnections();
    await fake.waitFor(() => fake.callsTo('/v1.0/gateway/connections/open').length >= 5, 'several failed attempts', 8_000);
    const opens = fake.callsTo('/v1.0/gateway/connections/open').slice(1);
    const gaps = opens.slice(1).map((c, i) => c.at - opens[i]!.at);
    // Exponential backoff (base 50 ms, jitter 50-100 %): the later gaps grow, and never two attempts at once.
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(20);
    expect(gaps.at(-1)!).toBeGreaterThan(gaps[0]!);
    expect(s.adapter.healthy?.()).toBe(false);

    fake.alwaysRespond('/v1.0/gateway/connections/open', null);
    await fake.waitFor(() => s!.adapter.healthy?.(), 'recovered', 8_000);
    await roundTrip('recovered');
    expect(fake.openSockets()).toBe(1);
  });

  it('starts even when the gateway is down, and connects once it is up', async () => {
    fake = await new FakeDingTalk().start();
    fake.alwaysRespond('/v1.0/gateway/connections/open', { status: 500 });
    s = await startAdapterAgainst(fake);
    expect(s.adapter.healthy?.()).toBe(false);
    fake.alwaysRespond('/v1.0/gateway/connections/open', null);
    await fake.waitFor(() => s!.adapter.healthy?.(), 'connected later', 8_000);
    await roundTrip('late start');
  });

  it('connects straight to a ws:// gateway URL (private deployment without ticket exchange)', async () => {
    fake = await new FakeDingTalk().start();
    fake.ticketlessEndpoint = true;
    s = await startAdapterAgainst(fake, { gatewayUrl: `ws://127.0.0.1:${fake.port}/stream-direct` });
    expect(s.adapter.healthy?.()).toBe(true);
    expect(fake.callsTo('/v1.0/gateway/connections/open')).toHaveLength(0);
    await roundTrip('direct');
  });

  it('stop() closes the socket and opens no new one', async () => {
    fake = await new FakeDingTalk().start();
    s = await startAdapterAgainst(fake);
    await s.adapter.stop();
    await fake.waitFor(() => fake.openSockets() === 0, 'socket closed');
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.callsTo('/v1.0/gateway/connections/open')).toHaveLength(1);
    s = undefined;
  });
});
