import type { Lang, ListingJob, Platform } from '../core/types.js';
import type { Logger } from '../core/log.js';
import { createListingChecker, type ListingChecker } from './checker.js';
import { listingResultToReply } from './render.js';
import type { ListingKind, ListingResult, Verdict } from './types.js';

/** What a listing check leaves behind: never the listing text, only its hash, length, verdict and kinds. */
export interface ListingCheckRecord {
  workspaceId: string;
  platform: Platform;
  userKey: string;
  textHash: string;
  textLength: number;
  verdict: Verdict;
  kinds: ListingKind[];
  lang: Lang;
}

export interface ListingCheckRecorder {
  recordListingCheck(rec: ListingCheckRecord): Promise<void>;
}

/** Who asked for a check, for the record (never the text). */
export interface ListingCheckContext {
  platform: Platform;
  workspaceId: string;
  userId: string;
  lang?: Lang;
}

/** The listing check with its record kept: what the chat job and the console's listing panel both call. */
export interface ListingService {
  check(text: string, ctx: ListingCheckContext): Promise<ListingResult>;
}

export function createListingService(deps: { store?: ListingCheckRecorder; rulesDir?: string; checker?: ListingChecker; log?: Logger } = {}): ListingService {
  const checker = deps.checker ?? createListingChecker({ rulesDir: deps.rulesDir });
  return {
    async check(text, ctx) {
      const result = checker.check(text, { lang: ctx.lang });
      if (deps.store && result.status === 'checked') {
        // A failed write must not cost the rep the answer: the check itself is done.
        await deps.store
          .recordListingCheck({
            workspaceId: ctx.workspaceId,
            platform: ctx.platform,
            userKey: ctx.userId,
            textHash: result.textHash,
            textLength: text.length,
            verdict: result.verdict,
            kinds: [...new Set(result.findings.map((f) => f.kind))],
            lang: result.lang,
          })
          .catch((err: Error) => deps.log?.warn('listing_record_failed', { error: err.message }));
      }
      return result;
    },
  };
}

/** The listing check as a chat job: check, record (when a store is given), render. */
export function createListingJob(deps: { store?: ListingCheckRecorder; rulesDir?: string; checker?: ListingChecker; log?: Logger; service?: ListingService } = {}): ListingJob {
  const service = deps.service ?? createListingService(deps);
  return {
    async check(text, ctx) {
      return listingResultToReply(await service.check(text, ctx), text);
    },
  };
}
