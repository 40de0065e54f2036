import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SHORTCUT_CALLBACK_ID, SLACK_EVENTS_PATH, SLASH_COMMAND } from '../src/platform/slack/index.js';

/** The manifest creates the Slack app; if it drifts from what the adapter listens for, Slack sends nothing Haili handles. */
const manifest = parse(readFileSync(new URL('../slack/manifest.yaml', import.meta.url), 'utf8'));

describe('slack/manifest.yaml', () => {
  it('declares the /haili command and the "Check with Haili" message shortcut the adapter listens for', () => {
    expect(manifest.features.slash_commands.map((c: { command: string }) => c.command)).toEqual([SLASH_COMMAND]);
    expect(manifest.features.shortcuts).toEqual([expect.objectContaining({ type: 'message', callback_id: SHORTCUT_CALLBACK_ID, name: 'Check with Haili' })]);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
  });

  it('sends events, commands and interactivity to the one /slack/events path', () => {
    const urls = [manifest.settings.event_subscriptions.request_url, manifest.settings.interactivity.request_url, manifest.features.slash_commands[0].url];
    for (const url of urls) expect(new URL(url).pathname).toBe(SLACK_EVENTS_PATH);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
  });

  it('subscribes to the events the adapter handles and asks for exactly the scopes they and its Web API calls need', () => {
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual(['app_home_opened', 'app_mention', 'message.im']);
    // Nothing more: a workspace admin approving the app sees no history or profile access Haili never uses.
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(['app_mentions:read', 'chat:write', 'commands', 'im:history', 'im:write']);
    expect(typeof manifest.settings.socket_mode_enabled).toBe('boolean');
  });
});
