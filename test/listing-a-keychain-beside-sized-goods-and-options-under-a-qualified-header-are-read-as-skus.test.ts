import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A keychain (钥匙扣) among a product's options is a give-away, not a smaller size of the product, even when its name
 * carries a size like theirs ("Mini bear keychain 8cm" beside "160cm Brown" bears): at a cent price it is filler. Options
 * under a header with a qualifier ("Color temperature:", "Colour options:") are SKUs, so a stake sold alone at cents
 * among them is filler too. Honest twins: sizes of the product itself, and options at real prices, pass.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a keychain among sized options', () => {
  it('is filler at a cent price', () => {
    expect(kinds('Giant Plush Unicorn Stuffed Toy 120cm\n$0.30 - $22.00 / Piece | 1 Piece/Pieces (Min. Order)\nSize:\n100cm White\t$18.00\n120cm White\t$22.00\n120cm Pink\t$22.00\nMini unicorn keychain 10cm\t$0.30')).toContain('sku_filler');
    expect(kinds('商品名称：大号毛绒熊 抱抱熊 1.6米\n价格区间：US$ 0.40 - 28.00 / 个\n最小起订量：1 个\nSKU 规格与价格：\n 160cm 棕色 US$ 26.00\n 180cm 棕色 US$ 28.00\n 180cm 粉色 US$ 28.00\n 小熊钥匙扣 8cm US$ 0.40')).toContain('sku_filler');
  });

  it('passes sizes of the product itself', () => {
    expect(kinds('Giant Plush Unicorn Stuffed Toy\n$3.50 - $22.00 / Piece | 1 Piece/Pieces (Min. Order)\nSize:\n30cm White\t$3.50\n60cm White\t$8.00\n100cm White\t$18.00\n120cm White\t$22.00')).toEqual([]);
  });
});

describe('options under a qualified header', () => {
  it('are SKUs, and a part at cents among them is filler', () => {
    const p = checker.parse('Solar Fence Lights 6 Pack\n$0.05 - $12.00 / Set | 2 Sets (Min. Order)\nColor temperature:\nWarm white 6 pack\t$12.00\nCool white 6 pack\t$12.00\nRGB 6 pack\t$13.20\nMounting stake only\t$0.05');
    expect(p.skus.length).toBe(4);
    expect(kinds('Solar Fence Lights 6 Pack\n$0.05 - $12.00 / Set | 2 Sets (Min. Order)\nColor temperature:\nWarm white 6 pack\t$12.00\nCool white 6 pack\t$12.00\nRGB 6 pack\t$13.20\nMounting stake only\t$0.05')).toContain('sku_filler');
  });

  it('pass at real prices', () => {
    expect(kinds('Solar Fence Lights 6 Pack\n$12.00 - $13.20 / Set | 2 Sets (Min. Order)\nColor temperature:\nWarm white 6 pack\t$12.00\nCool white 6 pack\t$12.00\nRGB 6 pack\t$13.20')).toEqual([]);
  });
});
