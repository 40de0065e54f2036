/**
 * DingTalk cards for a team, through a real Haili against the loopback DingTalk fake: the owner's buttons act and
 * Done offers Undo; a colleague sending the same command is refused; tracking twice keeps one case; in a group,
 * where DingTalk drops button clicks, the card spells out every command (Undo, Check again) and the penalty ladder.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHaili } from '../src/app.js';
import { startTestHaili } from './helpers/haili.js';
import { FakeDingTalk } from './fakes/fake-dingtalk.js';

describe('DingTalk cards follow the case and its owner', () => {
  let fake: FakeDingTalk;
  let haili: RunningHaili;
  const today = new Date().toISOString().slice(0, 10);

  beforeAll(async () => {
    fake = await new FakeDingTalk().start();
    haili = await startTestHaili('pglite', { DINGTALK_CLIENT_ID: fake.clientId, DINGTALK_CLIENT_SECRET: fake.clientSecret, DINGTALK_GATEWAY_URL: fake.gatewayUrl, DINGTALK_API_BASE: fake.base });
    await fake.waitFor(() => fake.openSockets() === 1, 'stream connection');
  });
  afterAll(async () => {
    await haili?.stop();
    await fake?.stop();
  });

  let n = 0;
  /** Sends `text` as `staffId` and returns the webhook body of Haili's first reply. */
  async function say(text: string, staffId: string, direct = true): Promise<{ text: string; buttons: { title: string; content: string }[] }> {
    const session = `S${++n}`;
    fake.pushRobotText({ text, session, staffId, direct, conversationId: direct ? `cid-${staffId}` : 'cidTEAM' });
    const hook = await fake.waitFor(() => fake.callsTo('/robot/sendBySession').find((c) => c.query.get('session') === session), `reply to ${text}`, 20_000);
    const body = hook.body;
    const md: string = body.markdown?.text ?? body.actionCard?.text ?? body.text?.content ?? '';
    const buttons = ((body.actionCard?.btns ?? []) as { title: string; actionURL: string }[]).map((b) => ({
      title: b.title,
      content: decodeURIComponent(new URL(b.actionURL.replace('dtmd://', 'https://')).searchParams.get('content') ?? ''),
    }));
    return { text: md, buttons };
  }

  it('one-to-one: Done by the owner offers Undo; a colleague is refused; Undo reopens', async () => {
    const tracked = await say(`track rectification P555 flagged ${today}`, 'staff001');
    expect(tracked.text).toMatch(/Tracking C\d+/);
    const done = tracked.buttons.find((b) => b.content.startsWith('done '))!;
    expect(done).toBeTruthy();

    // The same command from someone else (as if the card were forwarded) changes nothing.
    const refused = await say(done.content, 'staff002');
    expect(refused.text).toMatch(/belongs to staff001|属于 staff001/);
    expect((await haili.reminders.listCases({ status: 'open' })).some((c) => c.subject === 'P555')).toBe(true);

    const closed = await say(done.content, 'staff001');
    expect(closed.text).toMatch(/P555 is done; reminders stopped/);
    const undo = closed.buttons.find((b) => b.title === 'Undo')!;
    expect(undo.content).toMatch(/^undo [0-9a-f-]{36}$/);
    const reopened = await say(undo.content, 'staff001');
    expect(reopened.text).toMatch(/Undone: C\d+ P555 is open again/);
    expect(reopened.buttons.map((b) => b.content.split(' ')[0])).toEqual(['done', 'snooze', 'details']);
  });

  it('tracking the same product again keeps one open case and offers to move it', async () => {
    const again = await say(`track rectification P555 flagged ${new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)}`, 'staff001');
    expect(again.text).toMatch(/already tracks rectification P555/);
    expect(again.buttons[0]!.content).toMatch(/^update [0-9a-f-]{36} \d{4}-\d{2}-\d{2}$/);
    expect((await haili.reminders.listCases({ status: 'open' })).filter((c) => c.subject === 'P555')).toHaveLength(1);
  });

  it('in a group the leak card lists the commands to type and shows the penalty ladder and the rewrite apart', async () => {
    const card = await say('请加我微信 abc12345，发你更多图片', 'staff003', false);
    expect(card.buttons).toEqual([]);
    expect(card.text).toContain('首次 警告 → 再次 扣3分/次 → ≥4次 扣6分/次');
    expect(card.text).toMatch(/\*\*建议改写（可复制后修改再发送）\*\*/);
    // The command a click would have sent, spelled out: "check <rewrite>", not "reroute check …".
    expect(card.text).toMatch(/再检查一次：`check /);
  });
});

/** With DINGTALK_CARD_TEMPLATE_ID, cards are robot interactive cards: clicks come back from groups and update the card. */
describe('DingTalk interactive cards (DINGTALK_CARD_TEMPLATE_ID)', () => {
  let fake: FakeDingTalk;
  let haili: RunningHaili;
  const today = new Date().toISOString().slice(0, 10);
  const sent = () => fake.callsTo('/v1.0/im/v1.0/robot/interactiveCards/send');
  const updates = () => fake.callsTo('/v1.0/im/robots/interactiveCards');
  const params = (call: { body: any }) => JSON.parse(call.body.cardData).cardParamMap as Record<string, string>;

  beforeAll(async () => {
    fake = await new FakeDingTalk().start();
    haili = await startTestHaili('pglite', {
      DINGTALK_CLIENT_ID: fake.clientId, DINGTALK_CLIENT_SECRET: fake.clientSecret, DINGTALK_GATEWAY_URL: fake.gatewayUrl, DINGTALK_API_BASE: fake.base,
      DINGTALK_CARD_TEMPLATE_ID: 'tpl-haili-case',
    });
    await fake.waitFor(() => fake.openSockets() === 1, 'stream connection');
  });
  afterAll(async () => {
    await haili?.stop();
    await fake?.stop();
  });

  function clickCard(cardBizId: string, userId: string, action: string, value: string) {
    return fake.pushCallback('/v1.0/card/instances/callback', {
      userId,
      corpId: 'dingCORP1',
      openConversationId: 'cidTEAM',
      outTrackId: cardBizId,
      value: JSON.stringify({ cardPrivateData: { actionIds: [action], params: { action, value } } }),
    });
  }

  it('a group card with buttons is sent from the template; a colleague’s click is refused; the owner’s Done and Undo update it in place', async () => {
    fake.pushRobotText({ text: `track rectification P808 flagged ${today}`, session: 'G1', staffId: 'staff001', direct: false, conversationId: 'cidTEAM' });
    const card = await fake.waitFor(() => sent()[0], 'interactive card', 20_000);
    expect(card.body).toMatchObject({ cardTemplateId: 'tpl-haili-case', openConversationId: 'cidTEAM', robotCode: fake.clientId });
    const p = params(card);
    expect(p.title).toMatch(/Tracking C\d+/);
    expect([p.btn1_action, p.btn2_action, p.btn3_action]).toEqual(['done', 'snooze', 'details']);
    // Real buttons: no "type these commands" hint in the card text.
    expect(p.markdown).not.toMatch(/@mention me/);
    expect(fake.callsTo('/robot/sendBySession').filter((c) => c.query.get('session') === 'G1')).toHaveLength(0);
    const cardBizId = card.body.cardBizId as string;

    clickCard(cardBizId, 'staff002', 'done', p.btn1_value!);
    const refusal = await fake.waitFor(() => fake.callsTo('/v1.0/robot/groupMessages/send').at(-1), 'refusal', 20_000);
    expect(JSON.parse(refusal.body.msgParam).text).toMatch(/属于 staff001|belongs to staff001/);
    expect(updates()).toHaveLength(0);

    clickCard(cardBizId, 'staff001', 'done', p.btn1_value!);
    const doneUpdate = await fake.waitFor(() => updates()[0], 'card update', 20_000);
    expect(doneUpdate.body.cardBizId).toBe(cardBizId);
    const dp = params(doneUpdate);
    expect(dp.title).toMatch(/P808 is done/);
    expect([dp.btn1_text, dp.btn1_action, dp.btn1_value]).toEqual(['Undo', 'reroute', `undo ${p.btn1_value}`]);

    clickCard(cardBizId, 'staff001', 'reroute', dp.btn1_value!);
    const undoUpdate = await fake.waitFor(() => updates()[1], 'second card update', 20_000);
    const up = params(undoUpdate);
    expect(up.title).toMatch(/Undone: C\d+ P808 is open again/);
    expect(up.btn1_action).toBe('done');
    expect((await haili.reminders.listCases({ status: 'open' })).some((c) => c.subject === 'P808')).toBe(true);
  });
});
