import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Honest pages that look odd to a literal reading: a free-shipping threshold is an order value, not a fee; an MOQ
 * inside the first tier's range is stricter than the ladder, not false; a tier of one quantity ("1台") is a tier; an
 * item's stated weight converts a per-gram price; a container's size is no MOQ in feet.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('free-shipping thresholds', () => {
  it('reads no fee or SKU from a threshold in Chinese or English', () => {
    expect(kinds('品名：不锈钢饭盒 三层\n阶梯价：10-99个 US$2.10 | ≥100个 US$1.85\n起订量：10 个\n包邮：订单满 US$150 即包邮')).toEqual([]);
    expect(kinds('品名：不锈钢饭盒 三层\n阶梯价：10-99个 US$2.10 | ≥100个 US$1.85\n起订量：10 个\n物流：单笔满US$180免运费（欧洲仓）')).toEqual([]);
    expect(kinds('品名：硅胶发圈 纯色\n价格：US$0.05 /个\n起订量：100 个\nSKU：多色 同价\n包邮：满US$40 包邮')).toEqual([]);
    expect(kinds('Title: Silicone Hair Ties Solid Colour\nPrice: $0.05 / Piece\nMOQ: 100 Pieces\nOrders above $250 ship free')).toEqual([]);
    expect(kinds('Title: Bamboo Cutting Board Set 3pcs\nPrice: $4.80 / Set\nMOQ: 5 Sets\nFree shipping on orders over $300 (US warehouse)')).toEqual([]);
    expect(checker.parse('Title: Bamboo Cutting Board Set 3pcs\nPrice: $4.80 / Set\nMOQ: 5 Sets\nFree shipping on orders over $300').shipping).toEqual([]);
  });

  it('still reads a real fee', () => {
    expect(kinds('品名：瑜伽球 65cm\n价格：US$0.90 /个\n起订量：2 个\n运费：US$300.00')).toContain('shipping');
  });
});

describe('MOQ against the first tier', () => {
  it('passes an MOQ inside the first tier range', () => {
    expect(kinds('Hydraulic Hose Fitting 1/2 BSP\n$1.80 / Piece | MOQ 30 Pieces\n1-99 pcs $1.80 | 100-499 pcs $1.60 | >=500 pcs $1.40')).toEqual([]);
  });

  it('passes a headline price dearer than every tier as the price from the MOQ up', () => {
    expect(kinds('Steel Cotter Pins Zinc Plated 3x25mm\n$0.006 / Piece | MOQ 10,000 Pieces\n>=100,000 pcs $0.005')).toEqual([]);
  });

  it('still flags an MOQ far below where the ladder starts at the same price', () => {
    expect(kinds('Steel Cotter Pins Zinc Plated 3x25mm\n$0.005 / Piece | MOQ 1 Piece\n1000-9999 pcs $0.005 | >=10000 pcs $0.004')).toContain('moq');
  });

  it('reads a tier of one quantity with its own amount', () => {
    const p = checker.parse('标题：激光切割机 3015 光纤\n价格：US$18,000 /台\n阶梯：1台 US$18,000 | 2-3台 US$17,200 | ≥4台 US$16,500\n起订量：1 台');
    expect(p.tiers.map((x) => [x.min, x.price.value])).toEqual([
      [1, 18000],
      [2, 17200],
      [4, 16500],
    ]);
    expect(kinds('标题：激光切割机 3015 光纤\n价格：US$18,000 /台\n阶梯：1台 US$18,000 | 2-3台 US$17,200 | ≥4台 US$16,500\n起订量：1 台')).toEqual([]);
  });

  it('reads a container size as no MOQ in feet', () => {
    expect(kinds('Used Clothing Bales Mixed Grade A\nUS$0.30 - 0.50 / Piece | MOQ 1 x 20ft container (~60,000 pcs)')).not.toContain('price_unit');
  });
});

describe('per-gram goods sold by the piece with the weight stated', () => {
  it('passes a price per gram with the item weight given', () => {
    expect(kinds('标题：足金手镯 古法 实心\n价格：US$62 - 66 /克（金价+工费）\n每件重约 15 克\n起订量：1 件')).not.toContain('price_unit');
  });

  it('still flags a price per gram on goods sold by the piece with no weight given', () => {
    expect(kinds('标题：足金手镯 古法 实心\n价格：US$62 - 66 /克\n起订量：1 件')).toContain('price_unit');
  });
});
