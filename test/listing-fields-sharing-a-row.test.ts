import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Backend pastes often put two fields on one row ("价格 … 起订量 …"), and a shipping field can carry two amounts
 * with their own role words ("实际收取 … （模板显示 …）"). Each must be read as its own field.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('price and MOQ on one row', () => {
  it('reads the MOQ after the price, in Chinese and English', () => {
    const zh = checker.parse('商品名称：不锈钢保温杯 500ml\n价格：$3.40/个  起订量 300 个\n运费：$45.00');
    expect(zh.moq?.qty).toBe(300);
    expect(zh.headline?.min.value).toBe(3.4);
    const en = checker.parse('Product name: Ceramic mug 350ml\nPrice $1.10/piece MOQ: 2000 pieces');
    expect(en.moq?.qty).toBe(2000);
  });

  it('judges freight against the order the MOQ makes: heavy freight for a real order passes, a fee far above a tiny order does not', () => {
    expect(kinds('商品名称：实木餐桌 1.6m\n价格：$120.00/张　起订：30 张\n运费：海运预估 $2,400（30 张，约 9 CBM）')).toEqual([]);
    expect(kinds('商品名称：瑜伽砖 EVA\n价格：$1.20/块  起订量 3 块\n运费：$980.00')).toContain('shipping');
  });

  it('leaves a customisation MOQ on the same row as the customisation', () => {
    const p = checker.parse('商品名称：帆布袋\n最小起订量：100 个\n价格：$0.90/个\n定制：印花定制 起订 1000个');
    expect(p.moq?.qty).toBe(100);
    expect(p.customMoqs.map((q) => q.qty)).toEqual([1000]);
  });

  it('keeps the tons of an MOQ that also names a container', () => {
    const p = checker.parse('商品名称：白砂糖 ICUMSA 45\n价格区间：US$ 480 - 520 /吨\n最小起订量：27 吨 (1x20GP)');
    expect(p.moq?.unit?.id).toBe('ton');
    expect(kinds('商品名称：白砂糖 ICUMSA 45\n价格区间：US$ 480 - 520 /吨\n最小起订量：27 吨 (1x20GP)')).toEqual([]);
  });
});

describe('two shipping amounts with their own role words', () => {
  it('splits a charged fee from the published one in brackets', () => {
    const text = '商品名称：电动升降桌\n价格：$150.00 /台  起订量：2 台\n运费：实际收取 $390.00（页面显示 $90.00）';
    const p = checker.parse(text);
    expect(p.shipping.map((s) => [s.amount.value, s.role])).toEqual([
      [390, 'charged'],
      [90, 'published'],
    ]);
    expect(kinds(text)).toContain('shipping');
  });

  it('reads a fee changed after the order as the one charged', () => {
    const zh = '商品名称：木质拼图\n价格：$4.00/盒  起订 50 盒\n发布运费：$60.00\n备注：付款后卖家把运费改为 $300.00';
    expect(kinds(zh)).toContain('shipping');
    const en = 'Wooden puzzle box\nPrice $4.00/box | MOQ 50 boxes\nPublished shipping: $60.00\nNote: seller raised the shipping to $300.00 after payment';
    expect(kinds(en)).toContain('shipping');
  });

  it('leaves one fee that names its template alone', () => {
    expect(kinds('商品名称：木质拼图\n价格：$4.00/盒  起订 50 盒\n运费：$60.00（模板）')).toEqual([]);
  });
});
