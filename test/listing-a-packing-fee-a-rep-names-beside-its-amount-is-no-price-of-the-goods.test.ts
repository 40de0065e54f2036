import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A rep who quotes bulk goods per ton and a packing or handling fee per drum, bag or pallet on top ("另加 $1.2/桶 包装费",
 * "packing fee $0.40 per bag") states a fee charged beside the goods: it is neither their price nor freight, so the price per
 * ton is no price per drum. A price the rep says is shown per bag while the goods sell only by the ton is still per no unit
 * a buyer orders.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a packing fee the rep names beside its amount', () => {
  it('is no price of the goods in another unit (mixed, en)', () => {
    expect(kinds('palm oil 棕榈油 RBD $960/MT CIF, 200L 铁桶 另加 $1.2/桶 包装费，最近行情就是这个价 real price')).toEqual([]);
    expect(kinds('our urea 46% is $395/ton FOB, packing fee $0.40 per bag for the 50kg woven bags, that is the real price this month')).toEqual([]);
  });

  it('leaves a price the rep says is shown per bag of goods sold only by the ton a unit switch', () => {
    expect(kinds('our urea listing shows $0.40 per bag so it looks cheap, but we only sell by the ton, $395/ton')).not.toEqual([]);
  });
});
