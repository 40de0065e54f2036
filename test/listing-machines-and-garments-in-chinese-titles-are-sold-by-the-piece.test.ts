import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A machine tool ("数控铣床", "立式钻床") or a finished garment ("婚纱", "晚礼服") is sold by the piece: priced per gram or
 * per metre, the unit is false. The same words beside a bulk material (lace fabric for wedding dresses, by the metre) or
 * a yarn named by its fibre keep their trade unit. An MOQ in the same wrong unit ("1 克" of a lathe) is false as well.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);
const form = (title: string, unit: string, price: string, moq: string) => `商品标题：${title}\n计量单位：${unit}\n价格：US$ ${price}/${unit}\n起订量：${moq} ${unit}`;

describe('Chinese titles of machines and garments', () => {
  it('flag a CNC machine tool priced per gram', () => {
    expect(kinds(form('数控铣床 XK7124 立式 加工中心', '克', '2.60', '1'))).toContain('price_unit');
    expect(kinds(form('台式钻床 16mm 家用', '克', '0.90', '5'))).toContain('price_unit');
  });

  it('flag a finished wedding dress or evening gown priced per metre', () => {
    expect(kinds(form('婚纱 拖尾 公主 缎面', '米', '3.40', '1'))).toContain('price_unit');
    expect(kinds(form('晚礼服 长款 亮片 宴会', '米', '2.10', '2'))).toContain('price_unit');
  });

  it('name the MOQ too when it counts in the same unit, and only the unit when the MOQ counts pieces', () => {
    expect(kinds(form('数控铣床 XK7124 立式 加工中心', '克', '2.60', '1'))).toEqual(['price_unit', 'moq']);
    expect(kinds('商品标题：数控铣床 XK7124 立式 加工中心\n价格：US$ 2.60/克\n起订量：1 台')).toEqual(['price_unit']);
  });

  it('pass lace fabric for wedding dresses and cotton yarn by their trade units', () => {
    expect(kinds(form('婚纱 蕾丝面料 刺绣 网纱', '米', '3.40', '50'))).toEqual([]);
    expect(kinds(form('棉纱 32支 精梳 针织用', '千克', '3.10', '500'))).toEqual([]);
  });
});
