import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * The market check compares prices with rough category floors. Cheap kinds of a category's goods are real: keypad
 * phones for the elderly, children's bikes, inflatable mattresses, used tyres, river sand by the ton, silk scrunchies.
 * They pass; a smartphone, a bicycle or tyres at a fraction of any real price are still flagged. A panel priced per watt
 * with its rating in the title and an MOQ in pieces converts, so its unit is no false unit.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('genuinely cheap goods', () => {
  it('pass the market check', () => {
    expect(kinds('Keypad Mobile Phone 2G Dual SIM Big Button Senior\nUS$ 7.20 / Piece\nMin. Order: 200 Pieces')).toEqual([]);
    expect(kinds('商品标题：老人机 大字 大声 按键手机\n价格：US$ 6.10/台\n起订量：200 台')).toEqual([]);
    expect(kinds('Children Bicycle 14 inch with Training Wheels\nUS$ 12.80 / Piece\nMin. Order: 100 Pieces')).toEqual([]);
    expect(kinds('Inflatable Air Mattress Camping Flocked Twin\nUS$ 4.40 / Piece\nMin. Order: 300 Pieces')).toEqual([]);
    expect(kinds('Second Hand Car Tyres 205/55R16 Used Tires\nUS$ 5.20 / Piece\nMin. Order: 800 Pieces')).toEqual([]);
    expect(kinds('商品标题：机制砂 建筑 石子 碎石\n价格：US$ 7.00/吨\n起订量：300 吨')).toEqual([]);
    expect(kinds('100% Mulberry Silk Scrunchies Hair Ties 19mm\nUS$ 0.90 / Piece\nMin. Order: 50 Pieces')).toEqual([]);
  });

  it('still flag the same categories at a fraction of any real price', () => {
    expect(kinds('5G Smartphone 6.8 inch 12GB+256GB Android\nUS$ 7.20 / Piece\nMin. Order: 1 Piece')).toContain('price_range');
    expect(kinds('Mountain Bike 29 inch 21 Speed Aluminium\nUS$ 2.40 / Piece\nMin. Order: 1 Piece')).toContain('price_range');
    expect(kinds('商品标题：机制砂 建筑 石子 碎石\n价格：US$ 1.50/吨\n起订量：300 吨')).toContain('price_range');
    expect(kinds('100% Mulberry Silk Pillowcase 22 Momme Queen\nUS$ 0.60 / Piece\nMin. Order: 50 Pieces')).toContain('price_range');
  });

  it('read a price per watt with a rating in the title as convertible to the pieces the MOQ counts', () => {
    expect(kinds('Mono Solar Panel 450W Half Cell\nUS$ 0.13 / Watt\nMin. Order: 36 Pieces')).toEqual([]);
  });
});
