/**
 * Durable reminder delivery. Every replica runs the same pipeline: a feeder claims due nudges with a lease
 * (FOR UPDATE SKIP LOCKED, see src/db/reminder-store.ts), renders each from the case as it is now and queues it;
 * `sendConcurrency` workers send queued nudges through the Deliverer with the nudge's idempotency key; accepted sends
 * are recorded as 'sent' in batches (one UPDATE per flush: every `sentFlushMs`, or at once when `sentFlushRows`
 * are waiting or the duplicate window below is full; up to 4 flushes in flight). Workers never wait for their own
 * 'sent' commit. The hot-path writes commit asynchronously by default (`asyncCommit`, see src/db/reminder-store.ts).
 *
 * Ordering and the one duplicate window: the claim commits first (status 'sending', lease), then the platform send,
 * then the batched 'sent' commit. A replica that dies before the send loses nothing: its lease expires and another
 * replica sends. A replica that dies (or stalls past its lease) AFTER the platform accepted a message but BEFORE the
 * batch holding it committed leaves a row that another replica will send again. Per replica, the sends that can be in
 * that state at once — in flight plus accepted-but-unrecorded — are capped at `maxUnrecorded` (a worker waits for a
 * flush before starting a send that would exceed it), so a replica killed at the worst instant causes at most
 * `maxUnrecorded` duplicates (default 4 × sendConcurrency; the SIGKILL test runs with 5).
 * The lease is kept clear of that window: sends time out after leaseMs/4, and a queued nudge whose claim is older than
 * leaseMs/2 is given back instead of sent, so another replica cannot take a row over while it is still being sent.
 * The window trades duplicates for throughput: it must hold rate x (send + flush wait + commit) per replica, so a
 * slow, busy machine needs a larger one (bench/reminders.bench.ts runs 256 per replica).
 * Rarer sources sit outside the bound: a 'sent' commit that still fails after retries (database down; the rows
 * stay 'sending' and are sent again after the lease), a process stalled longer than the lease, and, with asyncCommit,
 * a PostgreSQL crash losing its last ~600 ms of hot-path commits (each lost write can only cause a resend).
 * The idempotency key travels with every send so a platform (or the lead's adapter) that supports it can drop repeats.
 */
import { backoffDelay } from '../core/backoff.js';
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
  /** Most nudges one claim takes; also the most a replica holds claimed but not yet sent. */
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
  /** Sends in flight per replica. */
  sendConcurrency?: number;
  /**
   * Sends per replica that may have reached the platform without their 'sent' commit (in flight + awaiting the
   * batched commit): the most duplicates one replica killed at the worst instant can cause. Default 4 × sendConcurrency.
   */
  maxUnrecorded?: number;
  /** Accepted sends are committed as 'sent' at least this often... */
  sentFlushMs?: number;
  /** ...or as soon as this many are waiting. */
  sentFlushRows?: number;
  /**
   * Claim, pacing, give-back and 'sent' writes commit without waiting for the disk (default true): see
   * ReminderStoreOptions in src/db/reminder-store.ts. A PostgreSQL crash can then cause duplicates, never losses.
   */
  asyncCommit?: boolean;
  /** How often to (re)plan weekly digests; 0 disables digests. */
  digestEveryMs?: number;
  onError?: (err: Error) => void;
}

/** A claimed nudge, rendered and cleared by pacing, waiting for a send worker. */
interface Ready {
  n: ClaimedNudge;
  reply: Reply;
  claimedAt: number;
}

const MAX_PARALLEL_FLUSHES = 4;

type GiveBack = { id: string; status: 'pending' | 'cancelled'; availableAt?: Date; error?: string };

export function createReminderEngine(db: Database, deliverer: Deliverer, opts: ReminderEngineOptions): ReminderEngine {
  const clock = opts.clock ?? (() => new Date());
  const leaseMs = opts.leaseMs ?? 60_000;
  const batchSize = Math.max(1, opts.batchSize ?? 100);
  const pollMs = opts.pollMs ?? 1000;
  const maxAttempts = opts.maxAttempts ?? 8;
  const paceMs = opts.conversationPaceMs ?? 1000;
  const backoffMs = opts.backoffMs ?? 5_000;
  const maxBackoffMs = opts.maxBackoffMs ?? 15 * 60_000;
  const sendTimeoutMs = Math.max(1000, Math.floor(leaseMs / 4));
  const digestEveryMs = opts.digestEveryMs ?? 3600_000;
  const maxUnrecorded = Math.max(1, opts.maxUnrecorded ?? 4 * Math.max(1, opts.sendConcurrency ?? 8));
  const sendConcurrency = Math.min(maxUnrecorded, Math.max(1, opts.sendConcurrency ?? 8));
  const sentFlushMs = Math.max(0, opts.sentFlushMs ?? 50);
  const sentFlushRows = Math.max(1, opts.sentFlushRows ?? 100);
  const policies = loadPolicies(opts.rulesDir);
  const store = createReminderStore(db, { asyncCommit: opts.asyncCommit ?? true });
  const onError = opts.onError ?? ((err: Error) => console.error(`[reminders] ${opts.replicaId}: ${err.message}`));
  let running = false;
  let lastDigestPlan = -Infinity;

  const paceKey = (n: ClaimedNudge) => `${n.platform}:${n.workspaceExternalId}:${n.targetConversationId}`;

  const backoff = (attempts: number) => backoffDelay(attempts, { baseMs: backoffMs, maxMs: maxBackoffMs, jitter: 'band' });

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

  // ---- the duplicate window: sends in flight + accepted sends whose 'sent' commit has not happened ----------------
  let inFlight = 0;
  let unrecorded = 0;
  const sentBuf: { id: string; messageId: string }[] = [];
  let flushTimer: NodeJS.Timeout | null = null;
  let flushesInFlight = 0;
  let drainWaiters: (() => void)[] = [];
  let roomWaiters: (() => void)[] = [];
  const windowFull = () => inFlight + unrecorded >= maxUnrecorded;

  function wakeRoomWaiters(): void {
    if (!roomWaiters.length) return;
    const w = roomWaiters;
    roomWaiters = [];
    for (const r of w) r();
  }

  /**
   * Takes one place in the window for a send (counted as in flight from here), waiting for a flush if it is full.
   * The place is taken in the same synchronous step as the check, so workers woken together cannot overshoot.
   * The caller must hand it to deliver() or give it back with leaveWindow().
   */
  async function enterWindow(): Promise<void> {
    while (windowFull()) {
      flushNow();
      await new Promise<void>((r) => roomWaiters.push(r));
    }
    inFlight++;
  }

  function leaveWindow(): void {
    inFlight--;
    wakeRoomWaiters();
  }

  function noteSent(id: string, messageId: string): void {
    sentBuf.push({ id, messageId });
    unrecorded++;
    if (sentBuf.length >= sentFlushRows || windowFull() || sentFlushMs === 0) flushNow();
    else flushTimer ??= setTimeout(flushNow, sentFlushMs);
  }

  /**
   * Starts one UPDATE for everything buffered. Up to MAX_PARALLEL_FLUSHES run at once, so a slow commit does not hold
   * back the rows that arrive while it is in flight (they are what fills the window); the rows sets never overlap.
   */
  function flushNow(): void {
    if (flushTimer) {
      clearTimeout(flushTimer);
      flushTimer = null;
    }
    if (!sentBuf.length || flushesInFlight >= MAX_PARALLEL_FLUSHES) return; // a finishing flush picks up the rest
    const items = sentBuf.splice(0, 1000);
    flushesInFlight++;
    void commitSent(items).then(() => {
      flushesInFlight--;
      unrecorded -= items.length;
      wakeRoomWaiters();
      const d = drainWaiters;
      drainWaiters = [];
      for (const r of d) r();
      if (!sentBuf.length) return;
      if (sentBuf.length >= sentFlushRows || windowFull() || !running) flushNow();
      else flushTimer ??= setTimeout(flushNow, sentFlushMs);
    });
  }

  /** Until nothing accepted is left unrecorded (tick and stop). */
  async function drainSent(): Promise<void> {
    while (sentBuf.length || flushesInFlight) {
      flushNow();
      await new Promise<void>((r) => drainWaiters.push(r));
    }
  }

  /**
   * One UPDATE per batch of accepted sends; never throws. A failed commit is retried; it is never mistaken for a
   * failed send (that would send again). Rows past the retries stay 'sending' and are resent after the lease.
   */
  async function commitSent(items: { id: string; messageId: string }[]): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await store.markSentMany(items, clock());
        return;
      } catch (err) {
        if (attempt >= 5) {
          onError(new Error(`could not record ${items.length} sent nudge(s): ${(err as Error).message}`));
          return;
        }
        await new Promise((r) => setTimeout(r, 100 * attempt));
      }
    }
  }

  /**
   * Sends one nudge holding a place taken with enterWindow(); an accepted send is handed to the batched commit,
   * a failed one leaves the window and is released (retry / dead).
   */
  async function deliver(r: Ready): Promise<boolean> {
    const n = r.n;
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
        deliverer.send(target, r.reply, n.idempotencyKey),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new DeliveryError(`send timed out after ${sendTimeoutMs} ms`, true)), sendTimeoutMs);
        }),
      ]);
    } catch (err) {
      leaveWindow();
      clearTimeout(timer);
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
    }
    clearTimeout(timer);
    // Moves from "in flight" to "unrecorded": the window does not change until the batch commits.
    inFlight--;
    noteSent(n.id, res.messageId);
    return true;
  }

  /** Sends one queued nudge (after enterWindow) unless its claim is too old to be safe (see the header); never throws. */
  async function sendQueued(r: Ready): Promise<boolean> {
    try {
      if (clock().getTime() - r.claimedAt > leaseMs / 2) {
        leaveWindow();
        await store.release(opts.replicaId, r.n.id, { status: 'pending', availableAt: clock(), uncountAttempt: true });
        return false;
      }
      return await deliver(r);
    } catch (err) {
      // Release failed (database trouble): the row stays 'sending' and is retried when its lease runs out.
      onError(err as Error);
      return false;
    }
  }

  /** Claims up to `limit` due nudges, renders them and applies quiet hours and pacing; returns what may be sent now. */
  async function claimReady(now: Date, limit: number): Promise<{ claimed: number; ready: Ready[] }> {
    if (digestEveryMs > 0 && now.getTime() - lastDigestPlan >= digestEveryMs) {
      lastDigestPlan = now.getTime();
      await scheduleDigests(store, policies, now);
    }
    const claimed = await store.claimDue(opts.replicaId, now, leaseMs, limit);
    if (!claimed.length) return { claimed: 0, ready: [] };
    const claimedAt = now.getTime();

    const caseIds = [...new Set(claimed.map((n) => n.caseId).filter((x): x is string => Boolean(x)))];
    const cases = new Map((await store.casesForRender(caseIds)).map((c) => [c.id, toView(c, policies)]));
    const wsMap = await store.workspacesByKey(claimed.map((n) => ({ platform: n.platform, externalId: n.workspaceExternalId })));

    const giveBack: GiveBack[] = [];
    // Pacing: one message per conversation per paceMs across replicas; the rest wait their turn. Conversations are
    // paced independently, so a busy one never holds up the others.
    const byConv = new Map<string, Ready[]>();
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
      const k = paceKey(n);
      const list = byConv.get(k);
      if (list) list.push({ n, reply, claimedAt });
      else byConv.set(k, [{ n, reply, claimedAt }]);
    }
    const granted = await store.reservePace([...byConv.keys()], now, paceMs);
    const ready: Ready[] = [];
    for (const [k, list] of byConv) {
      const first = granted.has(k) ? 1 : 0;
      if (first) ready.push(list[0]!);
      for (let i = first; i < list.length; i++) {
        giveBack.push({ id: list[i]!.n.id, status: 'pending', availableAt: new Date(now.getTime() + paceMs * (i - first + 1)) });
      }
    }
    await store.releaseMany(opts.replicaId, giveBack);
    return { claimed: claimed.length, ready };
  }

  async function tick(): Promise<number> {
    const { ready } = await claimReady(clock(), batchSize);
    let sent = 0;
    let next = 0;
    const worker = async () => {
      while (next < ready.length) {
        const r = ready[next++]!;
        await enterWindow();
        if (await sendQueued(r)) sent++;
      }
    };
    await Promise.all(Array.from({ length: Math.min(sendConcurrency, ready.length) }, worker));
    await drainSent();
    return sent;
  }

  // ---- the pipelined loop used by start(): claiming, sending and recording overlap -------------------------------
  const queue: Ready[] = [];
  let queueHead = 0;
  let idleWorkers: (() => void)[] = [];
  let feederWake: (() => void) | null = null;
  let feederWantsRoom = false;
  const queued = () => queue.length - queueHead;
  // Claim again when the local queue is down to half a batch, so the workers never run dry while a claim is in flight.
  const lowWater = Math.max(1, Math.floor(batchSize / 2));
  let loops: Promise<unknown> | null = null;

  function take(): Ready | undefined {
    if (queueHead >= queue.length) return undefined;
    const r = queue[queueHead]!;
    queue[queueHead++] = undefined as unknown as Ready; // drop the reference at once
    if (queueHead > 1024 && queueHead * 2 > queue.length) {
      queue.splice(0, queueHead);
      queueHead = 0;
    }
    if (feederWantsRoom && queued() < lowWater) feederWake?.();
    return r;
  }

  function wakeIdleWorkers(): void {
    const w = idleWorkers;
    idleWorkers = [];
    for (const r of w) r();
  }

  async function worker(): Promise<void> {
    while (running) {
      const r = take();
      if (!r) {
        await new Promise<void>((res) => idleWorkers.push(res));
        continue;
      }
      await enterWindow();
      if (!running) {
        // Stopping: hand it back with the rest of the queue.
        leaveWindow();
        queue.splice(queueHead, 0, r);
        break;
      }
      await sendQueued(r);
    }
  }

  function pause(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        feederWake = null;
        resolve();
      }
      feederWake = done;
    });
  }

  async function feeder(): Promise<void> {
    let failures = 0;
    while (running) {
      if (queued() >= lowWater) {
        feederWantsRoom = true;
        await pause(pollMs);
        feederWantsRoom = false;
        continue;
      }
      const want = batchSize - queued();
      let full = false;
      try {
        const { claimed, ready } = await claimReady(clock(), want);
        for (const r of ready) queue.push(r);
        if (ready.length) wakeIdleWorkers();
        full = claimed >= want;
        failures = 0;
      } catch (err) {
        failures++;
        onError(err as Error);
      }
      if (!running) break;
      if (full) continue;
      // A failing database is polled less often: pollMs doubling per failure, at most 30 s.
      await pause(failures ? backoffDelay(failures + 1, { baseMs: pollMs, maxMs: Math.min(30_000, pollMs * 32) }) : pollMs);
    }
  }

  async function giveBackQueue(): Promise<void> {
    const rest: GiveBack[] = [];
    const now = clock();
    for (let i = queueHead; i < queue.length; i++) rest.push({ id: queue[i]!.n.id, status: 'pending', availableAt: now });
    queue.length = 0;
    queueHead = 0;
    try {
      await store.releaseMany(opts.replicaId, rest);
    } catch (err) {
      onError(err as Error); // the leases run out and another replica sends them
    }
  }

  return {
    start() {
      if (running) return;
      running = true;
      loops = Promise.all([feeder(), ...Array.from({ length: sendConcurrency }, worker)]);
    },
    async stop() {
      if (!running && !loops) return;
      running = false;
      feederWake?.();
      wakeIdleWorkers();
      wakeRoomWaiters();
      await loops;
      loops = null;
      await giveBackQueue();
      await drainSent();
    },
    tick,
    deadLetters: () => store.deadLetters(),
  };
}

export const _forTests = { fromDbKind };
