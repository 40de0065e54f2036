import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a headline range whose low end is far under the reference floor', () => {
  it('flags a range alone whose cheapest end no such goods sell at, though its dearest end fits', () => {
    expect(kinds('Product name: Executive Office Chair PU Leather High Back\nPrice: US $0.90 - $85.00 / piece\nMOQ: 20 pieces')).toContain('price_range');
    expect(kinds('商品名称：锦纶丝 DTY 70D/24F 半光\n价格：US $0.08 - $2.60 / 公斤\n起订量：500 公斤')).toContain('price_range');
  });

  it('passes a range near the floor, and a range whose low end tiers or options explain', () => {
    expect(kinds('Product name: Executive Office Chair PU Leather High Back\nPrice: US $9.50 - $85.00 / piece\nMOQ: 20 pieces')).toEqual([]);
    expect(kinds('Product name: Polyester DTY Yarn 75D/36F SD Raw White\nPrice: US $1.05 - $1.60 / kg\nMOQ: 1,000 kg')).toEqual([]);
  });
});
