import type { IncomingMessage as HttpRequest, ServerResponse } from 'node:http';
import type { IncomingAction, IncomingMessage, Lang, Platform, Reply, Target } from '../core/types.js';
import type { Logger } from '../core/log.js';

/**
 * One interface per chat platform (console, Slack, DingTalk). An adapter turns platform events
 * into IncomingMessage/IncomingAction, hands them to the handler, and renders Replies natively.
 * Adapters never decide policy.
 */
export interface MessageHandler {
  onMessage(msg: IncomingMessage): Promise<Reply[]>;
  onAction(action: IncomingAction): Promise<Reply[]>;
  /** The user's open deadlines, for home tabs and digests. */
  openDeadlines(user: { platform: Platform; workspaceId: string; userId: string; lang?: Lang }): Promise<Reply>;
}

/** What the core lends every adapter: cross-replica de-duplication and a logger. */
export interface AdapterDeps {
  /** True exactly once per (platform, eventId) across all replicas sharing the database. */
  claimEvent(platform: Platform, eventId: string): Promise<boolean>;
  log: Logger;
}

export interface SendResult {
  /** Platform message id (Slack ts, DingTalk processQueryKey, console id). */
  messageId: string;
}

export interface ChatAdapter {
  readonly platform: Platform;
  start(handler: MessageHandler): Promise<void>;
  stop(): Promise<void>;
  /** Proactive send (reminders, digests). Throws DeliveryError on failure. */
  send(target: Target, reply: Reply): Promise<SendResult>;
  /** HTTP endpoints the adapter serves on Haili's port (e.g. Slack's POST /slack/events). */
  readonly routes?: HttpRoute[];
  /** Whether the adapter is connected (for /healthz). */
  healthy?(): boolean;
}

export interface HttpRoute {
  method: 'GET' | 'POST';
  path: string;
  handle(req: HttpRequest, res: ServerResponse): void;
}

/** Raised by adapters so the reminder engine can decide between retry, wait and dead-letter. */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly retryAfterMs?: number,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}
