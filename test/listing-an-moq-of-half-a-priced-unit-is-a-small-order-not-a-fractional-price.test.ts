import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * "$120 / Kilogram | 0.5 Kilogram (Min. Order)": a fraction of the unit the price is quoted per, as the smallest order,
 * worth a real order, sizes the order; the price is per whole kilogram. A price quoted per a fraction of a unit
 * ("0.01 Square Meters") is still a false unit.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('an MOQ of a fraction of the priced unit', () => {
  it('passes as a small order of goods priced per whole unit', () => {
    expect(kinds('Dried Saffron Threads Super Negin Grade Iran Origin\n$1,150.00 - $1,480.00 / Kilogram | 0.5 Kilogram (Min. Order)\n0.5 - 4.9 Kilograms  $1,480.00\n>= 5 Kilograms  $1,150.00')).not.toContain('price_unit');
    expect(kinds('商品名称：白芷 中药材 统货 Angelica Root\n价格区间：US $6.00 - $8.50 / 千克\n最小起订量：0.5 千克')).not.toContain('price_unit');
  });

  it('still flags a price quoted per a fraction of a unit', () => {
    expect(kinds('Porcelain Floor Tiles 600x600\n50000 - 149999 0.01 Square Meters\n$0.062\n>=150000 0.01 Square Meters\n$0.055')).toContain('price_unit');
  });
});
