import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A CSV row's options cell is the listing's SKUs when its options are named by a rating or count first ("300W $41", "50pcs
 * $6.10") or when only some carry a price of their own (the others are at the row's price); two cells holding the option
 * names and their prices as parallel lists pair up the same way. A cheap add-on among them is then judged as any SKU is.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);
const HEAD = 'product_title,category,unit,moq,tier1_qty,tier1_price,tier2_qty,tier2_price,sku_options,shipping';

describe('CSV options cells', () => {
  it('reads options named by their rating, and flags a token add-on among them', () => {
    expect(kinds(`${HEAD}\n"Solar Street Lamp All in One",Outdoor Lighting,Piece,2,2,0.05,100,0.05,"300W $41;500W $58;mounting screws $0.05",by template`)).toContain('sku_filler');
  });

  it('puts unpriced options at the row price, so an add-on priced apart stands out', () => {
    expect(kinds(`${HEAD}\n"Cast Iron Dutch Oven 5.5QT",Cookware,Piece,10,10,14.20,300,12.90,"red;blue;cream;pot holder $0.06",by template`)).toContain('sku_filler');
  });

  it('passes options that are all the product at consistent prices', () => {
    expect(kinds(`${HEAD}\n"Solar Street Lamp All in One",Outdoor Lighting,Piece,2,2,41,100,38,"300W $41;500W $58;800W $79",by template`)).toEqual([]);
    expect(kinds(`${HEAD}\n"Cast Iron Dutch Oven 5.5QT",Cookware,Piece,10,10,14.20,300,12.90,"red;blue;cream",by template`)).toEqual([]);
  });

  it('pairs parallel lists of option names and prices', () => {
    expect(kinds('title,option_names,option_prices,moq\n"Ceramic Teapot Set 6 Cups","Blue set|White set|Gift sticker|Kraft box","18.40|17.90|0.02|0.03",5')).toContain('sku_filler');
    expect(kinds('title,option_names,option_prices,moq\n"Ceramic Teapot Set 6 Cups","Blue set|White set|Grey set","18.40|17.90|18.10",5')).toEqual([]);
  });
});
