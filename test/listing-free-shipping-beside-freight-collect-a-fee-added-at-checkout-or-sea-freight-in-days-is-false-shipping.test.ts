import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('free shipping the page takes back, and sea freight promised in days', () => {
  it('flags free shipping beside freight the buyer pays or a per-order fee added at checkout', () => {
    expect(kinds('Product name: Bamboo Cutting Board Set\nPrice: US $2.10 - $2.80 / piece\nMOQ: 200 pieces\nShipping: Free shipping\nRemarks: shipping paid by the buyer on arrival')).toContain('shipping');
    expect(kinds('商品名称：竹制砧板三件套\n价格：US $2.10 - $2.80 / 个\n起订量：200 个\n运费：包邮\n备注：运费到付')).toContain('shipping');
    expect(kinds('商品名称：竹制砧板三件套\n价格：US $2.10 - $2.80 / 个\n起订量：200 个\n运费：包邮\n备注：每单额外收取操作费 $28，结算时加入')).toContain('shipping');
    expect(kinds('Product name: Bamboo Cutting Board Set\nPrice: US $2.10 - $2.80 / piece\nMOQ: 200 pieces\nShipping: Free shipping\nRemarks: a handling fee of $30 per order is added at checkout')).toContain('shipping');
  });

  it('flags sea freight said to deliver door to door in a few days, in either language', () => {
    expect(kinds('Product name: Steel Storage Rack 5 Tier\nPrice: US $18.00 - $24.00 / set\nMOQ: 50 sets\nShipping: by sea, delivered to your door in 4 days')).toContain('shipping');
    expect(kinds('商品名称：钢制货架 五层\n价格：US $18.00 - $24.00 / 套\n起订量：50 套\n运费：海运，5天门到门送达')).toContain('shipping');
  });

  it('passes free shipping limited to samples, freight collect without free shipping, and real sea transit times', () => {
    expect(kinds('Product name: Bamboo Cutting Board Set\nPrice: US $2.10 - $2.80 / piece\nMOQ: 200 pieces\nShipping: Free shipping for samples only; bulk freight paid by buyer')).toEqual([]);
    expect(kinds('Product name: Bamboo Cutting Board Set\nPrice: US $2.10 - $2.80 / piece\nMOQ: 200 pieces\nShipping: freight collect, buyer pays on delivery')).toEqual([]);
    expect(kinds('商品名称：竹制砧板三件套\n价格：US $2.10 - $2.80 / 个\n起订量：200 个\n运费：包邮；偏远地区另收附加费')).toEqual([]);
    expect(kinds('Product name: Steel Storage Rack 5 Tier\nPrice: US $18.00 - $24.00 / set\nMOQ: 50 sets\nShipping: by sea, delivered door to door in 30-40 days')).toEqual([]);
  });
});
