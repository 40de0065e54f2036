import { sanitizeText } from '../../core/sanitize.js';
import { createHash } from 'node:crypto';
import { ACTION_IDS, type ActionId, type IncomingAction, type IncomingMessage } from '../../core/types.js';
import { ACTION_PREFIX } from './blocks.js';
import { slackMentions, slackToPlainText } from './text.js';

/** The fields of Slack message events Haili reads (app_mention and message.im). */
export interface SlackMessageEvent {
  type: string;
  subtype?: string;
  channel: string;
  channel_type?: string;
  user?: string;
  bot_id?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
}

export interface BlockActionBody {
  type: 'block_actions';
  trigger_id?: string;
  team?: { id: string } | null;
  user: { id: string; team_id?: string };
  channel?: { id: string };
  container?: { type?: string; message_ts?: string; channel_id?: string; is_ephemeral?: boolean; thread_ts?: string };
  message?: { ts: string; thread_ts?: string };
  actions: { action_id: string; value?: string; action_ts?: string }[];
  response_url?: string;
}

const ACTIONS: readonly ActionId[] = ACTION_IDS;

/**
 * The id under which an incoming payload is claimed across replicas. Events carry event_id
 * (the same on Slack's retries); commands, shortcuts and clicks carry a one-time trigger_id.
 */
export function claimIdOf(body: Record<string, unknown>): string {
  if (typeof body.event_id === 'string') return body.event_id;
  const kind = typeof body.type === 'string' ? body.type : typeof body.command === 'string' ? 'command' : 'payload';
  if (typeof body.trigger_id === 'string') return `${kind}:${body.trigger_id}`;
  return `${kind}:${createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 32)}`;
}

/** A DM or a channel @mention as Haili's IncomingMessage; channel mentions are answered in their thread. */
export function messageFromEvent(
  e: SlackMessageEvent,
  ids: { eventId: string; teamId: string; botUserId?: string },
): IncomingMessage {
  const isDirect = e.channel_type === 'im' || e.channel.startsWith('D');
  const mentions = slackMentions(e.text ?? '', ids.botUserId);
  return {
    id: ids.eventId,
    platform: 'slack',
    workspaceId: ids.teamId,
    conversationId: e.channel,
    threadId: isDirect ? e.thread_ts : (e.thread_ts ?? e.ts),
    userId: e.user ?? 'unknown',
    text: sanitizeText(slackToPlainText(e.text ?? '', ids.botUserId)),
    ...(mentions.length ? { mentions } : {}),
    isDirect,
    receivedAt: new Date(),
  };
}

/** A Done/Snooze/Details click; null for buttons that are not Haili's. */
export function actionFromBody(body: BlockActionBody, claimId: string): IncomingAction | null {
  const clicked = body.actions?.[0];
  if (!clicked || !clicked.action_id.startsWith(ACTION_PREFIX)) return null;
  const action = clicked.action_id.slice(ACTION_PREFIX.length) as ActionId;
  if (!ACTIONS.includes(action) || !clicked.value) return null;
  return {
    id: claimId,
    platform: 'slack',
    workspaceId: body.team?.id ?? body.user.team_id ?? 'unknown',
    conversationId: body.channel?.id ?? body.container?.channel_id ?? '',
    threadId: body.message?.thread_ts ?? body.container?.thread_ts ?? body.message?.ts,
    userId: body.user.id,
    action,
    value: clicked.value,
  };
}
