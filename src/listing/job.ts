import type { Lang, ListingJob, Platform } from '../core/types.js';
import type { Logger } from '../core/log.js';
import { createListingChecker, type ListingChecker } from './checker.js';
import { listingResultToReply } from './render.js';
import type { ListingKind, Verdict } from './types.js';

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

/** The listing check as a chat job: check, record (when a store is given), render. */
export function createListingJob(deps: { store?: ListingCheckRecorder; rulesDir?: string; checker?: ListingChecker; log?: Logger } = {}): ListingJob {
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
      return listingResultToReply(result, text);
    },
  };
}
