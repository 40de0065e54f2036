import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * "The price above is for 5,000 pcs and up" or "以上价格为 5000 件以上价格" beside an MOQ of one: the price shown holds
 * only from that quantity, so the MOQ it is shown with is not real. When a price tier starts at that quantity, the
 * sentence only restates the tier, and a listing whose MOQ is that quantity says nothing false.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a sentence scoping the price to a large quantity', () => {
  it('contradicts an MOQ of one, in either language', () => {
    expect(kinds('Custom Enamel Pin Badge Soft Enamel\nUS$ 0.25 / Piece\nMin. Order: 1 Piece\nNote: price shown is for 5000 pcs and up, please ask for small quantity quotes')).toContain('moq');
    expect(kinds('商品标题：定制 珐琅 徽章 软珐琅\n价格：US$ 0.25/件\n起订量：1件\n备注：以上价格为 5000 件以上价格，小单请询价')).toContain('moq');
  });

  it('passes when the MOQ is that quantity', () => {
    expect(kinds('Custom Enamel Pin Badge Soft Enamel\nUS$ 0.25 / Piece\nMin. Order: 5000 Pieces\nNote: price shown is for 5000 pcs and up')).toEqual([]);
  });

  it('passes when a tier starts there and the tiers start at the MOQ', () => {
    const text = 'Custom Enamel Pin Badge Soft Enamel\n100 - 4999 Pieces\tUS$ 0.60\n>= 5000 Pieces\tUS$ 0.25\nMin. Order: 100 Pieces\nNote: price shown is for 5000 pcs and up';
    expect(kinds(text)).toEqual([]);
  });
});
