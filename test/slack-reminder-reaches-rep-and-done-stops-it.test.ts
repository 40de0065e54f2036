import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHaili, type RunningHaili } from '../src/app.js';
import { loadConfig } from '../src/config/index.js';
import { silentLogger } from '../src/core/log.js';
import { eventEnvelope, FakeSlack, postEvent, postInteraction, type SignedPostOptions } from './fakes/fake-slack.js';
import { tempDir } from './helpers/haili.js';

/** A reminder's whole life on Slack: tracked in a DM, nudged on time (through a 429), Done stops it. */
const SECRET = 'reminder-e2e-secret';
const sign: SignedPostOptions = { secret: SECRET };

let fake: FakeSlack;
let haili: RunningHaili;
let now = new Date('2022-04-28T11:00:00+08:00');

beforeAll(async () => {
  fake = await new FakeSlack().start();
  const config = loadConfig({
    HAILI_PORT: '0',
    HAILI_DATA_DIR: tempDir(),
    SLACK_BOT_TOKEN: 'xoxb-test',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: fake.apiUrl,
    HAILI_LOG_LEVEL: 'silent',
  });
  haili = await startHaili({ config, log: silentLogger, clock: () => now, startEngine: false });
}, 90_000);

afterAll(async () => {
  await haili?.stop();
  await fake?.stop();
});

describe('a Slack reminder', () => {
  it('reaches the rep who tracked it, retries a 429 after its delay, and stops after Done', async () => {
    const url = `${haili.url}/slack/events`;
    await postEvent(url, eventEnvelope({ type: 'message', channel_type: 'im', channel: 'D9REP', user: 'U9REP', ts: '1651114800.000100', text: 'track rectification P777 flagged 2022-04-28' }), sign);
    const [confirm] = await fake.waitFor('chat.postMessage', 1, 20_000);
    expect(confirm.args.channel).toBe('D9REP');
    expect(confirm.args.text).toMatch(/2022-05-12/);

    const [view] = await haili.reminders.listCases({ status: 'open' });
    expect(view!.subject).toBe('P777');
    const firstNudge = new Date(view!.nudges.find((n) => new Date(n) > now)!);

    // The platform is busy the first time: Haili must wait out Retry-After, not drop the nudge.
    fake.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    now = new Date(firstNudge.getTime() + 60_000);
    const before = fake.callsTo('chat.postMessage').length;
    const started = Date.now();
    await haili.engine.tick();
    const posts = await fake.waitFor('chat.postMessage', before + 1, 30_000);
    const nudge = posts.at(-1)!;
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(String(nudge.args.text)).toMatch(/P777/);
    expect(fake.calls.some((c) => c.method === 'chat.postMessage' && c.status === 429)).toBe(true);
    const buttons = JSON.stringify(nudge.args.blocks);
    expect(buttons).toContain('haili_done');
    expect(buttons).toContain(view!.id);

    await postInteraction(
      url,
      {
        type: 'block_actions',
        trigger_id: 'trig-done-1',
        api_app_id: 'AHAILI',
        team: { id: fake.teamId, domain: 'haili' },
        user: { id: 'U9REP', username: 'rep', team_id: fake.teamId },
        channel: { id: String(nudge.args.channel), name: 'directmessage' },
        container: { type: 'message', message_ts: '1651200000.000100', channel_id: String(nudge.args.channel), is_ephemeral: false },
        message: { type: 'message', ts: '1651200000.000100', text: 'reminder' },
        response_url: fake.responseUrl('done'),
        actions: [{ type: 'button', action_id: 'haili_done', block_id: 'b', value: view!.id, action_ts: '1651200001.1' }],
      },
      sign,
    );
    for (let i = 0; i < 100 && (await haili.reminders.listCases({ status: 'open' })).length; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await haili.reminders.listCases({ status: 'open' })).toHaveLength(0);

    // Days later, no further nudge for a case that is done.
    const afterDone = fake.callsTo('chat.postMessage').length;
    now = new Date('2022-05-13T10:30:00+08:00');
    await haili.engine.tick();
    await new Promise((r) => setTimeout(r, 500));
    expect(fake.callsTo('chat.postMessage').slice(afterDone).filter((c) => String(c.args.text).includes('P777'))).toHaveLength(0);
  });
});
