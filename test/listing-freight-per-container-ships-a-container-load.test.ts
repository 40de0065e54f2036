import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Freight quoted per container by its size and type ("US$ 3,800 / 40HQ reefer", "US$ 1,900 /20GP") ships a container load of
 * the goods, not one kilogram or square metre of them: it is not compared with one unit's price (round 42). Freight quoted per
 * kilogram at thousands still is. Our own wordings.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('freight per container', () => {
  it('is no fee on one unit of the goods', () => {
    expect(kinds('Product: Frozen Squid Tubes U5\nUnit: Kilogram\nPrice: $3.90\nShipping 运费: 预估 US$ 3,800 / 40HQ reefer，以订舱为准')).toEqual([]);
    expect(kinds('商品名称：瓷砖 600x600 抛光\n单价：US$ 4.20 /平方米\n运费：US$ 1,900 /20GP，按港口报')).toEqual([]);
  });

  it('while freight of thousands per kilogram is still flagged', () => {
    expect(kinds('Product: Frozen Squid Tubes U5\nUnit: Kilogram\nPrice: $3.90\nShipping: $3,800 per kilogram')).toContain('shipping');
  });
});
