import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeDingTalk, TOPIC_CARD, TOPIC_ROBOT, startAdapterAgainst } from './fakes/fake-dingtalk.js';

type Started = Awaited<ReturnType<typeof startAdapterAgainst>>;

describe('DingTalk stream: robot messages through the real dingtalk-stream SDK', () => {
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

  it('opens the stream with a ticket from the configured gateway, subscribed to robot and card callbacks', async () => {
    expect(s.adapter.healthy?.()).toBe(true);
    const open = fake.callsTo('/v1.0/gateway/connections/open');
    expect(open).toHaveLength(1);
    expect(open[0]!.body.subscriptions).toEqual(
      expect.arrayContaining([
        { type: 'CALLBACK', topic: TOPIC_ROBOT },
        { type: 'CALLBACK', topic: TOPIC_CARD },
      ]),
    );
    expect([...fake.tickets.values()].every((t) => t.used)).toBe(true);
  });

  it('acks a 1:1 text message with its messageId and answers through the session webhook', async () => {
    const mid = fake.pushRobotText({ text: '  how long do I have to fix a listing?  ', session: 'S1', msgId: 'msgA' });
    await fake.waitFor(() => fake.acks(mid).length > 0, 'ack');
    const hook = await fake.waitFor(() => fake.callsTo('/robot/sendBySession')[0], 'webhook reply');

    const ack = fake.acks(mid)[0];
    expect(ack.headers.messageId).toBe(mid);
    expect(JSON.parse(ack.data)).toEqual({ response: {} });

    expect(s.handler.messages).toHaveLength(1);
    const msg = s.handler.messages[0]!;
    expect(msg).toMatchObject({
      id: 'msgA',
      platform: 'dingtalk',
      workspaceId: 'dingCORP1',
      conversationId: 'cidDIRECT1',
      isDirect: true,
      userId: 'staff001',
      userName: '张三',
      text: 'how long do I have to fix a listing?',
    });
    expect(hook.query.get('session')).toBe('S1');
    expect(hook.body).toEqual({ msgtype: 'markdown', markdown: { title: 'echo: how long do I have to fix a listin…', text: 'echo: how long do I have to fix a listing?' } });
    expect(fake.callsTo('/v1.0/oauth2/accessToken')).toHaveLength(0);
  });

  it('maps a group @mention (conversationType 2, no staff id, no corp id); a group card spells out commands instead of buttons', async () => {
    fake.pushRobotText({
      text: 'card',
      direct: false,
      conversationId: 'cidGROUP9',
      overrides: { senderStaffId: undefined, chatbotCorpId: undefined },
    });
    const hook = await fake.waitFor(() => fake.callsTo('/robot/sendBySession')[0], 'webhook reply');
    expect(s.handler.messages[0]).toMatchObject({ workspaceId: 'dingtalk', conversationId: 'cidGROUP9', isDirect: false, userId: '$:LWCP_v1:$sender' });
    // A dtmd:// click posts text without the @mention, which DingTalk never delivers to a group robot.
    expect(hook.body.msgtype).toBe('markdown');
    expect(hook.body.markdown.text).toContain('#### ⚠️ Deadline');
    expect(hook.body.markdown.text).toContain('In a group, @mention me with:  \nDone：`done C12`  \nSnooze：`snooze C12`');
  });

  it('answers a card in a 1:1 chat as an actionCard whose buttons send the command as a chat message', async () => {
    fake.pushRobotText({ text: 'card', direct: true });
    const hook = await fake.waitFor(() => fake.callsTo('/robot/sendBySession')[0], 'webhook reply');
    expect(hook.body.msgtype).toBe('actionCard');
    expect(hook.body.actionCard.title).toBe('⚠️ Deadline');
    expect(hook.body.actionCard.text).toContain('#### ⚠️ Deadline');
    expect(hook.body.actionCard.text).not.toContain('@mention');
    expect(hook.body.actionCard.btns).toEqual([
      { title: 'Done', actionURL: 'dtmd://dingtalkclient/sendMessage?content=done%20C12' },
      { title: 'Snooze', actionURL: 'dtmd://dingtalkclient/sendMessage?content=snooze%20C12' },
    ]);
  });

  it('acks at once, before the handler (slow LLM, database) has finished', async () => {
    let release!: () => void;
    s.handler.gate = new Promise((r) => (release = r));
    const mid = fake.pushRobotText({ text: 'slow one' });
    await fake.waitFor(() => s.handler.messages.length === 1, 'handler started');
    await fake.waitFor(() => fake.acks(mid).length === 1, 'ack while the handler is still busy');
    expect(fake.callsTo('/robot/sendBySession')).toHaveLength(0);
    release();
    await fake.waitFor(() => fake.callsTo('/robot/sendBySession').length === 1, 'reply after release');
  });

  it('acks a whole burst at once but runs at most maxConcurrent handlers, the rest queued in order', async () => {
    await s.adapter.stop();
    s = await startAdapterAgainst(fake, { maxConcurrent: 2 });
    let release!: () => void;
    s.handler.gate = new Promise((r) => (release = r));
    const mids = Array.from({ length: 6 }, (_, i) => fake.pushRobotText({ text: `burst ${i}`, conversationId: `cidB${i}` }));
    await fake.waitFor(() => mids.every((m) => fake.acks(m).length === 1), 'all six acked');
    await new Promise((r) => setTimeout(r, 100));
    expect(s.handler.messages.map((m) => m.text)).toEqual(['burst 0', 'burst 1']);
    release();
    await fake.waitFor(() => fake.callsTo('/robot/sendBySession').length === 6, 'six replies');
    expect(s.handler.messages.map((m) => m.text)).toEqual(mids.map((_, i) => `burst ${i}`));
  });

  it('handles the same msgId pushed twice once, and acks both pushes', async () => {
    const first = fake.pushRobotText({ text: 'hello', msgId: 'msgDUP' });
    await fake.waitFor(() => fake.callsTo('/robot/sendBySession').length === 1, 'first reply');
    const again = fake.pushRobotText({ text: 'hello', msgId: 'msgDUP' });
    await fake.waitFor(() => fake.acks(again).length > 0, 'second ack');
    await fake.waitFor(() => s.deps.claims.length === 2, 'second claim');
    await new Promise((r) => setTimeout(r, 100));
    expect(fake.acks(first)).toHaveLength(1);
    expect(s.handler.messages).toHaveLength(1);
    expect(fake.callsTo('/robot/sendBySession')).toHaveLength(1);
    expect(s.deps.claims).toEqual(['dingtalk:msgDUP', 'dingtalk:msgDUP']);
  });

  it('acks and ignores bad frames (missing field, malformed data, unknown topic, junk), then keeps working', async () => {
    const { msgId: _drop, ...noMsgId } = fake.robotText({ text: 'no id' });
    const missing = fake.pushCallback(TOPIC_ROBOT, noMsgId);
    const malformed = fake.pushCallback(TOPIC_ROBOT, '{"conversationId": "cid", "text": {');
    const unknown = fake.pushCallback('/v1.0/some/new/topic', { a: 1 });
    const wrongType = fake.pushCallback(TOPIC_ROBOT, { ...fake.robotText({ text: 'x' }), text: { content: 42 } });
    fake.pushFrame('this is not JSON at all \u0000\u00ff');
    fake.pushFrame({ type: 'CALLBACK', data: '{}' }); // no headers at all
    fake.pushFrame({ type: 'WHATEVER', headers: { messageId: 'odd-1', topic: 'x' }, data: '' });
    for (const mid of [missing, malformed, unknown, wrongType, 'odd-1']) {
      await fake.waitFor(() => fake.acks(mid).length === 1, `ack of ${mid}`);
    }
    expect(s.handler.messages).toHaveLength(0);
    expect(s.logLines.some((l) => l.includes('dingtalk_robot_push_ignored') && l.includes('msgId'))).toBe(true);
    expect(s.logLines.some((l) => l.includes('dingtalk_unknown_topic'))).toBe(true);
    expect(s.logLines.some((l) => l.includes('dingtalk_frame_malformed'))).toBe(true);

    fake.pushRobotText({ text: 'still alive?' });
    await fake.waitFor(() => fake.callsTo('/robot/sendBySession').length === 1, 'reply after junk');
    expect(s.adapter.healthy?.()).toBe(true);
    expect(fake.callsTo('/v1.0/gateway/connections/open')).toHaveLength(1);
  });

  it('acks EVENT frames (the SDK answers SUCCESS) without handing them to the router', async () => {
    fake.pushFrame({ specVersion: '1.0', type: 'EVENT', headers: { messageId: 'ev-1', topic: 'chat_update_title', eventType: 'chat_update_title' }, data: '{}' });
    const ack = await fake.waitFor(() => fake.acks('ev-1')[0], 'event ack');
    expect(JSON.parse(ack.data)).toEqual({ status: 'SUCCESS' });
    expect(s.handler.messages).toHaveLength(0);
  });

  it('answers the gateway ping with the SDK pong frame', async () => {
    fake.systemFrame('ping', { opaque: 'abc' });
    const pong = await fake.waitFor(() => fake.upstream.find((f) => f.headers?.topic === 'ping'), 'pong');
    expect(JSON.parse(pong.data)).toEqual({ opaque: 'abc' });
  });

  it('turns a card callback (Done button) into an IncomingAction, handled once, and answers 1:1 through the OpenAPI', async () => {
    const payload = {
      outTrackId: 'track1',
      corpId: 'dingCORP1',
      userId: 'staff001',
      value: JSON.stringify({ cardPrivateData: { actionIds: ['done'], params: { action: 'done', value: 'C12' } } }),
    };
    const mid = fake.pushCallback(TOPIC_CARD, payload);
    fake.pushCallback(TOPIC_CARD, payload, mid); // redelivered
    const sent = await fake.waitFor(() => fake.callsTo('/v1.0/robot/oToMessages/batchSend')[0], 'reply to the click');
    await fake.waitFor(() => fake.acks(mid).length === 2, 'both acks');
    expect(s.handler.actions).toEqual([
      { id: `card:${mid}`, platform: 'dingtalk', workspaceId: 'dingCORP1', conversationId: 'staff001', userId: 'staff001', action: 'done', value: 'C12' },
    ]);
    expect(sent.body.userIds).toEqual(['staff001']);
    expect(JSON.parse(sent.body.msgParam).text).toBe('done C12 ok');
  });
});
