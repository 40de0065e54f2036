import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHaili } from '../src/app.js';
import { DateTime } from 'luxon';
import { postJson, startHailiWithChats, type HailiWithChats } from './helpers/haili.js';
import { eventEnvelope, FakeSlack, postEvent, postInteraction, type SignedPostOptions } from './fakes/fake-slack.js';
import { FakeDingTalk } from './fakes/fake-dingtalk.js';

/**
 * Plain messages (no "check" or "ask") take the same path on Slack DMs and mentions, DingTalk 1:1 chats and the
 * console: the learned router picks the job, a leaking text always gets the verdict, a quoted draft gets both
 * answers, a guessed job offers the other, and a reminder asked for in words is created after one "yes".
 * One real Haili (PGlite, router, checker, FAQ, reminders) behind the real SDKs and loopback fakes.
 */
const SECRET = 'routing-e2e-secret-7f1a';
const sign: SignedPostOptions = { secret: SECRET };
const liveDate = DateTime.now().setZone('Asia/Shanghai').plus({ days: 40 });
const liveDateZh = `${liveDate.month}月${liveDate.day}日`;

let haili: RunningHaili;
let slack: FakeSlack;
let ding: FakeDingTalk;
let eventsUrl: string;

let chats: HailiWithChats | undefined;

beforeAll(async () => {
  chats = await startHailiWithChats(SECRET);
  ({ haili, slack, ding } = chats);
  eventsUrl = `${haili.url}/slack/events`;
}, 180_000);

afterAll(async () => {
  await chats?.stop();
});

let tsSeq = 1700002000;
const nextTs = () => `${++tsSeq}.000100`;
async function slackDm(text: string, user = 'U1REP', channel = 'D1REP') {
  const before = slack.callsTo('chat.postMessage').length;
  await postEvent(eventsUrl, eventEnvelope({ type: 'message', channel_type: 'im', channel, user, ts: nextTs(), text }), sign);
  return { before };
}
const postsAfter = (before: number) => slack.callsTo('chat.postMessage').slice(before);
const hookText = (h: { body: any }) => String(h.body.markdown?.text ?? h.body.actionCard?.text ?? '');
const hooksFor = (session: string) => ding.callsTo('/robot/sendBySession').filter((c) => c.query.get('session') === session);

describe('plain messages on Slack', () => {
  it('a leaking draft phrased as a question to the buyer is checked, never only answered (DM)', async () => {
    const { before } = await slackDm('Do you use WhatsApp? Add me +86 186 1234 5678 and I will send the price list');
    await slack.waitFor('chat.postMessage', before + 1, 20_000);
    const first = postsAfter(before)[0]!;
    expect(JSON.stringify(first.args.blocks)).toMatch(/Do not send|请勿发送/);
  });

  it('a question that quotes a draft gets the verdict on the quote and the policy answer (mention)', async () => {
    const before = slack.callsTo('chat.postMessage').length;
    const text = `<@${slack.botUserId}> Our auto-reply says "I am offline now, please add my WeChat haili_sales01 for a fast reply". Is that allowed, and what happens the first time?`;
    await postEvent(eventsUrl, eventEnvelope({ type: 'app_mention', user: 'U1REP', channel: 'C1SALES', ts: nextTs(), text }), sign);
    const posts = await slack.waitFor('chat.postMessage', before + 2, 20_000);
    const mine = posts.slice(before).map((p) => JSON.stringify(p.args.blocks ?? p.args.text));
    expect(mine[0]).toMatch(/Do not send|Check before sending/);
    expect(mine[1]).toMatch(/Policy answer|政策解答/);
  });

  it('a guessed draft offers "It was a question" as a button, and the click answers it', async () => {
    const { before } = await slackDm('Could you confirm the receiver phone number for the DHL waybill?');
    await slack.waitFor('chat.postMessage', before + 1, 20_000);
    const post = postsAfter(before)[0]!;
    const blocks = post.args.blocks as any[];
    expect(JSON.stringify(blocks)).toMatch(/OK to send/);
    const actions = blocks.find((b) => b.type === 'actions');
    const reroute = actions.elements.find((e: any) => e.action_id === 'haili_reroute');
    expect(reroute.value).toBe('ask');
    const seen = () => [...slack.callsTo('chat.postMessage'), ...slack.callsTo('chat.update'), ...slack.callsTo('response_url')];
    const next = seen().length;
    const ts = '1700002999.000100';
    await postInteraction(eventsUrl, {
      type: 'block_actions',
      trigger_id: 'trig-reroute',
      api_app_id: 'AHAILI',
      team: { id: 'T0HAILI', domain: 'haili' },
      user: { id: 'U1REP', username: 'rep', team_id: 'T0HAILI' },
      channel: { id: 'D1REP', name: 'directmessage' },
      container: { type: 'message', message_ts: ts, channel_id: 'D1REP', is_ephemeral: false },
      message: { type: 'message', ts, text: 'card' },
      response_url: slack.responseUrl('reroute'),
      actions: [{ type: 'button', action_id: 'haili_reroute', block_id: 'b', value: 'ask', action_ts: '1700003000.1' }],
    }, sign);
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      if (seen().slice(next).some((c) => /Policy answer|Not covered|政策/.test(JSON.stringify(c.args)))) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the reroute click was not answered as a question');
  });

  it('a reminder asked in words is proposed, then created by a plain "yes"', async () => {
    const { before } = await slackDm(`remind me: live recruiting for P888, our live stream is on ${liveDate.toFormat('LLLL d')}`);
    const canonical = `track live-recruiting P888 ${liveDate.toISODate()}`;
    // The proposal may follow a verdict card (the safety net runs on every plain message).
    const deadline = Date.now() + 20_000;
    while (!postsAfter(before).some((p) => JSON.stringify(p.args).includes(canonical)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(postsAfter(before).some((p) => JSON.stringify(p.args).includes(canonical))).toBe(true);
    const yes = await slackDm('yes');
    await slack.waitFor('chat.postMessage', yes.before + 1, 20_000);
    const cases = await haili.reminders.listCases({ platform: 'slack' });
    expect(cases.map((c) => `${c.kind} ${c.subject} ${c.start}`)).toContain(`live-recruiting P888 ${liveDate.toISODate()}`);
  });
});

describe('plain messages on DingTalk (1:1)', () => {
  it('"Tracking no." is a draft to check, not the track command', async () => {
    ding.pushRobotText({ text: 'Tracking no. 1Z999AA10123456784, the parcel left today, you can check it on the DHL site', session: 'T1', conversationId: 'cidT1' });
    const hook = await ding.waitFor(() => hooksFor('T1')[0], 'check reply', 45_000);
    expect(hookText(hook)).toMatch(/OK to send|可以发送/);
    expect(hookText(hook)).not.toMatch(/unknown kind|无法识别类型/);
  });

  it('"追踪号：…" is a draft to check, not the Chinese track command', async () => {
    ding.pushRobotText({ text: '追踪号：1Z999AA10123456784，包裹今天已经发出，可在DHL官网查询。', session: 'T2', conversationId: 'cidT2' });
    const hook = await ding.waitFor(() => hooksFor('T2')[0], 'check reply', 45_000);
    expect(hookText(hook)).toMatch(/OK to send|可以发送/);
    expect(hookText(hook)).not.toMatch(/unknown kind|无法识别类型|请按格式填写/);
  });

  it('a reminder in Chinese is confirmed with the button link and created', async () => {
    ding.pushRobotText({ text: `帮我记一下：P889 直播带岗 ${liveDateZh}直播，提醒我提前交素材`, session: 'R1', conversationId: 'cidR1', staffId: 'staff-r1' });
    const hook = await ding.waitFor(() => hooksFor('R1')[0], 'proposal', 45_000);
    const body = JSON.stringify(hook.body);
    const canonical = `track live-recruiting P889 ${liveDate.toISODate()}`;
    expect(body).toContain(encodeURIComponent(`confirm ${canonical}`));
    // The button link makes DingTalk send "confirm <command>" as the user's message.
    ding.pushRobotText({ text: `confirm ${canonical}`, session: 'R2', conversationId: 'cidR1', staffId: 'staff-r1' });
    await ding.waitFor(() => hooksFor('R2')[0], 'created', 45_000);
    const cases = await haili.reminders.listCases({ platform: 'dingtalk' });
    const c = cases.find((x) => x.subject === 'P889')!;
    expect(c.kind).toBe('live-recruiting');
    expect(c.deadline.slice(0, 10)).toBe(liveDate.minus({ days: 5 }).toISODate());
  });
});

describe('a to-do stated with its day and hour on DingTalk', () => {
  it('"后天下午三点前…必须交完" with no word of reminding gets the reminder proposal', async () => {
    ding.pushRobotText({ text: '后天下午三点前直播带岗的岗位视频必须交完', session: 'R3', conversationId: 'cidR3', staffId: 'staff-r3' });
    const hook = await ding.waitFor(() => hooksFor('R3')[0], 'proposal', 45_000);
    expect(JSON.stringify(hook.body)).toContain(encodeURIComponent('confirm track live-recruiting'));
  });
});

describe('plain messages in the console', () => {
  const say = async (text: string, conversation = 'route-c1') => (await postJson(`${haili.url}/api/console/messages`, { conversation, user: 'rep-1', text })).json.replies as any[];

  it('a leaking question-shaped draft leads with the verdict card', async () => {
    const replies = await say('客户要联系方式，我就回：加我微信 wx_sales8899 吧，这样可以吗？');
    const kinds = replies.filter((r) => r.direction === 'out').map((r) => r.payload.reply?.kind);
    expect(kinds[0]).toBe('check');
  });

  it('"ask" after a guessed draft answers the same text as a question', async () => {
    const first = await say('Can we offer free samples to a buyer in the green factory programme?', 'route-c2');
    const out = first.filter((r) => r.direction === 'out').map((r) => r.payload.reply);
    const guessed = out[0].kind;
    const other = guessed === 'check' ? '问' : '检查';
    const second = await say(other, 'route-c2');
    const kind = second.filter((r) => r.direction === 'out')[0].payload.reply.kind;
    expect(kind).toBe(guessed === 'check' ? 'answer' : 'check');
  });

  it('"ask" with nothing to re-run says so politely', async () => {
    const replies = await say('ask', 'route-c3');
    expect(replies.filter((r) => r.direction === 'out')[0].payload.text).toMatch(/no recent message|没有可以重新/);
  });
});
