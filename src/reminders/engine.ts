/**
 * Durable reminder delivery. Every replica runs the same loop: claim due nudges with a lease
 * (FOR UPDATE SKIP LOCKED, see src/db/reminder-store.ts), render each from the case as it is now, send it through
 * the Deliverer with the nudge's idempotency key, then record the result.
 *
 * Ordering and the one duplicate window: the claim commits first (status 'sending', lease), then the platform send,
 * then the 'sent' commit. A replica that dies before the send loses nothing: its lease expires and another replica
 * sends. A replica that dies (or stalls past its lease) AFTER the platform accepted the message but BEFORE the 'sent'
 * commit leaves a row that another replica will send again. That window — platform accept to DB commit, a few
 * milliseconds per message, plus a send slower than the lease — is the only source of duplicates; the idempotency
 * key travels with every send so a platform (or the lead's adapter) that supports it can drop the repeat.
 * Sends are bounded by a timeout of leaseMs/4 so a slow platform cannot outlive the lease in normal operation, and at
 * most `sendConcurrency` sends per replica are in that window at once, so a replica killed at the worst instant
 * causes at most `sendConcurrency` duplicates.
 */
import { DeliveryError } from '../platform/adapter.js';
import type { Reply, Target } from '../core/types.js';
import type { Database } from '../db/database.js';
import { createReminderStore, fromDbKind, type ClaimedNudge, type DeadLetter, type WorkspaceRow } from '../db/reminder-store.js';
import { toView } from './cases.js';
import { listReply, nudgeReply } from './messages.js';
import { loadPolicies } from './policy.js';
import { quietUntil } from './time.js';
import { scheduleDigests } from './digest.js';

export type { DeadLetter };

export interface Deliverer {
  /** Throws DeliveryError (src/platform/adapter.ts) with retryable / retryAfterMs; any other error counts as retryable. */
  send(target: Target, reply: Reply, idempotencyKey: string): Promise<{ messageId: string }>;
}

export interface ReminderEngine {
  start(): void;
  stop(): Promise<void>;
  /** One claim + deliver pass; returns how many nudges were sent. Tests drive it with an injected clock. */
  tick(): Promise<number>;
  deadLetters(): Promise<DeadLetter[]>;
}

export interface ReminderEngineOptions {
  replicaId: string;
  clock?: () => Date;
  /** How long a claim holds a nudge before another replica may take it over. */
  leaseMs?: number;
  batchSize?: number;
  pollMs?: number;
  /** Failed attempts before a nudge goes to the dead-letter status. */
  maxAttempts?: number;
  rulesDir?: string;
  /** Minimum gap between two messages to one conversation, across all replicas (Slack: ~1 per second per channel). */
  conversationPaceMs?: number;
  /** First retry delay; doubles per attempt up to maxBackoffMs. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** Sends in flight per replica; also the most duplicates one replica killed mid-send can cause. */
  sendConcurrency?: number;
  /** How often to (re)plan weekly digests; 0 disables digests. */
  digestEveryMs?: number;
  onError?: (err: Error) => void;
}

export function createReminderEngine(db: Database, deliverer: Deliverer, opts: ReminderEngineOptions): ReminderEngine {
  const clock = opts.clock ?? (() => new Date());
  const leaseMs = opts.leaseMs ?? 60_000;
  const batchSize = opts.batchSize ?? 100;
  const pollMs = opts.pollMs ?? 1000;
  const maxAttempts = opts.maxAttempts ?? 8;
  const paceMs = opts.conversationPaceMs ?? 1000;
  const backoffMs = opts.backoffMs ?? 5_000;
  const maxBackoffMs = opts.maxBackoffMs ?? 15 * 60_000;
  const sendTimeoutMs = Math.max(1000, Math.floor(leaseMs / 4));
  const digestEveryMs = opts.digestEveryMs ?? 3600_000;
  const sendConcurrency = Math.max(1, opts.sendConcurrency ?? 8);
  const policies = loadPolicies(opts.rulesDir);
  const store = createReminderStore(db);
  const onError = opts.onError ?? ((err: Error) => console.error(`[reminders] ${opts.replicaId}: ${err.message}`));
  let running = false;
  let loop: Promise<void> | null = null;
  let wake: (() => void) | null = null;
  let lastDigestPlan = -Infinity;

  const paceKey = (n: ClaimedNudge) => `${n.platform}:${n.workspaceExternalId}:${n.targetConversationId}`;

  function backoff(attempts: number): number {
    const base = Math.min(maxBackoffMs, backoffMs * 2 ** Math.max(0, attempts - 1));
    return Math.round(base * (0.8 + Math.random() * 0.4));
  }

  async function render(n: ClaimedNudge, cases: Map<string, ReturnType<typeof toView>>, now: Date): Promise<Reply | null> {
    const lang = n.lang === 'en' ? 'en' : 'zh';
    if (n.purpose === 'digest') {
      const open = await store.openCasesFor(n.platform, n.workspaceExternalId, { userId: n.targetUserId, conversationId: n.targetConversationId });
      if (!open.length) return null;
      return listReply(lang, open.map((c) => toView(c, policies)), now, { zh: '📋 本周截止事项', en: '📋 Your open deadlines this week' }, 'reminder');
    }
    const c = n.caseId ? cases.get(n.caseId) : undefined;
    if (!c || c.status !== 'open') return null;
    return nudgeReply(lang, c, policies.byKind.get(c.kind)!, n.purpose, now);
  }

  /**
   * Group commit for accepted sends: everything that finished while the previous UPDATE was in flight goes in the
   * next one. A failed commit is retried; it is never mistaken for a failed send (that would send again).
   */
  const pendingSent: { id: string; messageId: string; done: () => void }[] = [];
  let flushing: Promise<void> | null = null;
  function recordSent(id: string, messageId: string): Promise<void> {
    return new Promise<void>((done) => {
      pendingSent.push({ id, messageId, done });
      flushing ??= flushSent().finally(() => (flushing = null));
    });
  }
  async function flushSent(): Promise<void> {
    while (pendingSent.length) {
      const items = pendingSent.splice(0, pendingSent.length);
      for (let attempt = 1; ; attempt++) {
        try {
          await store.markSentMany(items, clock());
          break;
        } catch (err) {
          if (attempt >= 5) {
            // The rows stay 'sending'; when the lease runs out another replica sends them again (the duplicate window).
            onError(new Error(`could not record ${items.length} sent nudge(s): ${(err as Error).message}`));
            break;
          }
          await new Promise((r) => setTimeout(r, 100 * attempt));
        }
      }
      for (const i of items) i.done();
    }
  }

  async function deliver(n: ClaimedNudge, reply: Reply): Promise<boolean> {
    const target: Target = {
      platform: n.platform,
      workspaceId: n.workspaceExternalId,
      conversationId: n.targetConversationId,
      ...(n.targetUserId ? { userId: n.targetUserId } : {}),
    };
    let timer: NodeJS.Timeout | undefined;
    let res: { messageId: string };
    try {
      res = await Promise.race([
        deliverer.send(target, reply, n.idempotencyKey),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new DeliveryError(`send timed out after ${sendTimeoutMs} ms`, true)), sendTimeoutMs);
        }),
      ]);
    } catch (err) {
      const e = err instanceof DeliveryError ? err : new DeliveryError((err as Error)?.message ?? String(err), true);
      const now = clock();
      const error = `${e.status ?? ''} ${e.message}`.trim();
      if (!e.retryable || n.attempts >= maxAttempts) {
        await store.release(opts.replicaId, n.id, { status: 'dead', error: `${error} (attempt ${n.attempts})` });
      } else {
        // Retry-After (429) is the platform telling us exactly when; otherwise exponential backoff with jitter.
        const wait = e.retryAfterMs !== undefined ? e.retryAfterMs : backoff(n.attempts);
        await store.release(opts.replicaId, n.id, { status: 'pending', availableAt: new Date(now.getTime() + wait), error });
      }
      return false;
    } finally {
      clearTimeout(timer);
    }
    // The duplicate window: the platform has the message, this commit has not happened yet.
    await recordSent(n.id, res.messageId);
    return true;
  }

  async function tick(): Promise<number> {
    const now = clock();
    if (digestEveryMs > 0 && now.getTime() - lastDigestPlan >= digestEveryMs) {
      lastDigestPlan = now.getTime();
      await scheduleDigests(store, policies, now);
    }
    const claimed = await store.claimDue(opts.replicaId, now, leaseMs, batchSize);
    if (!claimed.length) return 0;

    const caseIds = [...new Set(claimed.map((n) => n.caseId).filter((x): x is string => Boolean(x)))];
    const cases = new Map((await store.casesForRender(caseIds)).map((c) => [c.id, toView(c, policies)]));
    const wsMap = await store.workspacesByKey(claimed.map((n) => ({ platform: n.platform, externalId: n.workspaceExternalId })));

    const giveBack: { id: string; status: 'pending' | 'cancelled'; availableAt?: Date; error?: string }[] = [];
    const ready: { n: ClaimedNudge; reply: Reply }[] = [];
    for (const n of claimed) {
      const ws: WorkspaceRow | undefined = wsMap.get(`${n.platform}:${n.workspaceExternalId}`);
      const zone = (n.caseId && cases.get(n.caseId)?.timeZone) || ws?.timeZone || policies.schedule.defaultTimeZone;
      const quiet = { start: ws?.quietStart ?? '22:00', end: ws?.quietEnd ?? '08:00' };
      // A retry or a late claim can land in quiet hours: wait for the morning, do not drop, do not count an attempt.
      const until = quietUntil(now, zone, quiet);
      if (until) {
        giveBack.push({ id: n.id, status: 'pending', availableAt: until });
        continue;
      }
      const reply = await render(n, cases, now);
      if (!reply) {
        giveBack.push({ id: n.id, status: 'cancelled', error: n.purpose === 'digest' ? 'nothing open' : 'case closed' });
        continue;
      }
      ready.push({ n, reply });
    }

    // Pacing: one message per conversation per paceMs across replicas; the rest wait their turn.
    const byConv = new Map<string, { n: ClaimedNudge; reply: Reply }[]>();
    for (const r of ready) {
      const k = paceKey(r.n);
      const list = byConv.get(k);
      if (list) list.push(r);
      else byConv.set(k, [r]);
    }
    const granted = await store.reservePace([...byConv.keys()], now, paceMs);
    const sendNow: { n: ClaimedNudge; reply: Reply }[] = [];
    for (const [k, list] of byConv) {
      const first = granted.has(k) ? 1 : 0;
      sendNow.push(...list.slice(0, first));
      list.slice(first).forEach((r, i) => giveBack.push({ id: r.n.id, status: 'pending', availableAt: new Date(now.getTime() + paceMs * (i + 1)) }));
    }
    await store.releaseMany(opts.replicaId, giveBack);
    // At most sendConcurrency sends are between "platform accepted" and "recorded" at any moment: that bounds
    // how many duplicates a replica killed at the worst instant can cause.
    let sent = 0;
    let next = 0;
    const worker = async () => {
      while (next < sendNow.length) {
        const r = sendNow[next++]!;
        if (await deliver(r.n, r.reply)) sent++;
      }
    };
    await Promise.all(Array.from({ length: Math.min(sendConcurrency, sendNow.length) }, worker));
    return sent;
  }

  async function run(): Promise<void> {
    let failures = 0;
    while (running) {
      let sent = 0;
      let full = false;
      try {
        sent = await tick();
        full = sent >= batchSize;
        failures = 0;
      } catch (err) {
        failures++;
        onError(err as Error);
      }
      if (!running) break;
      if (full) continue;
      const delay = failures ? Math.min(30_000, pollMs * 2 ** Math.min(failures, 5)) : pollMs;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = null;
    }
  }

  return {
    start() {
      if (running) return;
      running = true;
      loop = run();
    },
    async stop() {
      running = false;
      wake?.();
      await loop;
      loop = null;
    },
    tick,
    deadLetters: () => store.deadLetters(),
  };
}

export const _forTests = { fromDbKind };
