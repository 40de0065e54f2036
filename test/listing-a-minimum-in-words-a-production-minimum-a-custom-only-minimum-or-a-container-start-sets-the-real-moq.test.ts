import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a real minimum the description states in other words', () => {
  it('reads a minimum whose quantity is spelled out, in English or Chinese numerals', () => {
    const phone = (moq: string, note: string) => `Product name: 4G Rugged Smartphone 6GB+128GB IP68\nPrice: $88.40\nMOQ: ${moq}\nDescription: ${note}`;
    expect(kinds(phone('1 piece', 'Made to order only, every order must be at least two hundred pieces, no stock'))).toContain('moq');
    expect(kinds(phone('2 pieces', 'Note: each order must be at least forty-five pieces'))).toContain('moq');
    expect(kinds(phone('200 pieces', 'Made to order only, every order must be at least two hundred pieces, no stock'))).toEqual([]);
    const zh = (moq: string) => `商品名称：智能手表 蓝牙通话 1.96寸\n价格：$9.80\n起订量：${moq}\n备注：本款需定制生产，每单不少于两千个，现货已售罄`;
    expect(kinds(zh('1个'))).toContain('moq');
    expect(kinds(zh('2000个'))).toEqual([]);
    // Words that hold a 一 are no numbers: "一律" says nothing of a quantity.
    expect(kinds('商品名称：保温杯 304不锈钢 500ml\n价格：$2.10\n起订量：100个\n备注：一律现货，统一发货')).toEqual([]);
  });

  it('reads a production minimum per size or style as the real MOQ', () => {
    const tile = (moq: string) => `Product name: 800x800mm Matt Rustic Porcelain Floor Tile\nPrice: US $9.40 / Square Meter\nMOQ: ${moq}\nDescription: Minimum production 800 sqm per size, about 1300 sqm per container`;
    expect(kinds(tile('1 Square Meter'))).toContain('moq');
    expect(kinds(tile('800 Square Meters'))).toEqual([]);
    expect(kinds('【600x600 仿古砖 哑光 地砖】\n价格 US $6.20 / 平方米\n起订 2 平方米\n每款最低生产量 1500 平方米，一柜约 1400 平米')).toContain('moq');
  });

  it('reads the custom MOQ of goods sold only custom-made as the product MOQ, and keeps it the customisation\'s otherwise', () => {
    expect(kinds('商品名称: 定制logo 保温杯 500ml\n价格: $3.20\n起订量: 5 个\n备注: 本产品仅做定制，不卖白板，定制起订3000个')).toContain('moq');
    expect(kinds('商品名称: 定制logo 保温杯 500ml\n价格: $3.20\n起订量: 3000 个\n备注: 本产品仅做定制，不卖白板，定制起订3000个')).toEqual([]);
    // Plain stock sold from 5, a logo from 3000: the customisation's own minimum.
    expect(kinds('商品名称: 保温杯 500ml 现货\n价格: $3.20\n起订量: 5 个\n备注: 现货可混色，定制logo起订3000个')).toEqual([]);
  });

  it('reads "orders below one container are refused" and "一个40HQ起订" as container-only sales', () => {
    const mat = (moq: string, note: string) => `Product name: PVC Anti-fatigue Kitchen Floor Mat\nPrice: US $3.95 / piece\nMOQ: ${moq}\nDescription: ${note}`;
    expect(kinds(mat('1 piece', 'Factory direct; orders under one container are not accepted.'))).toContain('moq');
    expect(kinds(mat('1 piece', 'Factory direct; orders under one container ship by LCL at extra cost.'))).toEqual([]);
    expect(kinds('Cotton Hoodie 320gsm Unisex\n💲US $7.40 / piece\nMOQ 2 件\n不做散货，1个20GP起订')).toContain('moq');
  });

  it('reads the columns of remarks of a CSV export as remarks, not as part of the product name', () => {
    const csv = (moq: string) => `商品名称,价格,起订量,备注\nTWS 降噪蓝牙耳机,$9.90,${moq},说明：本款需定制生产，每单不少于一千个`;
    expect(kinds(csv('1个'))).toContain('moq');
    expect(kinds(csv('1000个'))).toEqual([]);
  });
});

describe('solar panels counted in panels and in watts', () => {
  it('passes an MOQ in watts beside the same MOQ in panels, and catches one that is not', () => {
    const panel = (watts: string, panels: string) => `Product name: 500W Mono Half Cell Solar Panel\nPrice: US $0.17 / Watt\nMOQ: ${watts} Watts\nDescription: = approx $85.00 per panel; MOQ ${panels} panels`;
    expect(kinds(panel('50000', '100'))).toEqual([]);
    expect(kinds('🔥410W Mono Solar Panel🔥\n💲US $0.21 / Watt\nMin. order 41000 Watts\n= approx $86.10 per panel; min 100 panels')).toEqual([]);
    expect(kinds(panel('1', '100'))).toContain('moq');
  });
});
