import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse as parseQuery } from 'node:querystring';
import { WebSocketServer, type WebSocket } from 'ws';
import type { ChatAdapter, MessageHandler } from '../../src/platform/adapter.js';
import { createLogger } from '../../src/core/log.js';
import { createSlackAdapter, type SlackAdapterOptions } from '../../src/platform/slack/index.js';

/**
 * A loopback stand-in for Slack, in two halves:
 * - the Web API (`/api/<method>`) that Haili's WebClient calls: every call is recorded and answered
 *   like Slack would ({ok:true,...}); failures (429 with Retry-After, 5xx, ok:false) can be queued;
 * - `response_url` endpoints (`/response/<id>`) for ephemeral replies to commands and shortcuts;
 * and helpers that deliver events, slash commands and interactions to Haili signed with the
 * real v0 HMAC scheme, as Slack does.
 */
export interface RecordedCall {
  method: string;
  args: Record<string, any>;
  token?: string;
  at: number;
  /** The HTTP status the fake answered with. */
  status: number;
}

type Failure = { status: number; retryAfter?: number } | { error: string };

export class FakeSlack {
  readonly calls: RecordedCall[] = [];
  readonly teamId = 'T0HAILI';
  readonly botUserId = 'UBOTHAILI';
  readonly botId = 'BBOTHAILI';
  private server: Server | null = null;
  private port = 0;
  private seq = 1_700_000_000;
  private readonly failures = new Map<string, Failure[]>();
  private readonly waiters = new Set<() => void>();
  /** Socket Mode: the app's open WebSocket connections and the envelope ids it acknowledged. */
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly sockets = new Set<WebSocket>();
  readonly socketAcks: { envelope_id: string; payload?: unknown }[] = [];

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void this.handle(req).then(
        ({ status, body, headers }) => {
          res.writeHead(status, { 'content-type': 'application/json', ...headers });
          res.end(JSON.stringify(body));
        },
        () => {
          res.writeHead(500);
          res.end();
        },
      );
    });
    this.server.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/socket')) return socket.destroy();
      this.wss.handleUpgrade(req, socket, head, (ws) => {
        this.sockets.add(ws);
        ws.on('close', () => this.sockets.delete(ws));
        ws.on('message', (data) => {
          const msg = safeJson(String(data)) as { envelope_id?: string; payload?: unknown };
          if (msg && typeof msg === 'object' && msg.envelope_id) {
            this.socketAcks.push({ envelope_id: msg.envelope_id, payload: msg.payload });
            for (const w of [...this.waiters]) w();
          }
        });
        ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'AHAILI' }, debug_info: { host: 'fake' } }));
      });
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  /** Sends a Socket Mode envelope (events_api, slash_commands or interactive) to every connected app. */
  socketSend(type: 'events_api' | 'slash_commands' | 'interactive', payload: Record<string, unknown>, retryAttempt = 0): string {
    const envelopeId = `env-${this.seq++}`;
    const envelope = { envelope_id: envelopeId, type, payload, accepts_response_payload: type !== 'events_api', retry_attempt: retryAttempt, retry_reason: retryAttempt ? 'timeout' : '' };
    for (const ws of this.sockets) ws.send(JSON.stringify(envelope));
    return envelopeId;
  }

  get socketCount(): number {
    return this.sockets.size;
  }

  /** Resolves once the app acknowledged the envelope. */
  waitForAck(envelopeId: string, timeoutMs = 5000): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (this.socketAcks.some((a) => a.envelope_id === envelopeId)) {
          this.waiters.delete(check);
          clearTimeout(timer);
          resolve();
        }
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`no ack for ${envelopeId}`));
      }, timeoutMs);
      this.waiters.add(check);
      check();
    });
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    for (const ws of this.sockets) ws.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server!.close(() => r()));
    this.server = null;
  }

  /** What SLACK_API_URL should be set to. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  responseUrl(id: string): string {
    return `http://127.0.0.1:${this.port}/response/${id}`;
  }

  /** Make the next call(s) to `method` fail: an HTTP status (429 with Retry-After seconds) or a Slack ok:false error. */
  failNext(method: string, failure: Failure, times = 1): void {
    const queue = this.failures.get(method) ?? [];
    for (let i = 0; i < times; i++) queue.push(failure);
    this.failures.set(method, queue);
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method && c.status === 200);
  }

  /** Resolves once `count` successful calls to `method` were recorded, or rejects after `timeoutMs`. */
  waitFor(method: string, count = 1, timeoutMs = 10_000): Promise<RecordedCall[]> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const got = this.callsTo(method);
        if (got.length >= count) {
          this.waiters.delete(check);
          clearTimeout(timer);
          resolve(got);
        }
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`timed out waiting for ${count} × ${method} (got ${this.callsTo(method).length})`));
      }, timeoutMs);
      this.waiters.add(check);
      check();
    });
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; body: unknown; headers?: Record<string, string> }> {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://fake');
    const [, area, method = ''] = url.pathname.split('/');
    const args = decodeArgs(raw, String(req.headers['content-type'] ?? ''));
    const token = String(req.headers.authorization ?? '').replace(/^Bearer\s+/i, '') || args.token;
    const name = area === 'response' ? 'response_url' : method;
    const failure = this.failures.get(name)?.shift();
    const status = failure && 'status' in failure ? failure.status : 200;
    this.calls.push({ method: name, args, token, at: Date.now(), status });
    for (const w of [...this.waiters]) w();
    if (failure && 'status' in failure) {
      const headers: Record<string, string> = failure.retryAfter !== undefined ? { 'retry-after': String(failure.retryAfter) } : {};
      return { status: failure.status, body: { ok: false, error: failure.status === 429 ? 'ratelimited' : 'internal_error' }, headers };
    }
    if (failure) return { status: 200, body: { ok: false, error: failure.error } };
    if (area === 'response') return { status: 200, body: { ok: true } };
    if (area !== 'api') return { status: 404, body: { ok: false, error: 'unknown_path' } };
    return { status: 200, body: this.answer(method, args) };
  }

  private answer(method: string, args: Record<string, any>): Record<string, unknown> {
    switch (method) {
      case 'apps.connections.open':
        return { ok: true, url: `ws://127.0.0.1:${this.port}/socket?ticket=${this.seq++}` };
      case 'auth.test':
        return { ok: true, url: 'https://haili-test.slack.com/', team: 'Haili Test', user: 'haili', team_id: this.teamId, user_id: this.botUserId, bot_id: this.botId };
      case 'chat.postMessage': {
        const ts = `${this.seq++}.000100`;
        return { ok: true, channel: args.channel, ts, message: { type: 'message', text: args.text, ts, bot_id: this.botId, thread_ts: args.thread_ts } };
      }
      case 'chat.update':
        return { ok: true, channel: args.channel, ts: args.ts, text: args.text };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: `${this.seq++}.000200` };
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(args.users ?? 'X').split(',')[0]}` } };
      case 'views.publish':
        return { ok: true, view: { id: `V${this.seq++}`, type: 'home', blocks: args.view?.blocks ?? [] } };
      default:
        return { ok: true };
    }
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The WebClient sends form fields with nested values (blocks, view) JSON-encoded; respond() sends JSON. */
function decodeArgs(raw: string, contentType: string): Record<string, any> {
  if (!raw) return {};
  if (contentType.includes('application/json')) return JSON.parse(raw);
  const out: Record<string, any> = {};
  for (const [k, v] of Object.entries(parseQuery(raw))) {
    const s = Array.isArray(v) ? v[0] : (v ?? '');
    out[k] = /^[[{]/.test(s) ? safeJson(s) : s;
  }
  return out;
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return s;
  }
}

// ---------------------------------------------------------------------------------------------
// Delivering signed requests to Haili, as Slack does.

export interface SignedPostOptions {
  secret: string;
  /** Seconds since epoch to sign with (default now); an old one tests the replay window. */
  timestamp?: number;
  /** Sign with this secret instead (a forged request). */
  signWith?: string;
  headers?: Record<string, string>;
}

export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** POSTs a raw body to Haili's /slack/events, signed like Slack's v0 scheme. */
export async function postSigned(
  url: string,
  body: string,
  contentType: string,
  opts: SignedPostOptions,
): Promise<{ status: number; text: string; ms: number }> {
  const timestamp = opts.timestamp ?? Math.floor(Date.now() / 1000);
  const started = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': slackSignature(opts.signWith ?? opts.secret, timestamp, body),
      ...opts.headers,
    },
    body,
  });
  const text = await res.text();
  return { status: res.status, text, ms: performance.now() - started };
}

let eventSeq = 0;

/** An Events API envelope around `event`, with a fresh event_id unless one is given. */
export function eventEnvelope(event: Record<string, unknown>, opts: { teamId?: string; eventId?: string } = {}): Record<string, unknown> {
  return {
    token: 'legacy-verification-token',
    team_id: opts.teamId ?? 'T0HAILI',
    api_app_id: 'AHAILI',
    type: 'event_callback',
    event_id: opts.eventId ?? `Ev${Date.now().toString(36)}${(eventSeq++).toString(36)}`,
    event_time: Math.floor(Date.now() / 1000),
    event,
  };
}

export function postEvent(url: string, envelope: Record<string, unknown>, opts: SignedPostOptions) {
  return postSigned(url, JSON.stringify(envelope), 'application/json', opts);
}

/** A slash command is form-encoded, like Slack sends it. */
export function postCommand(url: string, fields: Record<string, string>, opts: SignedPostOptions) {
  return postSigned(url, new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded', opts);
}

/** Interactivity (block_actions, message_action) arrives as a form field `payload` holding JSON. */
export function postInteraction(url: string, payload: Record<string, unknown>, opts: SignedPostOptions) {
  return postSigned(url, new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded', opts);
}

// ---------------------------------------------------------------------------------------------
// Adapter-level harness: the real Slack adapter (real Bolt) mounted on a tiny node:http server,
// talking to a FakeSlack, with a Set-backed claimEvent and a log that tests can inspect.


export const TEST_SIGNING_SECRET = 'test-signing-secret-8f2a';

export interface SlackHarness {
  fake: FakeSlack;
  adapter: ChatAdapter;
  /** Haili's POST /slack/events. */
  eventsUrl: string;
  claims: string[];
  logs: string[];
  sign: SignedPostOptions;
  stop(): Promise<void>;
}

export async function startSlackHarness(handler: MessageHandler, options: SlackAdapterOptions = {}): Promise<SlackHarness> {
  const fake = await new FakeSlack().start();
  const claimed = new Set<string>();
  const claims: string[] = [];
  const logs: string[] = [];
  const adapter = createSlackAdapter(
    { botToken: 'xoxb-test', signingSecret: TEST_SIGNING_SECRET, apiUrl: fake.apiUrl },
    {
      claimEvent: async (platform, id) => {
        claims.push(id);
        const key = `${platform}:${id}`;
        if (claimed.has(key)) return false;
        claimed.add(key);
        return true;
      },
      log: createLogger('debug', (line) => logs.push(line)),
    },
    options,
  );
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const route = adapter.routes?.find((r) => r.method === req.method && r.path === path);
    if (route) return route.handle(req, res);
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  await adapter.start(handler);
  const port = (server.address() as AddressInfo).port;
  return {
    fake,
    adapter,
    eventsUrl: `http://127.0.0.1:${port}/slack/events`,
    claims,
    logs,
    sign: { secret: TEST_SIGNING_SECRET },
    async stop() {
      await adapter.stop();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await fake.stop();
    },
  };
}
