import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * "按件计费：首件 $39.90，每增加1件 $39.90" on $0.12 phone cases: the fee for each additional piece is freight per piece,
 * so the MOQ order's freight is that fee times its pieces. A small fee per additional piece on dearer goods passes.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a fee for each additional piece', () => {
  it('far above penny goods is false freight', () => {
    expect(kinds('产品标题\t透明 TPU 手机壳 防摔\n计量单位\t个\n起订量\t10\n价格\tUS $0.15\n运费模板\t按件计费：首件 $35.00，每增加1件 $35.00\n发货期\t3天')).toContain('shipping');
  });
  it('a small one on dearer goods passes', () => {
    expect(kinds('产品标题\t不锈钢 保温杯 500ml\n计量单位\t个\n起订量\t10\n价格\tUS $6.50\n运费模板\t按件计费：首件 $12.00，每增加1件 $2.00\n发货期\t3天')).not.toContain('shipping');
  });
});
