import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * An amount whose own sentence says the freight is folded into the goods' price ("单价已含运费", "含运", "we built the postage
 * into the unit price") is the goods' price or the freight's share of it, not a fee billed on top: "free shipping" beside it
 * is true. A sentence that also bills freight after the order still reads its amount as a fee.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('freight folded into the goods price', () => {
  it('is no shipping fee beside free shipping (zh, en, mixed, page)', () => {
    expect(kinds('我们的保温杯是包邮的，运费已经算进单价了（US$6.2/个 含运费），买家下单不用再付钱。')).toEqual([]);
    expect(kinds('our yoga mats really ship free - we folded about $2.10 of postage into the $9.80 unit price, buyers pay nothing more.')).toEqual([]);
    expect(kinds('Free shipping 是真的哦，price includes shipping ($3.5/pc 含运)，客户没有额外付费')).toEqual([]);
    expect(kinds('Bamboo Cutting Board Set 3pcs\nUS $7.40 / Set | 20 Sets (Min. Order)\nShipping: Free shipping worldwide\nNote: unit price includes shipping of about US$1.90 per set')).toEqual([]);
  });

  it('still flags free shipping with a fee billed after the order', () => {
    expect(kinds('页面写的包邮，价格已含运费，但是下单后我们另收运费 US$25/件')).toContain('shipping');
    expect(kinds('the page says free shipping but after they pay we send a separate freight invoice of $40, the price includes nothing')).toContain('shipping');
    expect(kinds('Ceramic Vase Nordic\n$3.20 / Piece | 10 Pieces (Min. Order)\nFree shipping\nShipping: $18.00 / piece')).toContain('shipping');
  });
});
