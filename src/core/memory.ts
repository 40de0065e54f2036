import type { IncomingMessage } from './types.js';

/**
 * Short-lived, per-process memory of a conversation: the last message whose job was guessed (so a one-word
 * "ask" or "check" can run it as the other job) and a reminder waiting for "yes". Nothing here is durable:
 * with several replicas a follow-up may land on another one, which then says there is nothing to re-run,
 * and the buttons carry their own payload. Draft text stays in memory only, never in the database.
 */
const TTL_MS = 30 * 60_000;
const MAX_ENTRIES = 2_000;

interface Entry {
  last?: { text: string; job: 'ask' | 'check' };
  pending?: string;
  /** The one case the last reminder reply was about ("C3"): "that one", "done", "push it to Friday" mean it. */
  lastCase?: string;
  /** The last text Haili checked or answered, and how: a follow-up ("why?", "那怎么改") is about it. */
  topic?: { text: string; job: TopicJob };
  at: number;
}

/** The jobs a follow-up can be about: a draft checked, a question answered, a listing checked. */
export type TopicJob = 'check' | 'ask' | 'listing';

export function memoryKey(msg: Pick<IncomingMessage, 'platform' | 'workspaceId' | 'conversationId' | 'userId'>): string {
  return `${msg.platform}\u0000${msg.workspaceId}\u0000${msg.conversationId}\u0000${msg.userId}`;
}

export class ConversationMemory {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly now: () => number = Date.now) {}

  private get(key: string): Entry | undefined {
    const e = this.entries.get(key);
    if (e && this.now() - e.at > TTL_MS) {
      this.entries.delete(key);
      return undefined;
    }
    return e;
  }

  private touch(key: string, patch: Partial<Entry>): void {
    const e = { ...this.get(key), ...patch, at: this.now() };
    this.entries.delete(key);
    this.entries.set(key, e);
    // Map keeps insertion order, so the first key is the least recently touched.
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
  }

  remember(key: string, text: string, job: 'ask' | 'check'): void {
    this.touch(key, { last: { text, job } });
  }

  last(key: string): { text: string; job: 'ask' | 'check' } | null {
    return this.get(key)?.last ?? null;
  }

  forget(key: string): void {
    const e = this.get(key);
    if (e) delete e.last;
  }

  setPending(key: string, command: string): void {
    this.touch(key, { pending: command });
  }

  pending(key: string): string | null {
    return this.get(key)?.pending ?? null;
  }

  setLastCase(key: string, ref: string): void {
    this.touch(key, { lastCase: ref });
  }

  lastCase(key: string): string | null {
    return this.get(key)?.lastCase ?? null;
  }

  setTopic(key: string, text: string, job: TopicJob): void {
    this.touch(key, { topic: { text, job } });
  }

  topic(key: string): { text: string; job: TopicJob } | null {
    return this.get(key)?.topic ?? null;
  }

  clearPending(key: string): void {
    const e = this.get(key);
    if (e) delete e.pending;
  }
}
