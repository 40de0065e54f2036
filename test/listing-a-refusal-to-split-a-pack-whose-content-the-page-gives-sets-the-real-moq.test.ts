import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * An MOQ of one piece or pair while the page refuses to sell less than a whole carton ("整箱发货，每箱 2000 个，不拆箱，
 * 不零售", "按箱发 每箱60双 不拆箱, less than 1 carton 不发", "no split cartons, 500 pcs per carton") is false: the real MOQ is
 * the carton. An MOQ of the whole carton passes. A price field after a wide gap on a row with another field ("Unit: pair
 * 双    Price US$3.40/pair") is read with or without a colon.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a refusal to split a pack', () => {
  it('sets the real MOQ to the pack in Chinese, English and mixed pastes', () => {
    expect(kinds('商品名称 一次性医用外科口罩 三层\n计量单位 个\n价格 US$0.012/个\n最小起订量：1 个\n仓库提醒：整箱发货，每箱 2000 个，不拆箱，不零售')).toContain('moq');
    expect(kinds('Women Canvas Sneakers 女士帆布鞋\nUnit: pair 双    Price US$3.40/pair\nMOQ 最小起订量: 1 pair\n仓库 note：按箱发 每箱60双 不拆箱，less than 1 carton 不发')).toContain('moq');
    expect(kinds('Nitrile Gloves Blue Powder Free\nPrice: US$0.03 / Piece\nMOQ: 1 Piece\nPacking: 1000 pcs per carton, we do not split cartons')).toContain('moq');
    expect(kinds('商品名称 塑料衣架 成人\n价格：US$0.05 /个\n最小起订量：2 个\n说明：每箱 500 个，不足一箱不发货')).toContain('moq');
  });

  it('passes an MOQ of the whole carton', () => {
    expect(kinds('商品名称 一次性医用外科口罩 三层\n计量单位 个\n价格 US$0.012/个\n最小起订量：2000 个\n仓库提醒：整箱发货，每箱 2000 个，不拆箱，不零售')).toEqual([]);
    expect(kinds('Nitrile Gloves Blue Powder Free\nPrice: US$0.03 / Piece\nMOQ: 1000 Pieces\nPacking: 1000 pcs per carton, we do not split cartons')).toEqual([]);
  });

  it('reads a price field after a wide gap without a colon', () => {
    expect(checker.parse('Women Sneakers\nUnit: pair 双    Price US$3.40/pair\nMOQ: 1 pair').headline?.min.usd).toBe(3.4);
    expect(checker.parse('加厚塑料凳子\n计量单位：个      价格 US$0.95 /个\n最小起订量：100 个').headline?.min.usd).toBe(0.95);
  });
});
