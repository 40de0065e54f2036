import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A Chinese IME types digits and Latin letters full width ("ＭＯＱ５件", "０.０５刀"). The page parser folded them (NFKC), but a
 * rep's own message went to the prose readers as typed, so its numbers were not read. They are folded before any reader.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('full-width digits and letters in a message', () => {
  it('are read like ASCII ones', () => {
    expect(kinds('我们店里的ＭＯＱ写的是５件，但是其实８０００件以上才接单')).toContain('moq');
    expect(kinds('our page MOQ says ３ pcs but we actually only take orders above ５０００ pcs')).toContain('moq');
    expect(kinds('ＭＯＱ写的是５件，但实际２０００件起做')).toEqual(kinds('MOQ写的是5件，但实际2000件起做'));
  });

  it('leave a consistent message alone', () => {
    expect(kinds('我们ＭＯＱ写的是５００件，实际也是５００件起做')).toEqual([]);
  });
});
