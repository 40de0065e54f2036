import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Finished home goods (a vase, curtain panels, a lamp, a tea set) are sold by the piece: a price per gram or per
 * centimetre makes them look cheap. A set priced per single piece ("一套=6个，按个计价") does the same. Fabric by the
 * metre, goods priced per piece with no set note, and a set priced as a set pass.
 */
const checker = createListingChecker();
const kinds = (t: string) => [...new Set(checker.check(t).findings.map((f) => f.kind))];

describe('finished home goods priced per gram or centimetre', () => {
  it('are a false price unit', () => {
    expect(kinds('Linen Sheer Curtains for Bedroom Rod Pocket 2 Panels\n$0.09 - $0.12/ Centimeter | 200 Centimeters (Min. Order)')).toContain('price_unit');
    expect(kinds('商品名称：玻璃花瓶 透明 插花 客厅摆件\n价格：US$ 0.006 / 克\n最小起订量：1000 克\n单个重量约 800 克')).toContain('price_unit');
    expect(kinds('Nordic Ceramic Table Lamp Bedside LED\n$0.015/ Gram | 2000 Grams (Min. Order)')).toContain('price_unit');
  });

  it('pass fabric for curtains sold by the metre, and the goods priced per piece', () => {
    expect(kinds('Blackout Curtain Fabric Polyester 280cm Width\n$1.20 - $1.60/ Meter | 100 Meters (Min. Order)')).toEqual([]);
    expect(kinds('Linen Sheer Curtains for Bedroom Rod Pocket 2 Panels\n$9.50 - $12.00/ Set | 50 Sets (Min. Order)')).toEqual([]);
  });
});

describe('a set priced per single piece', () => {
  it('is a false price unit', () => {
    expect(kinds('商品名称：骨瓷 餐具套装 16件套 礼盒\n价格：US$ 0.95 / 个\n最小起订量：16 个\n备注：一套餐具=16个，按个计价')).toEqual(['price_unit']);
  });

  it('passes a set priced as a set, and a piece priced per piece', () => {
    expect(kinds('商品名称：骨瓷 餐具套装 16件套 礼盒\n价格：US$ 15.20 / 套\n最小起订量：10 套\n备注：一套餐具=16个')).toEqual([]);
    expect(kinds('商品名称：骨瓷 餐盘 8寸 单个\n价格：US$ 0.95 / 个\n最小起订量：500 个\n备注：按个计价，可混色')).toEqual([]);
    // A carton is packing, not the product: a price per piece with whole cartons shipped is the real unit price.
    expect(kinds('商品名称：不锈钢 保温杯 500ml\n价格：US$ 2.80 / 个\n最小起订量：50 个\n说明：一箱=50个，按个计价，整箱发货')).toEqual([]);
  });
});
