import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import type { RunningHaili } from '../src/app.js';
import type { Database } from '../src/db/database.js';
import { localRouterForFile } from './helpers/router.js';
import { startHailiWithChats, type HailiWithChats } from './helpers/haili.js';
import { eventEnvelope, FakeSlack, postEvent, type SignedPostOptions } from './fakes/fake-slack.js';
import { FakeDingTalk } from './fakes/fake-dingtalk.js';

/**
 * A reminder asked for a teammate ("remind Lily to …", "提醒小王…") is created, after the usual "yes", with the
 * teammate named as the assignee in the reminder text; no Haili user is made up for them, and the confirmation says
 * the reminders come to the one who asked. The same request, and a date change in words, work through the DingTalk
 * and Slack loopback fakes. The real Router on PGlite, then one real Haili behind the SDKs and the fakes.
 */
const zone = 'Asia/Shanghai';
const day = (days: number) => DateTime.now().setZone(zone).plus({ days });

describe('a reminder for a teammate (Router on PGlite)', () => {
  const { say, db: fileDb } = localRouterForFile();

  it('English: the proposal names the assignee and says who gets the reminders; the case text names them', async () => {
    const live = day(30);
    const [ask] = await say('tia', `remind Marco to upload the live session materials, the stream is on ${live.toFormat('LLLL d')}`);
    expect(ask!.kind).toBe('reminder');
    expect(ask!.text).toMatch(/Assignee: Marco/);
    expect(ask!.text).toMatch(/not linked to a Haili user, so the reminders come to you/);
    const [made] = await say('tia', 'yes');
    expect(made!.text).toMatch(/Assignee: Marco/);
    const c = (await localRouterCases(fileDb())).find((x) => x.note === 'assignee:Marco')!;
    expect(c.kind).toBe('live-recruiting');
    expect(c.start).toBe(live.toISODate());
    // no user is invented for the teammate: the case belongs to the one who asked
    expect(c.owner ?? c.target.userId).toBe('tia');
  });

  it('Chinese: 提醒小周… names 小周 as 负责人, and two teammates get two cases', async () => {
    const [ask] = await say('uma', '提醒小周这周五前把待整改的产品改完');
    expect(ask!.text).toMatch(/负责人：小周/);
    await say('uma', '确认');
    await say('uma', '提醒阿杰这周五前把待整改的产品改完');
    const [second] = await say('uma', '确认');
    expect(second!.text).toMatch(/负责人：阿杰/);
    const mine = (await localRouterCases(fileDb())).filter((c) => (c.owner ?? c.target.userId) === 'uma');
    expect(mine.map((c) => c.note).sort()).toEqual(['负责人:小周', '负责人:阿杰']);
  });

  it('a reminder for oneself or for the buyer names no assignee', async () => {
    const [mine] = await say('vic', `remind me to fix P4410 flagged ${day(-1).toFormat('LLLL d')}`);
    expect(mine!.text).not.toMatch(/Assignee|负责人/);
  });
});

async function localRouterCases(db: Database) {
  const { createReminderService } = await import('../src/reminders/index.js');
  return createReminderService(db).listCases({ platform: 'console', status: 'open' });
}

describe('on DingTalk and Slack (loopback fakes)', () => {
  const SECRET = 'teammate-e2e-secret-41c2';
  const sign: SignedPostOptions = { secret: SECRET };
  let haili: RunningHaili;
  let slack: FakeSlack;
  let ding: FakeDingTalk;
  let chats: HailiWithChats | undefined;
  beforeAll(async () => {
    chats = await startHailiWithChats(SECRET);
    ({ haili, slack, ding } = chats);
  }, 180_000);
  afterAll(async () => {
    await chats?.stop();
  });
  const hookText = (h: { body: any }) => JSON.stringify(h.body);
  const hooksFor = (session: string) => ding.callsTo('/robot/sendBySession').filter((c) => c.query.get('session') === session);

  it('DingTalk: 提醒小王… is proposed with 负责人 and the confirm link creates the case naming 小王', async () => {
    const live = day(35);
    ding.pushRobotText({ text: `提醒小王${live.month}月${live.day}号直播带岗前交素材`, session: 'TM1', conversationId: 'cidTM', staffId: 'staff-tm' });
    const hook = await ding.waitFor(() => hooksFor('TM1')[0], 'proposal', 45_000);
    const canonical = `track live-recruiting 小王 ${live.toISODate()} 负责人:小王`;
    expect(hookText(hook)).toContain('负责人');
    expect(hookText(hook)).toContain(encodeURIComponent(`confirm ${canonical}`));
    ding.pushRobotText({ text: `confirm ${canonical}`, session: 'TM2', conversationId: 'cidTM', staffId: 'staff-tm' });
    await ding.waitFor(() => hooksFor('TM2')[0], 'created', 45_000);
    const c = (await haili.reminders.listCases({ platform: 'dingtalk' })).find((x) => x.note === '负责人:小王')!;
    expect(c.start).toBe(live.toISODate());
  });

  it('DingTalk: "把C<n>改到…" is proposed and the confirm link re-dates the case', async () => {
    const c0 = (await haili.reminders.listCases({ platform: 'dingtalk' })).find((x) => x.note === '负责人:小王')!;
    const to = day(38);
    ding.pushRobotText({ text: `把C${c0.shortId}改到${to.month}月${to.day}号`, session: 'TM3', conversationId: 'cidTM', staffId: 'staff-tm' });
    const hook = await ding.waitFor(() => hooksFor('TM3')[0], 'proposal', 45_000);
    const command = `update C${c0.shortId} ${to.toISODate()}`;
    expect(hookText(hook)).toContain(encodeURIComponent(`confirm ${command}`));
    expect((await haili.reminders.getCase(c0.id))!.start).toBe(c0.start);
    ding.pushRobotText({ text: `confirm ${command}`, session: 'TM4', conversationId: 'cidTM', staffId: 'staff-tm' });
    await ding.waitFor(() => hooksFor('TM4')[0], 'updated', 45_000);
    expect((await haili.reminders.getCase(c0.id))!.start).toBe(to.toISODate());
  });

  it('Slack DM: "cancel Cx!" gets the polite error and changes nothing', async () => {
    const before = slack.callsTo('chat.postMessage').length;
    const open = (await haili.reminders.listCases({ status: 'open' })).length;
    await postEvent(`${haili.url}/slack/events`, eventEnvelope({ type: 'message', channel_type: 'im', channel: 'D9TM', user: 'U9TM', ts: '1700009000.000100', text: 'cancel Cx!' }), sign);
    const posts = await slack.waitFor('chat.postMessage', before + 1, 20_000);
    expect(JSON.stringify(posts.slice(before)[0]!.args)).toMatch(/is not a case number, so nothing was changed|不是有效的案件编号，没有做任何更改/);
    expect((await haili.reminders.listCases({ status: 'open' })).length).toBe(open);
  });
});
