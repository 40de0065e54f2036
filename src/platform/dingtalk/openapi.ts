import { DeliveryError } from '../adapter.js';
import { deliveryErrorFromStatus } from '../outbox.js';
import type { RobotMessage } from './render.js';

export const DEFAULT_API_BASE = 'https://api.dingtalk.com';

/** DingTalk accepts at most 20 staff ids per oToMessages/batchSend call. */
export const MAX_BATCH_USERS = 20;

export interface OpenApiConfig {
  apiBase: string;
  clientId: string;
  clientSecret: string;
  robotCode: string;
  timeoutMs: number;
  /** Refresh the token this long before DingTalk says it expires. */
  tokenMarginMs: number;
}

interface Token {
  value: string;
  expiresAt: number;
}

/**
 * DingTalk's robot OpenAPI: an app access token cached until shortly before expiry (one refresh in flight
 * at a time), robot 1:1 and group sends, and session-webhook posts. Every failure becomes a DeliveryError.
 */
export class DingTalkOpenApi {
  private token: Token | null = null;
  private refreshing: Promise<string> | null = null;
  /** Token fetches so far (tests check the cache). */
  tokenFetches = 0;

  constructor(private readonly cfg: OpenApiConfig) {}

  async accessToken(): Promise<string> {
    if (this.token && Date.now() < this.token.expiresAt) return this.token.value;
    this.refreshing ??= this.fetchToken().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async fetchToken(): Promise<string> {
    this.tokenFetches++;
    const body = await this.call('access token', `${this.cfg.apiBase}/v1.0/oauth2/accessToken`, {
      appKey: this.cfg.clientId,
      appSecret: this.cfg.clientSecret,
    });
    const value = typeof body.accessToken === 'string' ? body.accessToken : '';
    const expireIn = typeof body.expireIn === 'number' && body.expireIn > 0 ? body.expireIn : 7200;
    if (!value) throw new DeliveryError('DingTalk access token: no accessToken in the answer', false);
    this.token = { value, expiresAt: Date.now() + Math.max(0, expireIn * 1000 - this.cfg.tokenMarginMs) };
    return value;
  }

  /**
   * 1:1 robot message to staff ids. Throttled users come back in `remaining` so a retry only re-sends
   * to them; the caller turns a non-empty list into a retryable error.
   */
  async sendToUsers(userIds: string[], msg: RobotMessage): Promise<{ messageId: string; throttled: string[]; invalid: string[] }> {
    if (userIds.length === 0 || userIds.length > MAX_BATCH_USERS) {
      throw new DeliveryError(`DingTalk batchSend takes 1-${MAX_BATCH_USERS} users, got ${userIds.length}`, false);
    }
    const body = await this.authed('robot oToMessages/batchSend', '/v1.0/robot/oToMessages/batchSend', {
      robotCode: this.cfg.robotCode,
      userIds,
      msgKey: msg.msgKey,
      msgParam: JSON.stringify(msg.msgParam),
    });
    return {
      messageId: typeof body.processQueryKey === 'string' ? body.processQueryKey : '',
      throttled: stringList(body.flowControlledStaffIdList),
      invalid: stringList(body.invalidStaffIdList),
    };
  }

  async sendToGroup(openConversationId: string, msg: RobotMessage): Promise<{ messageId: string }> {
    const body = await this.authed('robot groupMessages/send', '/v1.0/robot/groupMessages/send', {
      robotCode: this.cfg.robotCode,
      openConversationId,
      msgKey: msg.msgKey,
      msgParam: JSON.stringify(msg.msgParam),
    });
    return { messageId: typeof body.processQueryKey === 'string' ? body.processQueryKey : '' };
  }

  /**
   * A robot interactive card (互动卡片) from a template, to a group or one person. `cardBizId` is ours: clicks come
   * back with it as outTrackId, and updateInteractiveCard rewrites the same card in place.
   */
  async sendInteractiveCard(p: { cardTemplateId: string; cardBizId: string; openConversationId?: string; userId?: string; params: Record<string, string> }): Promise<{ messageId: string }> {
    const body = await this.authed('robot interactiveCards/send', '/v1.0/im/v1.0/robot/interactiveCards/send', {
      cardTemplateId: p.cardTemplateId,
      cardBizId: p.cardBizId,
      robotCode: this.cfg.robotCode,
      ...(p.openConversationId ? { openConversationId: p.openConversationId } : { singleChatReceiver: JSON.stringify({ userId: p.userId }) }),
      cardData: JSON.stringify({ cardParamMap: p.params }),
    });
    const result = (body.result ?? {}) as Record<string, unknown>;
    return { messageId: typeof result.processQueryKey === 'string' ? result.processQueryKey : p.cardBizId };
  }

  async updateInteractiveCard(cardBizId: string, params: Record<string, string>): Promise<void> {
    await this.authed(
      'robot interactiveCards update',
      '/v1.0/im/robots/interactiveCards',
      { cardBizId, cardData: JSON.stringify({ cardParamMap: params }), updateOptions: { updateCardDataByKey: true } },
      'PUT',
    );
  }

  /** Posts to a message's session webhook; DingTalk answers 200 with {errcode, errmsg}. */
  async postWebhook(url: string, payload: unknown): Promise<void> {
    const body = await this.call('session webhook', url, payload);
    const errcode = typeof body.errcode === 'number' ? body.errcode : 0;
    if (errcode === 0) return;
    // 130101: sending too fast; everything else (expired, bad payload) will not improve by retrying here.
    throw new DeliveryError(`DingTalk session webhook: errcode ${errcode}`, errcode === 130101, errcode === 130101 ? 3000 : undefined);
  }

  private async authed(what: string, path: string, payload: unknown, method: 'POST' | 'PUT' = 'POST'): Promise<Record<string, unknown>> {
    const token = await this.accessToken();
    try {
      return await this.call(what, `${this.cfg.apiBase}${path}`, payload, { 'x-acs-dingtalk-access-token': token }, method);
    } catch (err) {
      // A revoked or rotated token: forget it so the retry fetches a new one.
      if (err instanceof DeliveryError && err.status === 401) {
        this.token = null;
        throw new DeliveryError(err.message, true, 0, 401);
      }
      throw err;
    }
  }

  private async call(what: string, url: string, payload: unknown, headers: Record<string, string> = {}, method: 'POST' | 'PUT' = 'POST'): Promise<Record<string, unknown>> {
    let res: Response;
    try {
      res = await fetch(url, {
        method,
        headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
        body: JSON.stringify(payload),
        signal: AbortSignal.timeout(this.cfg.timeoutMs),
      });
    } catch (err) {
      const timedOut = (err as Error).name === 'TimeoutError';
      throw new DeliveryError(`DingTalk ${what}: ${timedOut ? 'timed out' : 'unreachable'}`, true);
    }
    if (!res.ok) {
      await res.body?.cancel().catch(() => {});
      throw deliveryErrorFromStatus(res.status, res.headers.get('retry-after'), `DingTalk ${what}`);
    }
    const body = (await res.json().catch(() => null)) as unknown;
    if (!body || typeof body !== 'object') throw new DeliveryError(`DingTalk ${what}: answer is not JSON`, true);
    return body as Record<string, unknown>;
  }
}

function stringList(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}
