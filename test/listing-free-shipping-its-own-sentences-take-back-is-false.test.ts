import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Free shipping shown, then taken back by the listing's own words in any field: freight the buyer pays after ordering, a
 * new freight link after payment, "free shipping" that only reaches a forwarder in China (contradictions.yaml
 * freightLater). Free shipping that is real ("nothing extra is charged"), or free for samples with bulk freight on the
 * buyer, passes.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('free shipping its own sentences take back', () => {
  it('is false', () => {
    expect(kinds('LED Desk Lamp Foldable USB\n$4.10 / Piece | 2 Pieces (Min. Order)\nShipping: Free\nRemark: free shipping means delivery to your agent warehouse in Yiwu. Overseas freight is billed to the buyer after payment.')).toContain('shipping');
    expect(kinds('折叠台灯 USB充电\nUS $4.10 / 件 | 2件起批\n运费：包邮\n商品详情：包邮只送到国内货代，国际运费下单后另付。')).toContain('shipping');
    expect(kinds('Lampe de bureau LED pliable\n$4.10 / Piece | 2 Pieces (Min. Order)\nShipping: Free\nNote: after you pay we send a separate shipping link for the international leg.')).toContain('shipping');
  });

  it('passes real free shipping and free sample shipping', () => {
    expect(kinds('LED Desk Lamp Foldable USB\n$4.10 / Piece | 2 Pieces (Min. Order)\nShipping: Free\nRemark: postage is included in the price, nothing extra is charged after payment.')).toEqual([]);
    expect(kinds('Product name: Ceramic Floor Tile 600x600\nPrice: US $4.80 - $6.20 / sqm\nMOQ: 500 sqm\nShipping: Free shipping for samples only; bulk order freight paid by buyer')).toEqual([]);
  });
});
