import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A listing whose own note gives the real unit price ("实际单价约 $0.08", "actual unit price about $2.40") while the published
 * range lies far to both sides of it ($0.01 - $6.00) publishes a range no buyer pays at either end: a false range. It was
 * read only when every published price sat far below the real one. A range around the real price (a ladder from $3.10
 * down to $2.20 beside "actual price about $2.40") is honest.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a real price the listing states inside a far wider published range', () => {
  it('is a false range (zh, en)', () => {
    expect(kinds('产品名称：定制PVC软胶钥匙扣\n计量单位：个\n价格设置：区间价：$0.01 - $6.00/个\n最小起订量：500\n内部备注：实际单价约$0.08，以沟通为准。')).toContain('price_range');
    expect(kinds('Product Name: Custom Enamel Lapel Pin\nPrice: US $0.02 - $35.00 / piece\nMOQ: 100 pieces\nNote: actual unit price about $2.40 depending on size')).toContain('price_range');
  });

  it('passes a published range around the stated real price', () => {
    expect(kinds('Product Name: Custom Enamel Lapel Pin\nPrice: US $2.20 - $3.10 / piece\nMOQ: 100 pieces\nNote: actual unit price about $2.40 depending on size')).toEqual([]);
  });
});
