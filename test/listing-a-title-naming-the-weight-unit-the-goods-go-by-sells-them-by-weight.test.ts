import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A title that names the weight unit the goods go by ("冻鱿鱼 200/300 每公斤", "Frozen Squid Rings per kg") says they are sold
 * by weight: a price per kilogram of them is the trade's own unit, not a piece priced by a sliver of itself. Without such a
 * word, goods sold by the piece priced per gram are still a false unit.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a title naming the weight unit the goods go by', () => {
  it('sells them by weight (zh, en)', () => {
    expect(kinds('冷冻鱿鱼圈 去皮 200/300 每公斤 单冻 整柜出口\nUS $2.80 - $3.40 / 千克 | 1 个40尺冷柜（起订量）\n包装：1kg×10袋/箱，每柜约 25 吨')).toEqual([]);
    expect(kinds('Frozen Squid Rings Peeled 200/300 per kg IQF Export\nUS $2.80 - $3.40 / Kilogram | 1 x 40ft reefer (Min. Order)\nPacking: 1kg x 10 bags / carton')).toEqual([]);
  });

  it('leaves goods sold by the piece priced per gram a false unit', () => {
    expect(kinds('Stainless Steel Vacuum Flask 500ml Double Wall\nUS $0.02 - $0.03 / Gram | 10000 Grams (Min. Order)')).toContain('price_unit');
  });
});
