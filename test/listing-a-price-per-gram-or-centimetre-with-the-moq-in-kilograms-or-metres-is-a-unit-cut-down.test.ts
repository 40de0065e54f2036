import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('bulk goods priced per gram, centimetre or square centimetre with the MOQ in the trade unit', () => {
  it('flags the small unit when the MOQ in kilograms, tons, metres or square metres is a bulk order of it', () => {
    expect(kinds('Product name: Sodium Bicarbonate Food Grade 25kg/bag\nPrice: US $0.0004 - $0.0006 / gram\nMOQ: 5 tons')).toContain('price_unit');
    expect(kinds('商品名称：聚丙烯 PP 颗粒 注塑级\n价格：US $0.0011 - $0.0014 / 克\n起订量：500 公斤')).toContain('price_unit');
    expect(kinds('Product name: Canvas Fabric 12oz 150cm Width\nPrice: US $0.02 - $0.03 / cm\nMOQ: 500 meters')).toContain('price_unit');
    expect(kinds('商品名称：PVC 地板革 2mm\n价格：US $0.0004 / 平方厘米\n起订量：200 平方米')).toContain('price_unit');
  });

  it('names the MOQ as written beside what it comes to in the small unit', () => {
    const f = checker.check('Product name: Sodium Bicarbonate Food Grade 25kg/bag\nPrice: US $0.0004 - $0.0006 / gram\nMOQ: 5 tons').findings[0]!;
    expect(f.detail).toContain('5 tons (5,000,000 gram)');
  });

  it('passes specialty goods by the gram in a small order, and bulk goods priced per kilogram with the MOQ in tons', () => {
    expect(kinds('Product name: Saffron Threads Grade A\nPrice: US $2.10 - $2.60 / gram\nMOQ: 1 kg')).not.toContain('price_unit');
    expect(kinds('Product name: Sodium Bicarbonate Food Grade 25kg/bag\nPrice: US $0.40 - $0.60 / kg\nMOQ: 5 tons')).toEqual([]);
    expect(kinds('商品名称：帆布 12安 幅宽150cm\n价格：US $2.10 - $2.90 / 米\n起订量：500 米')).toEqual([]);
  });
});
