import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A rep's note or a form that states free shipping and, in the same breath, that the freight is collected once the order is
 * placed ("页面写包邮，国外运费下单后再改价加上去", a "Free shipping 包邮" template beside a memo to "charge freight via 补差价
 * link after payment"): the contradiction is the false shipping information, and it names no price. Such texts were read as
 * no listing at all. A note that the free shipping is real, with nothing topped up, stays clean.
 */
const checker = createListingChecker();
const check = (t: string) => checker.check(t);

describe('free shipping contradicted by freight collected after the order is judged without a price', () => {
  it('flags a rep saying the page shows free shipping and freight is added after the order (zh)', () => {
    const r = check('页面写包邮，其实只包到国内仓，国外运费下单后再改价加上去');
    expect(r.findings.map((f) => f.kind)).toContain('shipping');
  });

  it('flags a free shipping template beside a memo to collect the freight difference after payment (backend, mixed)', () => {
    const form = ['Product: Velvet Accent Chair 丝绒单椅', '运费 template: Free shipping 包邮', "Internal memo 备注: 'charge freight via 补差价 link after payment'"].join('\n');
    expect(check(form).findings.map((f) => f.kind)).toContain('shipping');
  });

  it('passes a rep saying the free shipping is real and nothing is topped up (en)', () => {
    const r = check("free shipping on our lash listings is real!! it's baked into the $1.20/pair and we ship e-packet ourselves, zero top-ups ever");
    expect(r.fake).toBe(false);
  });
});
