import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Issue 15, sixth round: classes of false product information on structured pastes (product pages, the Chinese backend
 * form and CSV rows) that the page's own words give away, in both languages, and the honest listings beside them.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('an MOQ the page itself contradicts', () => {
  it('flags a one-unit MOQ on goods the page sells only by the container, however it says so', () => {
    expect(kinds('商品名称：钢管脚手架 扣件式\n计量单位：套\n价格：US$ 95 - 120 /套\n最小起订量：1 套\n备注：按柜出货，不零售')).toContain('moq');
    expect(kinds('商品名称：瓷砖 600x600 抛光砖\n计量单位：箱\n价格：US$ 3.20 - 3.80 /箱\n最小起订量：1 箱\n备注：一柜起订，可混装花色')).toContain('moq');
    expect(kinds('商品名称：塑料托盘 川字 1200x1000\n计量单位：个\n价格：US$ 6.50 /个\n最小起订量：1 个\n备注：本品为整柜销售')).toContain('moq');
    expect(kinds('title,price_min,price_max,currency,unit,moq,remark\nCeramic Floor Tile 600x600,3.20,3.80,USD,Box,1,"actual MOQ 2 x 20GP, mixed designs ok"')).toContain('moq');
  });

  it('flags an MOQ the page calls display-only', () => {
    expect(kinds('Stainless Steel Cable Ties 4.6x300mm\n$0.02 - $0.03/ Piece | 1 Piece (Min. Order)\nNote: MOQ 1 is for display only, please contact us')).toContain('moq');
    expect(kinds('商品名称：不锈钢扎带 4.6x300\n价格：US$ 0.02 /条\n最小起订量：1 条\n备注：起订量仅供展示，请联系客服')).toContain('moq');
  });

  it('passes a container MOQ stated as such and a note about custom orders', () => {
    expect(kinds('商品名称：塑料托盘 川字 1200x1000\n计量单位：个\n价格：US$ 6.50 /个\n最小起订量：500 个\n备注：按柜出货，一柜约 600 个')).toEqual([]);
    expect(kinds('Stainless Steel Cable Ties 4.6x300mm\n$0.02 - $0.03/ Piece | 1000 Pieces (Min. Order)\nNote: custom logo MOQ 10000 pcs')).toEqual([]);
  });
});

describe("an item's price shown under a pack's unit, or reckoned on one part", () => {
  it('flags a single item price under a box or set', () => {
    expect(kinds('商品名称：一次性竹筷 独立包装 100双/包\n计量单位：包\n价格：US$ 0.02 /包\n备注：价格为单双价格')).toContain('price_unit');
    expect(kinds('Cotton Dish Cloths 12 Pack\n$0.18 - $0.25/ Set | 100 Sets (Min. Order)\nNote: listed price is for 1 piece, each set holds 12 pieces')).toContain('price_unit');
  });

  it('flags a price reckoned on one named part of a set', () => {
    expect(kinds('商品名称：12件套 厨房刀具 不锈钢 刀架套装\n计量单位：个\n价格：US$ 0.90 /个\n备注：单价按削皮器计算，整套价格请询盘')).toContain('price_unit');
    expect(kinds('Kitchen Knife Set 12 Pieces with Block\n$0.90/ Piece | 10 Pieces (Min. Order)\nNote: unit price is based on one peeler; whole set price on request')).toContain('price_unit');
  });

  it('passes a pack priced per pack and a price reckoned by weight', () => {
    expect(kinds('Cotton Dish Cloths 12 Pack\n$2.10 - $2.60/ Set | 100 Sets (Min. Order)\nNote: price is for one set of 12 pieces')).toEqual([]);
    expect(kinds('商品名称：铸铁壶铃 竞技\n计量单位：个\n价格：US$ 14.00 - 38.00 /个\n备注：单价按重量计算，4-32公斤')).toEqual([]);
  });
});

describe('goods sold by the piece priced per gram or kilogram', () => {
  it('flags them when the market prices them by the piece', () => {
    expect(kinds('商品名称：不锈钢 真空 保温壶 1L\n计量单位：克\n价格：US$ 0.01 /克\n最小起订量：1000 克\n单个重量：约 450 克')).toContain('price_unit');
    expect(kinds('Nonstick Frying Pan 28cm Granite Coating\nUS $1.90 - $2.40 / Kilogram | 200 Kilograms (Min. Order)\nN.W.: 1.1kg/pc')).toContain('price_unit');
  });

  it('passes goods the trade does sell by weight', () => {
    expect(kinds('Cast Iron Kettlebell Competition 4-32kg\nUS $1.10 - $1.30 / Kilogram | 1000 Kilograms (Min. Order)')).toEqual([]);
    expect(kinds('925 Sterling Silver Cuban Chain Necklace\nUS $0.90 - $1.20 / Gram | 100 Grams (Min. Order)')).toEqual([]);
  });
});

describe('freight the page itself says is more than it shows', () => {
  it('flags a per-piece logistics fee in a note under the options and a stated multiple of the freight shown', () => {
    expect(kinds('Silicone Phone Stand Foldable\n$0.45 - $0.60/ Piece | 10 Pieces (Min. Order)\nColor :\tBlack\t$0.45\n\tWhite\t$0.60\n*Kindly note: logistics fee US$ 18.00 per piece is added after payment')).toContain('shipping');
    expect(kinds('商品名称：儿童泳衣 连体\n价格：US$ 3.20 - 3.80 /件\n最小起订量：5 件\n运费模板：美国 US$ 12.00 / 5件\n备注：实际运费约为页面的2倍，下单后补')).toContain('shipping');
    expect(kinds('Kids Swimsuit One Piece\n$3.20 - $3.80/ Piece | 5 Pieces (Min. Order)\nShipping: US$ 12.00 to United States\nNote: real shipping is about 2.5 times the listed shipping')).toContain('shipping');
  });

  it('passes free shipping with a surcharge for remote areas and a modest fee note', () => {
    expect(kinds('商品名称：竹纤维 毛巾 三件套\n价格：US$ 6.90 - 8.50 /套\n运费：包邮（美国本土）；偏远地区加收 US$ 4.00')).toEqual([]);
    expect(kinds('Silicone Phone Stand Foldable\n$4.50 - $6.00/ Piece | 10 Pieces (Min. Order)\nColor :\tBlack\t$4.50\n\tWhite\t$6.00\n*Kindly note: shipping fee US$ 8.00 per order')).toEqual([]);
  });
});

describe('postage or a part alone set up as the option', () => {
  it('flags a postage option far dearer than the product beside it', () => {
    expect(kinds('Reusable Beeswax Food Wraps 3 Pack\n$0.60 - $45.00/ Set | 20 Sets (Min. Order)\nStyle :\t3pcs/set\t$0.60\n\t3pcs/set + express shipping\t$45.00')).toContain('sku_filler');
  });

  it('flags a CSV row whose only option is a fee or a part at a token price, and passes a part at its own price', () => {
    expect(kinds('sku_id,product,spec,price_usd,unit,moq\nSKU-1,Bluetooth Speaker Portable 20W,Shipping fee link,0.01,Piece,1')).toContain('sku_filler');
    expect(kinds('sku_id,product,spec,price_usd,unit,moq\nSKU-2,Electric Scooter 10 inch 350W,Battery only,0.02,Piece,1')).toContain('sku_filler');
    expect(kinds('sku_id,product,spec,price_usd,unit,moq\nSKU-3,Electric Scooter 10 inch 350W,Battery only,85.00,Piece,2')).toEqual([]);
  });
});

describe('reference prices: specific categories first and floors from the title', () => {
  it('flags prices far below the market of the specific kind', () => {
    expect(kinds('商品名称：316L不锈钢管 无缝 50mm\n计量单位：吨\n价格区间：US$ 180 - 260 /吨\n最小起订量：1 吨')).toContain('price_range');
    expect(kinds('商品名称：18K金 耳钉 真金 Au750 女士\n价格区间：US$ 2.50 - 4.00 /件\n最小起订量：2 件')).toContain('price_range');
    expect(kinds('Business Laptop Intel Core i5 12th Gen 8GB 256GB SSD 14 inch\n$39.00 - $55.00 / Piece | 1 Piece (Min. Order)')).toContain('price_range');
    expect(kinds('商品名称：复印纸 A4 80g 500张/包\n计量单位：包\n价格区间：US$ 0.20 - 0.30\n最小起订量：100 包')).toContain('price_range');
  });

  it('passes honest prices for the same goods', () => {
    expect(kinds('商品名称：316L不锈钢管 无缝 50mm\n计量单位：吨\n价格区间：US$ 2,600 - 3,400 /吨\n最小起订量：1 吨')).toEqual([]);
    expect(kinds('商品名称：18K金 耳钉 真金 Au750 女士\n价格区间：US$ 65 - 120 /件\n最小起订量：2 件')).toEqual([]);
    expect(kinds('商品名称：18K金 项链 Au750\n克重：3 克\n价格区间：US$ 150 - 190 /件\n最小起订量：1 件')).toEqual([]);
    expect(kinds('Business Laptop Intel Core i5 12th Gen 8GB 256GB SSD 14 inch\n$235.00 - $260.00 / Piece | 1 Piece (Min. Order)')).toEqual([]);
    expect(kinds('商品名称：复印纸 A4 80g 500张/包\n计量单位：包\n价格区间：US$ 2.10 - 2.60\n最小起订量：100 包')).toEqual([]);
  });
});

describe('more ways a page says what its price and freight really are', () => {
  it('flags freight per piece named before the amount, an MOQ the page calls made up, and an item or metre price under a pack', () => {
    expect(kinds('商品名称：硅胶手机支架 折叠\n价格：US$ 0.50 - 0.80 /个\n最小起订量：2 个\n备注：每件另加物流费 US$ 25.00，付款后补')).toContain('shipping');
    expect(kinds('商品名称：尼龙扎带\n价格：US$ 0.02 /条\n最小起订量：1 条\n备注：起订量是虚设的，请先询盘')).toContain('moq');
    expect(kinds('Makeup Brush Set 12 pcs with Bag\n$0.25 - $0.35/ Set | 50 Sets (Min. Order)\nNote: price shown is per brush')).toContain('price_unit');
    expect(kinds('商品名称：网线 超五类 305米/箱\n计量单位：箱\n价格：US$ 0.12 /箱\n备注：标价为每米价格')).toContain('price_unit');
  });

  it('passes a set priced per set and a box priced per box', () => {
    expect(kinds('Makeup Brush Set 12 pcs with Bag\n$2.50 - $3.50/ Set | 50 Sets (Min. Order)\nNote: price shown is per set of 12 brushes')).toEqual([]);
    expect(kinds('商品名称：网线 超五类 305米/箱\n计量单位：箱\n价格：US$ 36.00 /箱\n备注：标价为每箱价格')).toEqual([]);
  });
});

describe('reference categories named with Latin letters in Chinese, battery packs and pet food by their title', () => {
  it('matches a Chinese keyword whatever the case of its Latin letters, and scales packs and bags by the title', () => {
    expect(kinds('商品名称：纯棉 T恤 男 短袖\n价格区间：US$ 0.05 - 0.09 /件\n最小起订量：2 件')).toContain('price_range');
    // $90 fits the market per kWh: read as a price per kWh shown per piece (price_unit), or as far below it.
    expect(kinds('Lithium Battery Pack 48V 100Ah for Solar Storage\n$65.00 - $90.00 / Piece | 1 Piece (Min. Order)').some((k) => k === 'price_unit' || k === 'price_range')).toBe(true);
    expect(kinds('商品名称：猫粮 成猫 全价 10kg\n价格区间：US$ 0.60 - 0.90 /袋\n最小起订量：10 袋')).toContain('price_range');
  });

  it('passes the same goods at real prices', () => {
    expect(kinds('商品名称：纯棉 T恤 男 短袖\n价格区间：US$ 1.60 - 2.40 /件\n最小起订量：2 件')).toEqual([]);
    expect(kinds('Lithium Battery Pack 48V 100Ah for Solar Storage\n$620.00 - $780.00 / Piece | 1 Piece (Min. Order)')).toEqual([]);
    expect(kinds('商品名称：猫粮 成猫 全价 10kg\n价格区间：US$ 9.50 - 12.00 /袋\n最小起订量：10 袋')).toEqual([]);
  });
});
