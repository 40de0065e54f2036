import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A tyre, wheel, carburettor or spark plug named by the mower or tiller it fits ("Lawn Mower Wheel 8 inch", "微耕机轮胎
 * 4.00-8") is a part of its own, priced far below the machine: it does not meet the machine's market floor. The machine
 * itself at a few dollars still does.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a tyre, wheel or engine part of a mower or tiller', () => {
  it('is not the machine on the market (en, zh)', () => {
    expect(kinds('title,price_min,price_max,unit,moq,brand\n"Lawn Mower Wheel 8 inch Replacement Rear",3.2,4.1,piece,500,OEM')).toEqual([]);
    expect(kinds('首页 > 农机配件\n微耕机轮胎 4.00-8 人字纹 加厚\nUS $6.50 - $8.20 / 条 | 100 条（起订量）')).toEqual([]);
    expect(kinds('title,price_min,price_max,unit,moq,brand\n"Lawn Mower Carburetor for 170cc Engine",2.4,3.0,piece,500,OEM')).toEqual([]);
  });

  it('leaves the machine itself at a few dollars under its market floor', () => {
    expect(kinds('title,price_min,price_max,unit,moq,brand\n"Lawn Mower 21 inch Self-propelled 170cc",6.1,7.9,piece,200,OEM')).toContain('price_range');
  });
});
