import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A minimum for custom work is the product's real MOQ when the seller keeps no plain goods to sell ("we don't sell stock
 * mugs", "no stock for plain caps", "没印logo的现货也没有", "every pin on this listing is custom made"): every order is the
 * custom work. So is a minimum contract of a commodity ("Minimum contract 5,000 MT x 12 months"), and a production run
 * the rep says the line never goes under ("we don't run under 300 boards"). A custom minimum beside plain goods sold from
 * stock is not the product's MOQ.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a custom minimum where no plain stock is sold', () => {
  it("reads the customisation MOQ as the product's when the page says there is no plain stock", () => {
    expect(kinds('Listing:\nCustom Printed Ceramic Mugs 11oz With Logo\n$0.90 - $2.10 / piece\nMOQ: 1 piece\nCustomized logo (Min. Order: 200 pieces)\nEvery mug on this listing is printed with the buyer\'s design, we don\'t sell stock mugs.')).toContain('moq');
  });

  it("reads a rep's custom minimum as the real one when no plain goods are in stock", () => {
    expect(kinds('客户问为什么MOQ写1个但下单不发。产品是定制logo帆布袋，后台MOQ 1，价格$0.9。其实定制logo最少500个，不印logo的现货也没有。要改吗')).toContain('moq');
    expect(kinds('custom keycap set listing - MOQ on page = 1 set, $3-$9/set. truth is the moulding line means we don\'t run under 300 sets and we don\'t sell blank sets from stock')).toContain('moq');
  });

  it('reads a minimum contract as the real MOQ', () => {
    expect(kinds('Please check:\nYellow Corn Feed Grade\nPrice: US$ 230 - 260 / metric ton\nMOQ: 1 metric ton\nDescription: "Minimum contract 5,000 MT x 12 months, LC at sight."')).toContain('moq');
  });

  it('passes a custom minimum beside plain goods sold from stock', () => {
    expect(kinds('Listing:\nCeramic Mugs 11oz White Blank\n$0.90 - $1.20 / piece\nMOQ: 36 pieces\nCustomized logo (Min. Order: 200 pieces)\nPlain white mugs ship from stock in 3 days.')).toEqual([]);
  });
});
