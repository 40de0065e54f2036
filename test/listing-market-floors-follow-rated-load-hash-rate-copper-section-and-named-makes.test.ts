import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Session 35: the reference table keys more families by what the listing says. A forklift or mini excavator by its rated
 * tonnage, a crypto miner by its hash rate, a copper cable by its cross-section (per metre, or times the roll length the
 * title states), a TV whose inches are written 英寸, a diamond whose carats are spelled out. A car named by its maker, Apple's
 * wearables by their line. A maker's "Model 3" is no scale model and "50kg bags" are the sacks bulk goods come in.
 * Real prices, parts and generic goods pass.
 */
const checker = createListingChecker();
const kinds = (t: string) => [...new Set(checker.check(t).findings.map((f) => f.kind))];

describe('machines by their rated load', () => {
  it('flags a forklift or mini excavator far below what its tonnage costs', () => {
    expect(kinds('Warehouse 2.5 Ton Diesel Forklift Triplex Mast Side Shifter\n$900.00 - $1,250.00 / Unit | 1 Unit (Min. Order)')).toEqual(['price_range']);
    expect(kinds('商品名称：3.5吨 内燃叉车 柴油 侧移\n价格区间：US$ 1,100 - 1,600 /台\n最小起订量：1 台')).toEqual(['price_range']);
    expect(kinds('商品名称：2吨 小型挖掘机 履带 农用\n价格区间：US$ 1,200 /台\n最小起订量：1 台')).toEqual(['price_range']);
  });
  it('passes real forklift prices, hand pallet trucks and parts', () => {
    expect(kinds('Warehouse 2.5 Ton Diesel Forklift Triplex Mast Side Shifter\n$8,200.00 - $9,400.00 / Unit | 1 Unit (Min. Order)')).toEqual([]);
    expect(kinds('Hand Pallet Truck 3 Ton Manual Forklift Jack\n$95.00 - $120.00 / Piece | 5 Pieces (Min. Order)')).toEqual([]);
    expect(kinds('Forklift Seat Universal With Safety Belt 2 Ton Trucks\n$28.00 - $35.00 / Piece | 10 Pieces (Min. Order)')).toEqual([]);
  });
});

describe('crypto miners by hash rate', () => {
  it('flags a miner priced far under its hash rate', () => {
    expect(kinds('Whatsminer M30S 88TH/s Bitcoin Miner Used Good Condition\n$60.00 - $90.00 / Piece | 1 Piece (Min. Order)')).toEqual(['price_range']);
  });
  it('passes a real price and a miner fan', () => {
    expect(kinds('Whatsminer M30S 88TH/s Bitcoin Miner Used Good Condition\n$420.00 - $480.00 / Piece | 1 Piece (Min. Order)')).toEqual([]);
    expect(kinds('Antminer Cooling Fan 12038 12V Replacement\n$3.00 - $4.50 / Piece | 10 Pieces (Min. Order)')).toEqual([]);
  });
});

describe('copper cable by its cross-section', () => {
  it('flags a thick cable per metre or a roll priced under its copper', () => {
    expect(kinds('产品名称：纯铜电缆 YJV 4x70mm2 铠装 国标\n价格：US $0.60 - $0.90 / 米\n最小起订量：200 米')).toEqual(['price_range']);
    expect(kinds('产品名称：纯铜 BVR 6平方 多股软线 100米/卷\n价格：US $3.20 /卷\n最小起订量：10 卷')).toEqual(['price_range']);
  });
  it('passes real per-metre and per-roll prices', () => {
    expect(kinds('产品名称：纯铜电缆 YJV 4x70mm2 铠装 国标\n价格：US $26.00 - $31.00 / 米\n最小起订量：200 米')).toEqual([]);
    expect(kinds('产品名称：纯铜 BVR 6平方 多股软线 100米/卷\n价格：US $52.00 /卷\n最小起订量：10 卷')).toEqual([]);
    expect(kinds('Copper Wire 1.5mm2 Single Core House Wiring Cable\n$0.16 - $0.19 / Meter | 1000 Meters (Min. Order)')).toEqual([]);
  });
});

describe('ratings written in other words', () => {
  it('reads inches written 英寸 and carats spelled out', () => {
    expect(kinds('产品名称：65 英寸 4K 液晶电视 智能\n区间价：US$ 39.00 - 45.00 / 台\n最小起订量：1 台')).toEqual(['price_range']);
    expect(kinds('Loose Natural Diamond 2 Carats VS2 G Round Brilliant IGI\n$40.00 - $60.00 / Piece | 1 Piece (Min. Order)')).toEqual(['price_range']);
    expect(kinds('Loose Natural Diamond 0.3 Carat VS2 G Round Brilliant IGI\n$260.00 - $320.00 / Piece | 1 Piece (Min. Order)')).toEqual([]);
  });
});

describe('named makes and lines', () => {
  it('flags a car of a named make, or an Apple wearable, priced like a toy', () => {
    expect(kinds('2021 BYD Han EV Sedan Electric Car Long Range Left Hand\n$1,800.00 - $2,300.00 / Unit | 1 Unit (Min. Order)')).toEqual(['price_range']);
    expect(kinds('Tesla Model Y 2023 Electric SUV Dual Motor New\n$2,200.00 / Unit | 1 Unit (Min. Order)')).toEqual(['price_range']);
    expect(kinds('Genuine AirPods 3rd Generation Wireless Earbuds with Charging Case\n$7.00 - $9.50 / Piece | 5 Pieces (Min. Order)')).toEqual(['price_range']);
    expect(kinds('Apple Watch SE 40mm GPS Original Sealed\n$15.00 / Piece | 2 Pieces (Min. Order)')).toEqual(['price_range']);
  });
  it('passes real prices, parts, bands and scale models', () => {
    expect(kinds('2021 BYD Han EV Sedan Electric Car Long Range Left Hand\n$21,000.00 - $24,000.00 / Unit | 1 Unit (Min. Order)')).toEqual([]);
    expect(kinds('Tesla Model 3 Car Floor Mats All Weather TPE 3pcs\n$28.00 - $35.00 / Set | 10 Sets (Min. Order)')).toEqual([]);
    expect(kinds('1:24 Tesla Model S Diecast Alloy Car Toy with Sound\n$3.20 - $4.10 / Piece | 24 Pieces (Min. Order)')).toEqual([]);
    expect(kinds('Nylon Sport Loop Band for Apple Watch Series 9 45mm\n$0.60 - $0.90 / Piece | 50 Pieces (Min. Order)')).toEqual([]);
    expect(kinds('Silicone Case Cover for AirPods Pro 2 with Keychain\n$0.25 - $0.40 / Piece | 100 Pieces (Min. Order)')).toEqual([]);
  });
});

describe('sacks and cell technologies', () => {
  it('reads bulk goods in weighed sacks as the goods and a module named by its cells as a solar module', () => {
    expect(kinds('Refined White Cane Sugar ICUMSA 45 in 25kg PP Bags\n$95.00 - $130.00 / Metric Ton | 50 Metric Tons (Min. Order)')).toEqual(['price_range']);
    expect(kinds('Half Cell Mono PERC Module 550W 144 Cells Bifacial\n$16.00 - $19.00 / Piece | 100 Pieces (Min. Order)')).toEqual(['price_range']);
  });
  it('passes their real prices', () => {
    expect(kinds('Refined White Cane Sugar ICUMSA 45 in 25kg PP Bags\n$470.00 - $520.00 / Metric Ton | 50 Metric Tons (Min. Order)')).toEqual([]);
    expect(kinds('Half Cell Mono PERC Module 550W 144 Cells Bifacial\n$88.00 - $105.00 / Piece | 100 Pieces (Min. Order)')).toEqual([]);
  });
});
