import { Semaphore } from '../../core/semaphore.js';

/**
 * Runs slow handler work with bounded concurrency. Slack needs the HTTP 200 within 3 s; if every
 * event started its (CPU-heavy) handling at once, the event loop would be too busy to send acks.
 * Queued work keeps acks prompt under bursts; the backlog drains at the core's real speed.
 */
export class WorkQueue {
  private readonly pending: (() => Promise<void>)[] = [];
  private readonly slots: Semaphore;
  private idleWaiters: (() => void)[] = [];

  private heldSince = 0;

  /**
   * @param yieldTo while it returns true (e.g. Slack requests not yet acked), new tasks wait, up to
   *   maxHoldMs at a time, so acks win over handling when both compete for the one thread.
   */
  constructor(
    private readonly concurrency: number,
    private readonly onError: (err: unknown) => void,
    private readonly yieldTo: () => boolean = () => false,
    private readonly maxHoldMs = 500,
  ) {
    this.slots = new Semaphore(concurrency);
  }

  get backlog(): number {
    return this.pending.length;
  }

  push(task: () => Promise<void>): void {
    this.pending.push(task);
    this.pump();
  }

  /** Resolves when nothing is queued or running (for graceful stop). */
  idle(): Promise<void> {
    if (this.slots.active === 0 && this.pending.length === 0) return Promise.resolve();
    return new Promise((r) => this.idleWaiters.push(r));
  }

  private scheduled = false;

  /**
   * Starts at most one task per event-loop turn. A handler on an in-process database runs largely
   * synchronously; starting several in one turn would hold back the poll phase, where acks are sent.
   */
  private pump(): void {
    if (this.scheduled || this.slots.active >= this.concurrency || this.pending.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      if (this.yieldTo()) {
        const now = performance.now();
        this.heldSince ||= now;
        if (now - this.heldSince < this.maxHoldMs) {
          this.scheduled = true;
          setTimeout(() => {
            this.scheduled = false;
            this.pump();
          }, 2);
          return;
        }
      }
      this.heldSince = 0;
      if (!this.pending.length || !this.slots.tryAcquire()) return;
      const task = this.pending.shift()!;
      task()
        .catch(this.onError)
        .finally(() => {
          this.slots.release();
          this.pump();
          if (this.slots.active === 0 && this.pending.length === 0) {
            const waiters = this.idleWaiters;
            this.idleWaiters = [];
            for (const w of waiters) w();
          }
        });
      this.pump();
    });
  }
}
