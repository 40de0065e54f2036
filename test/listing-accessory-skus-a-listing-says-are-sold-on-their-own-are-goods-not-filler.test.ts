import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A listing whose own line (a CSV remark cell, a backend note, the rep's sentence) says its accessories or parts are sold
 * on their own at the listing's terms sells those cheap SKUs as goods: a $0.07 valve beside $3 tyres or a $0.30 cap beside
 * $90 wigs is what such an accessory costs, no placeholder (sku.yaml soldAloneNotes). A give-away, a sample, a fee link or
 * a token price stays filler under the same line, and a line that denies the parts are sold alone vouches for nothing.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

const csv = (skus: string, remark: string) =>
  `product_title,unit,moq,price_type,price,sku,shipping,sample_price,remark\n"Garden Hose Reel Cart 50m",Piece,100,range,"$0.09 - $24.80/Piece","Green $21.60 | Grey $24.80 | ${skus}",,,"${remark}"`;

describe('accessory SKUs a listing says are sold on their own', () => {
  it('are goods in a CSV remark cell (en, zh)', () => {
    expect(kinds(csv('Hose Nozzle 7-pattern $0.95 | Quick Connector 1/2in $0.09', 'Accessory items can also be ordered separately, same MOQ.'))).toEqual([]);
    expect(kinds(csv('喷枪头 $0.95 | 快速接头 $0.09', '配件都可以单独购买，起订量相同'))).toEqual([]);
  });

  it('are goods in a rep message with the SKU list after a comma (zh) and in English', () => {
    expect(kinds('我们这个品 儿童滑板车 三轮 闪光轮，挂的价格 US $0.30 - $16.80/台，起订 50台，SKU有：粉色 $15.20，蓝色 $16.80，替换轮 $1.10，车把握套 $0.30。配件也可以单独买，起订一样')).toEqual([]);
    expect(kinds('our listing: Ceramic Pour Over Coffee Dripper - price shows US $0.12 - $6.40/Piece, MOQ 200 Pieces. SKUs: White $5.60, Black $6.40, Paper Filters (40 pcs) $0.85, Rubber Base Ring $0.12. The parts are also sold separately, is this ok?')).toEqual([]);
  });

  it('still flags a give-away, a sample or a token price under the same line', () => {
    expect(kinds(csv('Hose Nozzle 7-pattern $0.95 | Thank you card $0.09', 'Accessory items can also be ordered separately, same MOQ.'))).toContain('sku_filler');
    expect(kinds(csv('Hose Nozzle 7-pattern $0.95 | Quick Connector 1/2in $0.01', 'Accessory items can also be ordered separately, same MOQ.'))).toContain('sku_filler');
  });

  it('keeps flagging cheap parts where no line vouches for them, or a line denies it', () => {
    expect(kinds(csv('Hose Nozzle 7-pattern $0.95 | Quick Connector 1/2in $0.09', ''))).toContain('sku_filler');
    expect(kinds(csv('喷枪头 $0.95 | 快速接头 $0.09', '配件不单独卖'))).toContain('sku_filler');
  });
});

describe('a part SKU a rep says can really be ordered', () => {
  it('is vouched for (zh)', () => {
    expect(kinds('电钻的钻头单独作为SKU $0.30/pc，电钻$26，都真实可以下单，range显示0.30-26 ok?')).toEqual([]);
    expect(kinds('cordless drill bits单独作为SKU $0.30/pc，电钻$26，都真实可以下单，range显示0.30-26 ok?')).toEqual([]);
  });
  it('is not when the rep says it is there to make the price look low', () => {
    expect(kinds('cordless drill bits单独作为SKU $0.30/pc，电钻$26，主要是为了让价格看起来便宜，range显示0.30-26 ok?')).toContain('sku_filler');
    expect(kinds('电钻的钻头单独作为SKU $0.30/pc，电钻$26，不是真的可以下单，range显示0.30-26 ok?')).toContain('sku_filler');
  });
});
