import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('the rep vouching for a value, or only wondering about a bait', () => {
  it('passes freight said to be built into the unit price with nothing added after the order', () => {
    expect(kinds('【运费模板】\n模板名称：手机壳-全球包邮\n计费：首件 US$0 续件 US$0\n说明：运费已加到单价里（每个上调0.15），下单后无任何额外费用')).toEqual([]);
  });

  it('passes a price the rep says is the real one when a boss only wondered about lowering it to draw buyers', () => {
    expect(kinds('不锈钢保温杯我们挂的$3.80一个，经理问要不要挂低一点引流，我觉得这个就是我们的真实价格，不改')).toEqual([]);
    expect(kinds('our bamboo cutting board shows $2.60 each. my boss asked should we drop it to $0.99 to get clicks? i said no, $2.60 is the real price')).toEqual([]);
  });

  it('still flags a price set low to draw buyers, or freight added after the order beside free shipping', () => {
    expect(kinds('不锈钢保温杯我们挂的$0.38一个，就是为了引流，真实价格$3.80')).toContain('price_range');
    expect(kinds('【运费模板】\n模板名称：手机壳-全球包邮\n计费：首件 US$0 续件 US$0\n说明：包邮，下单后另收运费')).toContain('shipping');
  });
});
