import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Units a listing's own words reconcile are no false unit (issue 15, round 40):
 * - 千克 is a kilogram, not a thousand grams written in words: "800 千克 起订" is one MOQ, not two (800 kg and "1000克").
 * - a price per kilogram of goods "sold by the ton" converts by the units' own sizes, unless the rep says the unit was
 *   picked by mistake (then the per-ton figure sits under the kilogram).
 * - another supplier's price per kilogram, set against this listing's price per ton, is compared per ton.
 * - "按只计价" prices one of a pair only on goods sold in pairs: 只 is also the measure word of a mask or a cup.
 * - a price per carat with an MOQ of 1 stone, under a title that gives the stone's weight ("1.5克拉"), converts.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('units the listing reconciles', () => {
  it('reads 千克 as a kilogram in an MOQ line', () => {
    expect(kinds('PE 打包带 透明 16mm\nUS$ 1.20 - 1.35 / 千克 | 800 千克 起订\n每卷约10kg')).toEqual([]);
  });

  it('takes a per-kilogram price of goods sold by the ton as the same price', () => {
    expect(kinds('我们的白砂糖按吨卖，链接上写的是每公斤0.62美金，起订25吨，这样标可以吧？结算也是按公斤算的')).toEqual([]);
    expect(kinds('我们的工业盐按吨卖，但是上架时单位选成了千克，价格还是填的 $150，页面就显示 $150/千克 了，有问题吗')).toContain('price_unit');
  });

  it("compares another supplier's price in this listing's unit", () => {
    expect(kinds("Copper rod C11000. We list USD 9,800/ton CIF, MOQ 5 tons. A buyer said another supplier shows $2.1/kg, no idea how")).toEqual([]);
  });

  it('reads 按只计价 as one of a pair only for goods sold in pairs', () => {
    expect(kinds('一次性PE手术帽 蓝色 100只/包\nUS$0.010 - 0.015 / 只\n起订量：50,000 只\n注：按只计价，100只一包')).toEqual([]);
    expect(kinds('商品名称：男士 皮鞋 商务 黑色\n价格：US $6.50 / 只\n最小起订量：100 只\n备注：按只计价')).toContain('price_unit');
  });

  it("converts a price per carat by the stone's weight in the title", () => {
    expect(kinds('祖母绿 天然 哥伦比亚 1.5克拉 椭圆\nUS$900 - 1,400 / 克拉\n起订量：1 颗\n附证书')).toEqual([]);
  });
});
