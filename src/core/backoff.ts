/**
 * The one retry-delay formula: base * 2^(attempt-1), capped at max, with optional jitter so replicas that
 * failed together do not retry together. attempt counts from 1 (the first retry waits `baseMs`).
 *  - jitter 'none':  exactly the capped exponential;
 *  - jitter 'equal': uniformly in [delay/2, delay] (reconnect storms: never immediate, still spread);
 *  - jitter 'band':  uniformly in [0.8, 1.2] x delay (retries whose spacing should stay near the plan).
 */
export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
  jitter?: 'none' | 'equal' | 'band';
}

export function backoffDelay(attempt: number, p: BackoffPolicy, random: () => number = Math.random): number {
  // Exponent capped so 2^n never overflows into Infinity for a long-failing connection.
  const exp = Math.min(Math.max(0, attempt - 1), 30);
  const delay = Math.min(p.maxMs, p.baseMs * 2 ** exp);
  switch (p.jitter ?? 'none') {
    case 'equal':
      return Math.round(delay / 2 + (random() * delay) / 2);
    case 'band':
      return Math.round(delay * (0.8 + random() * 0.4));
    default:
      return delay;
  }
}
