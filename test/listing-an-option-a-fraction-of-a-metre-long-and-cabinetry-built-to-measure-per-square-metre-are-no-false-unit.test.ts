import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A fraction that names one option among options of whole sizes in the same unit ("0.5米 / 1.5米 / 3米" of an HDMI cable
 * priced per 条) is that item's length, not a unit the price was cut down to; a price quoted per 0.01 m2 still is.
 * Cabinetry built to measure (全屋定制, fitted wardrobes) is quoted per square metre of its front by the trade, as windows
 * are; a wardrobe sold by the piece priced per gram is still a false unit.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('an option a fraction of a metre long', () => {
  it('reads the fraction as the length of one option', () => {
    const t = '商品名称：HDMI 2.1 高清线 8K 编织\n价格：US $0.70 - $2.10 / 条\n起订量：300 条\n规格：\n0.5米  $0.70\n1.5米  $1.20\n3米  $2.10\n运费：快递，按重量计算';
    expect(checker.parse(t).fractionalUnit).toBeUndefined();
    expect(kinds(t)).toEqual([]);
  });

  it('still reads a price per a hundredth of a square metre as a unit cut down', () => {
    expect(kinds('Porcelain Floor Tiles\n50000 - 149999 0.01 Square Meters\n$0.062\n>=150000 0.01 Square Meters\n$0.055')[0]).toBe('price_unit');
  });
});

describe('cabinetry built to measure', () => {
  it('passes a price per square metre of the front', () => {
    expect(kinds('商品名称：全屋定制 实木衣柜 平开门 北欧\n价格：US$ 95 - 120 / 平方米（按投影面积）\n最小起订量：8 平方米\n运费：海运拼箱，按体积另报')).toEqual([]);
    expect(kinds('Title: Fitted Wardrobe Cabinet Sliding Door Melamine\nPrice: US$ 88 - 110 / square meter\nMOQ: 10 square meters')).toEqual([]);
  });

  it('still flags a wardrobe sold by the piece priced per gram', () => {
    expect(kinds('Title: Solid Oak Wardrobe Cabinet 3 Door\nPrice: US$ 0.008 / gram\nMOQ: 50000 grams')).toContain('price_unit');
  });
});
