import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageHandler } from '../src/platform/adapter.js';
import type { IncomingAction, IncomingMessage, Reply } from '../src/core/types.js';
import { postCommand, postEvent, eventEnvelope, postInteraction, startSlackHarness, type SlackHarness } from './fakes/fake-slack.js';

const messages: IncomingMessage[] = [];
const actions: IncomingAction[] = [];
const homes: { workspaceId: string; userId: string }[] = [];

const draft = 'Please add my WhatsApp +86 186 1234 5678';
const phoneStart = draft.indexOf('+86');

/** Answers every message with a leak card carrying Done/Snooze/Details buttons for case C7. */
const cardHandler: MessageHandler = {
  async onMessage(msg) {
    messages.push(msg);
    const reply: Reply = {
      lang: 'en',
      kind: 'check',
      text: 'Blocked: this draft shares a phone number. Suggested rewrite: Let us continue on Alibaba.com chat.',
      card: {
        title: 'Do not send: contact details',
        tone: 'danger',
        quoted: { text: draft, highlights: [{ start: phoneStart, end: draft.length, label: 'phone' }] },
        body: 'Sharing a phone number with a buyer moves the deal off-platform.',
        fields: [
          { label: 'Rule', value: '§2.1 off-platform contact' },
          { label: 'Rewrite', value: 'Let us continue on Alibaba.com chat.' },
        ],
        actions: [
          { id: 'done', label: 'Done', value: 'C7' },
          { id: 'snooze', label: 'Snooze', value: 'C7' },
          { id: 'details', label: 'Details', value: 'C7' },
        ],
        footer: 'Source: merchant briefing 2022-04',
      },
    };
    return [reply];
  },
  async onAction(action) {
    actions.push(action);
    return [
      { lang: 'en', kind: 'command', text: `Case ${action.value}: ${action.action} recorded.` },
      { lang: 'en', kind: 'command', text: 'Next deadline: none.' },
    ];
  },
  async openDeadlines(user) {
    homes.push(user);
    return {
      lang: 'en',
      kind: 'reminder',
      text: 'You have 1 open deadline.',
      card: { title: 'Your deadlines', tone: 'warning', fields: [{ label: 'P123 rectification', value: 'due 2022-05-05' }], actions: [{ id: 'done', label: 'Done', value: 'C7' }] },
    };
  },
};

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness(cardHandler, { outbox: { minIntervalMs: 0 } });
});
afterAll(async () => {
  await h.stop();
});

function blockAction(actionId: string, extra: Record<string, unknown> = {}) {
  return {
    type: 'block_actions',
    trigger_id: `trig-${Math.random().toString(36).slice(2)}`,
    api_app_id: 'AHAILI',
    team: { id: 'T0HAILI', domain: 'haili' },
    user: { id: 'U1REP', username: 'rep', team_id: 'T0HAILI' },
    channel: { id: 'C1SALES', name: 'sales' },
    container: { type: 'message', message_ts: '1700000100.000100', channel_id: 'C1SALES', is_ephemeral: false },
    message: { type: 'message', ts: '1700000100.000100', thread_ts: '1700000099.000001', text: 'card' },
    response_url: h.fake.responseUrl('act'),
    actions: [{ type: 'button', action_id: actionId, block_id: 'b', value: 'C7', action_ts: '1700000101.1' }],
    ...extra,
  };
}

describe('Slack commands, shortcut, buttons and Home tab', () => {
  it('renders a card as Block Kit: verdict header, highlighted draft, fields with the rewrite, three buttons', async () => {
    await postEvent(h.eventsUrl, eventEnvelope({ type: 'app_mention', user: 'U1REP', channel: 'C1SALES', ts: '1700000050.1', text: `<@${h.fake.botUserId}> check ${draft}` }), h.sign);
    const [post] = await h.fake.waitFor('chat.postMessage', 1);
    const blocks = post.args.blocks as any[];
    expect(post.args.text).toContain('Blocked');
    expect(blocks[0]).toMatchObject({ type: 'header', text: { type: 'plain_text' } });
    expect(blocks[0].text.text).toContain('🚫');
    const quote = blocks.find((b) => b.type === 'rich_text').elements[0];
    expect(quote.type).toBe('rich_text_quote');
    const struck = quote.elements.filter((e: any) => e.style?.strike);
    expect(struck.map((e: any) => e.text)).toEqual(['+86 186 1234 5678']);
    expect(quote.elements.map((e: any) => e.text).join('')).toBe(draft);
    const fields = blocks.find((b) => b.type === 'section' && b.fields).fields.map((f: any) => f.text);
    expect(fields).toContain('*Rewrite*\nLet us continue on Alibaba.com chat.');
    const buttons = blocks.find((b) => b.type === 'actions').elements;
    expect(buttons.map((b: any) => [b.action_id, b.value])).toEqual([
      ['haili_done', 'C7'],
      ['haili_snooze', 'C7'],
      ['haili_details', 'C7'],
    ]);
  });

  it('/haili check … passes the text after /haili and answers ephemerally through response_url', async () => {
    const res = await postCommand(
      h.eventsUrl,
      {
        command: '/haili',
        text: `check ${draft}`,
        team_id: 'T0HAILI',
        channel_id: 'C1SALES',
        channel_name: 'sales',
        user_id: 'U1REP',
        user_name: 'rep',
        trigger_id: 'trig-cmd-1',
        response_url: h.fake.responseUrl('cmd1'),
        api_app_id: 'AHAILI',
        token: 'x',
        team_domain: 'haili',
      },
      h.sign,
    );
    expect(res.status).toBe(200);
    const [resp] = await h.fake.waitFor('response_url', 1);
    expect(resp.args.response_type).toBe('ephemeral');
    expect(resp.args.blocks[0].type).toBe('header');
    const msg = messages.at(-1)!;
    expect(msg.text).toBe(`check ${draft}`);
    expect(msg).toMatchObject({ conversationId: 'C1SALES', userId: 'U1REP', userName: 'rep', isDirect: false, workspaceId: 'T0HAILI' });
    expect(msg.forceCheck).toBeUndefined();
  });

  it('the "Check with Haili" message shortcut checks any message (forceCheck) and replies ephemerally', async () => {
    const before = h.fake.callsTo('response_url').length;
    const res = await postInteraction(
      h.eventsUrl,
      {
        type: 'message_action',
        callback_id: 'check_with_haili',
        trigger_id: 'trig-sc-1',
        action_ts: '1700000200.1',
        message_ts: '1700000199.5',
        response_url: h.fake.responseUrl('sc1'),
        team: { id: 'T0HAILI', domain: 'haili' },
        user: { id: 'U2REP', name: 'rep2', username: 'rep2', team_id: 'T0HAILI' },
        channel: { id: 'C1SALES', name: 'sales' },
        message: { type: 'message', user: 'U9', ts: '1700000199.5', text: 'Thanks! My email is <mailto:amy@shop.cn|amy@shop.cn>' },
        token: 'x',
      },
      h.sign,
    );
    expect(res.status).toBe(200);
    await h.fake.waitFor('response_url', before + 1);
    const msg = messages.at(-1)!;
    expect(msg.forceCheck).toBe(true);
    expect(msg.text).toBe('Thanks! My email is amy@shop.cn');
    expect(msg.threadId).toBe('1700000199.5');
    expect(h.fake.callsTo('response_url').at(-1)!.args.response_type).toBe('ephemeral');
  });

  it('a Done click reaches onAction, updates the clicked card, and posts further replies in its thread', async () => {
    const updatesBefore = h.fake.callsTo('chat.update').length;
    const postsBefore = h.fake.callsTo('chat.postMessage').length;
    const res = await postInteraction(h.eventsUrl, blockAction('haili_done'), h.sign);
    expect(res.status).toBe(200);
    const updates = await h.fake.waitFor('chat.update', updatesBefore + 1);
    expect(actions.at(-1)).toMatchObject({ platform: 'slack', action: 'done', value: 'C7', userId: 'U1REP', conversationId: 'C1SALES', workspaceId: 'T0HAILI' });
    expect(updates.at(-1)!.args).toMatchObject({ channel: 'C1SALES', ts: '1700000100.000100', text: 'Case C7: done recorded.' });
    const posts = await h.fake.waitFor('chat.postMessage', postsBefore + 1);
    expect(posts.at(-1)!.args).toMatchObject({ channel: 'C1SALES', thread_ts: '1700000099.000001', text: 'Next deadline: none.' });
  });

  it('a click on an ephemeral card replaces it through response_url', async () => {
    const before = h.fake.callsTo('response_url').length;
    await postInteraction(
      h.eventsUrl,
      blockAction('haili_snooze', { container: { type: 'message', message_ts: '1700000300.1', channel_id: 'C1SALES', is_ephemeral: true } }),
      h.sign,
    );
    const calls = await h.fake.waitFor('response_url', before + 2);
    expect(actions.at(-1)!.action).toBe('snooze');
    expect(calls[before].args).toMatchObject({ replace_original: true, text: 'Case C7: snooze recorded.' });
    expect(calls[before + 1].args).toMatchObject({ response_type: 'ephemeral', replace_original: false });
  });

  it('the same click delivered twice is handled once; buttons that are not Haili\'s are ignored', async () => {
    const before = actions.length;
    const click = blockAction('haili_details');
    await postInteraction(h.eventsUrl, click, h.sign);
    await postInteraction(h.eventsUrl, click, h.sign);
    await postInteraction(h.eventsUrl, blockAction('haili_explode'), h.sign);
    await new Promise((r) => setTimeout(r, 500));
    expect(actions.length).toBe(before + 1);
    expect(actions.at(-1)!.action).toBe('details');
  });

  it('opening the App Home tab publishes the open deadlines', async () => {
    await postEvent(h.eventsUrl, eventEnvelope({ type: 'app_home_opened', user: 'U1REP', channel: 'D1REP', tab: 'home', event_ts: '1700000400.1' }), h.sign);
    const [pub] = await h.fake.waitFor('views.publish', 1);
    expect(homes.at(-1)).toMatchObject({ platform: 'slack', workspaceId: 'T0HAILI', userId: 'U1REP' });
    expect(pub.args.user_id).toBe('U1REP');
    expect(pub.args.view.type).toBe('home');
    expect(pub.args.view.blocks[0].text.text).toContain('Your deadlines');
    // The Messages tab is not the Home tab.
    await postEvent(h.eventsUrl, eventEnvelope({ type: 'app_home_opened', user: 'U1REP', channel: 'D1REP', tab: 'messages', event_ts: '1700000401.1' }), h.sign);
    await new Promise((r) => setTimeout(r, 300));
    expect(h.fake.callsTo('views.publish')).toHaveLength(1);
  });
});
