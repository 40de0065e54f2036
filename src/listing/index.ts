/** The listing check: false price, MOQ, SKU and shipping in a pasted product listing (issue 15). */
export { createListingChecker, MAX_LISTING_CHARS, type ListingChecker } from './checker.js';
export { listingResultToReply, KIND_LABEL } from './render.js';
export { createListingJob, recordListingCheck, type ListingCheckContext, type ListingCheckRecord, type ListingCheckRecorder } from './job.js';
export { loadListingRules, DEFAULT_LISTING_RULES_DIR, ListingRulesError, type ListingRules } from './rules.js';
export { LISTING_KINDS, type ListingKind, type ListingResult, type Finding, type ParsedListing, type Verdict } from './types.js';
