import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A rep explaining honestly why a field reads as it does is no admission that it is false. Freight shown as "待议" / "待定"
 * because rates move, quoted after the order at the real rate ("下单后按实际报", "下单后我们按实际运费报给他"), shows no amount
 * or free shipping a later quote could contradict. An MOQ the rep says is NOT fake ("10万 pcs MOQ，不是 fake price", "is real,
 * not fake", "起订量不是假的") is vouched for, not taken back. Free shipping charged after the order, and an MOQ said to be
 * fake, still are. Our own wordings (round 45).
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('freight left to be quoted at the real rate', () => {
  it('is no admission of false freight', () => {
    expect(kinds('运费写的是"待定"，因为空运价格每周都在变，客户下单后我们按实际运费报给他')).toEqual([]);
    expect(kinds('运费模板那里填的"面议"，海运费一直在涨，下单后按当天实际报')).toEqual([]);
  });

  it('still finds free shipping charged after the order', () => {
    expect(kinds('运费模板写的包邮，下单后按实际运费另收')).toContain('shipping');
  });
});

describe('an MOQ denied to be fake', () => {
  it('is vouched for, not taken back', () => {
    expect(kinds('吸管 $0.004/支 是真实价格，5万支 MOQ，不是 fake 的哈')).toEqual([]);
    expect(kinds('our MOQ of 50,000 pcs for the straws is real, not fake, they are $0.004 each')).toEqual([]);
    expect(kinds('吸管起订量 5 万支不是假的，$0.004/支 是真实价格')).toEqual([]);
  });

  it('still finds an MOQ said to be fake', () => {
    expect(kinds('MOQ 1 pc is fake, we only ship 5000 pcs')).toContain('moq');
    expect(kinds('起订量1件是假的，其实最少500件')).toContain('moq');
  });
});
