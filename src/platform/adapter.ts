import type { IncomingAction, IncomingMessage, Platform, Reply, Target } from '../core/types.js';

/**
 * One interface per chat platform (console, Slack, DingTalk). An adapter turns platform events
 * into IncomingMessage/IncomingAction, hands them to the handler, and renders Replies natively.
 * Adapters never decide policy.
 */
export interface MessageHandler {
  onMessage(msg: IncomingMessage): Promise<Reply[]>;
  onAction(action: IncomingAction): Promise<Reply[]>;
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
