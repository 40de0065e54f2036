import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHaili, type RunningHaili } from '../src/app.js';
import { loadConfig } from '../src/config/index.js';
import { createLogger } from '../src/core/log.js';
import { eventEnvelope, FakeSlack, postCommand, postEvent, type SignedPostOptions } from './fakes/fake-slack.js';

/** The whole product behind Slack: real config, database, router, checker and FAQ; only Slack is faked. */
const SECRET = 'e2e-signing-secret-31c9';
const sign: SignedPostOptions = { secret: SECRET };

let fake: FakeSlack;
let haili: RunningHaili;
let dataDir: string;
let eventsUrl: string;
const logs: string[] = [];

beforeAll(async () => {
  fake = await new FakeSlack().start();
  dataDir = await mkdtemp(join(tmpdir(), 'haili-slack-e2e-'));
  const config = loadConfig({
    HAILI_PORT: '0',
    HAILI_DATA_DIR: dataDir,
    SLACK_BOT_TOKEN: 'xoxb-test',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: fake.apiUrl,
    HAILI_LOG_LEVEL: 'info',
  });
  haili = await startHaili({ config, startEngine: false, log: createLogger('info', (l) => logs.push(l)) });
  eventsUrl = `${haili.url}/slack/events`;
}, 180_000);

afterAll(async () => {
  await haili?.stop();
  await fake?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

function mention(text: string, ts: string) {
  return { type: 'app_mention', user: 'U1REP', channel: 'C1SALES', ts, text: `<@${fake.botUserId}> ${text}` };
}

describe('Haili on Slack, end to end', () => {
  it('answers a policy question in the thread, citing the briefing', async () => {
    const res = await postEvent(eventsUrl, eventEnvelope(mention('待整改产品多久要改完？', '1700001000.000100')), sign);
    expect(res.status).toBe(200);
    const [post] = await fake.waitFor('chat.postMessage', 1, 20_000);
    expect(post.args.channel).toBe('C1SALES');
    expect(post.args.thread_ts).toBe('1700001000.000100');
    expect(post.args.text).toMatch(/来源|Source/);
    // The briefing's 14-day rectification period, not a guess.
    expect(post.args.text).toContain('14');
    const blocks = post.args.blocks as any[];
    expect(blocks[0].type).toBe('header');
  });

  it('blocks a leaky draft and shows the rewrite, with the phone number highlighted', async () => {
    const before = fake.callsTo('chat.postMessage').length;
    const draft = 'Please add my WhatsApp +86 186 1234 5678';
    await postEvent(eventsUrl, eventEnvelope({ type: 'message', channel_type: 'im', channel: 'D1REP', user: 'U1REP', ts: '1700001001.000100', text: draft }), sign);
    const posts = await fake.waitFor('chat.postMessage', before + 1, 20_000);
    const post = posts.at(-1)!;
    expect(post.args.channel).toBe('D1REP');
    const blocks = post.args.blocks as any[];
    expect(blocks[0].type).toBe('header');
    const quote = blocks.find((b) => b.type === 'rich_text')?.elements[0];
    const struck = quote.elements.filter((e: any) => e.style?.strike).map((e: any) => e.text).join(' ');
    expect(struck).toContain('186');
    const everything = JSON.stringify(blocks);
    expect(everything).toMatch(/rewrite|改写|Alibaba\.com/i);
    // Never the raw draft in Haili's logs.
    expect(logs.join('\n')).not.toContain('186 1234 5678');
  });

  it('handles a delivery Slack retries (same event_id) once, claimed in the database', async () => {
    const envelope = eventEnvelope(mention('help', '1700001002.000100'));
    const before = fake.callsTo('chat.postMessage').length;
    await postEvent(eventsUrl, envelope, sign);
    await postEvent(eventsUrl, envelope, { ...sign, headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    await fake.waitFor('chat.postMessage', before + 1, 20_000);
    await new Promise((r) => setTimeout(r, 800));
    expect(fake.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === '1700001002.000100')).toHaveLength(1);
  });

  it('/haili tasks answers ephemerally', async () => {
    const before = fake.callsTo('response_url').length;
    const res = await postCommand(
      eventsUrl,
      { command: '/haili', text: 'tasks', team_id: 'T0HAILI', channel_id: 'D1REP', channel_name: 'directmessage', user_id: 'U1REP', user_name: 'rep', trigger_id: 'e2e-trig-1', response_url: fake.responseUrl('e2e1') },
      sign,
    );
    expect(res.status).toBe(200);
    const calls = await fake.waitFor('response_url', before + 1, 20_000);
    expect(calls.at(-1)!.args.response_type).toBe('ephemeral');
    expect(calls.at(-1)!.args.text.length).toBeGreaterThan(0);
  });

  it('reports Slack as healthy on /healthz', async () => {
    const res = await fetch(`${haili.url}/healthz`);
    const body = (await res.json()) as { adapters: Record<string, boolean> };
    expect(body.adapters.slack).toBe(true);
  });
});
