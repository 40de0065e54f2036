/**
 * Slack cards stay true, through a real Haili and the real Bolt adapter against the loopback fake: Done by the owner
 * turns the clicked card into the Done card (chat.update) with Undo, Undo turns it back into the live case card;
 * someone else's click is refused privately and leaves the card alone; Show source and Check again answer in the
 * thread without replacing the card; the rewrite is its own preformatted block.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHaili, type RunningHaili } from '../src/app.js';
import { loadConfig } from '../src/config/index.js';
import { eventEnvelope, FakeSlack, postEvent, postInteraction, type SignedPostOptions } from './fakes/fake-slack.js';

const SECRET = 'cards-signing-secret-77';
const sign: SignedPostOptions = { secret: SECRET };
let fake: FakeSlack;
let haili: RunningHaili;
let dataDir: string;
let eventsUrl: string;
let seq = 0;

beforeAll(async () => {
  fake = await new FakeSlack().start();
  dataDir = await mkdtemp(join(tmpdir(), 'haili-slack-cards-'));
  const config = loadConfig({ HAILI_PORT: '0', HAILI_DATA_DIR: dataDir, SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl, HAILI_LOG_LEVEL: 'silent' });
  haili = await startHaili({ config, startEngine: false });
  eventsUrl = `${haili.url}/slack/events`;
}, 180_000);

afterAll(async () => {
  await haili?.stop();
  await fake?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** Says something in #sales as `user` and returns Haili's card post. */
async function say(user: string, text: string) {
  const before = fake.callsTo('chat.postMessage').length;
  const ts = `17000020${String(++seq).padStart(2, '0')}.000100`;
  await postEvent(eventsUrl, eventEnvelope({ type: 'app_mention', user, channel: 'C1SALES', ts, text: `<@${fake.botUserId}> ${text}` }), sign);
  const posts = await fake.waitFor('chat.postMessage', before + 1, 20_000);
  return { post: posts.at(-1)!, threadTs: ts };
}

function buttons(blocks: any[]): { action_id: string; value: string; label: string }[] {
  return blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements.map((e: any) => ({ action_id: e.action_id, value: e.value, label: e.text.text })));
}

/** A click on a button of the card Haili posted at `messageTs`. */
function click(user: string, button: { action_id: string; value: string }, messageTs: string, threadTs: string) {
  return postInteraction(
    eventsUrl,
    {
      type: 'block_actions',
      trigger_id: `trig-${++seq}`,
      api_app_id: 'AHAILI',
      team: { id: fake.teamId, domain: 'haili' },
      user: { id: user, username: user, team_id: fake.teamId },
      channel: { id: 'C1SALES', name: 'sales' },
      container: { type: 'message', message_ts: messageTs, channel_id: 'C1SALES', is_ephemeral: false },
      message: { type: 'message', ts: messageTs, thread_ts: threadTs, text: 'card' },
      actions: [{ type: 'button', action_id: button.action_id, block_id: 'b', value: button.value, action_ts: `${Date.now() / 1000}` }],
    },
    sign,
  );
}

describe('Slack cards follow the case and its owner', () => {
  let cardTs = '';
  let threadTs = '';
  let done: { action_id: string; value: string };

  it('a card of Ana’s case: Bob’s Done click is refused privately and the card is left alone', async () => {
    const { post, threadTs: t } = await say('U1ANA', 'track rectification P777 flagged 2026-11-25');
    threadTs = t;
    // The fake does not keep post results; any ts stands for "the message Haili posted", which chat.update targets.
    cardTs = '1700002999.000100';
    done = buttons(post.args.blocks as any[]).find((b) => b.action_id === 'haili_done')!;
    expect(done).toBeTruthy();

    const updates = fake.callsTo('chat.update').length;
    const ephemerals = fake.callsTo('chat.postEphemeral').length;
    await click('U2BOB', done, cardTs, threadTs);
    const [refusal] = (await fake.waitFor('chat.postEphemeral', ephemerals + 1, 20_000)).slice(-1);
    expect(refusal!.args).toMatchObject({ channel: 'C1SALES', user: 'U2BOB' });
    // Bob has never written in English, so he is answered in Chinese.
    expect(refusal!.args.text).toMatch(/抱歉，C\d+ P777 属于 U1ANA/);
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.callsTo('chat.update').length).toBe(updates);
    expect((await haili.reminders.listCases({ status: 'open' })).some((c) => c.subject === 'P777')).toBe(true);
  });

  it('Ana’s Done replaces the card with the Done card and its Undo; Undo brings the live card back', async () => {
    const updates = fake.callsTo('chat.update').length;
    await click('U1ANA', done, cardTs, threadTs);
    const doneUpdate = (await fake.waitFor('chat.update', updates + 1, 20_000)).at(-1)!;
    expect(doneUpdate.args).toMatchObject({ channel: 'C1SALES', ts: cardTs });
    expect(doneUpdate.args.text).toMatch(/P777 is done; reminders stopped/);
    const doneButtons = buttons(doneUpdate.args.blocks as any[]);
    expect(doneButtons.map((b) => b.label)).toEqual(['Undo']);

    await click('U1ANA', doneButtons[0]!, cardTs, threadTs);
    const undoUpdate = (await fake.waitFor('chat.update', updates + 2, 20_000)).at(-1)!;
    expect(undoUpdate.args.ts).toBe(cardTs);
    expect(undoUpdate.args.text).toMatch(/Undone: C\d+ P777 is open again/);
    expect(buttons(undoUpdate.args.blocks as any[]).map((b) => b.action_id)).toEqual(['haili_done', 'haili_snooze', 'haili_details']);
    expect((await haili.reminders.listCases({ status: 'open' })).some((c) => c.subject === 'P777')).toBe(true);

    // A click on a card that went stale meanwhile is answered with the truth, not an error.
    await haili.reminders.markDone((await haili.reminders.listCases({ status: 'open' })).find((c) => c.subject === 'P777')!.id, { platform: 'slack', workspaceId: fake.teamId });
    await click('U1ANA', done, cardTs, threadTs);
    const stale = (await fake.waitFor('chat.update', updates + 3, 20_000)).at(-1)!;
    expect(stale.args.text).toMatch(/already done; nothing more to do/);
    expect(buttons(stale.args.blocks as any[])).toEqual([]);
  });

  it('Show source on an answer posts the passage in the thread and keeps the answer card', async () => {
    const { post, threadTs: t } = await say('U1ANA', '对公提现手续费多少');
    const source = buttons(post.args.blocks as any[]).find((b) => b.value.startsWith('source '))!;
    expect(source.label).toBe('查看原文');
    const updates = fake.callsTo('chat.update').length;
    const posts = fake.callsTo('chat.postMessage').length;
    await click('U1ANA', source, '1700003999.000100', t);
    const passage = (await fake.waitFor('chat.postMessage', posts + 1, 20_000)).at(-1)!;
    expect(passage.args.thread_ts).toBe(t);
    expect(passage.args.text).toContain('收费：0.125%');
    expect(fake.callsTo('chat.update').length).toBe(updates);
  });

  it('a leak card carries the rewrite as its own preformatted block and a Check again button that checks it in the thread', async () => {
    const { post, threadTs: t } = await say('U1ANA', 'Please add my WhatsApp +86 186 1234 5678 for the price list');
    const blocks = post.args.blocks as any[];
    const pre = blocks.find((b) => b.type === 'rich_text' && b.elements[0].type === 'rich_text_preformatted');
    expect(pre.elements[0].elements[0].text).not.toMatch(/186|WhatsApp/);
    expect(JSON.stringify(blocks)).toContain('1st time: a warning');
    const again = buttons(blocks).find((b) => b.label === 'Check again')!;
    const posts = fake.callsTo('chat.postMessage').length;
    await click('U1ANA', again, '1700003999.000100', t);
    const recheck = (await fake.waitFor('chat.postMessage', posts + 1, 20_000)).at(-1)!;
    expect(recheck.args.text).toMatch(/OK to send/);
  });
});
