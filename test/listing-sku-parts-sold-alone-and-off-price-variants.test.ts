import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * SKU fillers a phrase or a price pattern gives away rather than a give-away word: a part or the packaging sold alone
 * ("lid only", "仅手柄"), cheap add-ons that sit together a hundredfold below the product, one variant far below a row
 * of same-priced variants, a size whose price jumps far beyond its size step, and postage set up as a SKU above the
 * product's price. Written in our own words after the classes seen on blind set listings-j.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a part or the packaging sold alone', () => {
  it('flags "X only" SKUs that set the median themselves', () => {
    expect(kinds('Cast Iron Wok 34cm with Wooden Lid\nOption: wok with lid $18.90 | lid only $0.40 | handle only $0.40 | gift box only $0.40\nMin. Order: 2 Pieces')).toEqual(['sku_filler']);
  });

  it('flags 仅/只发 SKUs in the backend form, and the part in parentheses', () => {
    expect(kinds('商品名称：不锈钢保温壶 2L 家用\nSKU 规格与价格：\n 银色 2L  $9.60\n 黑色 2L  $9.60\n 仅壶盖 $0.20\n 黑色 2L（只发杯套） $0.30\n最小起订量：10 个')).toEqual(['sku_filler']);
  });
});

describe('the evidence and fix of a filler finding', () => {
  it('states the add-ons against the SKUs that stay, and one price when one is left', () => {
    const f = checker.check('Folding Camping Trailer Cart Wagon Heavy Duty\n$1.00 - $96.00 / Piece\nColor: Green wagon $96 | Grey wagon $96 | Canopy $1.00 | Cup net $1.00 | Seat pad $1.00\nMin. Order: 1 Piece').findings[0]!;
    expect(f.detail).toContain("of the other SKUs' median $96.00");
    expect(f.fix).toMatch(/your price would be \$96\.00\.$/);
    expect(f.evidence.median).toBe(96);
  });

  it('says "at most" when the add-ons differ in price, in Chinese too', () => {
    const f = checker.check('商品名称：男士石英手表 皮带 防水\nSKU 规格与价格：\n 黑盘 $9.00\n 白盘 $9.00\n 仅表带 $0.40\n 仅包装盒 $0.20\n最小起订量：2 个').findings[0]!;
    expect(f.detail).toMatch(/最多只有其他 SKU 中位价 \$9\.00 的 /);
    expect(f.fix).toContain('改后价格为 $9.00');
  });
});

describe('cheap add-ons a cluster apart from the product', () => {
  it('flags add-ons at one token price beside the product, however many there are', () => {
    expect(kinds('Folding Camping Trailer Cart Wagon Heavy Duty\n$1.00 - $96.00 / Piece\nColor: Green wagon $96 | Grey wagon $96 | Canopy $1.00 | Cup net $1.00 | Seat pad $1.00\nMin. Order: 1 Piece')).toEqual(['sku_filler']);
  });

  it('leaves cheap items the title names as goods of the kit, however far below the rest', () => {
    expect(kinds('Nail Art Kit with UV Lamp, Drill and Rhinestones\nType: Rhinestone pack A $0.10 | Rhinestone pack B $0.10 | UV lamp 48W $15.00 | Nail drill $25.00 | Full kit $30.00\nMin. Order: 10 Pieces')).toEqual([]);
  });

  it('leaves an accessory set whose cheap items sit within reach of the others', () => {
    expect(kinds('Nail Care Tool Kit and Single Tools\n$0.12 - $5.80 / Piece\nType: File $0.12 | Buffer $0.15 | Cuticle pusher $0.30 | Nipper $1.10 | Full kit $5.80\nMin. Order: 50 Pieces')).toEqual([]);
  });
});

describe('one variant off the price of a same-priced row', () => {
  it('flags one size far below sizes that all cost the same', () => {
    expect(kinds('Women Canvas Slip-on Shoes Casual Flats\nSize: 35 $4.20  36 $4.20  37 $4.20  38 $4.20  39 $0.45\nMin. Order: 2 Pairs')).toEqual(['sku_filler']);
  });

  it('leaves an add-on named as a part below a same-priced row', () => {
    expect(kinds('Kids Electric Ride On Truck 12V with Remote\nColor :\tRed\t$88.00\n\tBlue\t$88.00\n\tBlack\t$88.00\n\tSpare battery 12V\t$14.00\nMin. Order: 1 Piece')).toEqual([]);
  });
});

describe('sizes and postage', () => {
  it('does not excuse a size step that outruns the size as size scaling', () => {
    expect(kinds('Synthetic Hair Ponytail Extension Straight\n$0.50 - $26.00 / Piece\nLength: 14 inch $0.50  16 inch $18.00  18 inch $21.00  20 inch $26.00\nMin. Order: 3 Pieces')).toEqual(['sku_filler']);
  });

  it('still reads sizes that grow with their price as sizes', () => {
    expect(kinds('Synthetic Hair Ponytail Extension Straight\n$12.00 - $26.00 / Piece\nLength: 14 inch $12.00  16 inch $15.00  18 inch $19.00  20 inch $26.00\nMin. Order: 3 Pieces')).toEqual([]);
  });

  it('flags an express-shipping SKU priced above the product', () => {
    const r = checker.check('Electric Hand Mixer 5 Speed 300W\nType: Mixer EU plug $6.20 | Mixer UK plug $6.20 | Mixer US plug $6.20 | Express shipping (UPS, 1 pc) $39.00\nMin. Order: 1 Piece');
    expect(r.findings.map((f) => f.kind)).toEqual(['sku_filler']);
    expect(r.findings[0]!.detail).toContain('Express shipping');
  });
});
