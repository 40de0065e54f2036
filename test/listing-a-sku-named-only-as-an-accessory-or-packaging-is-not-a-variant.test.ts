import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A SKU whose whole name is an accessory, a part or packaging ("Storage box", "Charger", "防尘袋", "领结（单买）") beside
 * the product's variants sells something else under the product's name: filler when it sets the bottom of the range,
 * even at a modest discount. A packaging option that does not set the range, or one the title sells, passes.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a SKU named only as an accessory or packaging', () => {
  it('is filler when it sets the lowest price, in English and Chinese', () => {
    expect(kinds('Name: Wireless Earbuds ANC Bluetooth 5.3\nPrice: $6.10 - $8.90 / Piece | 10 Pieces (Min. Order)\nColor:\tWhite\t$8.90\n\tBlack\t$8.90\n\tCharger\t$6.10')).toContain('sku_filler');
    expect(kinds('Name: Leather Hiking Boots Men\nPrice: $1.20 - $32.00 / Pair | 2 Pairs (Min. Order)\nType:\tBrown 42\t$32.00\n\tInsole\t$1.20')).toContain('sku_filler');
    expect(kinds('商品名称：女士真丝连衣裙 夏季\n价格区间：US$ 2.50 - 46.00 / 件\n最小起订量：2 件\nSKU 规格与价格：\n 红色 M US$ 46.00\n 蓝色 M US$ 46.00\n 防尘袋 US$ 2.50')).toContain('sku_filler');
  });

  it('reads every option column of a CSV row into the SKU name', () => {
    expect(kinds('Title,Color,Size,Price,Unit,MOQ\n"Seat Cushion Memory Foam",Grey,Full cushion,19.00,Piece,10\n"Seat Cushion Memory Foam",Grey,Cover only,0.80,Piece,10')).toContain('sku_filler');
  });

  it('passes a packaging option above the bottom of the range, and one the title sells', () => {
    expect(kinds('Name: Butter Cookies Assorted Tin\nPrice: $0.40 - $3.80 / Piece | 20 Pieces (Min. Order)\nType:\tSmall tin\t$0.40\n\tLarge tin\t$3.80\n\tMedium tin\t$2.10\n\tGift box\t$1.00')).not.toContain('sku_filler');
    expect(kinds('Name: Watch Box 6 Slots PU Leather Storage Case\nPrice: $3.20 - $4.50 / Piece | 2 Pieces (Min. Order)\nColor:\tBlack\t$4.50\n\tBrown\t$4.50\n\tBox\t$3.20')).not.toContain('sku_filler');
  });
});
