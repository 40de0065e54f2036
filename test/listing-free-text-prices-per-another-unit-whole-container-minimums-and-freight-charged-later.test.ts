import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a rep describing a price per another unit than the goods sell in', () => {
  it('flags a price per a measure beside the unit really sold', () => {
    expect(kinds('我们的浴帘价格填的是 0.002 美元/平方厘米，这样搜索看起来很便宜，实际按条卖 6 美元')).toContain('price_unit');
    expect(kinds('we list the rug at $0.003/square inch so it looks cheaper, but we only sell by piece at $25')).toContain('price_unit');
  });
  it('passes a price per metre the rep turns into the roll price', () => {
    expect(kinds('我们卖电线，一卷 100 米，页面单位写 meter，价格 US$0.20 / meter，整卷 US$20 是真实价格')).toEqual([]);
  });
  it('passes bulk goods priced per ton with an MOQ in tons or a container', () => {
    expect(kinds('我们卖碳酸钙粉，价格 120-150美元/吨，MOQ 20 吨（一个柜），运费另算，没问题吧')).toEqual([]);
  });
});

describe('a whole-container minimum and freight charged after the order', () => {
  it('flags an MOQ of one unit when only full containers ship', () => {
    expect(kinds('our steel wire listing has MOQ 1 kg but we only ship full container, is that ok')).toContain('moq');
  });
  it('flags a surcharge per piece added after the order above the freight shown', () => {
    expect(kinds('锂电池页面运费写的 10 刀，但客户下单后我们另外收 60 刀/个的附加费，这个要不要改')).toContain('shipping');
  });
});
