import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A remark that refuses orders under a quantity written with a less-than sign ("实际 <500 件不接单"), or says the seller only
 * makes the goods in runs of a quantity by a verb of its trade ("we only cut 200pcs+ per colour", "only knit 300 pcs and up"),
 * states the real minimum: an MOQ of one beside it is false. A less-than sign with no refusal, or a production verb with no
 * quantity, sets nothing. Our own wordings (round 46).
 */
const checker = createListingChecker({ arbiter: false });
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a floor with a less-than sign or a production verb', () => {
  it('a refusal below "<N" is a floor', () => {
    expect(kinds('产品名称：帆布收纳箱 大号\n最小起订量：1 件\n价格：US$ 4.60\n内部备注：<500 件的单子不接')).toEqual(['moq']);
  });

  it('"we only cut/knit N+" is a floor', () => {
    expect(kinds('Min. order: 1 piece\nPrice: $6.40\nRemark: we only cut 200pcs+ per colour')).toEqual(['moq']);
    expect(kinds('Min. order: 1 piece\nPrice: $6.40\nNote: factory only knits 300 pcs and up per design')).toEqual(['moq']);
  });

  it('a less-than sign with no refusal, or a verb with no quantity, is no floor', () => {
    expect(kinds('Min. order: 200 pcs\nPrice: $3.20\nRemark: orders < 100 pcs ship by courier, larger by sea')).toEqual([]);
    expect(kinds('Min. order: 1 piece\nPrice: $3.20\nNote: we only print on white shirts')).toEqual([]);
  });
});
