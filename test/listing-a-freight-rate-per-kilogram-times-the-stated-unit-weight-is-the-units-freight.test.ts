import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * The backend form's 物流 block gives a freight rate per weight ("运费：按重量 US$12 / kg", "续重每 0.5kg US$8") and the
 * weight of one unit ("单位重量：9 kg", "单件毛重：15 kg"): together they give the freight of one unit. Far above the
 * unit's price, the price is low and the freight high (shipping); a heavy item whose freight fits its price passes.
 */
const checker = createListingChecker();
const check = (t: string) => checker.check(t).findings;

describe('freight per kilogram and the unit weight', () => {
  const chair = (price: string, rate: string) => `商品名称：Office Chair Mesh Ergonomic\n计量单位：把\n最小起订量：2 把\n价格：US$${price} / 把\n物流信息：\n  单件毛重：15 kg\n  运费：按重量 US$${rate} / kg`;
  it('flags a token price with the freight of a heavy unit', () => {
    const f = check(chair('1.00', '12'));
    expect(f[0]?.kind).toBe('shipping');
    expect(f[0]?.detail).toMatch(/15 kg/);
    expect(check('商品名称：Baby Stroller Lightweight Foldable\n计量单位：台\n最小起订量：1 台\n价格：US$0.50 / 台\n物流：\n  单位重量：9 kg\n  运费模板：按重量计费 首重 0.5kg US$25，续重每 0.5kg US$8')[0]?.kind).toBe('shipping');
  });
  it('passes real freight for heavy goods', () => {
    expect(check(chair('45.00', '6')).map((f) => f.kind)).not.toContain('shipping');
    expect(check('Adjustable Dumbbell 24kg Set\n$89.00 / Set | 1 Set (Min. Order)\nSingle gross weight: 26 kg\nShipping: about $7.50 per kg by air').map((f) => f.kind)).not.toContain('shipping');
  });
});
