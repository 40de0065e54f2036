import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A freight template that states how it charges ("Charging method: by volume", "计费方式：按重量") before its rate rows ("Per
 * CBM: USD 85", "首重 1kg：US$ 60") is one shipping field: the rows are freight, not options of the goods, and the line naming
 * the goods the template applies to ("Applied to: ..., USD 3.40 / kg", "适用产品：... US$ 0.25 / 公斤") gives the goods' price.
 * So an honest sea-freight rate per cubic metre is no option priced in no quantity of kilograms, and a first-kilogram fee
 * far above the goods is inflated shipping, named as such.
 */
const checker = createListingChecker();
const kinds = (t: string) => [...new Set(checker.check(t).findings.map((f) => f.kind))];

describe('rate rows under a freight template that states its charging mode', () => {
  it('are freight, not options of the goods (en, honest LCL rate)', () => {
    expect(kinds("Freight template: 'Bulky-US'\n  Charging method: by volume (LCL)\n  Per CBM: USD 85.00, min 1 CBM\n  Destination: Los Angeles, buyer clears customs\nApplied to: Aluminium plate 5052 2mm, USD 3.40 / kg, MOQ 200 kg")).toEqual([]);
  });

  it('are freight when a first-kilogram fee dwarfs the goods (zh)', () => {
    expect(kinds('运费模板：重货-欧洲\n  计费方式：按重量\n  首重 1kg：US$ 60.00\n  续重 每 1kg：US$ 60.00\n适用产品：镀锌钢板 1mm，US$ 0.25 / 公斤，起订量 100 公斤')).toEqual(['shipping']);
  });
});
