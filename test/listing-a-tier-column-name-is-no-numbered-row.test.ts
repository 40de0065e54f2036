import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A CSV whose columns are named for a tier ("tier1_price", "档位2 价格") reads as "tier1 price: 0.085": the number names the
 * column's tier, and "price" is the field, not goods a numbered row sells. Such a field is not read as a SKU.
 */
const checker = createListingChecker();

describe('a tier column name', () => {
  it('is no numbered SKU row', () => {
    const en = 'title,moq,tier1_range,tier1_price,tier2_range,tier2_price\nGarden Kneeling Pad Foam,10,10-499,2.40,>=500,2.10';
    expect(checker.check(en).findings.map((f) => f.kind)).not.toContain('sku_filler');
    expect(checker.parse('产品名称：园艺跪垫\n档位1 价格：2.40\n档位2 价格：2.10').skus).toEqual([]);
  });
});
