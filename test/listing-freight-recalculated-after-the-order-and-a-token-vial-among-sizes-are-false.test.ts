import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

// Issue 15: freight the page says it recalculates after the order, at an amount above the fee shown, is charged above the
// published fee; a token-priced small volume among sizes of a liquid or powder is no size of the goods but a filler SKU.
describe('freight recalculated after the order, and a token vial among sizes', () => {
  it('reads "after you place the order we will recalculate the freight, normally US$X" as the freight charged', () => {
    expect(kinds('Wireless Earbuds ANC Bluetooth 5.3 Sport Headphones\n$6.20 - $7.40/ Piece | 2 Pieces (Min. Order)\nShipping: $4.80 Standard · Est. delivery 12-18 days\nProduct Description\nNOTE: the shipping fee shown is only a system setting. After you place the order we will recalculate the freight, normally US$19-23 per piece.')).toContain('shipping');
  });

  it('passes a page whose recalculated freight stays at the fee shown', () => {
    expect(kinds('Wireless Earbuds ANC Bluetooth 5.3 Sport Headphones\n$6.20 - $7.40/ Piece | 2 Pieces (Min. Order)\nShipping: $4.80 Standard · Est. delivery 12-18 days')).toEqual([]);
  });

  it('flags a 3 ml or 5 g token SKU beside real sizes, in both languages', () => {
    expect(kinds('Private Label Hair Growth Oil Rosemary Biotin 60ml\n$0.01 - $2.90/ Piece | 10 Pieces (Min. Order)\nSpecification :\t60ml\t$2.20\t-\t0\t+\n\t100ml\t$2.90\t-\t0\t+\n\t3ml trial\t$0.01\t-\t0\t+')).toContain('sku_filler');
    expect(kinds('商品名称：玻尿酸保湿面霜 自有品牌\n计量单位：瓶\n价格区间：US$0.01 - 3.40 / 瓶\n最小起订量：20 瓶\nSKU 规格与价格：\n  50g  US$2.60\n  100g US$3.40\n  5g   US$0.01')).toContain('sku_filler');
  });

  it('passes a cheap smallest size of goods sized by a dimension (a thin rope, a small O-ring)', () => {
    expect(kinds('Braided Nylon Rope Multi Purpose Utility Cord\n$0.03 - $1.60/ Meter | 1000 Meters (Min. Order)\nDiameter :\t2mm\t$0.03\t-\t0\t+\n\t6mm\t$0.19\t-\t0\t+\n\t12mm\t$0.62\t-\t0\t+\n\t20mm\t$1.60\t-\t0\t+')).toEqual([]);
  });
});
