import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * SKU fillers that are another product (a part or accessory the title does not name) or that change the quantity
 * (a single beside packs, cheaper per item than the packs); and option rows opened by an attribute label on the
 * first row. Written in our own words after the classes seen on blind set listings-g.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a part sold as a SKU of the product', () => {
  it('flags a part far below the product that the title does not name', () => {
    expect(kinds('Cordless Angle Grinder 20V Brushless Kit\nUS$1.90 - 52.00 / piece | 2 pieces (Min. order)\nSpecification:\n  Grinder+2 Battery+Charger\t$52.00\t-  0  +\n  Grinder+1 Battery\t$41.00\t-  0  +\n  Bare tool\t$30.00\t-  0  +\n  115mm cutting blade\t$1.90\t-  0  +')).toEqual(['sku_filler']);
    expect(kinds('商品名称：液压千斤顶 2吨 汽修\n价格区间：US$ 0.60 - 16.00\n最小起订量：10 台\nSKU：1.5吨 13.50 / 2吨 16.00 / 手柄 0.60')).toEqual(['sku_filler']);
  });

  it('leaves a set of the parts the title names', () => {
    expect(kinds('Screwdriver Bit Set 32 in 1 and Loose S2 Bits\nUS$0.06 - 2.20 / piece | 100 pieces (Min. order)\nSpecification:\n  32 in 1 bit set\t$2.20\t-  0  +\n  PH2 bit 25mm\t$0.06\t-  0  +\n  PZ2 bit 25mm\t$0.06\t-  0  +\n  T25 bit 25mm\t$0.07\t-  0  +')).toEqual([]);
  });
});

describe('a single beside packs', () => {
  it('flags a single cheaper per item than the packs', () => {
    expect(kinds('Bamboo Bath Towel Set 6pcs Hotel Quality\nUS$0.70 - 26.00 / set | 10 sets (Min. order)\nSize:\tStandard 6pcs\t$22.00\n\tLarge 6pcs\t$26.00\n\tFace towel 1pc\t$0.70')).toEqual(['sku_filler']);
  });

  it('leaves singles that cost more per item than the packs', () => {
    expect(kinds('Resistance Loop Bands Set 5 Levels and Single Bands\nUS$0.45 - 1.90 / piece | 50 pieces (Min. order)\nType:\tSet of 5 bands 5pcs\t$1.90\n\tSingle band light\t$0.45\n\tSingle band heavy\t$0.52')).toEqual([]);
  });
});

describe('option rows opened by an attribute label', () => {
  it('reads the first row too', () => {
    const p = checker.parse('Electric Scooter 8.5 Inch 350W\n$2.80 - 199.00 / piece | 1 piece (Min. order)\nBattery:  36V 7.8Ah\t$169.00\n          36V 10Ah\t$199.00\n          Brake pad set\t$2.80');
    expect(p.skus.map((s) => s.name)).toEqual(['36V 7.8Ah', '36V 10Ah', 'Brake pad set']);
  });
});
