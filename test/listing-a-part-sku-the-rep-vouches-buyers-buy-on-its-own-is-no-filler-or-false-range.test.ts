import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A rep who vouches that a cheap part SKU is real goods buyers buy on its own ("can be bought separately", "很多客户会单独买",
 * "it's a real spare"), and says nothing of pulling the price down, describes a range of real goods: the part is no filler,
 * and the gap between its price and the main product's is no false range. A SKU the rep says is there to make the price
 * look low is still flagged, whatever else the message says.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a part SKU the rep vouches buyers buy on its own', () => {
  it('is no filler and no false range (en, zh)', () => {
    expect(kinds("SKUs on our kettle page: 'Kettle' $32, 'Filter' $4 - the filter can be bought separately, it is priced like any shop")).toEqual([]);
    expect(kinds('the lens cap is a SKU at $3 on our camera page, it\'s a real spare, buyers buy it when they lose theirs. camera itself $60-75. range shows $3-$75, ok?')).toEqual([]);
    expect(kinds('我们相机链接里镜头盖是一个SKU，$3，这是真配件，很多客户会单独买。相机本身 $60-75，页面显示 $3-$75，可以吗？')).toEqual([]);
  });

  it('still flags a SKU set to make the price look low (zh, en)', () => {
    expect(kinds('我们的电钻链接加了一个SKU叫"说明书" $0.1，电钻本身 $58，其实没人单独买说明书，就是让价格看起来便宜')).toContain('sku_filler');
    expect(kinds("our blender listing starts at $0.50 because we added a 'Sticker' SKU so it looks cheaper, the blender itself is $39")).toContain('sku_filler');
  });
});
