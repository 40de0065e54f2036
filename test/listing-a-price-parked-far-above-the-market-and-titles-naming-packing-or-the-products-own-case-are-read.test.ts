import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('prices far from the market, in a rep’s words and against the reference table', () => {
  it('flags a price the rep sets far above what other sellers ask for the same goods', () => {
    expect(kinds('老板说这款塑料脏衣篮我们不想卖了，但又不想下架丢权重，\n价格改成 US$ 9,999/个，起订 1 个，挂着就行。同款别家都卖 1 美金左右。这样可以吗？')).toContain('price_range');
    // A premium of a few times the market is a price, not a placeholder.
    expect(kinds('我们这款实木脏衣篮 价格 US$ 4.50/个，起订 50 个。同款别家都卖 1.5 美金左右，我们用的是实木，这样可以吗？')).toEqual([]);
  });

  it('reads "Bed in a Box" as packing, so a mattress title still finds its category', () => {
    const mattress = (prices: string) => `12 Inch Gel Memory Foam Mattress King Size Bed in a Box Medium Firm\n${prices}/ Piece | 10 Piece/Pieces(Min. Order)\nPacking: roll-packed, 1 pc/carton, G.W. 38 kg`;
    expect(kinds(mattress('$1.50 - $2.20'))).toContain('price_range');
    expect(kinds(mattress('$85.00 - $120.00'))).toEqual([]);
  });

  it('reads earbuds with their charging case as earbuds, and a replacement case alone as a case', () => {
    const buds = (title: string, price: string) => `${title}\n${price}/ Piece | 10 Piece/Pieces(Min. Order)\n10 - 99 Pieces\t>=100 Pieces\n${price}\t${price}`;
    expect(kinds(buds('Bluetooth 5.0 TWS Earbuds ANC noise cancelling wireless charging case', '$0.30'))).toContain('price_range');
    expect(kinds(buds('Bluetooth 5.0 TWS Earbuds ANC noise cancelling wireless charging case', '$6.50'))).toEqual([]);
    expect(kinds(buds('Replacement Charging Case for TWS Earbuds', '$0.30'))).toEqual([]);
  });
});
