import { backoffDelay } from '../core/backoff.js';
import { DeliveryError } from './adapter.js';

export interface OutboxOptions {
  /** Minimum gap between two sends to the same conversation (Slack: about 1 per second per channel). */
  minIntervalMs: number;
  /** Attempts before the failure is reported to the caller. */
  maxAttempts: number;
  baseBackoffMs: number;
  maxBackoffMs: number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Per-conversation pacing and retry for outgoing platform calls. Sends to one conversation are
 * serialised and spaced; 429 waits for Retry-After, 5xx backs off exponentially, and a send that
 * keeps failing rejects with the last DeliveryError so the caller can report or dead-letter it.
 */
export class Outbox {
  private readonly chains = new Map<string, Promise<unknown>>();
  private readonly lastSend = new Map<string, number>();
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly opts: OutboxOptions) {
    this.sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  }

  run<T>(key: string, send: () => Promise<T>): Promise<T> {
    const prev = this.chains.get(key) ?? Promise.resolve();
    const next = prev.catch(() => {}).then(() => this.attempt(key, send));
    this.chains.set(key, next);
    void next.finally(() => {
      if (this.chains.get(key) === next) this.chains.delete(key);
    }).catch(() => {});
    return next;
  }

  private async attempt<T>(key: string, send: () => Promise<T>): Promise<T> {
    let lastError: unknown;
    for (let attempt = 1; attempt <= this.opts.maxAttempts; attempt++) {
      const wait = (this.lastSend.get(key) ?? 0) + this.opts.minIntervalMs - Date.now();
      if (wait > 0) await this.sleep(wait);
      this.lastSend.set(key, Date.now());
      try {
        return await send();
      } catch (err) {
        lastError = err;
        if (!(err instanceof DeliveryError) || !err.retryable || attempt === this.opts.maxAttempts) throw err;
        const backoff = err.retryAfterMs ?? backoffDelay(attempt, { baseMs: this.opts.baseBackoffMs, maxMs: this.opts.maxBackoffMs });
        await this.sleep(backoff);
      }
    }
    throw lastError;
  }
}

/** Maps an HTTP status (and Retry-After header, in seconds) to a DeliveryError. */
export function deliveryErrorFromStatus(status: number, retryAfter: string | null | undefined, what: string): DeliveryError {
  const seconds = retryAfter ? Number(retryAfter) : NaN;
  const retryAfterMs = Number.isFinite(seconds) ? Math.max(0, seconds * 1000) : undefined;
  const retryable = status === 429 || status >= 500;
  return new DeliveryError(`${what}: HTTP ${status}`, retryable, status === 429 ? (retryAfterMs ?? 1000) : retryAfterMs, status);
}
