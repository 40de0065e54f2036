import { describe, expect, it } from 'vitest';
import { Outbox, deliveryErrorFromStatus } from '../src/platform/outbox.js';
import { DeliveryError } from '../src/platform/adapter.js';

function recordingSleep() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}

describe('outbox', () => {
  it('honours Retry-After on 429, then succeeds', async () => {
    const { waits, sleep } = recordingSleep();
    const box = new Outbox({ minIntervalMs: 0, maxAttempts: 4, baseBackoffMs: 100, maxBackoffMs: 1000, sleep });
    let calls = 0;
    const r = await box.run('C1', async () => {
      calls++;
      if (calls === 1) throw deliveryErrorFromStatus(429, '7', 'chat.postMessage');
      return 'ok';
    });
    expect(r).toBe('ok');
    expect(waits).toContain(7000);
  });

  it('backs off exponentially on 5xx and reports the failure after the last attempt', async () => {
    const { waits, sleep } = recordingSleep();
    const box = new Outbox({ minIntervalMs: 0, maxAttempts: 3, baseBackoffMs: 100, maxBackoffMs: 1000, sleep });
    let calls = 0;
    await expect(
      box.run('C1', async () => {
        calls++;
        throw deliveryErrorFromStatus(500, null, 'send');
      }),
    ).rejects.toBeInstanceOf(DeliveryError);
    expect(calls).toBe(3);
    expect(waits.filter((w) => w >= 100)).toEqual([100, 200]);
  });

  it('does not retry a non-retryable error', async () => {
    const box = new Outbox({ minIntervalMs: 0, maxAttempts: 5, baseBackoffMs: 1, maxBackoffMs: 1 });
    let calls = 0;
    await expect(
      box.run('C1', async () => {
        calls++;
        throw deliveryErrorFromStatus(403, null, 'send');
      }),
    ).rejects.toThrow(/HTTP 403/);
    expect(calls).toBe(1);
  });

  it('serialises sends to one conversation and spaces them', async () => {
    const box = new Outbox({ minIntervalMs: 30, maxAttempts: 1, baseBackoffMs: 1, maxBackoffMs: 1 });
    const starts: number[] = [];
    await Promise.all([1, 2, 3].map(() => box.run('C1', async () => void starts.push(Date.now()))));
    expect(starts).toHaveLength(3);
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(25);
  });
});
