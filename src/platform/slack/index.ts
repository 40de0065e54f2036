import type { IncomingMessage as HttpRequest, ServerResponse } from 'node:http';
import { App, HTTPReceiver, SocketModeReceiver, webApi, type RespondFn } from '@slack/bolt';
import type { AdapterDeps, ChatAdapter, HttpRoute, MessageHandler, SendResult } from '../adapter.js';
import { Outbox, type OutboxOptions } from '../outbox.js';
import type { IncomingAction, IncomingMessage, Reply, Target } from '../../core/types.js';
import { renderHome, renderReply } from './blocks.js';
import { toDeliveryError } from './errors.js';
import { backoffDelay, type BackoffPolicy } from '../../core/backoff.js';
import { actionFromBody, claimIdOf, messageFromEvent, type BlockActionBody, type SlackMessageEvent } from './incoming.js';
import { slackSdkLogger } from './logger.js';
import { slackToPlainText } from './text.js';
import { WorkQueue } from './work-queue.js';

// auth.test at start: attempts and their spacing for retryable failures.
const START_ATTEMPTS = 3;
const START_BACKOFF: BackoffPolicy = { baseMs: 500, maxMs: 4_000, jitter: 'equal' };

export interface SlackConfig {
  botToken: string;
  signingSecret?: string;
  appToken?: string;
  /** Web API base URL ending in /api/ (tests point it at a loopback fake). */
  apiUrl?: string;
}

export interface SlackAdapterOptions {
  outbox?: Partial<OutboxOptions>;
  /** Largest accepted request body; Slack's own payloads stay far below it. */
  bodyLimitBytes?: number;
  /**
   * Messages handled at once; the rest wait in a queue so acks stay prompt. Default 1: with the LLM
   * off the work is CPU-bound on one thread, and the platforms bench showed 2+ in flight let handler
   * continuations crowd out acks (p99 ack 0.6 s at 1 vs 8.7 s at 2, 200 events/s). With a remote LLM
   * the work waits on the network instead, and a higher value raises throughput.
   */
  handlerConcurrency?: number;
}

export const SLACK_EVENTS_PATH = '/slack/events';
export const SHORTCUT_CALLBACK_ID = 'check_with_haili';
export const SLASH_COMMAND = '/haili';

const DEFAULT_OUTBOX: OutboxOptions = { minIntervalMs: 1000, maxAttempts: 4, baseBackoffMs: 500, maxBackoffMs: 8000 };

export function createSlackAdapter(cfg: SlackConfig, deps: AdapterDeps, options: SlackAdapterOptions = {}): ChatAdapter {
  return new SlackAdapter(cfg, deps, options);
}

/**
 * Slack through Bolt: Socket Mode when an app token is configured, otherwise Bolt's HTTPReceiver
 * mounted at POST /slack/events on Haili's own port (signature and 5-minute replay window checked
 * by Bolt). Every payload is acked before any slow work, claimed once across replicas, and every
 * outgoing call goes through the Outbox, which owns pacing and retries.
 */
export class SlackAdapter implements ChatAdapter {
  readonly platform = 'slack' as const;
  readonly routes: HttpRoute[];
  private readonly app: App;
  private readonly web: webApi.WebClient;
  private readonly outbox: Outbox;
  private readonly receiver?: HTTPReceiver;
  private readonly dmChannels = new Map<string, string>();
  private readonly work: WorkQueue;
  private readonly deliveries = new Set<Promise<void>>();
  /** HTTP requests from Slack still waiting for their response; handling yields to them. */
  private unacked = 0;
  private handler: MessageHandler | null = null;
  private running = false;
  private socketConnected = false;

  constructor(
    private readonly cfg: SlackConfig,
    private readonly deps: AdapterDeps,
    options: SlackAdapterOptions = {},
  ) {
    if (!cfg.appToken && !cfg.signingSecret) throw new Error('Slack needs SLACK_SIGNING_SECRET (HTTP events) or SLACK_APP_TOKEN (Socket Mode)');
    const logger = slackSdkLogger(deps.log);
    // The Outbox decides when to retry, so the SDK must surface 429s and failures immediately.
    const clientOptions: webApi.WebClientOptions = {
      slackApiUrl: cfg.apiUrl,
      rejectRateLimitedCalls: true,
      retryConfig: { retries: 0 },
      timeout: 15_000,
      logger,
    };
    this.web = new webApi.WebClient(cfg.botToken, clientOptions);
    this.outbox = new Outbox({ ...DEFAULT_OUTBOX, ...options.outbox });
    this.work = new WorkQueue(
      options.handlerConcurrency ?? 1,
      (err) => deps.log.error('slack_handling_failed', { error: (err as Error).message }),
      () => this.unacked > 0,
    );
    if (cfg.appToken) {
      // Built by hand so apps.connections.open also goes to cfg.apiUrl (Bolt's default receiver would not).
      const socket = new SocketModeReceiver({
        appToken: cfg.appToken,
        logger,
        // A few retries only: start() should fail visibly with a bad app token, not hang for half an hour.
        installerOptions: { clientOptions: { slackApiUrl: cfg.apiUrl, retryConfig: { retries: 3, maxTimeout: 5000 } } },
      });
      socket.client.on('connected', () => (this.socketConnected = true));
      socket.client.on('disconnected', () => (this.socketConnected = false));
      socket.client.on('reconnecting', () => (this.socketConnected = false));
      this.app = new App({ token: cfg.botToken, receiver: socket, clientOptions, logger, deferInitialization: true, convoStore: false });
      this.routes = [];
    } else {
      this.receiver = new HTTPReceiver({
        signingSecret: cfg.signingSecret!,
        endpoints: SLACK_EVENTS_PATH,
        processBeforeResponse: false,
        bodyLimit: options.bodyLimitBytes ?? 1024 * 1024,
        logger,
        // Payloads Bolt cannot classify are never acked by a listener; answer them quietly instead of with 404.
        unhandledRequestTimeoutMillis: 2500,
        unhandledRequestHandler: ({ response }) => {
          deps.log.warn('slack_unhandled_payload', {});
          if (!response.headersSent) {
            response.writeHead(200);
            response.end();
          }
        },
        dispatchErrorHandler: ({ error, response }) => {
          deps.log.warn('slack_dispatch_failed', { error: error.message });
          if (!response.headersSent) {
            response.writeHead(500);
            response.end();
          }
        },
      });
      this.app = new App({ token: cfg.botToken, receiver: this.receiver, clientOptions, logger, deferInitialization: true, convoStore: false });
      this.routes = [{ method: 'POST', path: SLACK_EVENTS_PATH, handle: (req, res) => this.handleHttp(req, res) }];
    }
    this.app.error(async (error) => {
      deps.log.error('slack_listener_failed', { error: error.message });
    });
    this.register();
  }

  async start(handler: MessageHandler): Promise<void> {
    this.handler = handler;
    // auth.test once: learns the bot user id (for mention stripping and ignoring our own messages).
    // A network blip, a 5xx or a 429 at start is retried a few times (a busy host or a restarting proxy should not
    // fail the start); a rejected token fails at once.
    for (let attempt = 1; ; attempt++) {
      try {
        await this.app.init();
        break;
      } catch (err) {
        const failure = toDeliveryError(err, 'auth.test');
        if (failure.retryable && attempt < START_ATTEMPTS) {
          await new Promise((r) => setTimeout(r, failure.retryAfterMs ?? backoffDelay(attempt, START_BACKOFF)));
          continue;
        }
        throw new Error(`SLACK_BOT_TOKEN: Slack did not accept the bot token (${failure.message}); check the token and SLACK_API_URL`);
      }
    }
    if (this.cfg.appToken) await this.app.start();
    this.running = true;
    this.deps.log.info('slack_started', { mode: this.cfg.appToken ? 'socket' : 'http' });
  }

  async stop(): Promise<void> {
    const wasRunning = this.running;
    this.running = false;
    // Let queued messages finish (bounded, so a stuck handler cannot block shutdown).
    const drained = (async () => {
      await this.work.idle();
      await Promise.all([...this.deliveries]);
    })();
    await Promise.race([drained, new Promise((r) => setTimeout(r, 10_000).unref())]);
    if (this.cfg.appToken && wasRunning) await this.app.stop().catch(() => {});
    this.handler = null;
  }

  /** HTTP mode is healthy once started; Socket Mode only while its WebSocket is connected. */
  healthy(): boolean {
    return this.running && (!this.cfg.appToken || this.socketConnected);
  }

  async send(target: Target, reply: Reply): Promise<SendResult> {
    const channel = target.userId ? await this.openDm(target.userId) : target.conversationId;
    return this.post(channel, target.threadId, reply);
  }

  private handleHttp(req: HttpRequest, res: ServerResponse): void {
    if (!this.running || !this.receiver) {
      res.writeHead(503, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'Haili is starting; Slack will retry.' }));
      return;
    }
    this.unacked++;
    res.once('close', () => this.unacked--);
    try {
      this.receiver.requestListener(req, res);
    } catch (err) {
      this.deps.log.warn('slack_request_failed', { error: (err as Error).message });
      if (!res.headersSent) {
        res.writeHead(400);
        res.end();
      }
    }
  }

  private register(): void {
    this.app.event('app_mention', async ({ event, body, context }) => {
      const e = event as unknown as SlackMessageEvent;
      if (e.bot_id || !e.user) return;
      const msg = messageFromEvent(e, { eventId: claimIdOf(body), teamId: body.team_id ?? context.teamId ?? 'unknown', botUserId: context.botUserId });
      this.work.push(() => this.onMessage(msg, e.channel, msg.threadId));
    });

    this.app.event('message', async ({ event, body, context }) => {
      const e = event as unknown as SlackMessageEvent;
      // Only people's own DMs: edits, joins, bot posts (including ours) and channel chatter are not for Haili.
      if (e.channel_type !== 'im' || e.bot_id || !e.user || (e.subtype && e.subtype !== 'file_share')) return;
      const msg = messageFromEvent(e, { eventId: claimIdOf(body), teamId: body.team_id ?? context.teamId ?? 'unknown', botUserId: context.botUserId });
      this.work.push(() => this.onMessage(msg, e.channel, msg.threadId));
    });

    this.app.event('app_home_opened', async ({ event, body }) => {
      if (event.tab !== 'home' || !this.handler) return;
      this.work.push(async () => {
        if (!(await this.claim(claimIdOf(body)))) return;
        await this.publishHome(body.team_id, event.user).catch((err) => this.deps.log.error('slack_home_failed', { error: (err as Error).message }));
      });
    });

    this.app.command(SLASH_COMMAND, async ({ command, ack, respond }) => {
      await ack();
      const msg: IncomingMessage = {
        id: claimIdOf(command),
        platform: 'slack',
        workspaceId: command.team_id,
        conversationId: command.channel_id,
        userId: command.user_id,
        userName: command.user_name,
        text: slackToPlainText(command.text ?? ''),
        isDirect: command.channel_id.startsWith('D') || command.channel_name === 'directmessage',
        receivedAt: new Date(),
      };
      this.work.push(() => this.answerPrivately(msg, respond));
    });

    this.app.shortcut({ callback_id: SHORTCUT_CALLBACK_ID, type: 'message_action' }, async ({ shortcut, ack, respond }) => {
      await ack();
      if (shortcut.type !== 'message_action') return;
      const msg: IncomingMessage = {
        id: claimIdOf(shortcut as unknown as Record<string, unknown>),
        platform: 'slack',
        workspaceId: shortcut.team?.id ?? shortcut.user.team_id ?? 'unknown',
        conversationId: shortcut.channel.id,
        threadId: shortcut.message.thread_ts ?? shortcut.message.ts,
        userId: shortcut.user.id,
        userName: shortcut.user.username ?? shortcut.user.name,
        text: slackToPlainText(shortcut.message.text ?? ''),
        isDirect: shortcut.channel.id.startsWith('D'),
        forceCheck: true,
        receivedAt: new Date(),
      };
      this.work.push(() => this.answerPrivately(msg, respond));
    });

    this.app.action(/^haili_/, async ({ body, ack, respond }) => {
      await ack();
      if (body.type !== 'block_actions' || !this.handler) return;
      const b = body as unknown as BlockActionBody;
      const id = claimIdOf(body as unknown as Record<string, unknown>);
      const action = actionFromBody(b, id);
      if (!action) return;
      this.work.push(async () => {
        if (!this.handler || !(await this.claim(id))) return;
        const replies = await this.handler.onAction(action);
        this.track(this.answerAction(action, b, replies, respond), () => {});
      });
    });
  }

  private async claim(id: string): Promise<boolean> {
    const fresh = await this.deps.claimEvent('slack', id);
    if (!fresh) this.deps.log.info('slack_duplicate_dropped', { id });
    return fresh;
  }

  private async onMessage(msg: IncomingMessage, channel: string, threadTs: string | undefined): Promise<void> {
    if (!this.handler) return;
    if (!(await this.claim(msg.id))) return;
    this.deps.log.info('slack_message', { id: msg.id, direct: msg.isDirect, length: msg.text.length });
    const replies = await this.handler.onMessage(msg);
    // Queued in order now (the Outbox keeps per-channel order); waiting on pacing or a 429 must not hold a worker.
    for (const reply of replies) {
      this.track(this.post(channel, threadTs, reply), (err) => this.deps.log.error('slack_reply_failed', { id: msg.id, error: err.message }));
    }
  }

  /** Deliveries outlive the worker that produced them; stop() waits for them. Failures are logged, never thrown away silently. */
  private track(p: Promise<unknown>, onError: (err: Error) => void): void {
    const tracked = p.then(() => {}, onError);
    this.deliveries.add(tracked);
    void tracked.finally(() => this.deliveries.delete(tracked));
  }

  /** Slash commands and the shortcut answer only the person who asked: a checked draft is theirs alone. */
  private async answerPrivately(msg: IncomingMessage, respond: RespondFn): Promise<void> {
    if (!this.handler || !(await this.claim(msg.id))) return;
    this.deps.log.info('slack_private_request', { id: msg.id, forceCheck: Boolean(msg.forceCheck), length: msg.text.length });
    const replies = await this.handler.onMessage(msg);
    const deliver = async () => {
      for (const reply of replies) await respond({ response_type: 'ephemeral', replace_original: false, ...renderReply(reply) });
    };
    this.track(deliver(), (err) => this.deps.log.error('slack_respond_failed', { id: msg.id, error: err.message }));
  }

  /**
   * A reply that is the case's new state (Done, Snooze, Undo, re-date: kind 'command' or 'reminder') replaces the
   * clicked card, so its buttons always match the case and cannot be pressed twice; further replies go to the same
   * thread. A refusal (someone else's case) goes only to the person who clicked and leaves the card alone; an
   * answer or a check (Show source, Check again) is posted in the thread under the card. Clicks on the Home tab
   * refresh the Home view instead.
   */
  private async answerAction(action: IncomingAction, body: BlockActionBody, replies: Reply[], respond?: RespondFn): Promise<void> {
    const fail = (err: unknown) => this.deps.log.error('slack_action_reply_failed', { id: action.id, error: (err as Error).message });
    if (body.container?.type === 'view') {
      await this.publishHome(action.workspaceId, action.userId).catch(fail);
      for (const reply of replies) await this.send({ platform: 'slack', workspaceId: action.workspaceId, conversationId: '', userId: action.userId }, reply).catch(fail);
      return;
    }
    const [first, ...rest] = replies;
    const messageTs = body.container?.message_ts ?? body.message?.ts;
    if (first && first.kind === 'error' && !body.container?.is_ephemeral && action.conversationId) {
      await this.outbox
        .run(action.conversationId, () =>
          this.call('chat.postEphemeral', () =>
            this.web.chat.postEphemeral({ channel: action.conversationId, user: action.userId, ...(action.threadId ? { thread_ts: action.threadId } : {}), ...renderReply(first) }),
          ),
        )
        .catch(fail);
    } else if (first && first.kind !== 'command' && first.kind !== 'reminder') {
      rest.unshift(first);
    } else if (first) {
      if (body.container?.is_ephemeral && respond) {
        await respond({ replace_original: true, ...renderReply(first) }).catch(fail);
      } else if (messageTs && action.conversationId) {
        await this.outbox
          .run(action.conversationId, () =>
            this.call('chat.update', () => this.web.chat.update({ channel: action.conversationId, ts: messageTs, ...renderReply(first) })),
          )
          .catch(fail);
      } else {
        rest.unshift(first);
      }
    }
    for (const reply of rest) {
      if (body.container?.is_ephemeral && respond) {
        await respond({ response_type: 'ephemeral', replace_original: false, ...renderReply(reply) }).catch(fail);
      } else if (action.conversationId) {
        await this.post(action.conversationId, action.threadId, reply).catch(fail);
      }
    }
  }

  /** The App Home tab lists the user's open deadlines, rebuilt on every visit and after every click there. */
  private async publishHome(workspaceId: string, userId: string): Promise<void> {
    const home = await this.handler!.openDeadlines({ platform: 'slack', workspaceId, userId });
    const view = renderHome(home) as unknown as webApi.ViewsPublishArguments['view'];
    await this.outbox.run(`home:${userId}`, () => this.call('views.publish', () => this.web.views.publish({ user_id: userId, view })));
  }

  private post(channel: string, threadTs: string | undefined, reply: Reply): Promise<SendResult> {
    return this.outbox.run(channel, async () => {
      const res = await this.call('chat.postMessage', () =>
        this.web.chat.postMessage({ channel, thread_ts: threadTs, unfurl_links: false, unfurl_media: false, ...renderReply(reply) }),
      );
      return { messageId: String(res.ts ?? '') };
    });
  }

  private async openDm(userId: string): Promise<string> {
    const cached = this.dmChannels.get(userId);
    if (cached) return cached;
    const res = await this.outbox.run(`open:${userId}`, () => this.call('conversations.open', () => this.web.conversations.open({ users: userId })));
    const id = res.channel?.id;
    if (!id) throw toDeliveryError(new Error('conversations.open returned no channel'), 'conversations.open');
    this.dmChannels.set(userId, id);
    return id;
  }

  /** One Web API call, with SDK errors translated for the Outbox. */
  private async call<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      throw toDeliveryError(err, what);
    }
  }
}
