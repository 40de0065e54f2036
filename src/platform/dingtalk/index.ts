import { Semaphore } from '../../core/semaphore.js';
import { TOPIC_CARD, TOPIC_ROBOT } from 'dingtalk-stream';
import { DeliveryError, type AdapterDeps, type ChatAdapter, type MessageHandler, type SendResult } from '../adapter.js';
import { Outbox, type OutboxOptions } from '../outbox.js';
import type { Reply, Target } from '../../core/types.js';
import { DEFAULT_API_BASE, DingTalkOpenApi } from './openapi.js';
import { parseCardCallback, parseRobotPush, type RobotPush } from './parse.js';
import { cardParams, renderReply, robotMessage, webhookBody, type DingMessage } from './render.js';
import { randomUUID } from 'node:crypto';
import { DEFAULT_GATEWAY_URL, DEFAULT_TIMING, StreamConnection, type StreamFrame, type StreamTiming } from './stream.js';

export interface DingTalkConfig {
  clientId: string;
  clientSecret: string;
  robotCode?: string;
  apiBase?: string;
  gatewayUrl?: string;
  /** DINGTALK_CARD_TEMPLATE_ID: cards with buttons go out as interactive cards whose clicks work in groups too. */
  cardTemplateId?: string;
}

/** Tuning knobs; production uses the defaults, tests shorten the timers. */
export interface DingTalkAdapterOptions {
  timing?: Partial<StreamTiming>;
  outbox?: Partial<OutboxOptions>;
  httpTimeoutMs?: number;
  /** Messages handled at once; the rest wait (already acked) so a burst cannot swamp the database or LLM. */
  maxConcurrent?: number;
}

/**
 * DingTalk robots may post about 20 messages a minute to one conversation before they are throttled
 * for minutes, so sends to one conversation are spaced by 3 s.
 */
const DEFAULT_OUTBOX: OutboxOptions = { minIntervalMs: 3_000, maxAttempts: 4, baseBackoffMs: 500, maxBackoffMs: 8_000 };
/** A webhook this close to its expiry is not worth trying. */
const WEBHOOK_MARGIN_MS = 10_000;

export function createDingTalkAdapter(cfg: DingTalkConfig, deps: AdapterDeps, opts: DingTalkAdapterOptions = {}): ChatAdapter {
  return new DingTalkAdapter(cfg, deps, opts);
}

export class DingTalkAdapter implements ChatAdapter {
  readonly platform = 'dingtalk' as const;
  readonly api: DingTalkOpenApi;
  private readonly stream: StreamConnection;
  private readonly outbox: Outbox;
  private handler: MessageHandler | null = null;
  private readonly inflight = new Set<Promise<void>>();
  private readonly slots: Semaphore;

  private readonly cardTemplateId: string | undefined;

  constructor(cfg: DingTalkConfig, private readonly deps: AdapterDeps, opts: DingTalkAdapterOptions = {}) {
    this.cardTemplateId = cfg.cardTemplateId;
    this.api = new DingTalkOpenApi({
      apiBase: (cfg.apiBase ?? DEFAULT_API_BASE).replace(/\/+$/, ''),
      clientId: cfg.clientId,
      clientSecret: cfg.clientSecret,
      robotCode: cfg.robotCode ?? cfg.clientId,
      timeoutMs: opts.httpTimeoutMs ?? 10_000,
      tokenMarginMs: 5 * 60_000,
    });
    this.outbox = new Outbox({ ...DEFAULT_OUTBOX, ...opts.outbox });
    this.slots = new Semaphore(opts.maxConcurrent ?? 8);
    this.stream = new StreamConnection({
      clientId: cfg.clientId,
      clientSecret: cfg.clientSecret,
      gatewayUrl: cfg.gatewayUrl ?? DEFAULT_GATEWAY_URL,
      log: deps.log,
      timing: { ...DEFAULT_TIMING, ...opts.timing },
      onCallback: (frame) => this.track(this.slots.run(() => this.dispatch(frame))),
    });
  }

  async start(handler: MessageHandler): Promise<void> {
    this.handler = handler;
    await this.stream.start();
  }

  async stop(): Promise<void> {
    this.stream.stop();
    // Let messages already taken off the socket finish answering, but never hang shutdown on them.
    await Promise.race([Promise.allSettled([...this.inflight]), new Promise((r) => setTimeout(r, 5_000).unref())]);
    this.handler = null;
  }

  healthy(): boolean {
    return this.stream.healthy();
  }

  /** Connections opened so far (tests and diagnostics). */
  get connectionsOpened(): number {
    return this.stream.opened;
  }

  /**
   * Proactive message. The rule is deterministic so every replica, before and after a restart, routes a
   * reminder the same way: a target with a staff id goes to that person 1:1 (oToMessages/batchSend);
   * a target without one, or with a non-staff sender id (`$:LWCP…`, people outside the organisation),
   * goes to the conversation as a group (groupMessages/send).
   */
  async send(target: Target, reply: Reply): Promise<SendResult> {
    const staff = target.userId && !target.userId.startsWith('$:') ? target.userId : undefined;
    if (this.interactive(reply)) return this.sendCard(reply, staff ? { userId: staff, key: target.conversationId } : { groupId: target.conversationId });
    if (staff) return this.sendToUser(target.conversationId, staff, renderReply(reply));
    return this.sendToGroup(target.conversationId, renderReply(reply, { group: true }));
  }

  private track(p: Promise<void>): void {
    this.inflight.add(p);
    void p.finally(() => this.inflight.delete(p));
  }

  private async dispatch(frame: StreamFrame): Promise<void> {
    try {
      if (frame.topic === TOPIC_ROBOT) await this.onRobotPush(frame);
      else if (frame.topic === TOPIC_CARD) await this.onCardClick(frame);
      else this.deps.log.warn('dingtalk_unknown_topic', { topic: frame.topic.slice(0, 100), messageId: frame.messageId });
    } catch (err) {
      this.deps.log.error('dingtalk_dispatch_failed', { topic: frame.topic, messageId: frame.messageId, error: (err as Error).message });
    }
  }

  private async onRobotPush(frame: StreamFrame): Promise<void> {
    const parsed = parseRobotPush(frame.data, new Date());
    if (!parsed.ok) {
      this.deps.log.warn('dingtalk_robot_push_ignored', { messageId: frame.messageId, reason: parsed.reason });
      return;
    }
    const push = parsed.value;
    const msg = push.message;
    const handler = this.handler;
    if (!handler) return;
    if (!(await this.claim(msg.id))) return;
    this.deps.log.info('dingtalk_message', { msgId: msg.id, msgtype: push.msgtype, direct: msg.isDirect, length: msg.text.length });
    const replies = await handler.onMessage(msg);
    for (const reply of replies) await this.answer(push, reply);
  }

  private async onCardClick(frame: StreamFrame): Promise<void> {
    const parsed = parseCardCallback(frame.data, frame.messageId);
    if (!parsed.ok) {
      this.deps.log.warn('dingtalk_card_callback_ignored', { messageId: frame.messageId, reason: parsed.reason });
      return;
    }
    const { action, groupId, cardBizId } = parsed.value;
    const handler = this.handler;
    if (!handler || !(await this.claim(action.id))) return;
    const replies = [...(await handler.onAction(action))];
    // The case's new state (Done, Snooze, Undo) rewrites the clicked card, so its buttons always match the case.
    const first = replies[0];
    if (first && cardBizId && this.cardTemplateId && (first.kind === 'command' || first.kind === 'reminder')) {
      const updated = await this.outbox
        .run(groupId ?? action.userId, () => this.api.updateInteractiveCard(cardBizId, cardParams(first)))
        .then(() => true, (err: Error) => (this.deps.log.warn('dingtalk_card_update_failed', { error: err.message }), false));
      if (updated) replies.shift();
    }
    for (const reply of replies) {
      if (this.interactive(reply)) {
        await this.sendCard(reply, groupId ? { groupId } : { userId: action.userId, key: action.userId }).catch((err: Error) =>
          this.deps.log.error('dingtalk_reply_failed', { via: 'card', error: err.message }),
        );
        continue;
      }
      const m = renderReply(reply, { group: Boolean(groupId) });
      const sent = groupId ? this.sendToGroup(groupId, m) : this.sendToUser(action.userId, action.userId, m);
      await sent.catch((err: Error) => this.deps.log.error('dingtalk_reply_failed', { via: 'openapi', error: err.message }));
    }
  }

  private async claim(eventId: string): Promise<boolean> {
    try {
      const first = await this.deps.claimEvent('dingtalk', eventId);
      if (!first) this.deps.log.info('dingtalk_duplicate_dropped', { eventId });
      return first;
    } catch (err) {
      // Without the claim another replica may answer too; dropping one message beats answering twice.
      this.deps.log.error('dingtalk_claim_failed', { eventId, error: (err as Error).message });
      return false;
    }
  }

  /** With a template configured, a card with buttons is an interactive card (its clicks reach Haili from groups too). */
  private interactive(reply: Reply): boolean {
    return Boolean(this.cardTemplateId && reply.card?.actions?.length);
  }

  private sendCard(reply: Reply, to: { groupId: string } | { userId: string; key: string }): Promise<SendResult> {
    const key = 'groupId' in to ? to.groupId : to.key;
    return this.outbox.run(key, () =>
      this.api.sendInteractiveCard({
        cardTemplateId: this.cardTemplateId!,
        cardBizId: randomUUID(),
        ...('groupId' in to ? { openConversationId: to.groupId } : { userId: to.userId }),
        params: cardParams(reply),
      }),
    );
  }

  /** Session webhook while it lives (no token needed), else the OpenAPI. Failures are logged: nobody waits on them. */
  private async answer(push: RobotPush, reply: Reply): Promise<void> {
    if (this.interactive(reply) && (!push.message.isDirect || push.staffId)) {
      try {
        await this.sendCard(reply, push.message.isDirect ? { userId: push.staffId!, key: push.message.conversationId } : { groupId: push.message.conversationId });
        return;
      } catch (err) {
        // The card platform refused (template missing, no permission): the action card or typed commands still work.
        this.deps.log.warn('dingtalk_card_send_failed', { msgId: push.message.id, error: (err as Error).message });
      }
    }
    const m = renderReply(reply, { group: !push.message.isDirect });
    const conv = push.message.conversationId;
    if (push.webhook && Date.now() < push.webhook.expiresAt - WEBHOOK_MARGIN_MS) {
      const url = push.webhook.url;
      try {
        await this.outbox.run(conv, () => this.api.postWebhook(url, webhookBody(m)));
        return;
      } catch (err) {
        this.deps.log.warn('dingtalk_webhook_failed', { msgId: push.message.id, error: (err as Error).message });
      }
    }
    try {
      if (push.message.isDirect) {
        if (!push.staffId) throw new DeliveryError('DingTalk: sender has no staff id, cannot reply 1:1 through the OpenAPI', false);
        await this.sendToUser(conv, push.staffId, m);
      } else {
        await this.sendToGroup(conv, m);
      }
    } catch (err) {
      this.deps.log.error('dingtalk_reply_failed', { via: 'openapi', msgId: push.message.id, error: (err as Error).message });
    }
  }

  private sendToGroup(openConversationId: string, m: DingMessage): Promise<SendResult> {
    return this.outbox.run(openConversationId, () => this.api.sendToGroup(openConversationId, robotMessage(m)));
  }

  /** A flow-controlled user comes back in the answer, not as an HTTP error: make it a retryable DeliveryError. */
  private sendToUser(conversationId: string, staffId: string, m: DingMessage): Promise<SendResult> {
    const body = robotMessage(m);
    return this.outbox.run(conversationId, async () => {
      const r = await this.api.sendToUsers([staffId], body);
      if (r.throttled.length) throw new DeliveryError('DingTalk robot 1:1: user is flow-controlled', true, undefined, 429);
      if (r.invalid.length) throw new DeliveryError('DingTalk robot 1:1: staff id not valid for this robot', false, undefined, 400);
      return { messageId: r.messageId };
    });
  }

}
