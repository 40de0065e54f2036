import { sanitizeText } from '../../core/sanitize.js';
import { z } from 'zod';
import { ACTION_IDS, type ActionId, type IncomingAction, type IncomingMessage } from '../../core/types.js';

/** What Haili needs of a robot message push (TOPIC_ROBOT); anything else in the payload is ignored. */
const robotSchema = z.object({
  msgId: z.string().min(1),
  conversationId: z.string().min(1),
  conversationType: z.string().optional(),
  senderId: z.string().optional(),
  senderStaffId: z.string().optional(),
  senderNick: z.string().optional(),
  chatbotCorpId: z.string().optional(),
  sessionWebhook: z.string().optional(),
  sessionWebhookExpiredTime: z.number().optional(),
  msgtype: z.string().optional(),
  text: z.object({ content: z.string() }).optional(),
  content: z.unknown().optional(),
  chatbotUserId: z.string().optional(),
  /** Who the message @-mentions: DingTalk ids, and staff ids for members of the organisation. */
  atUsers: z.array(z.object({ dingtalkId: z.string().optional(), staffId: z.string().optional() }).passthrough()).optional(),
});

export interface RobotPush {
  message: IncomingMessage;
  /** Where a reply can go without a token while it lasts. */
  webhook?: { url: string; expiresAt: number };
  /** Staff id for the OpenAPI fallback in 1:1 chats (absent for users outside the organisation). */
  staffId?: string;
  msgtype: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: string };

function parseJson(data: string): unknown {
  try {
    return JSON.parse(data);
  } catch {
    return undefined;
  }
}

export function parseRobotPush(data: string, now: Date): ParseResult<RobotPush> {
  const json = parseJson(data);
  if (json === undefined) return { ok: false, reason: 'data is not JSON' };
  const parsed = robotSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: `missing or wrong field: ${parsed.error.issues[0]?.path.join('.') || '(root)'}` };
  const p = parsed.data;
  const userId = p.senderStaffId || p.senderId;
  if (!userId) return { ok: false, reason: 'missing field: senderStaffId/senderId' };
  const msgtype = p.msgtype ?? 'text';
  // The robot is among the mentioned in a group; only members with a staff id can own a case (and get a 1:1 reminder).
  const mentions = (p.atUsers ?? []).filter((u) => u.staffId && u.dingtalkId !== p.chatbotUserId).map((u) => ({ userId: u.staffId! }));
  return {
    ok: true,
    value: {
      message: {
        id: p.msgId,
        platform: 'dingtalk',
        workspaceId: p.chatbotCorpId || 'dingtalk',
        conversationId: p.conversationId,
        isDirect: p.conversationType === '1',
        userId,
        userName: p.senderNick,
        // Pictures, files and the like carry no text; the router answers an empty message politely.
        text: sanitizeText(textOf(msgtype, p)).trim(),
        ...(mentions.length ? { mentions } : {}),
        receivedAt: now,
      },
      webhook: p.sessionWebhook && /^https?:\/\//i.test(p.sessionWebhook)
        ? { url: p.sessionWebhook, expiresAt: p.sessionWebhookExpiredTime ?? 0 }
        : undefined,
      staffId: p.senderStaffId || undefined,
      msgtype,
    },
  };
}

function textOf(msgtype: string, p: z.infer<typeof robotSchema>): string {
  if (msgtype === 'text') return p.text?.content ?? '';
  const content = p.content as { richText?: unknown; recognition?: unknown } | undefined;
  if (msgtype === 'richText' && Array.isArray(content?.richText)) {
    return content.richText.map((part) => (part && typeof part === 'object' && typeof part.text === 'string' ? part.text : '')).join('');
  }
  if (msgtype === 'audio' && typeof content?.recognition === 'string') return content.recognition;
  return '';
}

const ACTIONS: readonly ActionId[] = ACTION_IDS;

const cardSchema = z.object({
  userId: z.string().min(1),
  corpId: z.string().optional(),
  openConversationId: z.string().optional(),
  /** The cardBizId Haili gave the card when it sent it. */
  outTrackId: z.string().optional(),
  value: z.string(),
});

export interface CardClick {
  action: IncomingAction;
  /** Group the card lives in, when DingTalk says so; otherwise replies go to the user 1:1. */
  groupId?: string;
  /** The clicked card, so it can be updated in place. */
  cardBizId?: string;
}

/**
 * TOPIC_CARD callback of an interactive card whose buttons carry params {action, value}
 * (cardPrivateData.params), e.g. a card template with Done/Snooze buttons.
 */
export function parseCardCallback(data: string, messageId: string): ParseResult<CardClick> {
  const json = parseJson(data);
  if (json === undefined) return { ok: false, reason: 'data is not JSON' };
  const parsed = cardSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: `missing or wrong field: ${parsed.error.issues[0]?.path.join('.') || '(root)'}` };
  const c = parsed.data;
  const value = parseJson(c.value) as { cardPrivateData?: { actionIds?: unknown; params?: Record<string, unknown> } } | undefined;
  const priv = value?.cardPrivateData;
  const params = priv?.params ?? {};
  const firstId = Array.isArray(priv?.actionIds) ? priv.actionIds[0] : undefined;
  const action = String(params.action ?? firstId ?? '') as ActionId;
  const caseId = params.value ?? params.caseId;
  if (!ACTIONS.includes(action)) return { ok: false, reason: 'unknown card action' };
  if (typeof caseId !== 'string' || !caseId) return { ok: false, reason: 'card action without a case id' };
  // spaceId may name a 1:1 chat as well as a group, so only an explicit openConversationId means a group.
  const groupId = c.openConversationId;
  return {
    ok: true,
    value: {
      action: {
        id: `card:${messageId}`,
        platform: 'dingtalk',
        workspaceId: c.corpId || 'dingtalk',
        conversationId: groupId || c.userId,
        userId: c.userId,
        action,
        value: caseId,
      },
      groupId: groupId || undefined,
      cardBizId: c.outTrackId || undefined,
    },
  };
}
