import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A page priced per metre or per piece that also quotes one pack ("按卷发货，每卷 US$..", "each bag about $..") without saying
 * in that option what the pack holds, while another line does ("10米/卷", "50支/袋"), prices the pack at what its content
 * comes to: the same price in a bigger unit, no whole item in no quantity of the unit and no gap under the cheapest option.
 * A pack priced far above its content at the headline's price still shows the headline in a unit the goods are not sold at.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a pack price whose content the page gives on another line', () => {
  it('is the headline price per unit times the content (metres, zh)', () => {
    expect(kinds('首页 > 纺织 > 绳带\n棉绳 5mm 编织 手工DIY 米白色\nUS $0.12 / 米 | 1000 米（最小起订量）\n包装：20米/卷，按卷出售（每卷 US $2.40）')).toEqual([]);
  });

  it('is the headline price per piece times the count (pieces, zh)', () => {
    expect(kinds('首页 > 文具 > 笔\n中性笔 0.5mm 黑色 办公 50支/袋\nUS $0.040 - $0.055 / 支 | 20000 支（最小起订量）\n包装：50支/袋，每袋约 US $2.30')).toEqual([]);
  });

  it('still flags a pack priced far above what its content comes to at the headline price (zh)', () => {
    expect(kinds('首页 > 纺织 > 绳带\n棉绳 5mm 编织 手工DIY 米白色\nUS $0.02 / 米 | 1000 米（最小起订量）\n包装：20米/卷，按卷出售（每卷 US $2.40）')).toContain('price_unit');
  });
});
