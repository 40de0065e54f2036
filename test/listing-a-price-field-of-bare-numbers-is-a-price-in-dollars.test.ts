import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * The international site's backend shows a price field without its currency ("Price range: 0.01 - 0.02", "单价：0.80"). A
 * price-labelled field of bare numbers (labels in rows.yaml) is read as US dollars, so the listing is judged, not skipped as
 * having no price.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a price field of bare numbers', () => {
  it('is read as a price in dollars', () => {
    expect(checker.parse('Product name: Steel Toolbox 3 Tier\nPrice range: 7.40 - 9.10\nMOQ: 20').headline?.min.usd).toBe(7.4);
    expect(checker.parse('商品名称：不锈钢保温杯\n单价：3.20\n最小起订量：50').headline?.min.usd).toBe(3.2);
  });

  it('is judged like a price with its sign', () => {
    expect(kinds('Product name: Metal Bottle Opener Keyring (approx. 15g)\nUnit price: 0.60\nShipping template: DHL $65.00 per piece (fixed)\nMOQ: 2')).toContain('shipping');
    expect(kinds('商品名称：金属开瓶器钥匙扣（约15克）\n单价：0.60\n运费模板：DHL 每件 US$65.00（固定）\n最小起订量：2')).toContain('shipping');
  });

  it('leaves an honest bare price alone', () => {
    expect(kinds('Product name: Steel Toolbox 3 Tier\nPrice range: 7.40 - 9.10\nMOQ: 20')).toEqual([]);
    expect(kinds('商品名称：不锈钢保温杯 500ml\n价格区间：3.20 - 3.80\n最小起订量：50')).toEqual([]);
  });
});
