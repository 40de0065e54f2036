import type { ChatAdapter } from './adapter.js';
import { DeliveryError } from './adapter.js';
import type { Reply, Target } from '../core/types.js';

/** Routes a proactive message to the adapter of its target's platform. */
export class PlatformDeliverer {
  constructor(private readonly adapters: ChatAdapter[]) {}

  async send(target: Target, reply: Reply, _idempotencyKey: string): Promise<{ messageId: string }> {
    const adapter = this.adapters.find((a) => a.platform === target.platform);
    // Not retryable: a platform that is not configured on this replica will not appear by waiting.
    if (!adapter) throw new DeliveryError(`no adapter for platform ${target.platform}`, false);
    return adapter.send(target, reply);
  }
}
