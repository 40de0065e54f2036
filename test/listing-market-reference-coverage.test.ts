import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * The reference-price table (developer estimates, operator data) covers the common categories in both languages, and
 * its matching reads the product's own name: a page badge or category path is not the title, what comes "with" the
 * product does not make it an accessory, a price per watt is not a price per panel, and a price with no unit is not
 * compared with a reference per ton.
 */
const checker = createListingChecker();
const check = (t: string) => checker.check(t);
const kinds = (t: string) => check(t).findings.map((f) => f.kind);

describe('the title is the product name', () => {
  it('skips badges, rating lines and category paths above it', () => {
    expect(checker.parse('Customizable\n\nGlass Mosaic Tile Sheet 300x300mm\n\nUS $1.56 - US $1.64/ Sheet | 500 Sheet/Sheets(Min. Order)').title).toBe('Glass Mosaic Tile Sheet 300x300mm');
    expect(checker.parse('Jewelry, Eyewear & Watches / Fine Jewelry / Rings\n1ct Moissanite Engagement Ring 925 Silver\n4.6 (92 reviews) · 1,648 sold\n\nUS$0.67\n5 - 49 pieces').title).toBe('1ct Moissanite Engagement Ring 925 Silver');
  });

  it('falls back to the category path when the page shows no other name', () => {
    expect(checker.parse('Consumer Electronics / Mobile Phones / Smartphones\nUS$46.49\nMin. order: 1 piece').title).toMatch(/Mobile Phones/);
  });

  it('keeps a title that holds a size range', () => {
    expect(checker.parse('Neoprene Laptop Sleeve 13-15.6 Inch\nUS$1.95-2.88\nMin. order: 100 pieces').title).toBe('Neoprene Laptop Sleeve 13-15.6 Inch');
  });
});

describe('categories in both languages', () => {
  it('flag goods priced far below the estimate', () => {
    const r = check('1ct Moissanite Engagement Ring 925 Silver 18K Plated\nUS$0.67\n5 - 49 pieces\nUS$0.64\n>= 50 pieces');
    expect(r.findings.map((f) => f.kind)).toEqual(['price_range']);
    expect(r.findings[0]!.detail).toMatch(/developer's estimate/);
    expect(kinds('商品名称：5L 空气炸锅 数字触控\n价格：US $1.02 - 1.24 /件\n最小起订量：100 件')).toContain('price_range');
    expect(kinds('4K Foldable Camera Drone with GPS 3-Axis Gimbal\n≥5 pieces US $9.71\n≥50 pieces US $9.02')).toContain('price_range');
  });

  it('pass the same goods at ordinary prices', () => {
    expect(kinds('1ct Moissanite Engagement Ring 925 Silver\nUS$28.50\n5 - 49 pieces\nUS$26.00\n>= 50 pieces')).toEqual([]);
    expect(kinds('商品名称：5L 空气炸锅 数字触控\n价格：US $18.20 - 21.40 /件\n最小起订量：100 件')).toEqual([]);
  });
});

describe('matching reads what the product is', () => {
  it('an accessory for the product is not the product', () => {
    expect(kinds('Neoprene Laptop Sleeve 13-15.6 Inch\nUS$1.95-2.88\nMin. order: 100 pieces')).toEqual([]);
    expect(kinds('DOT Approved Motorcycle Helmet Full Face\nUS $15.40 / Piece\nMin. order: 10 pieces')).toEqual([]);
  });

  it('what comes with the product does not make it an accessory', () => {
    expect(kinds('200W All in One Solar Street Light IP65 with Remote\nUS $0.40 - 0.55 / Piece\nMin. order: 10 pieces')).toContain('price_range');
  });

  it('a price per watt is not a price per panel', () => {
    expect(kinds('商品名称：550W单晶半片太阳能板144片\n单位：瓦\n价格区间：0.20 美元 / 瓦\n最小起订量：100000 瓦')).toEqual([]);
  });

  it('a price with no unit is not compared with a reference per ton', () => {
    expect(kinds('Round Galvanized Steel Pipe 6m Length\nSize: 1/2 inch US $4.20, 1 inch US $8.60, 2 inch US $19.50')).toEqual([]);
  });
});

describe('what a title says the product is for', () => {
  it('is not the product: a battery cell for an e-bike is no e-bike', () => {
    expect(kinds('18650 Li-ion Battery Cell 3000mAh for Ebike Battery Pack\nUS$0.95 - 1.10 / piece | 1000 pieces (Min. order)')).toEqual([]);
  });

  it('a service offered with the goods is no accessory', () => {
    expect(kinds('Argan Oil 100% Pure Cold Pressed Bulk Hair Oil Private Label\nUS $1.20 - 1.60 / liter\nMin. order: 10 liters')).toContain('price_range');
  });
});
