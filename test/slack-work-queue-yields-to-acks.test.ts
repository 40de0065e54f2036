import { describe, expect, it } from 'vitest';
import { WorkQueue } from '../src/platform/slack/work-queue.js';

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('Slack work queue', () => {
  it('runs tasks in order, never more than its concurrency at once, and reports idle', async () => {
    const q = new WorkQueue(2, () => {});
    let running = 0;
    let peak = 0;
    const order: number[] = [];
    for (let i = 0; i < 6; i++) {
      q.push(async () => {
        running++;
        peak = Math.max(peak, running);
        order.push(i);
        await tick();
        running--;
      });
    }
    await q.idle();
    expect(order).toEqual([0, 1, 2, 3, 4, 5]);
    expect(peak).toBe(2);
    expect(q.backlog).toBe(0);
  });

  it('holds new tasks while requests wait for their ack, and gives up holding after maxHoldMs', async () => {
    let unacked = true;
    const q = new WorkQueue(1, () => {}, () => unacked, 10_000);
    let ran = false;
    q.push(async () => {
      ran = true;
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(ran).toBe(false);
    unacked = false;
    await q.idle();
    expect(ran).toBe(true);

    const stuck = new WorkQueue(1, () => {}, () => true, 30);
    let ranAnyway = false;
    stuck.push(async () => {
      ranAnyway = true;
    });
    await stuck.idle();
    expect(ranAnyway).toBe(true);
  });

  it('a failing task is reported and does not stop the queue', async () => {
    const errors: string[] = [];
    const q = new WorkQueue(1, (e) => errors.push((e as Error).message));
    let after = false;
    q.push(async () => {
      throw new Error('boom');
    });
    q.push(async () => {
      after = true;
    });
    await q.idle();
    expect(errors).toEqual(['boom']);
    expect(after).toBe(true);
  });
});
