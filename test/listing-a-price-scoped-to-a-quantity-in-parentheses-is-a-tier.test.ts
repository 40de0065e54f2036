import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * "Price: US$ 2.10 / Piece (for orders >= 2000 pieces)", "价格：US$ 2.10/辆（≥2000 辆）": the price field names the
 * quantity it holds from, so it is a price tier, and an MOQ far below it is false. A remark with no quantity
 * ("(FOB Ningbo)", "（含税）") leaves the field the headline price; an MOQ at the tier's start passes.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a price field scoped to a quantity in parentheses', () => {
  it('is a tier, and contradicts an MOQ of one', () => {
    expect(kinds('Kids Tricycle 3 Wheels Foldable\nMin. Order: 1 Piece\nPrice: US$ 2.10 / Piece (for orders >= 2000 pieces)')).toContain('moq');
    expect(kinds('商品标题：儿童三轮车 可折叠\n起订量：1 辆\n价格：US$ 2.10/辆（≥2000 辆）')).toContain('moq');
  });

  it('passes when the MOQ is where the price starts', () => {
    expect(kinds('Kids Tricycle 3 Wheels Foldable\nMin. Order: 2000 Pieces\nPrice: US$ 12.10 / Piece (for orders >= 2000 pieces)')).toEqual([]);
  });

  it('reads a remark without a quantity as part of the headline price', () => {
    const p = checker.parse('商品标题：儿童三轮车 可折叠\n起订量：10 辆\n价格：US$ 12.10/辆（含税）');
    expect(p.headline?.min.value).toBe(12.1);
    expect(p.tiers).toEqual([]);
  });
});
