import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * The reference table covers more common categories: a MacBook Pro with Apple silicon and a laptop with an RTX chip have
 * floors of their own (not the generic MacBook's or the graphics card's), an electric car with "4 Seats" and a "Lithium
 * Battery" in its title is still a car (not a seat cover or a car battery), the floors of diesel and refined sugar
 * follow their 2022 market, and a single spoon has a range both ways. Honest prices in those categories pass.
 */
const checker = createListingChecker();
const kinds = (t: string) => [...new Set(checker.check(t).findings.map((f) => f.kind))];
const page = (title: string, price: string, unit = 'Piece', moq = '1 Piece') => `${title}\n\n${price} / ${unit} | ${moq} (Min. Order)\n`;

describe('new and sharper reference categories', () => {
  it('flags prices far below the market', () => {
    expect(kinds(page('Apple MacBook Pro 16 inch M2 Max 32GB 1TB Space Gray', '$139.00'))).toContain('price_range');
    expect(kinds(page('Gaming Notebook 17.3 inch RTX 4060 Ryzen 7 32GB RAM', '$165.00'))).toContain('price_range');
    expect(kinds(page('New Energy Electric Car 5 Seats Lithium Battery 400km SUV', '$1,050.00', 'Unit', '1 Unit'))).toContain('price_range');
    expect(kinds('商品名称：柴油 EN590 10ppm\n价格区间：US$210 - US$230 / 吨\n最小起订量：20000 吨')).toContain('price_range');
    expect(kinds('商品名称：白砂糖 ICUMSA 45 巴西\n价格区间：US$160 - US$190 / 吨\n最小起订量：25000 吨')).toContain('price_range');
    expect(kinds(page('Stainless Steel Dinner Spoon Mirror Polished 20cm', '$650.00', 'Piece', '1000 Pieces'))).toContain('price_range');
  });
  it('passes market prices in the same categories and look-alikes', () => {
    expect(kinds(page('Apple MacBook Pro 14 inch M1 Pro 16GB 512GB Used Grade A', '$980.00'))).toEqual([]);
    expect(kinds(page('Gaming Laptop 15.6 inch RTX 3060 Core i7 16GB 512GB', '$720.00 - $780.00'))).toEqual([]);
    expect(kinds(page('Universal Car Seat Cover Full Set 5 Seats PU Leather', '$18.00', 'Set', '10 Sets'))).toEqual([]);
    expect(kinds('商品名称：柴油 EN590 10ppm\n价格区间：US$780 - US$860 / 吨\n最小起订量：5000 吨')).toEqual([]);
    expect(kinds(page('Stainless Steel Dinner Spoon Mirror Polished 20cm', '$0.18', 'Piece', '1000 Pieces'))).toEqual([]);
  });
});
