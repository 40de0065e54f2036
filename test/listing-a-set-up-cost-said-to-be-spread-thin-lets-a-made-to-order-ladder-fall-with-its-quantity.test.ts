import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A rep who says the steep ladder is the set-up spread thin ("主要是版费摊薄了", "plate cost 摊薄", "plate + die is about $600
 * fixed so small runs carry it") says the goods are made to order with a fixed set-up: a step may fall as fast as its quantity
 * rises, up to ladder.setupStepCap (round 43). A hundredfold cliff is still a bait tier. Our own wordings.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a set-up cost spread thin over the larger orders', () => {
  it('lets the ladder fall with its quantity', () => {
    expect(kinds('不干胶贴纸价格阶梯降得很多，500张0.3刀，2万张0.05刀，主要是版费摊薄了，每档都能下单')).toEqual([]);
    expect(kinds('mailer boxes 阶梯价 500 pcs $1.80 → 50k pcs $0.20，plate cost 摊薄，all tiers valid')).toEqual([]);
    expect(kinds('Mailer boxes: 500 pcs = $2.40 each, 20k = $0.30. Plate + die is about $600 fixed so small runs carry it. Any tier can be ordered.')).toEqual([]);
  });

  it('but not a hundredfold cliff', () => {
    expect(kinds('不干胶贴纸价格阶梯，500张0.3刀，2万张0.003刀，主要是版费摊薄了')).toContain('price_ladder');
  });
});
