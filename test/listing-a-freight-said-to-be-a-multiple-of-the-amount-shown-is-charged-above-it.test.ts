import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A page that says the freight it charges is a multiple of the one it shows ("final freight is 3x the displayed
 * amount", "double the displayed fee", "按页面显示金额的三倍收取") charges above its published fee, however it names the
 * amount shown and whether the factor is written in digits, a Chinese numeral or a word. A factor said of something
 * else (a sample's price) is no freight.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a freight said to be a multiple of the amount shown', () => {
  it('flags it in English and Chinese, with the factor in digits, numerals or words', () => {
    expect(kinds('Women Knitted Cardigan\nPrice: $6.40 - $7.10 / Piece   MOQ 20 Pieces\nShipping\t$14.00\nNote: final freight is 3x the displayed amount for all orders.')).toContain('shipping');
    expect(kinds('Product: Cotton Tote Bag\nPrice: $1.20 - $1.50 / Piece   MOQ 100 Pieces\nShipping\t$10.00\nSeller note: freight charged is double the displayed fee for every order.')).toContain('shipping');
    expect(kinds('Ceramic Mug 350ml\nPrice: US$0.90 / Piece\nMOQ: 72 Pieces\nShipping: US$20.00\nRemark: the real shipping will be 4 times the published rate')).toContain('shipping');
    expect(kinds('商品：不锈钢保温杯 500ml\n价格 US$2.10/个  起订量 50个\n运费：US$15.00\n备注：实际运费按页面显示金额的三倍收取')).toContain('shipping');
  });

  it('passes a factor said of the sample price', () => {
    expect(kinds('Ceramic Mug 350ml\nPrice: US$0.90 / Piece\nMOQ: 72 Pieces\nShipping: US$20.00\nSamples cost 2x the listed price, freight collect')).not.toContain('shipping');
  });
});
