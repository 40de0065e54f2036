import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * The briefing's first clause: a published price range far from the market. A range whose dearest end is just under the
 * category's cheapest real unit and whose cheapest end is far below it ($49 - $89 for an e-bike) is such a range, even
 * though its top looks plausible; a range reaching into the market passes. Goods the trade prices per carat are compared
 * per carat when the page prices them so. Premium kinds of a category (brushless dryers, cowhide handbags, titanium
 * frames) have floors of their own.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a whole range under the market floor', () => {
  it('is flagged as a false price range in both layouts', () => {
    expect(kinds('Electric Bike 48V 750W Fat Tire E-bike 26 inch\nUS $55.00 - $95.00 / Piece\n1 Piece/Pieces (Min. Order)')).toContain('price_range');
    expect(kinds('商品名称：电动自行车 36V 350W 城市通勤\n价格区间：US $39 - 99 /台\n最小起订量：2 台')).toContain('price_range');
    expect(kinds('商品名称：小型挖掘机 Mini Excavator 1.2 ton 家用\n价格区间：US $450 - 980 /台\n最小起订量：1 台')).toContain('price_range');
    expect(kinds('Mini Excavator 2 Ton Crawler Digger Kubota Engine\nUS $500.00 - $1,200.00 / Set\n1 Set (Min. Order)')).toContain('price_range');
  });

  it('passes when the range reaches the market', () => {
    expect(kinds('Electric Bike 48V 750W Fat Tire E-bike 26 inch\nUS $260.00 - $420.00 / Piece\n1 Piece/Pieces (Min. Order)')).toEqual([]);
    expect(kinds('商品名称：电动自行车 36V 350W 城市通勤\n价格区间：US $120 - 199 /台\n最小起订量：2 台')).toEqual([]);
    expect(kinds('Mini Excavator 2 Ton Crawler Digger Kubota Engine\nUS $2,800.00 - $4,200.00 / Set\n1 Set (Min. Order)')).toEqual([]);
  });
});

describe('premium kinds and prices per carat', () => {
  it('are flagged far below their own floor', () => {
    expect(kinds('Natural Diamond Loose 0.5ct Round Brilliant VS2 G Color IGI\nUS $30.00 - $55.00 / Carat\n1 Carat (Min. Order)')).toContain('price_range');
    expect(kinds('Brushless Hair Dryer 110000rpm High Speed Ionic Blow Dryer\nUS $2.90 - $4.10 / Piece\n2 Pieces (Min. Order)')).toContain('price_range');
    expect(kinds('商品名称：高速吹风机 无刷电机 负离子 家用\n单价：US $3.20 /台\n最小起订量：10 台')).toContain('price_range');
    expect(kinds('Cowhide Leather Shoulder Bag Women Genuine Leather Handbag Crossbody\nUS $1.80 - $3.20 / Piece\n5 Pieces (Min. Order)')).toContain('price_range');
    expect(kinds('商品名称：头层牛皮 女包 手提包 大容量\n价格区间：US $2.00 - 3.50 /个\n最小起订量：3 个')).toContain('price_range');
    expect(kinds('Titanium Bike Frame MTB 29er Boost Gr9 Tapered Head Tube\nUS $35.00 - $60.00 / Piece\n1 Piece/Pieces (Min. Order)')).toContain('price_range');
  });

  it('pass at real prices', () => {
    expect(kinds('Natural Diamond Loose 0.5ct Round Brilliant VS2 G Color IGI\nUS $1,800.00 - $2,600.00 / Carat\n1 Carat (Min. Order)')).toEqual([]);
    expect(kinds('Brushless Hair Dryer 110000rpm High Speed Ionic Blow Dryer\nUS $16.50 - $22.00 / Piece\n2 Pieces (Min. Order)')).toEqual([]);
    expect(kinds('Ionic Hair Dryer 1200W Foldable Travel Blow Dryer\nUS $2.90 - $4.10 / Piece\n100 Pieces (Min. Order)')).toEqual([]);
    expect(kinds('Cowhide Leather Shoulder Bag Women Genuine Leather Handbag Crossbody\nUS $18.00 - $26.00 / Piece\n5 Pieces (Min. Order)')).toEqual([]);
    expect(kinds('PU Leather Women Handbag Tote Large Capacity\nUS $2.80 - $3.60 / Piece\n10 Pieces (Min. Order)')).toEqual([]);
    expect(kinds('Titanium Bike Frame MTB 29er Boost Gr9 Tapered Head Tube\nUS $420.00 - $560.00 / Piece\n1 Piece/Pieces (Min. Order)')).toEqual([]);
    expect(kinds('Aluminum Alloy Bike Frame 26 inch MTB\nUS $22.00 - $30.00 / Piece\n10 Pieces (Min. Order)')).toEqual([]);
  });
});
