import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

// Issue 15: an MOQ field of one or two beside the page's own words that no order that small is taken, in phrasings the
// earlier rounds did not read; an MOQ in a unit other than the price's; an MOQ a sliver of the unit the goods are quoted in.
describe('an MOQ the page contradicts', () => {
  it('reads refusals and minimums written as "only produce", "Min. N per order", "N pcs minimum", "each design must reach N"', () => {
    expect(kinds('Insulated Lunch Bag Thermal Tote for Work\n$2.40 - $2.90/ Piece | 2 Pieces (Min. Order)\nProduct Description\nWe only make orders above 400 pieces.')).toContain('moq');
    expect(kinds('Canvas Tote Bag Plain Cotton Shopping Bag\n$0.90 - $1.20/ Piece | 1 Piece (Min. Order)\nProduct Description\nMin. 300 pieces per order, colours can be mixed.')).toContain('moq');
    expect(kinds('Silicone Baking Mat Non Stick Reusable\n$1.10 - $1.40/ Piece | 1 Piece (Min. Order)\nProduct Description\nMixed designs welcome, 500 pcs minimum.')).toContain('moq');
    expect(kinds('Men\'s Wool Socks Thermal Hiking Crew\n$1.30 - $1.70/ Pair | 2 Pairs (Min. Order)\nProduct Description\nEvery colour must reach at least 600 pairs.')).toContain('moq');
  });

  it('reads Chinese refusals: 未满 … 不发货, 不足 … 不予发货, 需满 … 才生产, 每款需达到', () => {
    expect(kinds('商品名称：亚麻餐桌布 北欧 长方形\n计量单位：条\n价格区间：US$3.60 - 4.20 / 条\n最小起订量：1 条\n交易设置 > 订单说明：未满 80 条的订单不发货')).toContain('moq');
    expect(kinds('商品名称：陶瓷花盆 多肉 北欧风\n计量单位：个\n价格区间：US$0.80 - 1.10 / 个\n最小起订量：2 个\n备注：订单不足 1000 个不予发货')).toContain('moq');
    expect(kinds('产品名称：PU 皮革 笔记本 A5 定制\n价格区间：US$1.90 - 2.40 / 本\n最小起订量：1 本\n说明：该款需满 2000 本才安排生产')).toContain('moq');
    expect(kinds('商品名称：儿童雨衣 卡通 带书包位\n计量单位：件\n价格区间：US$2.10 - 2.60 / 件\n最小起订量：2 件\n说明：每款需达到 300 件')).toContain('moq');
  });

  it('reads a second MOQ in the goods\' unit beside a container, container-only sales, and a minimum in packs', () => {
    expect(kinds('产品名称\t不锈钢 手动 榨汁机 家用\n价格区间：US$6.50 - 7.80 / 套\n最小起订量：1 套\n产品属性：\n  起订量：300套起 / 20GP混装')).toContain('moq');
    expect(kinds('* 产品名称：实木 双人床 1.8m 橡木\n* 最小起订量：1 件\n* 价格：US$260.00 / 套\n  物流属性 ── 集装箱：仅接受整柜下单（40HQ约45套），不接散单')).toContain('moq');
    expect(kinds('Raw Cashew Nuts W320 Grade Vietnam Origin 10kg Carton\n$62.00 - $68.00/ Carton | 1 Carton (Min. Order)\nProduct Description\nMOQ: 1 x 20ft container (approx. 16 tons). No small orders.')).toContain('moq');
    expect(kinds('Women\'s Knit Cardigan Button Front Sweater\n$5.20 - $5.90/ Piece | 2 Pieces (Min. Order)\nProduct Description\nSold in packs of 5 sizes. Minimum order 60 packs per colour.')).toContain('moq');
  });

  it('reads an MOQ a sliver of the priced unit and an MOQ of pieces for goods quoted per ton or square metre', () => {
    expect(kinds('Aluminium Ingot A7 99.7% Primary Aluminum\n$2,150.00 - $2,300.00/ Metric Ton | 2 Kilograms (Min. Order)')).toContain('moq');
    expect(kinds('商品名称：冷轧钢卷 SPCC 1.0mm\n计量单位：吨\n价格区间：US$640 - 700 / 吨\n最小起订量：3 千克')).toContain('moq');
    expect(kinds('Slate Roof Tiles Natural Black Split Face\n$9.00 - $11.00/ Square Meter | 1 Piece (Min. Order)\nSize: 400x200x6mm')).toContain('moq');
  });

  it('passes consistent minimums, small orders of goods priced per their own unit, and cartons of boxes', () => {
    expect(kinds('Canvas Tote Bag Plain Cotton Shopping Bag\n$0.90 - $1.20/ Piece | 300 Pieces (Min. Order)\nProduct Description\nMin. 300 pieces per order, colours can be mixed.')).toEqual([]);
    expect(kinds('White Tea Silver Needle Loose Leaf Fuding\n$60.00 - $150.00/ Kilogram | 0.5 Kilogram (Min. Order)')).toEqual([]);
    expect(kinds('Aluminium Ingot A7 99.7% Primary Aluminum\n$2,150.00 - $2,300.00/ Metric Ton | 25 Metric Tons (Min. Order)')).toEqual([]);
    expect(kinds('Product name\tDisposable Vinyl Gloves Clear\nUnit\tBox\nMOQ\t200\tBox\nPrice\tUS$ 1.60 / Box\nDescription\t100 pcs/box, 10 boxes/carton. Minimum order 20 cartons.')).toEqual([]);
    expect(kinds('产品名称：实木餐桌 北欧 1.6米\n计量单位：张\n价格区间：US$180 - 220 / 张\n最小起订量：20 张\n物流：整柜可装约 60 张，也接受拼箱')).toEqual([]);
  });
});
