import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A rep's free-text description of a listing states relations: a stated MOQ against the minimum really required, freight
 * against the goods it ships, a low headline that belongs to a part SKU, a price said to be per another unit. They are
 * read whatever the wording, with or without "we", in English and Chinese; honest numbers (volume discounts, estimated
 * sea freight for heavy goods, goods that trade by weight) pass.
 */
const checker = createListingChecker();
const kinds = (t: string) => [...new Set(checker.check(t).findings.map((f) => f.kind))];

describe('a stated MOQ against the minimum really required', () => {
  it('is false when the real minimum is a production run, a refusal below a count, or a count with 起', () => {
    expect(kinds('listing has MOQ 2 pcs but minimum production run is 3000 pcs, no stock kept')).toContain('moq');
    expect(kinds('MOQ on the page says 1 but we wont ship less than 800 pcs')).toContain('moq');
    expect(kinds('页面起订量2个，但是实际不到一千个不发货')).toContain('moq');
    expect(kinds('起订量填的1套，其实200套起做')).toContain('moq');
  });
  it('is false in a measure when the goods are priced by the piece', () => {
    expect(kinds('MOQ 写的 2 吨，这个是钥匙扣，价格是按个的 0.3 美金，对吗？')).toContain('moq');
  });
  it('holds a custom minimum to be real only when the seller keeps no stock', () => {
    expect(kinds('我们的起订量是 10 个，定制logo 800个起，这样可以吗')).toEqual([]);
    expect(kinds('起订量写的2个，不过库存是0，客户来问都说要做定制800个起')).toContain('moq');
  });
});

describe('freight against the goods it ships', () => {
  it('is false far above the goods and any parcel fee, per piece, or charged above the page', () => {
    expect(kinds('杯子本身 1.2 美金，运费模板首件设了 260 美金，小单就不来了')).toContain('shipping');
    expect(kinds('product $0.20, shipping $30 per piece, is that allowed')).toContain('shipping');
    expect(kinds('page freight $6 but we charge buyers $90 freight after they pay')).toContain('shipping');
  });
  it('passes a courier fee for one sample and estimated sea freight for heavy goods', () => {
    expect(kinds('DHL for one sample is $38 and the item is $4, buyer thinks it is fake, is it?')).toEqual([]);
    expect(kinds('the press brake is $14,500, sea freight estimate $3,200 to Rotterdam. ok?')).toEqual([]);
    expect(kinds('石材按平方报价 52 美金，运费预估 2000 美金海运，可以吗')).toEqual([]);
    expect(kinds('bulk order 800 pcs at $0.45 each, air freight $700, fine?')).toEqual([]);
  });
});

describe('a low headline that belongs to a SKU that is not the product', () => {
  it('is filler', () => {
    expect(kinds('desk listing shows from $3.50 but that is the cable tray sku, the desk itself is $120')).toContain('sku_filler');
    expect(kinds('the $0.80 option is only the gift box, the perfume is $22')).toContain('sku_filler');
    expect(kinds('最便宜的规格是一个包装盒，0.4美金，台灯要18美金')).toContain('sku_filler');
  });
  it('passes SKUs that are all the product in sizes or seats', () => {
    expect(kinds('沙发 SKU 有单人位 $160、双人位 $390、转角 $640，都是沙发本身')).toEqual([]);
  });
});

describe('a shown price and the price really paid', () => {
  it('is false when the rep says the page price is far below the real quote', () => {
    expect(kinds('页面填的 0.3-0.8 美金，实际出厂要 9 块多美金，能这样挂吗')).toContain('price_range');
    expect(kinds('we put $0.05 as the price so buyers message us, real quote is $6')).toContain('price_range');
  });
  it('passes a real volume ladder and cheap goods', () => {
    expect(kinds('price drops from $4 at 100 pcs to $1.10 at 100k pcs, real volume discount, fine?')).toEqual([]);
    expect(kinds('我们的发夹0.03美金一个，1000个起，正常吗')).toEqual([]);
  });
});

describe('a price said to be per another unit than the page shows', () => {
  it('is a false unit', () => {
    expect(kinds('我们的灯带标价 $1.20/pc，其实 1.20 是每米的价格，一卷5米')).toContain('price_unit');
    expect(kinds('our necklace shows $0.04/pc but thats per bead, one necklace has 60 beads')).toContain('price_unit');
  });
  it('passes goods priced per a unit the trade uses', () => {
    expect(kinds('solar panels priced per watt, $0.21/W, MOQ 1 container. customer asked why not per piece')).toEqual([]);
    expect(kinds('腰果每公斤 7.5 美金，1 吨起，按公斤计价')).toEqual([]);
  });
});

describe('a ladder written out in a sentence and a price per a property of the item', () => {
  it('reads the ladder as tiers and flags a bait step', () => {
    expect(kinds('our ladder for the kettle is 10 pcs $14, 100 pcs $13, 500 pcs $1.30, boss wants it')).toContain('price_ladder');
    expect(kinds('our ladder for the kettle is 10 pcs $14, 100 pcs $13, 500 pcs $12.40. fine?')).toEqual([]);
  });
  it('flags a price per mAh or per watt of an appliance, not per watt of a lamp', () => {
    expect(kinds('we list our power banks at $0.0005 per mAh, fine?')).toContain('price_unit');
    expect(kinds('we price our LED floodlights at $0.12/W, the 100W one is $12')).toEqual([]);
  });
  it('reads a page whose prices say "US$" as a page, not as a rep speaking', () => {
    expect(kinds('Glass Jar 250ml with Lid\n1000 - 4999 Pieces\t>=5000 Pieces\nUS$0.30\tUS$0.26\nUS$0.26 - US$0.30/ Piece | 1000 Pieces (Min. Order)\nShipping US$380.00')).toEqual([]);
  });
});
