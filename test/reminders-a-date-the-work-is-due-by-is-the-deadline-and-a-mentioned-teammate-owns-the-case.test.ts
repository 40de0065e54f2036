import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import type { RunningHaili } from '../src/app.js';
import { mentionedUser } from '../src/core/router.js';
import { createReminderService } from '../src/reminders/index.js';
import { parseReminderCommand } from '../src/reminders/index.js';
import { slackMentions } from '../src/platform/slack/text.js';
import { parseRobotPush } from '../src/platform/dingtalk/parse.js';
import { localRouterForFile } from './helpers/router.js';
import { startHailiWithChats, type HailiWithChats } from './helpers/haili.js';
import { eventEnvelope, FakeSlack, postEvent, type SignedPostOptions } from './fakes/fake-slack.js';
import { FakeDingTalk } from './fakes/fake-dingtalk.js';
import type { IncomingMessage } from '../src/core/types.js';

/**
 * "提醒小王周五前整改", "remind me to fix P123 by Friday", "最晚6月20号改完", "due May 20": the day named with 前 / by / due /
 * 最晚 is the DEADLINE, so the case is tracked from the start counted back by the policy's days (rules/deadlines) and
 * its deadline falls on that day; the proposal says so in both languages. A date with no such word ("flagged
 * yesterday", "5月20号直播带岗前交素材") stays the start. A teammate mentioned as a platform user (Slack <@U123>, DingTalk
 * atUsers) owns the case, and its reminders go to them; the one who asked may still close it. A teammate named only
 * is still named in the note, and the proposal says the reminders come to the asker. The real Router on PGlite, then
 * one real Haili behind the Slack and DingTalk loopback fakes.
 */
const zone = 'Asia/Shanghai';
const today = DateTime.now().setZone(zone).startOf('day');
const day = (days: number) => today.plus({ days });
/** The Friday "by Friday" / "周五前" means: this week's, or next week's once this one has passed. */
const friday = (() => {
  const d = today.set({ weekday: 5 });
  return d < today ? d.plus({ weeks: 1 }) : d;
})();
const iso = (d: DateTime) => d.toISODate()!;

describe('a date the work is due by is the deadline (Router on PGlite)', () => {
  const { say, db: fileDb } = localRouterForFile();
  const cases = () => createReminderService(fileDb()).listCases({ platform: 'console', status: 'open' });
  const proposal = async (user: string, text: string, extra?: Partial<IncomingMessage>) => {
    const replies = await say(user, text, extra);
    const r = replies.find((x) => x.kind === 'reminder');
    expect(r, JSON.stringify(replies.map((x) => x.text))).toBeTruthy();
    return r!;
  };

  it.each([
    ['en', 'remind me to fix P3301 by Friday', 'P3301', 'rectification', iso(friday), 14],
    ['zh', '提醒小王周五前把 P3302 整改完', 'P3302', 'rectification', iso(friday), 14],
    ['zh', `违规名单上的 P3303 最晚 ${day(20).month}月${day(20).day}号 改完，到时候提醒我`, 'P3303', 'violation-fix', iso(day(20)), 7],
    ['en', `live materials for P3304 due ${day(12).toFormat('LLLL d')}, remind me`, 'P3304', 'live-recruiting', iso(day(12)), -5],
    ['zh', `${day(9).month}.${day(9).day} 之前 叫上小陈 把 P3306 的价格整改一遍`, 'P3306', 'rectification', iso(day(9)), 14],
  ] as const)('%s: %s', async (lang, text, subject, kind, due, days) => {
    const user = `due-${subject}`;
    const ask = await proposal(user, text);
    const start = iso(DateTime.fromISO(due, { zone }).minus({ days }));
    // the proposal shows the deadline asked for and says the start is counted back from it
    expect(ask.text).toContain(lang === 'zh' ? `截止：${due}` : `Deadline: ${due}`);
    expect(ask.text).toMatch(lang === 'zh' ? new RegExp(`日期：${start}（按您给的截止日 ${due} 倒推`) : new RegExp(`Date: ${start} \\(counted back from the deadline you gave, ${due}`));
    await say(user, lang === 'zh' ? '确认' : 'yes');
    const c = (await cases()).find((x) => x.subject === subject)!;
    expect(c.kind).toBe(kind);
    expect(c.start).toBe(start);
    expect(c.deadline.slice(0, 10)).toBe(due);
  }, 60_000);

  it('a date without a due word stays the start', async () => {
    const flagged = day(-1);
    const ask = await proposal('start-1', `remind me to fix P3305 flagged ${flagged.toFormat('LLLL d')}`);
    expect(ask.text).toContain(`Date: ${iso(flagged)}\n`);
    expect(ask.text).not.toMatch(/counted back/);
    const live = day(30);
    const zh = await proposal('start-2', `提醒小王${live.month}月${live.day}号直播带岗前交素材`);
    expect(zh.text).toContain(`日期：${iso(live)}\n`);
    expect(zh.text).not.toMatch(/倒推/);
  }, 60_000);

  it('a teammate mentioned as a user owns the case; the asker may still close it, a third person may not', async () => {
    const mentions = [{ userId: 'U0BEA', text: '@bea' }];
    const ask = await proposal('asker-1', 'remind @bea to fix P3310 by Friday', { mentions });
    expect(ask.text).toMatch(/Assignee: @bea \(linked to user U0BEA: the case is theirs and the reminders go to them/);
    expect(ask.card?.actions?.[0]?.value).toBe(`track rectification P3310 ${iso(friday.minus({ days: 14 }))} assignee:@bea owner:U0BEA`);
    await say('asker-1', 'yes');
    const c = (await cases()).find((x) => x.subject === 'P3310')!;
    expect(c.owner).toBe('U0BEA');
    expect(c.target.userId).toBe('U0BEA');
    const [refused] = await say('someone-else', `done C${c.shortId}`);
    expect(refused!.text).toMatch(/belongs to U0BEA/);
    const [closed] = await say('asker-1', `done C${c.shortId}`);
    expect(closed!.text).toMatch(/is done/);
  }, 60_000);

  it('a teammate named only is no user: the case is the asker\'s and the proposal says so', async () => {
    const ask = await proposal('asker-2', 'remind Bea to fix P3311 by Friday', { mentions: [{ userId: 'U0OTHER', text: '@otto' }] });
    expect(ask.text).toMatch(/Assignee: Bea \(named in the reminder text; Bea is not linked to a Haili user, so the reminders come to you/);
    expect(ask.card?.actions?.[0]?.value).not.toMatch(/owner:/);
  }, 60_000);
});

describe('mentions as the platforms give them', () => {
  it('Slack: <@U…> and <@U…|name> are the users mentioned, the bot left out', () => {
    expect(slackMentions('<@UBOT> remind <@U0ANA> and <@W0LEO|leo> by Friday', 'UBOT')).toEqual([{ userId: 'U0ANA', text: '@U0ANA' }, { userId: 'W0LEO', text: '@leo' }]);
  });
  it('DingTalk: atUsers with a staff id, the robot left out', () => {
    const push = parseRobotPush(JSON.stringify({ msgId: 'm1', conversationId: 'cid1', senderStaffId: 's1', chatbotUserId: '$bot', text: { content: '提醒 @小王 周五前整改' }, atUsers: [{ dingtalkId: '$bot' }, { dingtalkId: '$wang', staffId: 'staff-wang' }] }), new Date());
    expect(push.ok && push.value.message.mentions).toEqual([{ userId: 'staff-wang' }]);
  });
  it('a name is tied to a mention written as it, or to the only mention when the platform gives no words', () => {
    expect(mentionedUser('@ana', [{ userId: 'U1', text: '@Ana' }, { userId: 'U2', text: '@leo' }])).toBe('U1');
    expect(mentionedUser('@小王', [{ userId: 'staff-wang' }])).toBe('staff-wang');
    expect(mentionedUser('@小王', [{ userId: 'a' }, { userId: 'b' }])).toBeUndefined();
    expect(mentionedUser('小王', [{ userId: 'staff-wang' }])).toBeUndefined();
    expect(mentionedUser('@ana', undefined)).toBeUndefined();
  });
  it('the track command carries the owner', () => {
    expect(parseReminderCommand('track rectification P1 2026-12-01 assignee:@ana owner:U0ANA')).toMatchObject({ kind: 'track', subject: 'P1', note: 'assignee:@ana', owner: 'U0ANA' });
  });
});

describe('on Slack and DingTalk (loopback fakes)', () => {
  const SECRET = 'due-and-owner-e2e-secret-7d1f';
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

  it('Slack: "remind <@U…> to fix … by Friday" is proposed for that member, due Friday; "yes" makes the case theirs', async () => {
    const before = slack.callsTo('chat.postMessage').length;
    await postEvent(`${haili.url}/slack/events`, eventEnvelope({ type: 'message', channel_type: 'im', channel: 'D9DUE', user: 'U9ASK', ts: '1700009100.000100', text: 'remind <@U0ANA1> to fix P3320 by Friday' }), sign);
    const posts = await slack.waitFor('chat.postMessage', before + 1, 20_000);
    const body = JSON.stringify(posts.slice(before)[0]!.args);
    expect(body).toContain('linked to user U0ANA1');
    expect(body).toContain(`Deadline: ${iso(friday)}`);
    expect(body).toContain(`track rectification P3320 ${iso(friday.minus({ days: 14 }))} assignee:@U0ANA1 owner:U0ANA1`);
    await postEvent(`${haili.url}/slack/events`, eventEnvelope({ type: 'message', channel_type: 'im', channel: 'D9DUE', user: 'U9ASK', ts: '1700009101.000100', text: 'yes' }), sign);
    await slack.waitFor('chat.postMessage', before + 2, 20_000);
    const c = (await haili.reminders.listCases({ platform: 'slack' })).find((x) => x.subject === 'P3320')!;
    expect(c.owner).toBe('U0ANA1');
    expect(c.deadline.slice(0, 10)).toBe(iso(friday));
  }, 60_000);

  it('DingTalk: "提醒 @小王 周五前…" with 小王 in atUsers is proposed for that staff id; the confirm link makes the case theirs', async () => {
    const hooksFor = (session: string) => ding.callsTo('/robot/sendBySession').filter((c) => c.query.get('session') === session);
    ding.pushRobotText({ text: '提醒 @小王 周五前把P3321整改完', session: 'DO1', conversationId: 'cidDO', staffId: 'staff-ask', direct: false, overrides: { atUsers: [{ dingtalkId: '$:LWCP_v1:$bot' }, { dingtalkId: '$:LWCP_v1:$wang', staffId: 'staff-wang' }] } });
    const hook = await ding.waitFor(() => hooksFor('DO1')[0], 'proposal', 45_000);
    const canonical = `track rectification P3321 ${iso(friday.minus({ days: 14 }))} 负责人:@小王 owner:staff-wang`;
    expect(JSON.stringify(hook.body)).toContain('已关联到用户 staff-wang');
    // in a group the command to send is shown (a 1:1 chat gets a link instead)
    expect(JSON.stringify(hook.body)).toContain(`confirm ${canonical}`);
    ding.pushRobotText({ text: `confirm ${canonical}`, session: 'DO2', conversationId: 'cidDO', staffId: 'staff-ask', direct: false });
    await ding.waitFor(() => hooksFor('DO2')[0], 'created', 45_000);
    const c = (await haili.reminders.listCases({ platform: 'dingtalk' })).find((x) => x.subject === 'P3321')!;
    expect(c.owner).toBe('staff-wang');
    expect(c.deadline.slice(0, 10)).toBe(iso(friday));
  }, 60_000);
});
