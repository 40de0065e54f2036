import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A headline range with no tiers or SKUs behind it is a bait range when it spans hundreds of times. Goods made to the
 * buyer's design quote one range for anything from a tiny part to a full piece ($0.02-$15 moulded parts), so they may
 * span more; a range of tens of thousands stays bait for them too, and stock goods keep the plain limit.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a wide headline range with nothing behind it', () => {
  it('passes on made-to-order goods up to thousands of times', () => {
    expect(kinds('Custom CNC Machined Aluminium Parts OEM\nUS$ 0.02 - 15.00 / Piece\nMin. Order: 500 Pieces')).toEqual([]);
    expect(kinds('商品标题：定制 注塑件 塑料配件 来图加工\n价格区间：US$ 0.03 - 25.00\n起订量：1000 件')).toEqual([]);
  });

  it('stays bait on made-to-order goods when it spans tens of thousands', () => {
    expect(kinds('Custom CNC Machined Aluminium Parts OEM\nUS$ 0.01 - 999.00 / Piece\nMin. Order: 500 Pieces')).toContain('price_range');
  });

  it('keeps the plain limit for stock goods', () => {
    expect(kinds('Aluminium Camping Cookware Pot Set\nUS$ 0.02 - 15.00 / Piece\nMin. Order: 500 Pieces')).toContain('price_range');
  });
});
