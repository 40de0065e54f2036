import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

// Issue 15: a headline per pair, gram, metre or kilogram, while the page's own SKUs or tiers sell packs, rolls or tons
// that come to several times more per that unit, is a price shown in a unit the goods are not sold at (price_unit), not a
// range far from its own prices. The same conversion that agrees with the headline passes.
describe('a headline per unit below what the page\'s own packs come to per unit', () => {
  it('flags SKUs of a dozen, a box of pairs or a roll of metres under a lower price per item (backend, zh)', () => {
    expect(kinds('商品名称：女士船袜 隐形 硅胶防滑\n计量单位：双\n价格区间：US$0.18 - 0.22 / 双\n最小起订量：12 双\nSKU 规格与价格：\n  1打(12双) 白色   US$7.20\n  1打(12双) 黑色   US$7.20')).toEqual(['price_unit']);
    expect(kinds('产品名称：PVC 电工胶带 黑色 18mm\n计量单位：米\n价格区间：US$0.02 - 0.03 / 米\n最小起订量：100 米\nSKU 规格与价格：\n  18mm 20米/卷   US$1.60\n  18mm 50米/卷   US$3.90\n说明：整卷发货')).toEqual(['price_unit']);
    expect(kinds('商品名称：真人发 接发 直发 100克/束\n计量单位：克\n价格区间：US$0.20 - 0.30 / 克\n最小起订量：100 克\nSKU 规格与价格：\n  18寸 100克   US$62.00\n  22寸 100克   US$78.00')).toEqual(['price_unit']);
  });

  it('flags option packs of pieces and a ton ladder under a price per piece or kilogram (page, en)', () => {
    expect(kinds('Glass Seed Beads 4mm Round Loose Beads for Bracelet Making\n$0.01 - $0.02/ Piece | 1000 Pieces (Min. Order)\nPack :\t1 bag (approx. 1000 pcs) Red\t$28.00\t-\t0\t+\n\t1 bag (approx. 1000 pcs) Blue\t$28.00\t-\t0\t+')).toEqual(['price_unit']);
    expect(kinds('Dried Ginger Slices Sun Dried Spice Export Grade\n$0.80 - $0.95/ Kilogram | 1 Metric Ton (Min. Order)\n1 - 4 Metric Tons\t>=5 Metric Tons\n$3,400.00\t$3,200.00')).toEqual(['price_unit']);
  });

  it('flags SKUs priced per square metre under a headline per square foot, and whole items under a price per gram', () => {
    expect(kinds('产品名称：木纹砖 200x1200 仿实木地板砖\n计量单位：平方英尺\n价格区间：US$0.70 - 0.85 / 平方英尺\n最小起订量：300 平方米\nSKU 规格与价格：\n  200x1200 浅木色   US$18.50/平方米\n  200x1200 深木色   US$19.00/平方米')).toContain('price_unit');
    expect(kinds('商品名称：真人发头套 蕾丝前额 卷发 13x4\n计量单位：克\n价格区间：US$0.90 - 2.10 / 克\n最小起订量：1 克\nSKU 规格与价格：\n  长度 14寸   US$128.00\n  长度 18寸   US$156.00\n  长度 22寸   US$189.00')).toContain('price_unit');
  });

  it('passes packs and ton tiers that come to the headline per unit', () => {
    expect(kinds('商品名称：女士船袜 隐形 硅胶防滑\n计量单位：双\n价格区间：US$0.55 - 0.62 / 双\n最小起订量：12 双\nSKU 规格与价格：\n  1打(12双) 白色   US$7.20\n  1打(12双) 黑色   US$7.20')).toEqual([]);
    expect(kinds('Dried Ginger Slices Sun Dried Spice Export Grade\n$3.20 - $3.40/ Kilogram | 1 Metric Ton (Min. Order)\n1 - 4 Metric Tons\t>=5 Metric Tons\n$3,400.00\t$3,200.00')).toEqual([]);
    expect(kinds('商品名称：热镀锌角钢 50x50x5\n计量单位：千克\n价格区间：US$0.68 - 0.75 / 千克\n最小起订量：10 吨\n阶梯价（按吨）：\n  10-49 吨   US$750/吨\n  ≥50 吨     US$680/吨')).toEqual([]);
    expect(kinds('3D Faux Mink Lashes Natural Wispy Strip Lashes\n$0.45 - $0.52/ Pair | 10 Pairs (Min. Order)\nPack :\t10 pairs/box\t$5.20\t-\t0\t+\n\t20 pairs/box\t$9.00\t-\t0\t+')).toEqual([]);
  });
});
