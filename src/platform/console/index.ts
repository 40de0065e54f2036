import { randomUUID } from 'node:crypto';
import type { ChatAdapter, MessageHandler, SendResult } from '../adapter.js';
import type { IncomingAction, Lang, Reply, Target } from '../../core/types.js';
import type { CoreStore } from '../../db/store.js';

export const CONSOLE_WORKSPACE = 'local';
/** Messages per history page; the page asks for older ones when scrolled to the top. */
export const HISTORY_PAGE = 50;

export interface ConsoleEntry {
  id: string;
  direction: 'in' | 'out';
  payload: { text: string; reply?: Reply; userId?: string };
  createdAt: string;
}

/**
 * The embedded chat surface: the browser posts messages over HTTP, replies and proactive
 * reminders are kept in the database as the conversation's inbox, so nothing is lost on reload.
 */
export class ConsoleAdapter implements ChatAdapter {
  readonly platform = 'console' as const;
  private handler: MessageHandler | null = null;

  constructor(private readonly store: CoreStore) {}

  async start(handler: MessageHandler): Promise<void> {
    this.handler = handler;
  }

  async stop(): Promise<void> {
    this.handler = null;
  }

  healthy(): boolean {
    return this.handler !== null;
  }

  async send(target: Target, reply: Reply): Promise<SendResult> {
    const row = await this.store.saveConsoleMessage(target.conversationId, 'out', { text: reply.text, reply });
    return { messageId: row.id };
  }

  /** One message typed in the console: stored, routed, and answered in the same inbox. */
  async receive(input: { conversationId: string; userId: string; text: string; lang?: Lang }): Promise<ConsoleEntry[]> {
    if (!this.handler) throw new Error('console is not started');
    const inbound = await this.store.saveConsoleMessage(input.conversationId, 'in', {
      // The inbox keeps what the person typed so the page can show it back, capped to keep the table small.
      text: input.text.slice(0, 20_000),
      userId: input.userId,
    });
    const replies = await this.handler.onMessage({
      id: inbound.id,
      platform: 'console',
      workspaceId: CONSOLE_WORKSPACE,
      conversationId: input.conversationId,
      userId: input.userId,
      text: input.text,
      lang: input.lang,
      isDirect: true,
      receivedAt: new Date(),
    });
    const out: ConsoleEntry[] = [];
    for (const reply of replies) {
      const row = await this.store.saveConsoleMessage(input.conversationId, 'out', { text: reply.text, reply });
      out.push({ id: row.id, direction: 'out', payload: { text: reply.text, reply }, createdAt: row.createdAt.toISOString() });
    }
    return out;
  }

  async act(input: { conversationId: string; userId: string; action: IncomingAction['action']; value: string; lang?: Lang }): Promise<ConsoleEntry[]> {
    if (!this.handler) throw new Error('console is not started');
    const replies = await this.handler.onAction({
      id: randomUUID(),
      platform: 'console',
      workspaceId: CONSOLE_WORKSPACE,
      conversationId: input.conversationId,
      userId: input.userId,
      action: input.action,
      value: input.value,
      lang: input.lang,
    });
    // "Show source" opens the passage inside the answer card; it is a view, not a new message in the inbox.
    if (input.action === 'reroute' && /^source\s/.test(input.value)) {
      const at = new Date().toISOString();
      return replies.map((reply) => ({ id: `view-${randomUUID()}`, direction: 'out' as const, payload: { text: reply.text, reply }, createdAt: at }));
    }
    const out: ConsoleEntry[] = [];
    for (const reply of replies) {
      const row = await this.store.saveConsoleMessage(input.conversationId, 'out', { text: reply.text, reply });
      out.push({ id: row.id, direction: 'out', payload: { text: reply.text, reply }, createdAt: row.createdAt.toISOString() });
    }
    return out;
  }

  /**
   * With `afterId`: everything newer (the page's poll). Otherwise the newest page, or the page just before
   * `beforeId`, so the console opens at the latest message and loads older history on demand.
   */
  async history(conversationId: string, afterId?: string, beforeId?: string): Promise<ConsoleEntry[]> {
    const rows = afterId
      ? await this.store.consoleMessages(conversationId, afterId)
      : await this.store.consoleMessagesTail(conversationId, beforeId, HISTORY_PAGE);
    return rows.map((r) => ({
      id: r.id,
      direction: r.direction as 'in' | 'out',
      payload: r.payload as ConsoleEntry['payload'],
      createdAt: r.createdAt.toISOString(),
    }));
  }
}
