import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHaili, type RunningHaili } from '../src/app.js';
import { loadConfig } from '../src/config/index.js';
import { silentLogger } from '../src/core/log.js';
import { startTestHaili, withSchema } from './helpers/haili.js';
import { PG_URL, dropSchema, postgresAvailable, uniqueSchema } from './helpers/db.js';
import { FakeDingTalk } from './fakes/fake-dingtalk.js';

/** The whole of Haili (router, checker, FAQ, PGlite claims) behind the DingTalk adapter, against the loopback fake. */
describe('Haili on DingTalk, end to end', () => {
  let fake: FakeDingTalk;
  let haili: RunningHaili;

  beforeAll(async () => {
    fake = await new FakeDingTalk().start();
    haili = await startTestHaili('pglite', {
      DINGTALK_CLIENT_ID: fake.clientId,
      DINGTALK_CLIENT_SECRET: fake.clientSecret,
      DINGTALK_GATEWAY_URL: fake.gatewayUrl,
      DINGTALK_API_BASE: fake.base,
    });
  });
  afterAll(async () => {
    await haili?.stop();
    await fake?.stop();
  });

  const hooksFor = (session: string) => fake.callsTo('/robot/sendBySession').filter((c) => c.query.get('session') === session);

  it('is connected and reports it on /healthz', async () => {
    await fake.waitFor(() => fake.openSockets() === 1, 'stream connection');
    const health = await (await fetch(`${haili.url}/healthz`)).json();
    expect(health.adapters).toMatchObject({ dingtalk: true });
  });

  it('answers a policy question with a cited answer through the session webhook', async () => {
    const mid = fake.pushRobotText({ text: '待整改产品多久内要整改？', session: 'Q1', conversationId: 'cidQ' });
    const hook = await fake.waitFor(() => hooksFor('Q1')[0], 'answer', 45_000);
    expect(fake.acks(mid)).toHaveLength(1);
    const text: string = hook.body.markdown?.text ?? hook.body.actionCard?.text;
    expect(text).toMatch(/14/);
    expect(text).toMatch(/§|来源|出处|依据|briefing|简报/i);
  });

  it('blocks a leaky draft with a card that highlights the WeChat id and offers a rewrite', async () => {
    fake.pushRobotText({ text: '请加我微信 abc12345，发你更多图片', session: 'D1', conversationId: 'cidD', direct: false });
    const hook = await fake.waitFor(() => hooksFor('D1')[0], 'check result', 45_000);
    const text: string = hook.body.markdown?.text ?? hook.body.actionCard?.text;
    expect(text.startsWith('#### ⛔')).toBe(true);
    expect(text).toMatch(/> .*\*\*[^*]*abc12345[^*]*\*\*/);
    expect(text).toMatch(/改写|rewrite/i);
    // The rewrite itself must not carry the WeChat id outside the quoted draft.
    const outsideQuote = text.split('\n').filter((l) => !l.startsWith('> ')).join('\n');
    expect(outsideQuote).not.toMatch(/abc12345/);
  });

  it('answers bad input politely and within DingTalk size limits: 100 KB, emoji flood, binary junk, a picture', async () => {
    const cases: Record<string, { text?: string; overrides?: Record<string, unknown> }> = {
      big: { text: `请加我微信 abc12345 ${'样品价格可以商量。'.repeat(11_000)}` },
      emoji: { text: '😀'.repeat(5_000) },
      junk: { text: Buffer.from(Array.from({ length: 2_000 }, (_, i) => (i * 37) % 256)).toString('latin1') },
      picture: { text: '', overrides: { msgtype: 'picture', text: undefined, content: { downloadCode: 'dc', pictureDownloadCode: 'pdc' } } },
    };
    for (const [name, c] of Object.entries(cases)) fake.pushRobotText({ text: c.text ?? '', overrides: c.overrides, session: `BAD-${name}`, conversationId: `cidBad-${name}` });
    for (const name of Object.keys(cases)) {
      const hook = await fake.waitFor(() => hooksFor(`BAD-${name}`)[0], `reply to ${name}`, 20_000);
      const size = Buffer.byteLength(JSON.stringify(hook.body));
      expect(size, name).toBeLessThan(20_000);
      const text: string = hook.body.markdown?.text ?? hook.body.actionCard?.text;
      expect(text.trim().length, name).toBeGreaterThan(0);
    }
    const bigHook = hooksFor('BAD-big')[0]!.body;
    // A check reply with buttons (rewrite, "it was a question") arrives as an action card in a 1:1 chat.
    const big = (bigHook.markdown?.text ?? bigHook.actionCard?.text) as string;
    expect(big).toMatch(/\*\*[^*]*abc12345[^*]*\*\*/);
  });

  it('handles a duplicate push of the same msgId once (claimed in the database)', async () => {
    const first = fake.pushRobotText({ text: '站外引流第一次会怎样处罚？', session: 'R1', msgId: 'msgE2EDUP', conversationId: 'cidR' });
    await fake.waitFor(() => hooksFor('R1').length === 1, 'first answer', 45_000);
    const again = fake.pushRobotText({ text: '站外引流第一次会怎样处罚？', session: 'R2', msgId: 'msgE2EDUP', conversationId: 'cidR' });
    await fake.waitFor(() => fake.acks(again).length === 1, 'second ack');
    await new Promise((r) => setTimeout(r, 500));
    expect(fake.acks(first)).toHaveLength(1);
    expect(hooksFor('R2')).toHaveLength(0);
    expect(fake.callsTo('/v1.0/robot/groupMessages/send')).toHaveLength(0);
    expect(fake.callsTo('/v1.0/robot/oToMessages/batchSend')).toHaveLength(0);
  });
});

/** A case tracked over DingTalk comes back as a proactive 1:1 reminder through the OpenAPI, with Done/Snooze buttons. */
describe('Haili on DingTalk, reminders', () => {
  let fake: FakeDingTalk;
  let haili: RunningHaili;
  let now = new Date('2022-04-28T10:00:00+08:00');

  beforeAll(async () => {
    fake = await new FakeDingTalk().start();
    haili = await startTestHaili(
      'pglite',
      { DINGTALK_CLIENT_ID: fake.clientId, DINGTALK_CLIENT_SECRET: fake.clientSecret, DINGTALK_GATEWAY_URL: fake.gatewayUrl, DINGTALK_API_BASE: fake.base },
      { clock: () => now, startEngine: false },
    );
  });
  afterAll(async () => {
    await haili?.stop();
    await fake?.stop();
  });

  it('tracks a case in a 1:1 chat and later nudges the staff member through oToMessages/batchSend', async () => {
    await fake.waitFor(() => fake.openSockets() === 1, 'stream connection');
    fake.pushRobotText({ text: 'track rectification P123 flagged 2022-04-28', session: 'T1', staffId: 'staff042', conversationId: 'cidT' });
    const created = await fake.waitFor(() => fake.callsTo('/robot/sendBySession')[0], 'tracking confirmation', 45_000);
    expect(JSON.stringify(created.body)).toMatch(/2022-05-12/);

    now = new Date('2022-05-11T10:00:00+08:00');
    await haili.engine.tick();
    const nudge = await fake.waitFor(() => fake.callsTo('/v1.0/robot/oToMessages/batchSend')[0], 'proactive reminder', 45_000);
    expect(nudge.body.userIds).toEqual(['staff042']);
    expect(nudge.headers['x-acs-dingtalk-access-token']).toMatch(/^tok-/);
    const param = JSON.parse(nudge.body.msgParam);
    expect(nudge.body.msgKey).toBe('sampleActionCard3');
    expect(param.text).toMatch(/P123/);
    expect(param.text).toMatch(/2022-05-12/);
    expect(param.actionTitle1).toBe('Done');

    const tasks = () => haili.reminders.execute({ kind: 'tasks' }, { platform: 'dingtalk', workspaceId: 'dingCORP1', conversationId: 'cidT', userId: 'staff042', lang: 'en' });
    expect(JSON.stringify(await tasks())).toMatch(/P123/);

    // The Done button is a dtmd:// link: DingTalk posts its content as the user's own message.
    const clicked = decodeURIComponent(new URL(param.actionURL1).searchParams.get('content')!);
    expect(clicked).toMatch(/^done [0-9a-f-]{36}$/);
    fake.pushRobotText({ text: clicked, session: 'T2', staffId: 'staff042', conversationId: 'cidT' });
    const done = await fake.waitFor(() => fake.callsTo('/robot/sendBySession').find((c) => c.query.get('session') === 'T2'), 'done confirmation', 45_000);
    expect(JSON.stringify(done.body)).toMatch(/P123/);
    expect(JSON.stringify(await tasks())).not.toMatch(/P123/);
  });
});

/** Two replicas sharing one PostgreSQL both receive the same push (a redelivery to another connection): one answer. */
describe('Haili on DingTalk, two replicas on PostgreSQL', async () => {
  const skip = !(await postgresAvailable());
  let fake: FakeDingTalk;
  const replicas: RunningHaili[] = [];
  const schema = uniqueSchema('dingtalk');

  beforeAll(async () => {
    if (skip) return;
    fake = await new FakeDingTalk().start();
    const env = {
      HAILI_PORT: '0',
      HAILI_LOG_LEVEL: 'silent',
      DATABASE_URL: withSchema(PG_URL, schema),
      DINGTALK_CLIENT_ID: fake.clientId,
      DINGTALK_CLIENT_SECRET: fake.clientSecret,
      DINGTALK_GATEWAY_URL: fake.gatewayUrl,
      DINGTALK_API_BASE: fake.base,
    };
    for (const replicaId of ['r1', 'r2']) {
      replicas.push(await startHaili({ config: loadConfig(env), log: silentLogger, replicaId, startEngine: false }));
    }
  });
  afterAll(async () => {
    for (const r of replicas) await r.stop();
    await fake?.stop();
    if (!skip) await dropSchema(schema);
  });

  it.skipIf(skip)('answers a message pushed to both replicas once', async () => {
    await fake.waitFor(() => fake.openSockets() === 2, 'both replicas connected');
    const mid = fake.pushRobotText({ text: '待整改产品多久内要整改？', session: 'X1', msgId: 'msgTWOREPLICAS' });
    await fake.waitFor(() => fake.acks(mid).length === 2, 'acked on both sockets', 45_000);
    await fake.waitFor(() => fake.callsTo('/robot/sendBySession').length >= 1, 'an answer', 45_000);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(fake.callsTo('/robot/sendBySession')).toHaveLength(1);
  });
});
