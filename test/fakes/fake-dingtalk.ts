import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes, randomUUID } from 'node:crypto';
import { WebSocketServer, type WebSocket } from 'ws';
import type { AdapterDeps, MessageHandler } from '../../src/platform/adapter.js';
import type { IncomingAction, IncomingMessage, Reply } from '../../src/core/types.js';
import { createLogger } from '../../src/core/log.js';
import { DingTalkAdapter, type DingTalkAdapterOptions } from '../../src/platform/dingtalk/index.js';

/**
 * A loopback DingTalk: the stream gateway (connection-open endpoint handing out one-shot 90 s tickets and a
 * WebSocket speaking the stream protocol), session webhooks, the OAuth2 token endpoint and the robot send
 * endpoints. It records every call and every frame a client sends back, and can be told to misbehave.
 */

export const TOPIC_ROBOT = '/v1.0/im/bot/messages/get';
export const TOPIC_CARD = '/v1.0/card/instances/callback';

export interface RecordedCall {
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  body: any;
  at: number;
}

export interface ScriptedResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

interface Ticket {
  issuedAt: number;
  used: boolean;
}

export class FakeDingTalk {
  readonly calls: RecordedCall[] = [];
  /** Frames the clients sent over the stream (acks, pongs), parsed. */
  readonly upstream: any[] = [];
  /** Arrival time (ms epoch) of each upstream frame, same index. */
  readonly upstreamAt: number[] = [];
  readonly tickets = new Map<string, Ticket>();
  /** Tickets presented at the WebSocket that were refused (unknown, reused or expired). */
  readonly refusedTickets: string[] = [];
  readonly clientId = 'dingfakeclient';
  readonly clientSecret = 'fake-secret-value';
  private readonly sockets = new Set<WebSocket>();
  private readonly scripts = new Map<string, ScriptedResponse[]>();
  private readonly always = new Map<string, ScriptedResponse>();
  private tokenSerial = 0;
  private server!: http.Server;
  private wss!: WebSocketServer;
  port = 0;
  /** A private deployment's fixed stream endpoint (ws://…/stream-direct) that needs no ticket. */
  ticketlessEndpoint = false;
  /** What the token endpoint says about a token's lifetime, in seconds. */
  tokenExpireIn = 7200;
  /** Staff ids the batchSend endpoint reports as flow-controlled. */
  flowControlled = new Set<string>();

  get base(): string {
    return `http://127.0.0.1:${this.port}`;
  }
  get gatewayUrl(): string {
    return `${this.base}/v1.0/gateway/connections/open`;
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => void this.onHttp(req, res));
    this.wss = new WebSocketServer({ noServer: true });
    this.server.on('upgrade', (req, socket, head) => {
      const url = new URL(req.url ?? '/', 'http://x');
      const ticket = url.searchParams.get('ticket') ?? '';
      if (url.pathname === '/stream-direct' && this.ticketlessEndpoint) {
        this.wss.handleUpgrade(req, socket, head, (ws) => this.attach(ws));
        return;
      }
      const t = this.tickets.get(ticket);
      if (url.pathname !== '/stream' || !t || t.used || Date.now() - t.issuedAt > 90_000) {
        this.refusedTickets.push(ticket);
        socket.end('HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n');
        return;
      }
      t.used = true;
      this.wss.handleUpgrade(req, socket, head, (ws) => this.attach(ws));
    });
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  private attach(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('message', (data) => {
      this.upstreamAt.push(Date.now());
      try {
        this.upstream.push(JSON.parse(data.toString()));
      } catch {
        this.upstream.push({ unparsable: data.toString() });
      }
    });
    ws.on('close', () => this.sockets.delete(ws));
  }

  async stop(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  /** Queue responses for a path (used in order), then fall back to `always` or the normal behaviour. */
  script(path: string, ...responses: ScriptedResponse[]): void {
    this.scripts.set(path, [...(this.scripts.get(path) ?? []), ...responses]);
  }
  alwaysRespond(path: string, response: ScriptedResponse | null): void {
    if (response) this.always.set(path, response);
    else this.always.delete(path);
  }

  callsTo(path: string): RecordedCall[] {
    return this.calls.filter((c) => c.path === path);
  }

  acks(messageId?: string): any[] {
    return this.upstream.filter((f) => f?.code === 200 && (messageId === undefined || f.headers?.messageId === messageId));
  }

  openSockets(): number {
    return [...this.sockets].filter((s) => s.readyState === 1).length;
  }

  /** Pushes a raw frame (string or object) to every open stream socket. */
  pushFrame(frame: unknown): void {
    const text = typeof frame === 'string' ? frame : JSON.stringify(frame);
    for (const ws of this.sockets) if (ws.readyState === 1) ws.send(text);
  }

  /** A CALLBACK frame for a topic with `data` as its JSON string payload; returns the frame's messageId. */
  pushCallback(topic: string, data: unknown, messageId = `mid-${randomUUID()}`): string {
    this.pushFrame({
      specVersion: '1.0',
      type: 'CALLBACK',
      headers: { appId: 'app', connectionId: 'conn', contentType: 'application/json', messageId, time: String(Date.now()), topic },
      data: typeof data === 'string' ? data : JSON.stringify(data),
    });
    return messageId;
  }

  /** A robot text message as DingTalk pushes it; `overrides` replaces or adds fields. Returns its frame messageId. */
  pushRobotText(opts: RobotTextOptions, messageId?: string): string {
    return this.pushCallback(TOPIC_ROBOT, this.robotText(opts), messageId);
  }

  robotText(opts: RobotTextOptions): Record<string, unknown> {
    const session = opts.session ?? randomBytes(6).toString('hex');
    const direct = opts.direct ?? true;
    return {
      conversationId: opts.conversationId ?? (direct ? 'cidDIRECT1' : 'cidGROUP1'),
      chatbotCorpId: 'dingCORP1',
      chatbotUserId: '$:LWCP_v1:$bot',
      msgId: opts.msgId ?? `msg${randomBytes(6).toString('hex')}`,
      senderNick: opts.senderNick ?? '张三',
      isAdmin: false,
      senderStaffId: opts.staffId ?? 'staff001',
      sessionWebhookExpiredTime: opts.webhookExpiresAt ?? Date.now() + 90 * 60_000,
      createAt: Date.now(),
      senderCorpId: 'dingCORP1',
      conversationType: direct ? '1' : '2',
      senderId: '$:LWCP_v1:$sender',
      sessionWebhook: `${this.base}/robot/sendBySession?session=${session}`,
      robotCode: this.clientId,
      msgtype: 'text',
      text: { content: opts.text },
      ...opts.overrides,
    };
  }

  systemFrame(topic: string, data: unknown = {}): void {
    this.pushFrame({
      specVersion: '1.0',
      type: 'SYSTEM',
      headers: { contentType: 'application/json', messageId: `sys-${randomUUID()}`, time: String(Date.now()), topic },
      data: JSON.stringify(data),
    });
  }

  /** Drops every stream socket without a close handshake, like a gateway restart. */
  dropConnections(): void {
    for (const ws of this.sockets) ws.terminate();
  }

  /** Half-dead connection: the TCP socket stays up but the gateway stops reading and answering. */
  freezeConnections(): void {
    for (const ws of this.sockets) (ws as unknown as { _socket: import('node:net').Socket })._socket.pause();
  }

  async waitFor<T>(probe: () => T | undefined | false | null, what: string, timeoutMs = 5_000): Promise<T> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const v = probe();
      if (v) return v;
      if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  private async onHttp(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const url = new URL(req.url ?? '/', 'http://x');
    let body: any = null;
    try {
      body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString()) : null;
    } catch {
      body = { unparsable: true };
    }
    this.calls.push({ path: url.pathname, query: url.searchParams, headers: req.headers, body, at: Date.now() });
    const queued = this.scripts.get(url.pathname);
    const scripted = queued?.shift() ?? this.always.get(url.pathname);
    if (scripted) return send(res, scripted.status, scripted.body ?? {}, scripted.headers);
    switch (url.pathname) {
      case '/v1.0/gateway/connections/open': {
        if (body?.clientId !== this.clientId || body?.clientSecret !== this.clientSecret) return send(res, 401, { code: 'InvalidClient' });
        const ticket = randomUUID();
        this.tickets.set(ticket, { issuedAt: Date.now(), used: false });
        return send(res, 200, { endpoint: `ws://127.0.0.1:${this.port}/stream`, ticket });
      }
      case '/v1.0/oauth2/accessToken': {
        if (body?.appKey !== this.clientId || body?.appSecret !== this.clientSecret) return send(res, 400, { code: 'invalidClientIdOrSecret' });
        return send(res, 200, { accessToken: `tok-${++this.tokenSerial}`, expireIn: this.tokenExpireIn });
      }
      case '/v1.0/robot/oToMessages/batchSend': {
        if (!this.tokenOk(req)) return send(res, 401, { code: 'InvalidAuthentication' });
        const ids: string[] = Array.isArray(body?.userIds) ? body.userIds : [];
        return send(res, 200, {
          processQueryKey: `pqk-${randomBytes(4).toString('hex')}`,
          invalidStaffIdList: [],
          flowControlledStaffIdList: ids.filter((id) => this.flowControlled.has(id)),
        });
      }
      case '/v1.0/robot/groupMessages/send': {
        if (!this.tokenOk(req)) return send(res, 401, { code: 'InvalidAuthentication' });
        return send(res, 200, { processQueryKey: `pqk-${randomBytes(4).toString('hex')}` });
      }
      // Robot interactive cards (互动卡片): send from a template, and update by the cardBizId Haili chose.
      case '/v1.0/im/v1.0/robot/interactiveCards/send': {
        if (!this.tokenOk(req)) return send(res, 401, { code: 'InvalidAuthentication' });
        if (!body?.cardTemplateId || !body?.cardBizId || typeof body?.cardData !== 'string') return send(res, 400, { code: 'MissingParameter' });
        return send(res, 200, { success: true, result: { processQueryKey: `pqk-${randomBytes(4).toString('hex')}` } });
      }
      case '/v1.0/im/robots/interactiveCards': {
        if (!this.tokenOk(req)) return send(res, 401, { code: 'InvalidAuthentication' });
        if (req.method !== 'PUT' || !body?.cardBizId || typeof body?.cardData !== 'string') return send(res, 400, { code: 'MissingParameter' });
        return send(res, 200, { success: true });
      }
      case '/robot/sendBySession':
        return send(res, 200, { errcode: 0, errmsg: 'ok' });
      default:
        return send(res, 404, { code: 'NotFound' });
    }
  }

  private tokenOk(req: http.IncomingMessage): boolean {
    const tok = req.headers['x-acs-dingtalk-access-token'];
    return typeof tok === 'string' && /^tok-\d+$/.test(tok) && Number(tok.slice(4)) <= this.tokenSerial;
  }
}

export interface RobotTextOptions {
  text: string;
  direct?: boolean;
  msgId?: string;
  conversationId?: string;
  staffId?: string;
  senderNick?: string;
  session?: string;
  webhookExpiresAt?: number;
  overrides?: Record<string, unknown>;
}

function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** Short timers so reconnects and retries happen within a test. */
export const FAST: DingTalkAdapterOptions = {
  timing: { pingIntervalMs: 100, silenceMs: 1_000, backoffBaseMs: 50, backoffMaxMs: 400, openTimeoutMs: 2_000, stableMs: 5_000 },
  outbox: { minIntervalMs: 0, maxAttempts: 4, baseBackoffMs: 20, maxBackoffMs: 100 },
  httpTimeoutMs: 2_000,
};

/** A tiny handler written for the tests: echoes text, answers "card" with a card, records everything. */
export class RecordingHandler implements MessageHandler {
  readonly messages: IncomingMessage[] = [];
  readonly actions: IncomingAction[] = [];
  /** When set, onMessage waits for it: a slow LLM or database. */
  gate: Promise<void> | null = null;
  async onMessage(msg: IncomingMessage): Promise<Reply[]> {
    this.messages.push(msg);
    if (this.gate) await this.gate;
    if (msg.text === 'card') {
      return [
        {
          lang: 'en',
          kind: 'reminder',
          text: 'Case C12 is due soon',
          card: {
            title: 'Deadline',
            tone: 'warning',
            body: 'Fix listing',
            actions: [
              { id: 'done', label: 'Done', value: 'C12' },
              { id: 'snooze', label: 'Snooze', value: 'C12' },
            ],
          },
        },
      ];
    }
    return [{ lang: 'en', kind: 'answer', text: `echo: ${msg.text}` }];
  }
  async onAction(action: IncomingAction): Promise<Reply[]> {
    this.actions.push(action);
    return [{ lang: 'en', kind: 'command', text: `${action.action} ${action.value} ok` }];
  }
  async openDeadlines(): Promise<Reply> {
    return { lang: 'en', kind: 'reminder', text: 'none' };
  }
}

/** In-memory stand-in for the DB-backed claim (the e2e tests use the real one). */
export function memoryDeps(logLines: string[] = []): AdapterDeps & { claims: string[] } {
  const seen = new Set<string>();
  const claims: string[] = [];
  return {
    claims,
    log: createLogger('debug', (l) => logLines.push(l)),
    async claimEvent(platform, id) {
      claims.push(`${platform}:${id}`);
      if (seen.has(`${platform}:${id}`)) return false;
      seen.add(`${platform}:${id}`);
      return true;
    },
  };
}

export async function startAdapterAgainst(fake: FakeDingTalk, opts: DingTalkAdapterOptions & { gatewayUrl?: string } = FAST) {
  const handler = new RecordingHandler();
  const logLines: string[] = [];
  const deps = memoryDeps(logLines);
  const adapter = new DingTalkAdapter(
    { clientId: fake.clientId, clientSecret: fake.clientSecret, apiBase: fake.base, gatewayUrl: opts.gatewayUrl ?? fake.gatewayUrl },
    deps,
    { ...FAST, ...opts, timing: { ...FAST.timing, ...opts.timing }, outbox: { ...FAST.outbox, ...opts.outbox } },
  );
  await adapter.start(handler);
  return { adapter, handler, deps, logLines };
}
