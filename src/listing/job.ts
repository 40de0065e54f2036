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

/** Who asked for a check: what the record keeps besides the verdict. */
export interface ListingCheckContext {
  platform: Platform;
  workspaceId: string;
  userId: string;
  lang?: Lang;
}

/**
 * Records a finished check (hash, length, verdict, kinds; never the text). A failed write is logged and swallowed:
 * it must not cost the rep the answer, the check itself is done. Chat job and console panel both record here.
 */
export async function recordListingCheck(store: ListingCheckRecorder | undefined, result: ListingResult, text: string, ctx: ListingCheckContext, log?: Logger): Promise<void> {
  if (!store || result.status !== 'checked') return;
  await store
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
    .catch((err: Error) => log?.warn('listing_record_failed', { error: err.message }));
}

/** The listing check as a chat job: check, record (when a store is given), render. */
export function createListingJob(deps: { store?: ListingCheckRecorder; rulesDir?: string; checker?: ListingChecker; log?: Logger } = {}): ListingJob {
  const checker = deps.checker ?? createListingChecker({ rulesDir: deps.rulesDir });
  return {
    async check(text, ctx) {
      const result = checker.check(text, { lang: ctx.lang });
      await recordListingCheck(deps.store, result, text, ctx, deps.log);
      return listingResultToReply(result, text);
    },
  };
}
