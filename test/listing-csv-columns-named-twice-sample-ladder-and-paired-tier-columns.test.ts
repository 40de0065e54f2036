import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Backend exports name several columns with a price word: "Price Type" (LADDER), "Ladder Price (qty:price)", "Sample
 * Price". The ladder column is the tiers, the sample column the sample, the type column no price at all. A ladder may
 * also be spread over numbered pairs of columns (tier1_qty, tier1_price, ...), and a second MOQ column (a customisation
 * MOQ) is a field of its own, not dropped behind the first.
 */
const checker = createListingChecker();
const kinds = (t: string) => [...new Set(checker.check(t).findings.map((f) => f.kind))];

describe('a price-type, ladder and sample column side by side', () => {
  const head = 'SKU Code,Title,Unit,MOQ,Price Type,Ladder Price (qty:price),Sample Price\n';
  it('reads the ladder column as tiers and flags a bait tier', () => {
    expect(kinds(`${head}DL-01,"LED Desk Lamp Touch Dimmer USB Charging",Piece,10,LADDER,"10-199:6.40|200-999:5.90|>=1000:0.09",9.00\n`)).toContain('price_ladder');
    expect(kinds('产品编号,产品名称,计量单位,最小起订量,价格类型,阶梯价格,样品价格\nA1,"不锈钢保温杯 500ml 双层真空",个,50,阶梯,"50-499:3.20;500-1999:2.95;≥2000:0.03",5.00\n')).toContain('price_ladder');
  });
  it('passes an ordinary ladder with its sample', () => {
    expect(kinds(`${head}DL-02,"Bamboo Cutting Board Set 3pcs Kitchen",Set,100,LADDER,"100-499:4.10|500-1999:3.80|>=2000:3.45",6.00\n`)).toEqual([]);
    expect(kinds('产品编号,产品名称,计量单位,最小起订量,价格类型,阶梯价格,样品价格\nB2,"纯棉浴巾 70x140cm 酒店",条,100,阶梯,"100-999:3.60;1000-4999:3.30;≥5000:3.05",8.00\n')).toEqual([]);
  });
  it('lets a printed item made to order fall as fast as its quantity on the first step', () => {
    expect(kinds(`${head}ST-3,"Custom Printed Vinyl Sticker Die Cut Logo Label",Piece,200,LADDER,"200-599:0.30|600-4999:0.10|5000-19999:0.05|>=20000:0.035",0.00\n`)).toEqual([]);
  });
});

describe('a ladder in numbered pairs of columns', () => {
  it('reads the pairs as tiers and flags an MOQ the first tier does not honour', () => {
    expect(kinds('id,name,unit,min_order,tier1_qty,tier1_price,tier2_qty,tier2_price\n77,"Kraft Paper Bag with Handle 25x11x32cm",piece,1,5000,0.11,20000,0.09\n')).toContain('moq');
    expect(kinds('Title,Unit,MOQ,Qty 1,Price 1,Qty 2,Price 2,Qty 3,Price 3\n"Nitrile Gloves Powder Free Box of 100",Box,2,1000,3.10,5000,2.95,20000,0.02\n')).toContain('price_ladder');
  });
  it('passes pairs that agree with the MOQ', () => {
    expect(kinds('id,name,unit,min_order,tier1_qty,tier1_price,tier2_qty,tier2_price\n78,"Kraft Paper Bag with Handle 25x11x32cm",piece,5000,5000,0.11,20000,0.09\n')).toEqual([]);
    expect(kinds('产品名称,单位,起订量,数量1,价格1,数量2,价格2\n"一次性纸杯 9盎司 加厚",个,10000,10000,0.021,50000,0.018\n')).toEqual([]);
  });
});

describe('a second MOQ column', () => {
  it('reads a customisation MOQ column no order could reach', () => {
    expect(kinds('Title,Unit,MOQ,Price (USD),Custom Logo MOQ\n"Polyester Drawstring Backpack 210D",Piece,100,0.85,50000000\n')).toContain('moq');
    expect(kinds('产品名称,计量单位,最小起订量,单价(USD),定制logo起订量\n"硅胶手机支架 折叠",个,20,0.60,20000000\n')).toContain('moq');
  });
  it('passes an ordinary customisation MOQ', () => {
    expect(kinds('Title,Unit,MOQ,Price (USD),Custom Logo MOQ\n"Polyester Drawstring Backpack 210D",Piece,100,0.85,500\n')).toEqual([]);
  });
});
