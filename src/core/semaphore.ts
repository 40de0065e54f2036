/**
 * The one counting semaphore: at most `size` holders, the rest wait in arrival order. A released place
 * passes straight to the next waiter, so a newcomer can never overtake someone already waiting.
 */
export class Semaphore {
  private used = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly size: number) {
    if (!(size >= 1)) throw new RangeError('a semaphore needs at least one place');
  }

  /** Places taken right now. */
  get active(): number {
    return this.used;
  }

  /** Takes a place if one is free and nobody is waiting; never waits. */
  tryAcquire(): boolean {
    if (this.used >= this.size || this.waiting.length) return false;
    this.used++;
    return true;
  }

  acquire(): Promise<void> {
    if (this.tryAcquire()) return Promise.resolve();
    return new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  release(): void {
    const next = this.waiting.shift();
    if (next) next(); // the place passes straight to the next waiter
    else this.used--;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await task();
    } finally {
      this.release();
    }
  }
}
