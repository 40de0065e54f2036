import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a rep admitting the shown price or unit is there to rank, draw inquiries or look small', () => {
  it('flags a price shown so the listing ranks, the real one quoted when the buyer writes', () => {
    expect(kinds('our copper wire listing is at $0.90/kg so it ranks on page one, real price is around $9/kg, we requote when customers message')).toContain('price_range');
    expect(kinds('经理让我把不锈钢螺丝的价格挂成0.001美金一个，先把询盘拉上来，买家问了再报真实价格0.02')).toContain('price_range');
  });

  it('flags a unit chosen so the price shows small', () => {
    expect(kinds('we ship the rice only by the 25kg bag but I set the unit as gram so it shows $0.0009/gram in search')).toContain('price_unit');
    expect(kinds('大米我们都是25公斤一袋卖，单位选了克，这样显示才0.0009美金')).toContain('price_unit');
  });

  it('passes a rep who says why the unit or price is what it is without a purpose to look cheap', () => {
    expect(kinds('we set the unit as kilogram because buyers of copper wire compare per kg, listed at $9.10/kg, MOQ 500 kg')).toEqual([]);
    expect(kinds('不锈钢螺丝我们挂的0.02美金一个，买家问了我们也是报这个价，真实价格就是这个')).toEqual([]);
  });
});
