import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A rep who sells by the roll and also shows a price per metre that the roll's own count turns into the roll price ("按卷卖，
 * 50米/卷 $21，也挂了 $0.42/米"), with no word of drawing buyers, states one price in two units openly: no unit switch. A price
 * per metre the rep says is there to look cheap is still per no unit a buyer orders.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a price per metre the rep\'s own count turns into the roll price', () => {
  it('is the same price in another unit (zh, en)', () => {
    expect(kinds('网线 CAT6 纯铜 我们按卷卖，50米/卷 $21，页面也挂了一个 $0.42/米，换算下来是一样的')).toEqual([]);
    expect(kinds('we sell the CAT6 cable by the roll, 50m per roll $21, and the listing also shows $0.42/m, it is the same price worked out per metre')).toEqual([]);
  });

  it('is still a unit switch when the rep says it is there to look cheap (zh)', () => {
    expect(kinds('网线 CAT6 纯铜 我们按卷卖，50米/卷 $21，页面挂 $0.42/米，看起来便宜点，吸引点击')).toContain('price_unit');
  });
});
