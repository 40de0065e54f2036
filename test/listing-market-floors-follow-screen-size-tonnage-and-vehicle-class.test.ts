import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * The reference table scales a television by its screen (per inch, per 寸) and an excavator by its operating weight
 * (per ton, per 吨, or a named full-size model), and knows that luxury makes and road-going pickups keep their value.
 * Prices far below are false price ranges (never read as "a price per inch"); mini machines, low-speed electric
 * pickups, small screens and parts of such goods stay at their own cheap prices.
 */
const checker = createListingChecker();
const kinds = (t: string) => [...new Set(checker.check(t).findings.map((f) => f.kind))];

describe('televisions by screen size', () => {
  it('flags a large screen priced like a small one', () => {
    expect(kinds('Hotel 50 Inch Smart TV Android UHD Frameless LED Television\n$24.00 - $28.00 / Piece | 10 Piece/Pieces (Min. Order)')).toEqual(['price_range']);
    expect(kinds('商品名称：43寸 液晶电视 智能网络 酒店工程\n价格区间：US$ 12.00 - 16.00 /台\n最小起订量：5 台')).toEqual(['price_range']);
  });
  it('passes small and ordinary sets and TV furniture', () => {
    expect(kinds('24 Inch LED TV HD DC 12V Small Television for Kitchen\n$31.00 - $34.00 / Piece | 100 Piece/Pieces (Min. Order)')).toEqual([]);
    expect(kinds('32 Inch Smart TV Android WiFi LED Television Wholesale\n$46.00 - $52.00 / Piece | 50 Piece/Pieces (Min. Order)')).toEqual([]);
    expect(kinds('商品名称：55寸 4K 智能电视 液晶\n价格区间：US$ 168.00 - 185.00 /台\n最小起订量：10 台')).toEqual([]);
    expect(kinds('Modern LED TV Cabinet Living Room Furniture 180cm\n$38.00 - $45.00 / Piece | 20 Piece/Pieces (Min. Order)')).toEqual([]);
  });
});

describe('excavators by weight and model', () => {
  it('flags a full-size machine priced like a mini one', () => {
    expect(kinds('New 22 Ton Hydraulic Crawler Excavator Yuchai Engine\n$6,500.00 - $9,000.00 / Set | 1 Set (Min. Order)')).toEqual(['price_range']);
    expect(kinds('商品名称：全新 13吨 履带式挖掘机 液压\n价格区间：US$ 3,800 - 5,200 /台\n最小起订量：1 台')).toEqual(['price_range']);
    expect(kinds('Used Komatsu PC200-8 Excavator Japan Origin Good Condition\n$4,200.00 - $5,500.00 / Unit | 1 Unit (Min. Order)')).toEqual(['price_range']);
  });
  it('passes mini machines, real used prices and parts', () => {
    expect(kinds('Mini Excavator 1.5 Ton Small Digger for Garden Farm\n$2,200.00 - $2,600.00 / Set | 1 Set (Min. Order)')).toEqual([]);
    expect(kinds('Used Komatsu PC200-8 Excavator Japan Origin Good Condition\n$26,000.00 - $31,000.00 / Unit | 1 Unit (Min. Order)')).toEqual([]);
    expect(kinds('PC200-8 Excavator Hydraulic Main Pump 708-2L-00300\n$950.00 - $1,100.00 / Piece | 1 Piece (Min. Order)')).toEqual([]);
    expect(kinds('商品名称：小型挖掘机 1吨 家用 农用\n价格区间：US$ 1,900 - 2,400 /台\n最小起订量：1 台')).toEqual([]);
  });
});

describe('vehicles that keep their value', () => {
  it('flags a luxury 4x4 or a pickup at the price of a scooter', () => {
    expect(kinds('Used 2018 Range Rover Sport HSE Left Hand Drive Full Option\n$3,900.00 - $4,600.00 / Unit | 1 Unit (Min. Order)')).toEqual(['price_range']);
    expect(kinds('2017 Double Cab Pickup 4x4 Diesel Manual Used Good Condition\n$1,900.00 - $2,400.00 / Unit | 1 Unit (Min. Order)')).toEqual(['price_range']);
  });
  it('passes real prices, low-speed electric pickups and parts', () => {
    expect(kinds('Used 2018 Range Rover Sport HSE Left Hand Drive Full Option\n$38,000.00 - $44,000.00 / Unit | 1 Unit (Min. Order)')).toEqual([]);
    expect(kinds('Electric Mini Pickup Truck Low Speed 4 Wheel Cargo EV\n$2,600.00 - $3,100.00 / Unit | 1 Unit (Min. Order)')).toEqual([]);
    expect(kinds('LED Headlight Assembly Lexus LX570 2016-2021 Upgrade\n$180.00 - $220.00 / Pair | 2 Pair (Min. Order)')).toEqual([]);
    expect(kinds('Tonneau Cover Hard Tri-fold Pickup Truck Bed\n$95.00 - $120.00 / Set | 5 Set (Min. Order)')).toEqual([]);
  });
});
