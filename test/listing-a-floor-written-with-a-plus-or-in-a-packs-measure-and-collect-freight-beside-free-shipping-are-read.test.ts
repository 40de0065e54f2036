import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Session 38 (issue 15, misses): a rep's remark that states the real minimum as "2,000+ rolls" (a plus between the number and
 * its unit) or in the measure a pack holds ("we start at 1,500 m per colour, 1 roll = 25 m" under "MOQ: 1 roll"); free shipping
 * taken back by freight collect ("其实顺丰到付", "freight collect, buyer pays the courier on delivery"); and a rep who says the
 * goods are really sold by a unit written in Latin letters ("其实我们是按kg卖的"). Near-misses keep their verdict.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a floor written "N+ units" sets the real MOQ', () => {
  it('a CSV remark with a plus before the unit', () => {
    const csv = 'product_title,unit,moq,price_type,price,remark\n"Galvanized Steel Wire Rope 6x19 8mm",Roll,1,range,"$38.00 - $42.00/Roll","page MOQ is 1 but we only take 2,000+ rolls, smaller orders get refunded and cancelled."';
    expect(kinds(csv)).toContain('moq');
  });
  it('a note whose plus floor agrees with the MOQ passes', () => {
    const csv = 'product_title,unit,moq,price_type,price,remark\n"Galvanized Steel Wire Rope 6x19 8mm",Roll,2000,range,"$38.00 - $42.00/Roll","we only take 2,000+ rolls, smaller orders get refunded and cancelled."';
    expect(kinds(csv)).not.toContain('moq');
  });
});

describe('a floor in the measure a pack of the MOQ unit holds', () => {
  it('metres against an MOQ in rolls', () => {
    expect(kinds('Product: Polyester ribbon 尼龙丝带 10mm\nPrice: $1.10 / roll\nMOQ 起订量: 1 roll\n备注 remark: 实际每个颜色 1500m 起做, 1 roll = 25m')).toContain('moq');
  });
  it('a floor that is one roll passes', () => {
    expect(kinds('Product: Polyester ribbon 尼龙丝带 10mm\nPrice: $1.10 / roll\nMOQ 起订量: 1 roll\n备注 remark: 实际 25m 起做, 1 roll = 25m')).not.toContain('moq');
  });
});

describe('collect freight beside free shipping', () => {
  it('a rep note: the template says free, really freight collect (zh)', () => {
    expect(kinds('我们这个 不锈钢保温杯 500ml 挂的价格 US $2.10 - $2.60/个，起订 200个\n运费：全球包邮。页面包邮，其实顺丰到付，客户签收时付。')).toContain('shipping');
  });
  it('an English page remark: freight collect', () => {
    expect(kinds('Product name: Silicone Baking Mat 40x30cm\nPrice: US $0.90 - $1.20 / Piece\nMOQ: 100 Pieces\nShipping: Free shipping\nRemarks: shipping collect - buyer pays the courier upon delivery')).toContain('shipping');
  });
  it('free shipping with collect freight only for remote areas passes', () => {
    expect(kinds('商品名称：不锈钢保温杯 500ml\n价格：US $2.10 - $2.60/个\n最小起订量：200个\n运费：包邮（偏远地区运费到付）')).not.toContain('shipping');
  });
});

describe('sold by a unit written in Latin letters', () => {
  it('其实是按 kg 卖的', () => {
    expect(kinds('珊瑚绒面料页面单位选的"meter" $3.1，但其实我们是按kg卖的，1 meter 大概 0.5kg')).toContain('price_unit');
  });
  it('a page priced by the kg that says it sells by the kg passes', () => {
    expect(kinds('珊瑚绒面料 US $3.10/kg，起订 300kg，我们就是按kg卖的，整卷发货')).not.toContain('price_unit');
  });
});
