import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A glass or empty bottle made for wine ("玻璃瓶 375ml 红酒瓶") is glassware at cents, not wine: it does not meet the wine
 * category's $1 floor (reference-prices.yaml wine-spirits excludes 玻璃瓶 and 空瓶 as it excludes "glass"). Wine itself at $0.30
 * a bottle still does. Our own wordings.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('an empty wine bottle', () => {
  it('is no wine', () => {
    expect(kinds('玻璃瓶 375ml 红酒瓶 墨绿色\nUS $0.22 - $0.30 / 个 | 起订量：10000 个')).toEqual([]);
  });

  it('while wine at cents a bottle is far below the market', () => {
    expect(kinds('法国红酒 干红葡萄酒 750ml\nUS $0.30 / 瓶 | 起订量：600 瓶')).toEqual(['price_range']);
  });
});
