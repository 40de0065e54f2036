import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * The parser remembers the last answer of its per-line tests and the amounts of each line of the paste in hand (a speed
 * measure: the readers ask the same of the same line in turn). Nothing remembered may leak into another check: a listing
 * reads the same checked alone, after a listing with the very same lines, and between others, in either checker.
 */
const samplesAndFreeShipping = 'Folding Camping Stool Aluminium\nUS $4.20 - $6.80 / piece\n10 - 99 pieces $6.80\n>= 100 pieces $4.20\nSamples: $0.01 / piece\nShipping: free shipping 包邮';
const customAndSkus = '商品名称：定制印logo 帆布托特包\n颜色: 米白 US$2.35 | 黑色 US$2.35 | 防尘袋 US$0.02\n定制logo（起订量：5000 个）\n最小起订量：1 个\n运费：US $3.00';
const plain = 'Stainless Steel Water Bottle 750ml\n$1.90 - $2.40 / Piece\n500 - 1999 Pieces $2.40\n>= 2000 Pieces $1.90\nMin. Order: 500 Pieces';
const texts = [samplesAndFreeShipping, customAndSkus, plain];

describe('a listing check reads the same whatever was checked before it', () => {
  it('gives the same result alone, repeated, and between other listings', () => {
    const alone = texts.map((t) => JSON.stringify(createListingChecker().check(t)));
    const shared = createListingChecker();
    for (const order of [[0, 1, 2], [2, 1, 0], [1, 1, 0, 0, 2, 2], [0, 2, 0, 1, 0]]) {
      for (const k of order) expect(JSON.stringify(shared.check(texts[k]!))).toBe(alone[k]);
    }
  });

  it('reads a line met before in another paste by what this paste holds', () => {
    const shared = createListingChecker();
    // The same sample line under a price, then on a paste with nothing else: the second has no price to judge.
    expect(shared.check(samplesAndFreeShipping).status).toBe('checked');
    expect(JSON.stringify(shared.check('Samples: $0.01 / piece'))).toBe(JSON.stringify(createListingChecker().check('Samples: $0.01 / piece')));
  });
});
