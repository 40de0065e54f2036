import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a price shown per piece or "Unit" that the page says is per metre, per watt or per part', () => {
  it('catches a price per metre shown per Unit on cable or hose sold by the whole roll or box', () => {
    const cable = (unit: string, note: string) => `Product name: RG6 Coaxial Cable 75 Ohm 100m Roll\nPrice: US $0.31 / ${unit}\nMOQ: 1 ${unit}\nDescription: ${note}`;
    expect(kinds(cable('Unit', 'Price quoted per meter, ships as full 100m roll, no cutting'))).toContain('price_unit');
    expect(kinds('商品名称：PVC 花园水管 4分 50米/卷\n价格：US $0.52 / 件\n起订量：1 件\n备注：price is per metre, sold as whole 50m coil only')).toContain('price_unit');
    // The same words under a price that is per metre: the unit shown is the unit priced.
    expect(kinds(cable('Meter', 'Price quoted per meter, ships as full 100m roll, no cutting').replace('MOQ: 1 Meter', 'MOQ: 100 Meters'))).not.toContain('price_unit');
    // A conversion that states the other unit's price is no remark on the price shown.
    expect(kinds('Product name: RG6 Coaxial Cable 75 Ohm 100m Roll\nPrice: US $31.00 / Unit\nMOQ: 10 Unit\nDescription: one unit = one 100m roll, price per meter $0.31')).not.toContain('price_unit');
  });

  it('catches a price per piece that the page says is counted per watt', () => {
    expect(kinds('商品名称：400W 单晶光伏组件\n价格：US $0.18 /块\n起订量：1 块\n备注：单价按W计，25年质保')).toContain('price_unit');
    expect(kinds('商品名称：400W 单晶光伏组件\n价格：US $0.18 / 瓦\n起订量：40000 瓦\n备注：单价按W计，25年质保')).not.toContain('price_unit');
  });

  it('catches a price per LED or per bead while the goods are sold by the reel or spool', () => {
    expect(kinds('【2835 LED Strip 5m Reel 120LEDs/m 24V】\n💲$0.006/Piece\nMOQ: 600 Pieces\nprice is per LED, sold by reel (600 LEDs/reel)')).toContain('price_unit');
    expect(kinds('【2835 LED Strip 5m Reel 120LEDs/m 24V】\n💲$3.60/Piece\nMOQ: 10 Pieces\n1 piece = 1 reel of 5 m')).not.toContain('price_unit');
  });
});

describe('a one-line listing whose fields are sentences', () => {
  it('reads the price, MOQ and remarks of fields ended by "。" or ". "', () => {
    const zh = checker.parse('🔥410W 单晶光伏板🔥。💲US $0.21 /块。MOQ 1 块。FOB 宁波。单价按W计');
    expect(zh.headline?.min.value).toBe(0.21);
    expect(zh.moq?.qty).toBe(1);
    expect(kinds('🔥410W 单晶光伏板🔥。💲US $0.21 /块。MOQ 1 块。FOB 宁波。单价按W计')).toContain('price_unit');
    const en = checker.parse('*** 40S Rayon Crepe Fabric 145cm Width ***. 💲$0.9 / Meter. MOQ: 100 Meters. approx. 60 m per roll');
    expect(en.headline?.min.value).toBe(0.9);
    expect(en.moq?.qty).toBe(100);
    expect(kinds('*** 40S Rayon Crepe Fabric 145cm Width ***. 💲$0.9 / Meter. MOQ: 100 Meters. approx. 60 m per roll')).toEqual([]);
  });
});
