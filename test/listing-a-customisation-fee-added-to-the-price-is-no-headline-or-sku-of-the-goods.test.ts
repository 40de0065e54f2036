import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Customisation fees in a backend form ("激光 logo：开版费 US$ 30/款，$0.15/个", "加扣 +$0.15/条", "定制彩盒：起订 1000 个，
 * $0.35/个", "Custom header card +$0.05/pair") price work added to the goods: they set no headline price, SKU or tier.
 * A listing whose own price is low still is judged on its own tiers.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);
const FORM = '商品名称：316不锈钢 真空保温杯 500ml 双层\n计量单位：个\n最小起订量：100 个\n阶梯价：100-499 $3.20；500-1999 $2.95；≥2000 $2.70\n';

describe('a customisation fee', () => {
  it('beside a plate fee is no headline price', () => {
    expect(kinds(`${FORM}定制：\n- 激光 logo：开版费 US$ 30/款，$0.15/个\n运费模板：按重量 首重1kg $18`)).toEqual([]);
  });
  it('added with a plus sign is no headline price', () => {
    expect(kinds(`${FORM}备注：可加印 logo（+$0.12/个）\n运费模板：按重量 首重1kg $18`)).toEqual([]);
  });
  it('with its own customisation MOQ is no headline price', () => {
    expect(kinds(`${FORM}定制彩盒：起订 1000 个，$0.35/个，设计免费\n运费模板：按重量 首重1kg $18`)).toEqual([]);
  });
  it('a false headline on its own line is still read', () => {
    expect(kinds(`${FORM}价格区间：US $0.15 - $3.20\n运费模板：按重量 首重1kg $18`)).toContain('price_range');
  });
});
