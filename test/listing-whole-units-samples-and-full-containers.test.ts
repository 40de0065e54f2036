import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A price per item while the page sells the whole set, case or roll; a price far below the item's own sample; an
 * MOQ that no shipment could carry (full containers only, a quantity per contract, made-to-order minimums).
 * Written in our own words after the classes seen on blind set listings-g.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a price per item on goods sold whole', () => {
  it('the page prices the whole set in its order row or its sample', () => {
    expect(kinds('Teak Garden Bench and Table 3 Piece Set\nUS $22.00 / Piece | 1 Set (Min. Order)\n1 Set  Details\t$240.00\nShipping: To be negotiated')).toEqual(['price_unit']);
    expect(kinds('商品名称：陶瓷茶具套装 15头 整套 礼盒\n计量单位：件\n单价：US$ 0.60 /件\n最小起订量：2 件\n样品价：US$ 32.00 /套')).toEqual(['price_unit']);
  });

  it('the title says the goods are sold only by the case, and the MOQ is less than one case', () => {
    expect(kinds('商品名称：苏打水 330ml*24瓶 整箱\n计量单位：瓶\n单价：US$ 0.12\n最小起订量：1 瓶')).toEqual(['price_unit']);
  });

  it('one centimetre of a sink is a unit cut down, whatever the price per centimetre', () => {
    expect(kinds('Stainless Steel Kitchen Sink Single Bowl 6045\nUS $0.42 / Centimeter | 1 Centimeter (Min. Order)')).toContain('price_unit');
  });

  it('leaves samples priced per pack or bundle alone once the pack is counted, and shipping by the carton', () => {
    expect(kinds('Hex Nut M10 Zinc Plated\n10,000 - 99,999 pieces\t$0.015\n>= 100,000 pieces\t$0.012\nMin. order: 10000 pieces\nSamples: $1.50/bag (100 pcs) | 1 bag (Min. Order)')).toEqual([]);
    expect(kinds('商品名称：巴西真人发 原发 发帘\n计量单位：克\n阶梯价\n100-999克\tUS$ 0.95\n≥1000克\tUS$ 0.88\n最小起订量：100 克\n样品价：US$ 105 /100克一束')).toEqual([]);
    expect(kinds('商品名称：一次性纸杯 8oz 整箱发货 1000只/箱\n单价：US$ 0.02 /只\n最小起订量：5000 只')).toEqual([]);
  });
});

describe('a price far below the item\'s own sample', () => {
  it('flags a sample many times the dearest price in the same unit', () => {
    expect(kinds('Men\'s Cashmere Blend Overcoat Long\n$1.20 / piece | 5 pieces (Min. order)\nSamples: $95.00/piece')).toContain('price_range');
  });

  it('leaves a dear sample of a cheap T-shirt, and proofs of custom work', () => {
    expect(kinds('商品名称：重磅纯棉T恤 空白款\n单位：件\n阶梯价：\n  100-499 件\t¥22.00\n  ≥500 件\t¥19.50\n最小起订量：100 件\n样品价：¥230.00 / 件')).toEqual([]);
    expect(kinds('商品名称：定制不干胶标签\n阶梯价：\n1000-4999张\tUS$ 0.05\n≥5000张\tUS$ 0.03\n最小起订量：1000 张\n样品价：实物打样 US$ 35')).toEqual([]);
    expect(kinds('Cotton Tote Bag Custom Logo\nUS$0.80 - 1.20 / piece | 100 pieces (Min. order)\nSamples: $30.00/piece')).toEqual([]);
  });
});

describe('MOQs no shipment could carry', () => {
  it('an MOQ of one piece on goods that ship only by full container', () => {
    expect(kinds('商品名称：陶瓷洗手盆 台上盆\n最小起订量：1 件\n价格区间：US$ 18.00 - 25.00\n运费模板：仅整柜 40HQ，不接受拼箱')).toEqual(['moq']);
    expect(kinds('Copper Cathode 99.99%\nUS$8.80 / Kilogram | 1 Kilogram (Min. Order)\nDelivery: CIF by 20\'FCL only')).toContain('moq');
  });

  it('leaves an MOQ of a container, and a big MOQ order, alone', () => {
    expect(kinds('Yellow Corn Feed Grade\n$230 / Ton | 1 x 20GP container (Min. Order)\nShipping: FCL only')).toEqual([]);
    expect(kinds('商品名称：陶瓷洗手盆 台上盆\n最小起订量：300 件\n价格区间：US$ 18.00 - 25.00\n运费模板：仅整柜 40HQ')).toEqual([]);
  });

  it('a quantity per contract, and a made-to-order minimum beside an MOQ of one', () => {
    expect(kinds('Refined White Sugar ICUMSA 45\nUS $0.48 - 0.52 / kilogram | 50 Kilograms (Min. Order)\nMinimum quantity per contract: 10,000 MT x 12 months')).toContain('moq');
    expect(kinds('商品名称：折叠露营椅\n最小起订量：1 件\n价格区间：US$ 6.80 - 8.50\nSKU：\n 标准款  6.80  库存 0（按订单生产，300件起）\n 加大款  8.50  库存 0（按订单生产，300件起）')).toContain('moq');
  });
});
