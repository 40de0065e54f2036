import { webApi } from '@slack/bolt';
import { DeliveryError } from '../adapter.js';

// Platform errors that a later attempt can fix; everything else (channel_not_found, invalid_blocks...) is final.
const RETRYABLE_PLATFORM = new Set(['ratelimited', 'internal_error', 'fatal_error', 'service_unavailable', 'request_timeout']);

/**
 * Maps a Web API failure to a DeliveryError so the Outbox (not the SDK) owns retries:
 * 429 carries Retry-After, 5xx and network errors back off, Slack's ok:false errors are final.
 */
export function toDeliveryError(err: unknown, what: string): DeliveryError {
  if (err instanceof DeliveryError) return err;
  const e = err as { code?: string; retryAfter?: number; statusCode?: number; data?: { error?: string }; message?: string };
  switch (e?.code) {
    case webApi.ErrorCode.RateLimitedError:
      return new DeliveryError(`${what}: rate limited`, true, Math.max(0, (e.retryAfter ?? 1) * 1000), 429);
    case webApi.ErrorCode.HTTPError: {
      const status = e.statusCode ?? 500;
      return new DeliveryError(`${what}: HTTP ${status}`, status >= 500 || status === 408, undefined, status);
    }
    case webApi.ErrorCode.RequestError:
      return new DeliveryError(`${what}: network error`, true);
    case webApi.ErrorCode.PlatformError: {
      const code = e.data?.error ?? 'unknown_error';
      return new DeliveryError(`${what}: ${code}`, RETRYABLE_PLATFORM.has(code), undefined, 200);
    }
    default:
      return new DeliveryError(`${what}: ${e?.message ?? String(err)}`, false);
  }
}
