import { backoffDelay } from '../../core/backoff.js';
import { DWClient, TOPIC_CARD, TOPIC_ROBOT, type DWClientDownStream } from 'dingtalk-stream';
import type WebSocket from 'ws';
import type { Logger } from '../../core/log.js';

export const DEFAULT_GATEWAY_URL = 'https://api.dingtalk.com/v1.0/gateway/connections/open';

/** A parsed downstream frame that carried a messageId and has already been acknowledged. */
export interface StreamFrame {
  type: string;
  topic: string;
  messageId: string;
  data: string;
}

export interface StreamTiming {
  /** How often the watchdog pings the socket and checks for silence. */
  pingIntervalMs: number;
  /** No frame, ping or pong for this long: the socket is presumed dead and replaced. */
  silenceMs: number;
  /** Reconnect backoff: base * 2^failures with jitter, capped. */
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** Time allowed for the connection-open POST and for the WebSocket handshake. */
  openTimeoutMs: number;
  /** A connection that lived this long counts as healthy, so the next drop starts the backoff afresh. */
  stableMs: number;
}

export const DEFAULT_TIMING: StreamTiming = {
  pingIntervalMs: 10_000,
  silenceMs: 45_000,
  backoffBaseMs: 1_000,
  backoffMaxMs: 60_000,
  openTimeoutMs: 10_000,
  stableMs: 30_000,
};

export interface StreamOptions {
  clientId: string;
  clientSecret: string;
  gatewayUrl: string;
  log: Logger;
  timing: StreamTiming;
  /** Called for every CALLBACK frame after it has been acknowledged on its own socket. */
  onCallback(frame: StreamFrame): void;
}

interface Hooks {
  activity(): void;
  disconnectRequested(): void;
  callback(frame: StreamFrame): void;
  log: Logger;
}

/** What the SDK keeps private but a connection manager has to reach. */
interface SdkInternals {
  socket?: WebSocket;
  dw_url?: string;
  userDisconnect: boolean;
}

/**
 * The SDK's DWClient with the parts that hurt in production replaced: the gateway URL is configurable,
 * every downstream frame is parsed defensively (the SDK's JSON.parse throws inside the socket listener),
 * every CALLBACK frame is acked at once (the SDK only emits them), and the SDK's own reconnect loop is off
 * because it stacks timers on error+close and reuses nothing we can supervise.
 */
class HailiDWClient extends DWClient {
  constructor(
    opts: { clientId: string; clientSecret: string },
    private readonly gatewayUrl: string,
    private readonly openTimeoutMs: number,
    private readonly hooks: Hooks,
  ) {
    super({ clientId: opts.clientId, clientSecret: opts.clientSecret, keepAlive: false, ua: 'haili' });
    this.config.autoReconnect = false;
    // The SDK's default subscriptions array is shared between instances and mutated by
    // registerCallbackListener; give each client its own.
    this.config.subscriptions = [
      { type: 'EVENT', topic: '*' },
      { type: 'CALLBACK', topic: TOPIC_ROBOT },
      { type: 'CALLBACK', topic: TOPIC_CARD },
    ];
  }

  private get internals(): SdkInternals {
    return this as unknown as SdkInternals;
  }

  get ws(): WebSocket | undefined {
    return this.internals.socket;
  }

  /** Opens a fresh ticket (each works once and lasts 90 s) at the configured gateway. */
  override async getEndpoint(): Promise<this> {
    if (/^wss?:\/\//i.test(this.gatewayUrl)) {
      // A private deployment may hand out a fixed stream endpoint with no ticket exchange.
      this.internals.dw_url = this.gatewayUrl;
      return this;
    }
    const res = await fetch(this.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({
        clientId: this.config.clientId,
        clientSecret: this.config.clientSecret,
        ua: this.config.ua,
        subscriptions: this.config.subscriptions,
      }),
      signal: AbortSignal.timeout(this.openTimeoutMs),
    });
    if (!res.ok) throw new Error(`gateway connection-open: HTTP ${res.status}`);
    const body = (await res.json().catch(() => null)) as { endpoint?: unknown; ticket?: unknown } | null;
    if (!body || typeof body.endpoint !== 'string' || typeof body.ticket !== 'string' || !body.endpoint || !body.ticket) {
      throw new Error('gateway connection-open: no endpoint or ticket in the answer');
    }
    this.internals.dw_url = `${body.endpoint}?ticket=${encodeURIComponent(body.ticket)}`;
    return this;
  }

  override onDownStream(raw: string | Buffer): void {
    this.hooks.activity();
    let msg: DWClientDownStream;
    try {
      msg = JSON.parse(raw.toString()) as DWClientDownStream;
    } catch {
      this.hooks.log.warn('dingtalk_frame_malformed', { length: raw.length });
      return;
    }
    try {
      this.route(msg);
    } catch (err) {
      this.hooks.log.error('dingtalk_frame_failed', { error: (err as Error).message });
    }
  }

  private route(msg: DWClientDownStream): void {
    const headers = msg && typeof msg === 'object' && msg.headers && typeof msg.headers === 'object' ? msg.headers : null;
    const topic = typeof headers?.topic === 'string' ? headers.topic : '';
    const messageId = typeof headers?.messageId === 'string' ? headers.messageId : '';
    const type = typeof msg?.type === 'string' ? msg.type : '';
    if (type === 'SYSTEM') {
      if (topic === 'disconnect') {
        this.hooks.log.info('dingtalk_stream_disconnect_frame');
        this.hooks.disconnectRequested();
        return;
      }
      // The SDK answers `ping` with the pong frame the gateway expects.
      if (headers) super.onSystem(msg);
      return;
    }
    if (!messageId) {
      this.hooks.log.warn('dingtalk_frame_without_message_id', { type, topic });
      return;
    }
    if (type === 'EVENT') {
      super.onEvent(msg); // acks SUCCESS; Haili subscribes to no events it acts on
      return;
    }
    // CALLBACK (and anything unknown): ack first so the gateway never redelivers, then dispatch.
    this.socketCallBackResponse(messageId, {});
    if (type !== 'CALLBACK') {
      this.hooks.log.warn('dingtalk_frame_unknown_type', { type, topic });
      return;
    }
    this.hooks.callback({ type, topic, messageId, data: typeof msg.data === 'string' ? msg.data : '' });
  }

  /** Drops the socket without the close handshake, which a half-dead peer never completes. */
  kill(): void {
    this.internals.userDisconnect = true;
    const ws = this.internals.socket;
    if (!ws) return;
    ws.removeAllListeners('message');
    ws.on('error', () => {}); // a late error on a discarded socket must not become an uncaught exception
    try {
      ws.terminate();
    } catch {
      /* already gone */
    }
  }
}

/**
 * One supervised stream connection: single-flight reconnects with exponential backoff and jitter, a fresh
 * ticket on every attempt, a watchdog that pings and replaces a silent socket, and make-before-break when
 * the gateway announces a `disconnect`.
 */
export class StreamConnection {
  private current: HailiDWClient | null = null;
  private connecting = false;
  private stopped = true;
  private failures = 0;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private watchdog: NodeJS.Timeout | null = null;
  private lastActivity = 0;
  private openedAt = 0;
  /** Connections opened so far (health and tests). */
  opened = 0;

  constructor(private readonly opts: StreamOptions) {}

  async start(): Promise<void> {
    this.stopped = false;
    const t = this.opts.timing;
    this.watchdog = setInterval(() => this.tick(), t.pingIntervalMs);
    this.watchdog.unref();
    await this.connect();
  }

  stop(): void {
    this.stopped = true;
    if (this.watchdog) clearInterval(this.watchdog);
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.watchdog = this.reconnectTimer = null;
    this.current?.kill();
    this.current = null;
  }

  healthy(): boolean {
    return this.current?.ws?.readyState === 1;
  }

  private async connect(): Promise<void> {
    if (this.stopped || this.connecting) return;
    this.connecting = true;
    const hooks: Hooks = {
      log: this.opts.log,
      activity: () => {
        if (client === this.current) this.lastActivity = Date.now();
      },
      disconnectRequested: () => {
        if (client === this.current) void this.connect();
      },
      callback: (frame) => this.opts.onCallback(frame),
    };
    const client = new HailiDWClient(this.opts, this.opts.gatewayUrl, this.opts.timing.openTimeoutMs, hooks);
    try {
      await client.getEndpoint();
      await withTimeout(client._connect(), this.opts.timing.openTimeoutMs, 'stream handshake');
      const ws = client.ws;
      if (this.stopped || !ws || ws.readyState !== 1) throw new Error('socket closed during handshake');
      const previous = this.current;
      this.current = client;
      this.opened++;
      this.openedAt = this.lastActivity = Date.now();
      ws.on('close', () => this.onClose(client));
      ws.on('pong', hooks.activity);
      ws.on('ping', hooks.activity);
      previous?.kill();
      this.opts.log.info('dingtalk_stream_connected', { connection: this.opened, after_failures: this.failures });
    } catch (err) {
      client.kill();
      if (!this.stopped) {
        this.failures++;
        this.opts.log.warn('dingtalk_stream_connect_failed', { error: (err as Error).message, failures: this.failures });
      }
    } finally {
      this.connecting = false;
    }
    if (!this.current) this.schedule();
  }

  private onClose(client: HailiDWClient): void {
    if (client !== this.current) return; // a replaced socket closing is expected
    this.current = null;
    client.kill();
    if (Date.now() - this.openedAt >= this.opts.timing.stableMs) this.failures = 0;
    else this.failures++;
    if (this.stopped) return;
    this.opts.log.warn('dingtalk_stream_closed', { failures: this.failures });
    this.schedule();
  }

  private schedule(): void {
    if (this.stopped || this.reconnectTimer || this.connecting || this.current) return;
    const t = this.opts.timing;
    // Jitter spreads replicas that lost the gateway at the same moment.
    const delay = backoffDelay(this.failures + 1, { baseMs: t.backoffBaseMs, maxMs: t.backoffMaxMs, jitter: 'equal' });
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      void this.connect();
    }, delay);
  }

  private tick(): void {
    if (this.stopped) return;
    const client = this.current;
    if (!client) {
      this.schedule();
      return;
    }
    if (Date.now() - this.lastActivity > this.opts.timing.silenceMs) {
      this.opts.log.warn('dingtalk_stream_silent', { silent_ms: Date.now() - this.lastActivity });
      this.current = null;
      this.failures++;
      client.kill();
      this.schedule();
      return;
    }
    try {
      client.ws?.ping();
    } catch {
      /* the close handler takes over */
    }
  }
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p,
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
