import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

const checker = createListingChecker();
const kinds = (text: string) => checker.check(text).findings.map((f) => f.kind);

describe('natural coloured gems are priced per carat against their market', () => {
  it('flags an unheated named-origin sapphire and a natural alexandrite at a few dollars a carat', () => {
    expect(kinds('Natural Kashmir Sapphire Cushion 1.5ct Unheated\n$1.20 - $2.80 / Carat\n1 Carat (Min. Order)')).toContain('price_range');
    expect(kinds('商品名称：天然变石 俄罗斯 变色明显 1克拉\n价格：US$3.00 - 5.00 / 克拉\n最小起订量：1 克拉')).toContain('price_range');
  });

  it('flags a natural tanzanite and a plain natural ruby under the family floor', () => {
    expect(kinds('天然 坦桑石 裸石 刻面 3A级 2克拉\nUS$0.40 / 克拉\n起订量：2 克拉')).toContain('price_range');
    expect(kinds('Natural Ruby Loose Faceted Oval 1ct\nUS $0.90 / Carat\nMin. Order: 5 Carats')).toContain('price_range');
  });

  it('passes a real price, and lab-grown or synthetic stones at theirs', () => {
    expect(checker.check('天然蓝宝石 斯里兰卡 无烧 1.2克拉\nUS$900 - 1,400 / 克拉\n起订量：1 颗').verdict).toBe('ok');
    expect(checker.check('Lab Created Ruby Corundum Round 6mm\n$0.60 - $1.10 / Piece\n50 Pieces (Min. Order)').verdict).toBe('ok');
  });

  it('reads a price per carat of a stone whose title states its carats as convertible to the stone the MOQ counts', () => {
    expect(checker.check('Product name: Lab Grown Diamond HPHT 1.5ct Oval F VS2\nPrice: 300.00 – 420.00 / Carat\nMOQ: 1 Piece').verdict).toBe('ok');
  });
});

describe('a phone replacement display is its own goods, not the phone', () => {
  it('flags an original OLED assembly and an iPhone LCD priced at a dollar or two', () => {
    expect(kinds('手机屏幕 适用 华为Mate 40 Pro 原装OLED 总成\nUS$3.20 / 件\n起订量：1 件')).toContain('price_range');
    expect(kinds('Product name: LCD Display for iPhone 7 Plus, Incell\nPricing: Range 0.60 – 0.95 USD / Piece\nMOQ: 10 Pieces')).toContain('price_range');
  });

  it('passes an Android LCD at a real price, and never judges it as a phone', () => {
    expect(checker.check('手机液晶屏 适用红米Note 9 原装\n价格：US$8.50 - 9.80 / 件\n最小起订量：5').verdict).toBe('ok');
  });
});

describe('an LED strip is priced per metre of its stated length', () => {
  it('reads a 5 m roll of RGB strip priced at one metre\'s price as a price per metre shown per roll', () => {
    expect(kinds('RGB 5050 LED Strip Light 24V IP65 5m/roll\nUS $0.40 / Roll\n10 Rolls (Min. Order)')).toContain('price_unit');
  });

  it('passes cheap single-colour strip per metre and a real roll price', () => {
    expect(checker.check('2835 LED Strip 12V 60LEDs/m Warm White\n$0.10 - $0.16 / Meter\n500 Meters (Min. Order)').verdict).toBe('ok');
    expect(checker.check('5050 RGB LED灯带 12V 5米/卷 套装\nUS$3.80 / 卷\n起订量：10 卷').verdict).toBe('ok');
  });
});

describe('silk fabric by its momme weight, Sidr honey, and an attachment by the machine it fits', () => {
  it('flags a heavy silk satin at a dollar a metre and passes a light one at its price', () => {
    expect(kinds('商品名称,单位,价格,起订量\n"桑蚕丝 30姆米 重磅 真丝缎",米,1.5,1')).toContain('price_range');
    expect(checker.check('商品名称,单位,价格,起订量\n"真丝 电力纺 8姆米 里布",米,3.2,50').verdict).toBe('ok');
  });

  it('flags Sidr honey at a bulk-honey price', () => {
    expect(kinds('Yemeni Sidr Honey Pure Natural 500g\n$1.10 / Kilogram\nMin. Order 20 Kilograms')).toContain('price_range');
  });

  it('flags a bucket for a 30-ton machine at a mini digger\'s price', () => {
    expect(kinds('Heavy Duty Bucket for 30 Ton Excavator, 1.6 cbm\nUS $85.00 / Piece\n1 Piece (Min. Order)')).toContain('price_range');
    expect(checker.check('Mini Digger Bucket 300mm for 1.5 Ton Excavator\nUS $120.00 / Piece\n1 Piece (Min. Order)').verdict).toBe('ok');
  });
});
