import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Session 16, second listing round: honest listings a careless checker flags. A note working the price out per a smaller
 * unit, the form's freight field under the SKU rows, packs counted in their names, a container named by its size, a
 * kids' ride-on, a chain or needles for a machine, and spare parts priced as goods; the fakes beside them stay flagged.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a unit equivalence with an approximate price per the smaller unit', () => {
  it('is a note under the prices, not the headline', () => {
    expect(kinds('商品名称：尼龙织带 20mm 50码/卷\n计量单位：卷\n阶梯价：100-499 卷 US$ 2.40；≥500 卷 US$ 2.10\n最小起订量：100 卷\n1卷=50码，约 $0.042/码；颜色可选')).toEqual([]);
    expect(kinds('Jute Burlap Roll 40 inch Natural\n10 - 49 Rolls\t50 - 199 Rolls\t>=200 Rolls\n$46\t$42\t$39\nMin. Order: 10 Rolls\n1 roll = 30 meters (approx. $1.30-1.53/m)')).toEqual([]);
    expect(kinds('Galvanized Steel Wire Rope 6mm\n20 - 99 Rolls\t>=100 Rolls\n$58\t$54\nMin. Order: 20 Rolls\n1 roll = 200 m, about $0.27/m')).toEqual([]);
  });

  it('still flags a headline set at a price per the smaller unit', () => {
    expect(kinds('Jute Burlap Roll 40 inch Natural\n$1.30 - $46.00/ Roll | 10 Rolls (Min. Order)\n10 - 49 Rolls\t50 - 199 Rolls\t>=200 Rolls\n$46\t$42\t$39')).toContain('price_range');
  });
});

describe("the form's freight field under the SKU rows", () => {
  it('is freight, not a SKU', () => {
    expect(kinds('商品名称：双人帐篷 户外 铝杆\n计量单位：顶\n最小起订量 20 顶\nSKU 规格与价格: 必填\n  单人 款\t$42\t库存 500\n  双人 款\t$58\t库存 300\n  地垫 加厚\t$9.5\t库存 200\n运费 海运拼箱 约 $12/顶 参考')).toEqual([]);
    expect(kinds('商品名称：实木书桌 1.2m\n计量单位：张\n最小起订量 5 张\nSKU 规格与价格: 必填\n  1.2m 胡桃色\t$86\t库存 50\n  1.4m 胡桃色\t$98\t库存 40\n邮费 按体积计 约 US$ 40/张')).toEqual([]);
    expect(kinds('Product name: Folding Camping Chair\nMOQ 50 pieces\nSKU 规格与价格: 必填\n  Standard blue\t$6.8\t库存 900\n  Large with cup holder\t$8.9\t库存 600\nShipping  LCL about $3/piece, for reference')).toEqual([]);
  });

  it('still flags a postage SKU row that carries its stock like the others', () => {
    expect(kinds('商品名称：双人帐篷 户外 铝杆\n计量单位：顶\n最小起订量 1 顶\nSKU 规格与价格: 必填\n  单人 款\t$42\t库存 500\n  双人 款\t$58\t库存 300\n运费 补差\t$0.01\t库存 999')).toContain('sku_filler');
  });
});

describe('a pack counted in its SKU name', () => {
  it('is compared per piece with the singles beside it', () => {
    expect(kinds('【商品名称】自攻螺丝 十字 M3 各规格\n【最小起订量】1000 个\n【SKU】M3x8 0.005；M3x12 0.006；M3x20 0.008；100只盒装 混合 0.65')).toEqual([]);
    expect(kinds('【商品名称】发夹 金属 混款\n【最小起订量】500 个\n【SKU】单个 金色 0.03；单个 银色 0.03；盒装 200只 混款 5.2')).toEqual([]);
    expect(kinds('【商品名称】咖啡杯 陶瓷 6件套\n【阶梯价】 100-499：7.2  /  ≥500：6.5  (USD/套)\n【最小起订量】100 套\n【SKU】6件 白色 7.2；6件 黑色 7.8；单只 杯 1.1；单只 碟 0.9')).toEqual([]);
  });

  it('still flags a single far below the pack’s price per piece', () => {
    expect(kinds('【商品名称】咖啡杯 陶瓷 6件套\n【最小起订量】1 套\n【SKU】6件 白色 7.2；6件 黑色 7.8；单只 杯 0.05')).toContain('sku_filler');
  });
});

describe('goods named for a product they go with', () => {
  it('does not price a kids ride-on as an e-bike, a chain as a motorcycle or needles as the machine', () => {
    expect(kinds('商品名称：儿童电动车 四轮 遥控 12V\n计量单位：台\n价格：US$ 55 - 68 /台\n最小起订量：10 台')).toEqual([]);
    expect(kinds('Kids Electric Ride On Car 12V with Remote\n$52.00 - $66.00/ Piece | 10 Pieces (Min. Order)')).toEqual([]);
    expect(kinds('Motorcycle Drive Chain 428 120 Links Steel\n$1.80 - $2.40/ Piece | 200 Pieces (Min. Order)')).toEqual([]);
    expect(kinds('Industrial Sewing Machine Needles DBx1 #14\n$1.50 - $1.90/ Box | 10 Boxes (Min. Order)')).toEqual([]);
  });

  it('still flags the machine itself at an accessory price', () => {
    expect(kinds('Single Needle Lockstitch Industrial Sewing Machine with Table\n$45.00 / set | 1 set (Min. order)')).toContain('price_range');
    expect(kinds('Motorcycle 150cc Gasoline Street Bike\n$38.00 / Piece | 1 Piece (Min. order)')).toContain('price_range');
  });
});

describe('a spare part labelled as such and priced as goods', () => {
  it('is one of the listing’s goods', () => {
    expect(kinds('商品名称：电动滑板车 成人 折叠\n计量单位：台\n最小起订量 10 台\nSKU 规格与价格: 必填\n  8.5寸 标准\t$118\t库存 300\n  10寸 长续航\t$156\t库存 200\n  备用电池 36V\t$12\t库存 80')).toEqual([]);
    expect(kinds('商品名称：扫地机器人 家用\n计量单位：台\n最小起订量 10 台\nSKU 规格与价格: 必填\n  标准版\t$68\t库存 300\n  自集尘版\t$96\t库存 200\n  备用滚刷\t$2.5\t库存 800')).toEqual([]);
  });
});

describe('an MOQ of one container named by its size', () => {
  it('is the quantity the equivalence gives, in the priced unit', () => {
    expect(kinds('商品名称：白砂糖 ICUMSA 45\n计量单位：MT\n价格区间 US $480 - $520 / MT\n最小起订量 1 x 20ft = 26 MT\n运费 FOB')).toEqual([]);
    expect(kinds('Yellow Corn Feed Grade\n$260.00 - $290.00/ Metric Ton | 1 x 40ft = 27 MT (Min. Order)')).toEqual([]);
  });
});
