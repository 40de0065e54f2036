import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A page that shows free shipping while its own note says the courier collects the freight from the buyer ("其实顺丰到付",
 * "DHL到付，客户收货时再付", "FedEx collect") shows a shipping fee nobody pays: false shipping. Courier-collect for samples
 * only, or with no free shipping shown, is an honest term.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('free shipping beside a courier-collect line', () => {
  it('is false shipping (zh page note, zh message, en backend)', () => {
    expect(kinds('首页 > 所有行业 > 家居用品 > 收纳\n竹制收纳盒 三件套\nUS $3.20 - $3.90/套 | 200 套(最小起订量)\n运费：全球包邮\n\n跟单备注：页面包邮，实际快递到付，客户收货后再付。')).toContain('shipping');
    expect(kinds('我们有个品 竹制收纳盒 三件套\n挂的价格 US $3.20 - $3.90/套，起订 200套\n运费：包邮。其实UPS到付，会被处罚吗')).toContain('shipping');
    expect(kinds('Product Name: Bamboo Storage Box Set of 3\nPrice: US $3.20 - $3.90 / set\nMOQ: 200 sets\nShipping: Free shipping\nInternal note: we actually send it FedEx collect')).toContain('shipping');
  });

  it('passes courier-collect for samples, or without free shipping', () => {
    expect(kinds('首页 > 所有行业 > 家居用品 > 收纳\n竹制收纳盒 三件套\nUS $3.20 - $3.90/套 | 200 套(最小起订量)\n运费：全球包邮\n样品免费，样品快递到付')).toEqual([]);
    expect(kinds('首页 > 所有行业 > 家居用品 > 收纳\n竹制收纳盒 三件套\nUS $3.20 - $3.90/套 | 200 套(最小起订量)\n运费：DHL到付，客户收货时付')).toEqual([]);
  });
});
