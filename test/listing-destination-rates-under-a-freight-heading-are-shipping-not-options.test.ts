import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

const checker = createListingChecker();

describe('rates listed per destination under a freight heading', () => {
  it('reads indented "country: $fee" rows under 运费模板 as freight, not as SKUs that move the price range', () => {
    const text = ['商品名称：折叠 电动 自行车 14寸', '价格：US $210 / 辆', '最小起订量：2 辆', '运费模板：自定义', '  德国：US $640 / 辆', '  法国：US $690 / 辆', '毛重：28kg'].join('\n');
    const p = checker.parse(text);
    expect(p.skus).toEqual([]);
    expect(p.shipping.map((s) => s.amount.usd)).toEqual([640, 690]);
    expect(checker.check(text).findings.map((f) => f.kind)).not.toContain('price_range');
  });

  it('keeps the rows of an English "Shipping to:" table out of the options too', () => {
    const text = ['Cordless Stick Vacuum Cleaner 25kPa', 'Price: US $38.50 / piece', 'MOQ: 20 pieces', 'Shipping to:', '  Brazil: US $74.00', '  Mexico: US $52.00'].join('\n');
    const p = checker.parse(text);
    expect(p.skus).toEqual([]);
    expect(p.shipping.length).toBe(2);
  });

  it('still joins option lines that follow an ordinary heading into SKUs', () => {
    const text = ['Stainless Lunch Box', 'Colours:', '  Blue: US $4.20', '  Pink: US $4.20', '  Gift card: US $0.01', 'MOQ: 50 pieces'].join('\n');
    expect(checker.parse(text).skus.length).toBe(3);
  });
});
