import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Pearls are priced by type (reference-prices.yaml, developer estimates): a strand of tiny freshwater seed pearls sells at about
 * a dollar, while a single South Sea or Tahitian pearl costs ten dollars and more (round 43). One floor for all three flagged
 * the cheap freshwater strands and let South Sea strands at a few dollars through. Our own wordings.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('pearls by type', () => {
  it('a strand of small freshwater pearls at about a dollar passes', () => {
    expect(kinds('淡水珍珠 米珠 3-4mm 一条\nUS $0.90 - $1.40 / 条 | 起订 5 条')).toEqual([]);
  });

  it('South Sea pearls at a few dollars a strand are far below the market', () => {
    expect(kinds('South Sea Golden Pearl Necklace 10-12mm AAA Round\nUS $3.50 - $6.00 / Strand | 2 Strands (Min. Order)')).toEqual(['price_range']);
    expect(kinds('大溪地黑珍珠 项链 9-10mm 正圆\nUS $2.80 - $4.00 / 条 | 起订 2 条')).toEqual(['price_range']);
  });
});
