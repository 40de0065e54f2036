import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Backend tables whose cells carry no currency sign (SKU rows of name / price / stock, tier rows of quantity and
 * price), the page's order row under the price, and shipping rates written per unit or under a "运费模板：" heading.
 * Written in our own words after the classes seen on blind set listings-g.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('SKU rows without a currency sign', () => {
  it('reads name / price / stock rows, tab rows and one-line rows', () => {
    const slashes = checker.parse('商品名称：男士冲锋衣\n价格区间：US$0.20 - 32.00\nSKU 规格与价格（规格 / 价格 / 库存）\n藏青 M-XL / 29.00 / 500\n黑色 M-XL / 32.00 / 300\n收纳袋 / 0.20 / 8000');
    expect(slashes.skus.map((s) => [s.name, s.price.usd])).toEqual([['藏青 M-XL', 29], ['黑色 M-XL', 32], ['收纳袋', 0.2]]);
    const stock = checker.parse('商品名称：电动打蛋器\n价格区间：US$ 0.05 - 9.90\nSKU：\n打蛋器 白色      9.90   库存 2000\n搅拌棒           0.05   库存 9999');
    expect(stock.skus.map((s) => s.price.usd)).toEqual([9.9, 0.05]);
    const oneLine = checker.parse('商品名称：水彩颜料\nSKU：24色 3.20 | 12色 1.90 | 色卡 0.01');
    expect(oneLine.skus.map((s) => s.name)).toEqual(['24色', '12色', '色卡']);
  });

  it('finds the filler among them, and leaves an assortment whose title names the cheap item alone', () => {
    expect(kinds('商品名称：男士冲锋衣\n价格区间：US$0.20 - 32.00\n最小起订量：10 件\nSKU 规格与价格（规格 / 价格 / 库存）\n藏青 M-XL / 29.00 / 500\n黑色 M-XL / 32.00 / 300\n收纳袋 / 0.20 / 8000')).toEqual(['sku_filler']);
    expect(kinds('商品名称：柜门五金 合页 拉手 层板钉 批发\n价格区间：US$ 0.03 - 1.20 /个\n最小起订量：500 个\nSKU规格与价格（规格 / 价格 / 库存）\n层板钉 5mm / 0.03 / 90000\n锌合金拉手 / 0.38 / 20000\n缓冲合页 / 0.45 / 40000\n三节导轨(1对) / 1.20 / 9000')).toEqual([]);
  });
});

describe('tier rows without a currency sign', () => {
  it('reads them under a heading of their own and compares the MOQ with them', () => {
    const r = checker.check('商品名称：一次性纸碗 500ml\n最小起订量：1 件\n阶梯价\n2000 - 9999 件    0.06\n10000 - 49999 件  0.05\n≥ 50000 件        0.045');
    expect(r.findings.map((f) => f.kind)).toEqual(['moq']);
  });
});

describe('the order row under the price', () => {
  it('is the order summary, not a SKU named after a quantity', () => {
    const p = checker.parse('Linen Tablecloth Rectangle 140x220cm\n$4.10 / piece | 50 pieces (Min. order)\nColor: Natural  Grey  Navy\n50 pieces\t$205.00\nShipping to United States\t$2,460.00');
    expect(p.skus).toEqual([]);
    expect(p.order?.subtotal.usd).toBe(205);
    expect(kinds('Linen Tablecloth Rectangle 140x220cm\n$4.10 / piece | 50 pieces (Min. order)\nColor: Natural  Grey  Navy\n50 pieces\t$205.00\nShipping to United States\t$2,460.00')).toEqual(['shipping']);
  });
});

describe('shipping rates', () => {
  it('a rate per unit written before the amount, and rates under a template heading', () => {
    expect(kinds('商品名称：硅胶发圈\n单价：US$ 0.02 /个\n最小起订量：500 个\n运费模板：每个 US$ 1.50')).toEqual(['shipping']);
    expect(kinds('商品名称：耳钉 批发\n价格：US $0.45 /对\n最小起订量：10 对\n运费模板：\n  美国  首件 US$ 188.00  续件 US$ 188.00\n  加拿大  首件 US$ 188.00  续件 US$ 188.00')).toEqual(['shipping']);
  });

  it('a fee changed after the order, and free shipping with a fee added later', () => {
    expect(kinds('Silicone Ice Cube Tray 2 Pack\n$1.20 - 1.50 / piece | 300 pieces (Min. order)\nShipping: US$18.00 per carton, published rate\norder note: shipping fee modified by seller $18.00/ctn -> $60.00/ctn')).toEqual(['shipping']);
    expect(kinds('商品名称：车载手机支架\n价格区间：US$ 2.10 - 2.60\n最小起订量：10 件\n运费模板：包邮\n内部备注：下单后每件再补 US$6 运费链接')).toEqual(['shipping']);
  });

  it('leaves an ordinary per-unit rate and an ordinary template alone', () => {
    expect(kinds('商品名称：不锈钢保温杯 500ml\n单价：US$ 3.20 /个\n最小起订量：100 个\n运费模板：每个 US$ 1.10')).toEqual([]);
    expect(kinds('商品名称：瑜伽垫 6mm\n价格：US $4.50 /个\n最小起订量：20 个\n运费模板：\n  美国  首件 US$ 12.00  续件 US$ 3.00')).toEqual([]);
  });
});

describe('one-line SKU rows of name and price pairs', () => {
  it('reads pairs split by runs of spaces or tabs', () => {
    expect(checker.parse('商品名称：蓝牙音箱\nSKU：黑色 7.80  白色 7.80  礼盒 0.01').skus.map((s) => s.name)).toEqual(['黑色', '白色', '礼盒']);
    expect(kinds('商品名称：蓝牙音箱\nSKU规格与价格：黑色\t7.80\t白色\t7.80\t礼盒\t0.01\n最小起订量：100 个')).toEqual(['sku_filler']);
  });
});

describe('freight on penny goods and freight per kilogram', () => {
  it('a parcel fee many times the goods of a penny item is not a normal fee', () => {
    expect(kinds('Silicone Phone Case for iPhone 15\nUS$0.01 / piece | 1 piece (Min. order)\nShipping: US$8.90 (Standard)')).toEqual(['shipping']);
    expect(kinds('Self Drilling Screws\nUS$0.006 / piece | 10000 pieces (Min. order)\nShipping: US$15.00')).toEqual([]);
  });

  it('a fee for a stated weight far above express rates', () => {
    expect(kinds('商品名称：燃气热水器 16L\n单价：US$ 95.00 /台\n最小起订量：1 台\n运费模板：DHL 每台 US$980.00（毛重约 18kg）')).toEqual(['shipping']);
    expect(kinds('商品名称：燃气热水器 16L\n单价：US$ 95.00 /台\n最小起订量：1 台\n运费模板：DHL 每台 US$210.00（毛重约 18kg）')).toEqual([]);
  });
});
