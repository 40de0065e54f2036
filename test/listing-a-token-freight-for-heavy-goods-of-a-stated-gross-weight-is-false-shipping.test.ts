import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A shipping fee shown far below what any carrier takes for the goods' stated gross weight (a dollar or a cent door to door
 * for a 60 kg spin bike, fifty cents for a 45 kg table): the freight really charged will be above the one published, the
 * briefing's 虚假运费 (实际收取的运费比发布的产品运费高). The floor is thresholds.yaml shipping.tokenFreightUsdPerKg, for goods
 * of at least tokenFreightMinKg. A real freight for the weight, free shipping (a seller's choice), and a carton's gross
 * weight beside a fee per piece pass.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a token freight for heavy goods is false shipping', () => {
  it('flags a dollar and a half door to door for a 62 kg spin bike (en page)', () => {
    expect(kinds("Commercial Spin Bike 20kg Flywheel Belt Drive\n$145.00 / Piece | 1 Piece (Min. Order)\nGross weight: 62 kg\n1 Piece Details  $145.00\nShipping  $1.50  Seller's Shipping Method 3 (door to door)\nTotal  $146.50")).toContain('shipping');
  });

  it('flags fifty cents a table for a 45 kg solid-wood table (zh backend)', () => {
    expect(kinds('产品名称：实木餐桌 1.6米 橡木\n价格：US $180 / 张\n最小起订量：1 张\n单件毛重：45 kg\n运费：US $0.50 / 张')).toContain('shipping');
  });

  it('flags a cent of freight for a 120 kg safe (mixed backend)', () => {
    expect(kinds('Product 产品: 电子保险柜 Fireproof Home Safe 80cm\nPrice 价格: US$ 260.00 / unit\nMOQ: 1 unit\nGross weight 毛重: 120 kg\nShipping 运费: US$ 0.01')).toContain('shipping');
  });
});

describe('freight that fits the weight, free shipping and a carton weight pass', () => {
  it('passes a real freight for a 30 kg rowing machine (en)', () => {
    expect(kinds('Magnetic Rowing Machine Foldable\n$210.00 / Piece | 1 Piece (Min. Order)\nGross weight: 30 kg\nShipping  $95.00  Seller\'s Shipping Method 1\nTotal  $305.00')).not.toContain('shipping');
  });

  it('passes free shipping on a 40 kg massage table (en)', () => {
    expect(kinds('Portable Massage Table Aluminium 3 Section\n$118.00 / Piece | 1 Piece (Min. Order)\nGross weight: 40 kg\nShipping: Free shipping')).not.toContain('shipping');
  });

  it('passes a fee per piece beside a carton’s gross weight (zh)', () => {
    expect(kinds('产品名称：陶瓷马克杯 350ml\n价格：US $1.20 / 个\n最小起订量：50 个\n外箱毛重：18 kg（每箱48个）\n运费：US $0.60 / 个')).not.toContain('shipping');
  });
});
