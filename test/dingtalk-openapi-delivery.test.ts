import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeliveryError } from '../src/platform/adapter.js';
import type { Reply } from '../src/core/types.js';
import { FakeDingTalk, startAdapterAgainst } from './fakes/fake-dingtalk.js';

type Started = Awaited<ReturnType<typeof startAdapterAgainst>>;

const BATCH = '/v1.0/robot/oToMessages/batchSend';
const GROUP = '/v1.0/robot/groupMessages/send';
const TOKEN = '/v1.0/oauth2/accessToken';

const reminder: Reply = {
  lang: 'zh',
  kind: 'reminder',
  text: '案例 C7 还有 2 天到期',
  card: {
    title: '整改截止提醒',
    tone: 'danger',
    body: '请在截止前完成整改。',
    fields: [{ label: '截止', value: '2022-05-12 23:59' }],
    actions: [
      { id: 'done', label: '已完成', value: 'C7' },
      { id: 'snooze', label: '推迟一天', value: 'C7' },
      { id: 'details', label: '详情', value: 'C7' },
    ],
  },
};

describe('DingTalk OpenAPI delivery', () => {
  let fake: FakeDingTalk;
  let s: Started;

  beforeEach(async () => {
    fake = await new FakeDingTalk().start();
    s = await startAdapterAgainst(fake);
  });
  afterEach(async () => {
    await s.adapter.stop();
    await fake.stop();
  });

  it('falls back to groupMessages/send when the session webhook has expired, fetching the token once for two sends', async () => {
    const expired = Date.now() - 1_000;
    fake.pushRobotText({ text: 'one', direct: false, conversationId: 'cidG', webhookExpiresAt: expired });
    await fake.waitFor(() => fake.callsTo(GROUP).length === 1, 'first group send');
    fake.pushRobotText({ text: 'two', direct: false, conversationId: 'cidG', webhookExpiresAt: expired });
    await fake.waitFor(() => fake.callsTo(GROUP).length === 2, 'second group send');

    expect(fake.callsTo('/robot/sendBySession')).toHaveLength(0);
    expect(fake.callsTo(TOKEN)).toHaveLength(1);
    expect(fake.callsTo(TOKEN)[0]!.body).toEqual({ appKey: fake.clientId, appSecret: fake.clientSecret });
    const [a, b] = fake.callsTo(GROUP);
    expect(a!.headers['x-acs-dingtalk-access-token']).toBe('tok-1');
    expect(b!.headers['x-acs-dingtalk-access-token']).toBe('tok-1');
    expect(a!.body).toMatchObject({ robotCode: fake.clientId, openConversationId: 'cidG', msgKey: 'sampleMarkdown' });
    expect(JSON.parse(a!.body.msgParam)).toEqual({ title: 'echo: one', text: 'echo: one' });
    expect(JSON.parse(b!.body.msgParam).text).toBe('echo: two');
  });

  it('falls back to oToMessages/batchSend for an expired 1:1 webhook, to the sender staff id', async () => {
    fake.pushRobotText({ text: 'dm', direct: true, staffId: 'staff777', webhookExpiresAt: Date.now() - 1 });
    const call = await fake.waitFor(() => fake.callsTo(BATCH)[0], 'batchSend');
    expect(call.body).toMatchObject({ robotCode: fake.clientId, userIds: ['staff777'], msgKey: 'sampleMarkdown' });
  });

  it('falls back to the OpenAPI when the webhook answers with an error code', async () => {
    fake.alwaysRespond('/robot/sendBySession', { status: 200, body: { errcode: 300001, errmsg: 'session expired' } });
    fake.pushRobotText({ text: 'late', direct: false, conversationId: 'cidG2' });
    await fake.waitFor(() => fake.callsTo(GROUP).length === 1, 'group send after webhook error');
    expect(fake.callsTo('/robot/sendBySession')).toHaveLength(1);
  });

  it('sends proactively to a user (batchSend) and to a group (groupMessages/send) with action buttons', async () => {
    const toUser = await s.adapter.send({ platform: 'dingtalk', workspaceId: 'dingCORP1', conversationId: 'cidUnknown', userId: 'staff001' }, reminder);
    const toGroup = await s.adapter.send({ platform: 'dingtalk', workspaceId: 'dingCORP1', conversationId: 'cidGroupX' }, reminder);
    expect(toUser.messageId).toMatch(/^pqk-/);
    expect(toGroup.messageId).toMatch(/^pqk-/);

    const user = fake.callsTo(BATCH)[0]!;
    expect(user.body).toMatchObject({ userIds: ['staff001'], msgKey: 'sampleActionCard3' });
    const p = JSON.parse(user.body.msgParam);
    expect(p.title).toBe('⛔ 整改截止提醒');
    expect(p.text).toContain('**截止**：2022-05-12 23:59');
    expect(p.actionTitle1).toBe('已完成');
    expect(p.actionURL1).toBe(`dtmd://dingtalkclient/sendMessage?content=${encodeURIComponent('done C7')}`);
    expect(p.actionURL3).toBe(`dtmd://dingtalkclient/sendMessage?content=${encodeURIComponent('details C7')}`);

    const group = fake.callsTo(GROUP)[0]!;
    expect(group.body).toMatchObject({ openConversationId: 'cidGroupX', msgKey: 'sampleMarkdown' });
    expect(JSON.parse(group.body.msgParam).text).toContain('在群里请 @我 并发送：  \n已完成：`done C7`  \n推迟一天：`snooze C7`  \n详情：`details C7`');
    expect(fake.callsTo(TOKEN)).toHaveLength(1);
  });

  it('routes proactive sends the same way on every replica: staff id -> 1:1, no or non-staff user id -> group', async () => {
    fake.pushRobotText({ text: 'hi', direct: false, conversationId: 'cidSeenGroup' });
    await fake.waitFor(() => fake.callsTo('/robot/sendBySession').length === 1, 'first reply');
    // Having seen the group changes nothing: another replica (or this one after a restart) has not seen it.
    await s.adapter.send({ platform: 'dingtalk', workspaceId: 'dingCORP1', conversationId: 'cidSeenGroup', userId: 'staff001' }, reminder);
    expect(fake.callsTo(BATCH).map((c) => c.body.userIds)).toEqual([['staff001']]);
    await s.adapter.send({ platform: 'dingtalk', workspaceId: 'dingCORP1', conversationId: 'cidSeenGroup', userId: '$:LWCP_v1:$outsider' }, reminder);
    expect(fake.callsTo(GROUP).map((c) => c.body.openConversationId)).toEqual(['cidSeenGroup']);
  });

  it('honours Retry-After on a 429 from the robot endpoint, then succeeds', async () => {
    fake.script(GROUP, { status: 429, headers: { 'retry-after': '1' }, body: { code: 'Throttling' } });
    const res = await s.adapter.send({ platform: 'dingtalk', workspaceId: 'w', conversationId: 'cidG429' }, reminder);
    expect(res.messageId).toMatch(/^pqk-/);
    const [first, second] = fake.callsTo(GROUP);
    expect(fake.callsTo(GROUP)).toHaveLength(2);
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(990);
  });

  it('gives up with a retryable DeliveryError after repeated 500s', async () => {
    fake.alwaysRespond(BATCH, { status: 500, body: { code: 'InternalError' } });
    const err = await s.adapter.send({ platform: 'dingtalk', workspaceId: 'w', conversationId: 'c', userId: 'staff001' }, reminder).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeliveryError);
    expect(err).toMatchObject({ retryable: true, status: 500 });
    expect(fake.callsTo(BATCH)).toHaveLength(4); // FAST.outbox.maxAttempts
  });

  it('reports a flow-controlled user as a retryable DeliveryError', async () => {
    fake.flowControlled.add('staffHot');
    const err = await s.adapter.send({ platform: 'dingtalk', workspaceId: 'w', conversationId: 'c', userId: 'staffHot' }, reminder).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeliveryError);
    expect(err).toMatchObject({ retryable: true });
    expect(fake.callsTo(BATCH)).toHaveLength(4);
  });

  it('refetches the token once after a 401 and does not retry a 400', async () => {
    fake.script(GROUP, { status: 401, body: { code: 'InvalidAuthentication' } });
    await s.adapter.send({ platform: 'dingtalk', workspaceId: 'w', conversationId: 'cidA' }, reminder);
    expect(fake.callsTo(TOKEN)).toHaveLength(2);
    expect(fake.callsTo(GROUP).at(-1)!.headers['x-acs-dingtalk-access-token']).toBe('tok-2');

    fake.alwaysRespond(GROUP, { status: 400, body: { code: 'invalidParameter' } });
    const err = await s.adapter.send({ platform: 'dingtalk', workspaceId: 'w', conversationId: 'cidB' }, reminder).catch((e: unknown) => e);
    expect(err).toMatchObject({ retryable: false, status: 400 });
    expect(fake.callsTo(GROUP).filter((c) => c.body.openConversationId === 'cidB')).toHaveLength(1);
  });

  it('refreshes the token shortly before it expires, and fetches it once for concurrent sends', async () => {
    fake.tokenExpireIn = 301; // the adapter refreshes 300 s early: this token is good for about 1 s
    const target = (c: string) => ({ platform: 'dingtalk' as const, workspaceId: 'w', conversationId: c });
    await Promise.all([s.adapter.send(target('g1'), reminder), s.adapter.send(target('g2'), reminder), s.adapter.send(target('g3'), reminder)]);
    expect(fake.callsTo(TOKEN)).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 1_100));
    await s.adapter.send(target('g4'), reminder);
    expect(fake.callsTo(TOKEN)).toHaveLength(2);
    expect(fake.callsTo(GROUP).at(-1)!.headers['x-acs-dingtalk-access-token']).toBe('tok-2');
  });

  it('a rejected client secret at the token endpoint is a non-retryable DeliveryError', async () => {
    fake.alwaysRespond(TOKEN, { status: 400, body: { code: 'invalidClientIdOrSecret' } });
    const err = await s.adapter.send({ platform: 'dingtalk', workspaceId: 'w', conversationId: 'c' }, reminder).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'DeliveryError', retryable: false, status: 400 });
    expect(fake.callsTo(TOKEN)).toHaveLength(1);
    expect(fake.callsTo(GROUP)).toHaveLength(0);
  });

  it('a send to an unreachable OpenAPI is a retryable DeliveryError', async () => {
    await fake.stop();
    fake = await new FakeDingTalk().start(); // keeps afterEach happy; the adapter still points at the old port
    const err = await s.adapter.send({ platform: 'dingtalk', workspaceId: 'w', conversationId: 'c' }, reminder).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeliveryError);
    expect(err).toMatchObject({ retryable: true });
  });
});
