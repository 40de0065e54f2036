import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/** The parser reads the English product page and the Chinese backend form, through copy-paste noise. */
const checker = createListingChecker();
const parse = (t: string) => checker.parse(t);

describe('English product page layout', () => {
  it('reads a row of tier quantities over a row of prices, with truncated unit cells', () => {
    const p = parse('100 - 999 Grams\t1000 - 9999 Grams\t10000 - 14999 Gra...\t>=15000 Grams\n$1,500.00\t$1,400.00\t$130.00\t$13.50');
    expect(p.tiers.map((t) => [t.min, t.max, t.unit?.id, t.price.value])).toEqual([
      [100, 999, 'gram', 1500],
      [1000, 9999, 'gram', 1400],
      [10000, 14999, 'gram', 130],
      [15000, undefined, 'gram', 13.5],
    ]);
    expect(p.layout).toBe('unknown');
  });

  it('reads "Square M..." as square metres and the tiers across a blank line', () => {
    const p = parse('100 - 999 Square M... >=1000 Square Met...\n\n$58.00 $15.00');
    expect(p.tiers.map((t) => [t.min, t.unit?.id, t.price.value])).toEqual([
      [100, 'square_meter', 58],
      [1000, 'square_meter', 15],
    ]);
  });

  it('reads the headline range, MOQ, SKU rows with their steppers, samples and shipping', () => {
    const p = parse(
      [
        'Bread Basket Set with Cotton Bag',
        '$0.01 - $4.92/ Piece | 2 Piece/Pieces(Min. Order)',
        '- Up to US $20 off shipping',
        'Color :\t\t9inch Bread Proofing ...\t$4.92\t-\t0\t+',
        '\t\tPlastic Scraper\t$0.23\t-\t0\t+',
        '\t\tThank you card\t$0.01\t-\t0\t+',
        'Samples: $50.00/Piece | 1 Piece (Min. Order) Buy Samples',
        'Shipping $22,899,929.67',
        "Seller's Shipping Method 5 Change",
      ].join('\n'),
    );
    expect(p.layout).toBe('en_page');
    expect(p.title).toBe('Bread Basket Set with Cotton Bag');
    expect([p.headline?.min.value, p.headline?.max?.value, p.headline?.unit?.id]).toEqual([0.01, 4.92, 'piece']);
    // The sample's own MOQ (1 Piece) is not the product's MOQ.
    expect([p.moq?.qty, p.moq?.unit?.id]).toEqual([2, 'piece']);
    expect(p.skus.map((s) => [s.name, s.price.value])).toEqual([
      ['9inch Bread Proofing ...', 4.92],
      ['Plastic Scraper', 0.23],
      ['Thank you card', 0.01],
    ]);
    expect(p.sample?.price.value).toBe(50);
    // The promotion "US $20 off shipping" is not a shipping fee; the thousands separators are.
    expect(p.shipping.map((s) => s.amount.value)).toEqual([22899929.67]);
  });

  it('reads "FOB Price: US $0.50 - 3.00 / Piece" whose second amount has no currency sign, and "Min. Order: 1,000 Pieces"', () => {
    const p = parse('FOB Price: US $0.50 - 3.00 / Piece\nMin. Order: 1,000 Pieces');
    expect([p.headline?.min.value, p.headline?.max?.value, p.headline?.unit?.id]).toEqual([0.5, 3, 'piece']);
    expect([p.moq?.qty, p.moq?.unit?.id]).toEqual([1000, 'piece']);
  });

  it('does not read a lead-time table or a customisation MOQ as prices or the product MOQ', () => {
    const p = parse('Quantity(Grams)\t1 - 100\t>100\nEst. Time(days)\t7\tTo be negotiated\nCustomization: Customized logo(Min. Order: 10000000 Grams)');
    expect(p.tiers).toEqual([]);
    expect(p.moq).toBeUndefined();
  });

  it('reads the order summary and marks estimated freight', () => {
    const p = parse('100 Square Meters Details $5,800.00\nProcessing Time 10 days\nShipping Estimated $3,650.00 (sea freight)\nTotal $9,450.00');
    expect([p.order?.qty, p.order?.unit?.id, p.order?.subtotal.value]).toEqual([100, 'square_meter', 5800]);
    expect(p.shipping.map((s) => [s.amount.value, s.estimate])).toEqual([[3650, true]]);
  });
});

describe('tables and claims', () => {
  it('reads a quantity row over a "Price (USD)" row whose cells carry no currency sign', () => {
    const p = parse('Quantity (Sets)\t1 - 99\t100 - 999\t>= 1000\nPrice (USD)\t5.00\t4.50\t4.00');
    expect(p.tiers.map((t) => [t.min, t.price.value])).toEqual([
      [1, 5],
      [100, 4.5],
      [1000, 4],
    ]);
  });

  it('reads the price the text says is the real one', () => {
    expect(parse('$0.10/ Piece\nNote: actual price $6.80 per piece').priceClaims.map((m) => m.value)).toEqual([6.8]);
    expect(parse('备注：实际单价 $3.20').priceClaims.map((m) => m.value)).toEqual([3.2]);
  });
});

describe('Chinese backend fields', () => {
  it('reads 商品名称, 阶梯价, 最小起订量, SKU 规格与价格 and 运费', () => {
    const p = parse(
      ['商品名称：不锈钢保温杯 500ml', '阶梯价：100-499件 US $3.20；500-1999件 US $2.85；≥2000件 US $2.40', '最小起订量：100 件', 'SKU 规格与价格：黑色 $3.20；赠品卡片 $0.01', '运费：$185.00（预估）'].join('\n'),
    );
    expect(p.layout).toBe('zh_backend');
    expect(p.title).toBe('不锈钢保温杯 500ml');
    expect(p.tiers.map((t) => [t.min, t.max, t.unit?.id, t.price.value])).toEqual([
      [100, 499, 'piece', 3.2],
      [500, 1999, 'piece', 2.85],
      [2000, undefined, 'piece', 2.4],
    ]);
    expect([p.moq?.qty, p.moq?.unit?.id]).toEqual([100, 'piece']);
    expect(p.skus.map((s) => [s.name, s.price.value])).toEqual([
      ['黑色', 3.2],
      ['赠品卡片', 0.01],
    ]);
    expect(p.shipping.map((s) => [s.amount.value, s.estimate])).toEqual([[185, true]]);
  });

  it('reads full-width punctuation and digits, yuan, 万 and units in Chinese', () => {
    const p = parse('商品名称：竹砧板\n价格区间：￥１８．００ － ￥２５．００\n最小起订量：１万 套\n阶梯价：\n1-9999套 25元\n≥1万套 18元');
    expect([p.headline?.min.value, p.headline?.min.currency, p.headline?.max?.value]).toEqual([18, 'CNY', 25]);
    expect([p.moq?.qty, p.moq?.unit?.id]).toEqual([10000, 'set']);
    expect(p.tiers.map((t) => [t.min, t.price.value, t.price.currency])).toEqual([
      [1, 25, 'CNY'],
      [10000, 18, 'CNY'],
    ]);
  });

  it('reads a tier field whose amounts carry no currency sign', () => {
    const p = parse('阶梯价：1-99件 2.00；100-999件 1.80');
    expect(p.tiers.map((t) => [t.min, t.price.value])).toEqual([
      [1, 2],
      [100, 1.8],
    ]);
  });

  it('reads an MOQ stated in passing, and the published and charged shipping apart', () => {
    const p = parse('最小起订量：1 件\n说明：少于 1000 件不发货\n运费：页面运费 $30；实际收取运费 $180');
    expect(p.moqClaims.map((c) => c.qty)).toEqual([1000]);
    expect(p.shipping.map((s) => [s.role, s.amount.value])).toEqual([
      ['published', 30],
      ['charged', 180],
    ]);
  });
});

describe('copy-paste noise', () => {
  it('reads a paste that lost its line breaks (chat box, CSV cell) in both layouts', () => {
    const en = checker.parse('Tote Bag $0.01 - $2.80/ Piece | 100 Pieces (Min. Order) Color : Natural $2.60 - 0 + Black $2.80 - 0 + Postage link $0.01 - 0 + Shipping $35.00');
    expect(en.title).toBe('Tote Bag');
    expect([en.headline?.min.value, en.moq?.qty, en.shipping[0]?.amount.value]).toEqual([0.01, 100, 35]);
    expect(en.skus.map((s) => s.name)).toEqual(['Natural', 'Black', 'Postage link']);
    const zh = checker.parse('商品名称：美甲工具套装 价格区间：$0.05 - $1.80 最小起订量：100 件 SKU 规格与价格： 钻饰 100粒装 $0.05 美甲胶 $0.30 镊子 $0.60 运费：$20');
    expect(zh.title).toBe('美甲工具套装');
    expect(zh.skus.map((s) => [s.name, s.price.value])).toEqual([
      ['钻饰 100粒装', 0.05],
      ['美甲胶', 0.3],
      ['镊子', 0.6],
    ]);
    expect([zh.moq?.qty, zh.shipping[0]?.amount.value]).toEqual([100, 20]);
  });

  it('survives markdown from a saved page, non-breaking spaces, en dashes and ellipsis characters', () => {
    const p = parse('**\\$1.20**\u00a0–\u00a0**\\$2.50**/ Piece | 500 Pieces (Min. Order) [Contact Supplier](#)\n1\u00a0000 is not a tier…');
    expect([p.headline?.min.value, p.headline?.max?.value]).toEqual([1.2, 2.5]);
    expect(p.moq?.qty).toBe(500);
  });

  it('reads CRLF line ends, USD written after the amount, and 美元', () => {
    const p = parse('阶梯价：1-99件 2.00 USD；≥100件 1.50美元\r\n最小起订量：1 件\r\n');
    expect(p.tiers.map((t) => [t.min, t.price.value, t.price.currency])).toEqual([
      [1, 2, 'USD'],
      [100, 1.5, 'USD'],
    ]);
  });
});
