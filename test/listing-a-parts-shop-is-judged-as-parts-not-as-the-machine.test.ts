import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A shop of spare parts (found on listings-t2, fifteenth session): "电动车 配件 刹把 内胎 …" sells the parts, so it is not
 * measured against an e-bike's market price (配件 was read as 配 "comes with"), and a part whose name puts a material
 * before an item the title lists ("铝梭芯" under a title of "梭芯 梭壳 压脚") is one of the goods, not filler. The
 * machine itself at a parts price, and a give-away the title never names, are still flagged.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a parts shop', () => {
  it('is not priced against the machine its parts fit', () => {
    expect(kinds('商品名称：电动车 配件 刹把 内胎 气门芯 刹车片 维修\n计量单位：个\n最小起订量：50 个（混批）\nSKU：\n气门芯\t$0.02\n刹车片（对）\t$0.48\n内胎 14x2.5\t$0.90\n刹把（铝合金）\t$1.30')).toEqual([]);
  });
  it('still flags the machine itself at a parts price', () => {
    expect(kinds('商品名称：电动车 成人 48V 代步 电动自行车\n计量单位：辆\n最小起订量：2 辆\n价格：US $2.60 / 辆')).toContain('price_range');
  });
  it('takes a part named with its material as one of the listed goods', () => {
    expect(kinds('商品名称：工业平车 缝纫机配件 梭芯 梭壳 压脚 针板\n计量单位：个\n最小起订量：100 个\nSKU：\n钢梭芯\t$0.05\n梭壳\t$0.60\n压脚（单边）\t$0.40\n针板\t$1.90')).toEqual([]);
  });
  it('still flags a give-away the title never names', () => {
    expect(kinds('商品名称：工业平车 缝纫机配件 梭壳 压脚 针板\n计量单位：个\n最小起订量：100 个\nSKU：\n感谢卡\t$0.01\n梭壳\t$0.60\n压脚（单边）\t$0.40\n针板\t$1.90')).toContain('sku_filler');
  });
});
