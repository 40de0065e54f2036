import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('false shipping claims', () => {
  it('reads "Free Shipping" in the title as published free shipping, so freight charged after the order is above it', () => {
    expect(kinds('商品名称: Free Shipping Mini Projector 1080P WiFi\n价格: $38.60\n起订量: 50 piece\n运费/物流: freight billed separately after you pay, by actual weight')).toContain('shipping');
    expect(kinds('product_name,price,moq,shipping\nFree Shipping 电动牙刷 声波 成人,$6.12,500 piece,Shipping: charged separately after order by actual weight')).toContain('shipping');
    // The same title with the freight really free, or a title whose free shipping has a threshold.
    expect(kinds('商品名称: Free Shipping Mini Projector 1080P WiFi\n价格: $38.60\n起订量: 50 piece\n运费/物流: free to USA by ePacket')).not.toContain('shipping');
    expect(kinds('商品名称: Mini Projector 1080P WiFi free shipping over $500\n价格: $38.60\n起订量: 50 piece\n运费/物流: freight billed separately after you pay, by actual weight')).not.toContain('shipping');
  });

  it('flags sea freight promised in a few days, and passes a real voyage or a few days by air', () => {
    const sea = (line: string) => `Product name: Folding Electric Scooter 350W\nPrice: $129.00\nMOQ: 10 pieces\nShipping: ${line}`;
    expect(kinds(sea('Sea freight to USA, arrives in 4 days'))).toContain('shipping');
    expect(kinds('商品名称：折叠电动滑板车 350W\n价格：$129\n起订量：10 台\n运费：海运到德国 5天到港')).toContain('shipping');
    expect(kinds(sea('Sea freight to USA, arrives in 25-35 days'))).toEqual([]);
    expect(kinds('商品名称：折叠电动滑板车 350W\n价格：$129\n起订量：10 台\n运费：海运到德国 约35天到港，生产 3 天')).toEqual([]);
    expect(kinds(sea('by sea (30 days) or air; air freight arrives in 4 days'))).toEqual([]);
  });

  it('reads a one-line listing whose fields are separated by slashes', () => {
    const line = (ship: string) => `*** Gaming Chair Ergonomic Reclining *** / $2.10 / Min. order 1 piece / Shipping: ${ship} per piece (express)`;
    const p = checker.parse(line('$480.00'));
    expect(p.headline?.min.value).toBe(2.1);
    expect(p.moq?.qty).toBe(1);
    expect(kinds(line('$480.00'))).toContain('shipping');
    // "$2 / piece" inside a field is a price per unit, not two fields.
    expect(checker.parse('*** Gaming Chair *** / US $58.00 / piece / MOQ 2 piece / Shipping: $45.00 per piece (express)').headline?.unit?.id).toBe('piece');
    expect(kinds('*** Gaming Chair *** / US $58.00 / piece / MOQ 2 piece / Shipping: $45.00 per piece (express)')).toEqual([]);
  });
});
