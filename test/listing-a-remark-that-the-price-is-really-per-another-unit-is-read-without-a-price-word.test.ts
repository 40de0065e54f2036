import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A remark that the price is really for another quantity needs no word "price" before it: "实际为每公斤价格", "实际 per kg,
 * 12kg/carton", "其实是每 10 厘米的价", "实际按『克』结算" say the unit shown is not the unit priced (round 43). A remark that only
 * states a pack's content ("实际每箱 8 公斤") says nothing of the price's unit. Our own wordings.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a remark that the price is really per another unit', () => {
  it('is a price in another unit than the one shown', () => {
    expect(kinds('商品名称,单位,单价,备注\n新鲜芒果 台农,箱,0.95,实际为每公斤价格 每箱8公斤')).toEqual(['price_unit']);
    expect(kinds('Product: Fresh Oranges Navel\nUnit: Carton\nPrice: $1.10\nRemark: 实际 per kg, 12kg/carton')).toEqual(['price_unit']);
    expect(kinds('产品名称：镀锌钢丝 2.0mm\n计量单位：米\n价格：US $0.09\n备注：其实是每 10 厘米的价，整卷 500 米')).toEqual(['price_unit']);
    expect(kinds('藏红花 一级 西班牙\nUS $5.20 / 千克 | 起订量：1 千克\n说明：实际按『克』结算')).toContain('price_unit');
  });

  it("while a pack's content is no price unit", () => {
    expect(kinds('商品名称,单位,单价,备注\n新鲜芒果 台农,箱,9.60,实际每箱 8 公斤 约 12 个')).toEqual([]);
  });
});
