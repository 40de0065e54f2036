import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Tiers and MOQs counted in trays, reams, jars or reels are read as counts; a reel's length ("30m per reel") converts a
 * price per metre into the reels an MOQ counts, so an honest hose listing passes.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('trays, reams, jars and reels', () => {
  it('reads tiers counted in trays and flags a customisation minimum no buyer can reach', () => {
    const page = (custom: string) => `Private Label Silk Lash Extension Trays 0.05 C Curl\n1 - 9 Trays\t>=10 Trays\n$2.10\t$1.80\nCustomization: Customized logo(Min. Order: ${custom} Trays)\nSamples: $3.00/Tray`;
    expect(checker.parse(page('50')).tiers.map((x) => x.unit?.id)).toEqual(['tray', 'tray']);
    expect(kinds(page('8000000'))).toContain('moq');
    expect(kinds(page('50'))).toEqual([]);
  });

  it('passes a price per metre with the MOQ in reels of a stated length', () => {
    expect(kinds('Rubber air hose 3/8 inch, listed at $0.45/meter, 20m per reel, MOQ 100 reels. that is how hoses are quoted')).toEqual([]);
  });
});
