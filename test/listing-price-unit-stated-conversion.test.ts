import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A price in one unit beside an MOQ in another hides the real unit price only when the page leaves the buyer to guess
 * the conversion. A page that states it ("1 roll = about 25 kg", "Price per roll: $34", "折合每卷约 US $30") shows what
 * the buyer pays; the factor inside such a line ("0.05kg") is a conversion, not a unit cut down to look cheap.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a price per weight with an MOQ in rolls or sets', () => {
  it('is still a price_unit finding when nothing converts the two', () => {
    expect(kinds('商品名称：镀锌钢丝绳 6mm\n价格：US $1.20 / kg\nMOQ：50 卷')).toContain('price_unit');
    expect(kinds('Galvanized Chain Link Fence 1.5m high\n$0.85 / Kilogram | 200 Rolls (Min. Order)')).toContain('price_unit');
  });

  it('passes when the page restates the price in the unit it sells by', () => {
    expect(kinds('商品名称：镀锌钢丝绳 6mm\n价格：US $1.20 / kg\n每卷约25kg，折合每卷约 US $30\nMOQ：50 卷')).not.toContain('price_unit');
    expect(kinds('Galvanized Chain Link Fence 1.5m high\n$0.85 / Kilogram | 200 Rolls (Min. Order)\nPrice per roll: $34.00')).not.toContain('price_unit');
  });
});

describe('a fraction of a unit inside a stated conversion', () => {
  it('is not a unit cut down', () => {
    expect(kinds('商品名称：PE 保护膜 卷材 50微米\n计价：US $2.10 / kg\nMOQ：500 kg\n说明：也可按平方米报价，1平方米=约0.05kg')).toEqual([]);
  });
});
