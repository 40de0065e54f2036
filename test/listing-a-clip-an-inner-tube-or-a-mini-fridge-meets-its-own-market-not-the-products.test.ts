import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A clip or clamp named after the product it holds ("手机夹", "Phone Clip"), an inner tube named after the vehicle, and a
 * mini fridge of a few litres are not the phone, the scooter or a kitchen refrigerator: their prices are not held against
 * those markets. A kitchen refrigerator at a mini fridge's price still is.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a part or a small kind named after a dearer product', () => {
  it('a phone clip is no smartphone', () => {
    expect(kinds('自拍杆的手机夹我们单独挂了 $0.90 一个，是真的在卖的配件')).not.toContain('price_range');
    expect(kinds('Universal Phone Clip for Tripod 360 Rotating\nUS$0.45 - 0.60 / Piece | 100 Pieces (Min. Order)')).not.toContain('price_range');
  });
  it('an inner tube is no electric scooter', () => {
    expect(kinds('title,option,price_usd,moq\n"Electric Scooter Inner Tube 8.5 inch","Bent valve",0.95,200')).not.toContain('price_range');
    expect(kinds('电动滑板车内胎 8.5寸\n价格：$0.95 / 个 | 最小起订量 200 个')).not.toContain('price_range');
  });
  it('a mini fridge meets the mini fridge market', () => {
    expect(kinds('产品名,单位,起订量,最低价,最高价\n迷你冰箱 6L 宿舍 化妆品冷藏,台,50,13.5,16.0')).not.toContain('price_range');
    expect(kinds('Mini Fridge 6L Cosmetic Skincare Cooler\nUS$0.30 - 0.50 / Piece | 50 Pieces (Min. Order)')).toContain('price_range');
  });
  it('a kitchen refrigerator at a mini fridge price is still far under its market', () => {
    expect(kinds('Double Door Refrigerator 260L Frost Free Kitchen\nUS$14.00 - 16.00 / Piece | 20 Pieces (Min. Order)')).toContain('price_range');
  });
});
