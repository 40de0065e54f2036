import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Parser and rule classes from blind set listings-j, each written here in our own words: a labelled price whose unit
 * has two words, titles that hold words a promotion also uses, tiers separated by "，" after a decimal price, option
 * names above the tiers, a tier dearer than the one before, a page that says its price is not the real one, freight
 * re-priced after the order, per-unit freight, a stated minimum for accepted orders, a device priced by weight, and
 * market categories whose words sit apart in the title.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('parsing', () => {
  it('reads "Price: $X / Square Meter" as the headline, whatever words the unit has', () => {
    const p = checker.parse('PVC Vinyl Floor Plank Click 5mm\nPrice: $4.80 / Square Meter\nMin. Order: 500 Square Meters');
    expect(p.headline?.min.value).toBe(4.8);
    expect(p.headline?.unit?.id).toBe('square_meter');
  });

  it('keeps a title that says "Shut-off" or "off-road" (no promotion without an amount)', () => {
    expect(checker.parse('Steam Iron 2200W Auto Shut-off Ceramic Soleplate\nMin. Order: 100 Pieces').title).toContain('Steam Iron');
  });

  it('takes the product name, not the rep\u2019s note above the paste, as the title', () => {
    expect(checker.parse('plz check before we publish\n\nBamboo Cutting Board Large 45cm\nMin. Order: 100 Pieces').title).toBe('Bamboo Cutting Board Large 45cm');
    expect(checker.parse('这个被预警了吗 帮我查一下\n\n硅胶折叠水桶 10L 户外\n最小起订量：50 个').title).toBe('硅胶折叠水桶 10L 户外');
  });

  it('reads tiers separated by a full-width comma after decimal prices', () => {
    const p = checker.parse('商品名称：折叠露营椅 铝合金\n阶梯：100-499把 9.80，500-999把 9.20，1000把以上 8.70');
    expect(p.tiers.map((t) => [t.min, t.price.value])).toEqual([[100, 9.8], [500, 9.2], [1000, 8.7]]);
  });

  it('reads tiers written "50条起 ¥9.5"', () => {
    const p = checker.parse('商品名称：纯棉浴巾 70*140cm\n阶梯价：20条起 ¥28；200条起 ¥25；1000条起 ¥22\n最小起订量：20 条');
    expect(p.tiers.map((t) => [t.min, t.price.value])).toEqual([[20, 28], [200, 25], [1000, 22]]);
  });

  it('does not read a one-off fee with a quantity condition as a tier', () => {
    const text = 'Custom Printed Paper Bags Kraft\n$0.05 - $0.12 / piece\n5,000 - 19,999 pieces: $0.12\n>= 20,000 pieces: $0.05\nMin. order: 5,000 pieces\nPlate fee: $90 (refunded over 100k pcs)';
    expect(checker.parse(text).tiers.map((t) => t.min)).toEqual([5000, 20000]);
    expect(kinds(text)).toEqual([]);
  });

  it('reads tier rows under a line of option names without prices', () => {
    const p = checker.parse('Enamel Cast Iron Skillet 26cm\nColor: Black\tRed\tBlue\n2 - 299 Pieces\t>=300 Pieces\n$11.20\t$9.90\nMin. Order: 2 Pieces');
    expect(p.tiers.map((t) => t.min)).toEqual([2, 300]);
  });

  it('reads "Color / Size:" as the start of option rows', () => {
    const p = checker.parse('Seamless Leggings Women\nColor / Size: Black-S $3.10 | Black-M $3.10 | Grey-S $3.10\nMin. Order: 3 Pieces');
    expect(p.skus.map((s) => s.name)).toEqual(['Black-S', 'Black-M', 'Grey-S']);
  });
});

describe('the listing\u2019s own numbers and words', () => {
  it('flags a tier dearer than the one before it', () => {
    expect(kinds('商品名称：儿童拼图 木质 100片\n阶梯价：\n1-49 盒   US $3.20\n50-199 盒  US $3.00\n200-999 盒 US $3.60\n≥1000 盒  US $2.80')).toEqual(['price_ladder']);
  });

  it('judges two ladders on one page (one per colour) each on its own', () => {
    expect(kinds('商品名称：保温杯 500ml 316\n阶梯价（黑色）：1-99个 US$5.00；≥100个 US$4.50\n阶梯价（金色）：1-99个 US$6.00；≥100个 US$5.50\n最小起订量：1 个')).toEqual([]);
    expect(kinds('Insulated Tumbler 20oz\nBlack: 1-99 pcs $5.00 | 100+ pcs $0.40\nGold: 1-99 pcs $6.00 | 100+ pcs $5.50\nMin. Order: 1 piece')).toEqual(['price_ladder']);
  });

  it('flags a page that says its price is not the real one', () => {
    expect(kinds('Marble Garden Statue Angel Life Size\n1 - 4 Pieces  $2.00\n>=5 Pieces  $1.80\nMin. Order: 1 Piece\nNote: please contact us for the real price')).toEqual(['price_range']);
    expect(kinds('商品名称：红木茶台 实木 整板\n价格：US $5 / 张\n最小起订量：1 张\n备注：实际价格请咨询客服')).toEqual(['price_range']);
  });

  it('leaves a page that only invites an inquiry', () => {
    expect(kinds('Marble Garden Statue Angel Life Size\n1 - 4 Pieces  $680.00\n>=5 Pieces  $620.00\nMin. Order: 1 Piece\nNote: contact us for the best price on large orders')).toEqual([]);
  });

  it('flags freight re-priced after the order', () => {
    expect(kinds('商品名称：动感单车 家用 静音\n价格：US $75 / 台\n运费：发布运费 $55/台；下单后卖家改价运费 $300/台\n最小起订量：1 台')).toEqual(['shipping']);
  });

  it('flags freight per piece many times the piece, whatever the MOQ order costs', () => {
    expect(kinds('Wireless Keyboard Mouse Combo 2.4G\nPrice: $0.60/piece\nMOQ: 1 piece\nShipping fee: $32.00 per piece')).toEqual(['shipping']);
  });

  it('reads "we accept orders of N and above only" as the MOQ', () => {
    expect(kinds('Cotton Kitchen Towel 40x60cm\nFOB Price: US $0.90 - 1.10 / Piece\nMin. Order: 1 Piece\nTiers: 1 - 999 pcs $1.10 ; 1000+ pcs $0.90\nNote: we accept orders of 3000 pcs and above only.')).toEqual(['moq']);
  });

  it('flags a device priced by the gram', () => {
    expect(kinds('Electric Rice Cooker 700W Non-stick Pot\nPrice: $1.90 / Gram\nMin. Order: 500 Grams')).toContain('price_unit');
  });

  it('flags a machine for a bulk material priced by the kilogram (the machine word comes last)', () => {
    expect(kinds('Wire Cable Stripping Machine Automatic 4mm2\nPrice: $1.10 / Kilogram\nMin. Order: 1 Kilogram')).toContain('price_unit');
    expect(kinds('Copper Electric Wire 2.5mm2 PVC Insulated\nPrice: $9.80 / Kilogram\nMin. Order: 500 Kilograms')).toEqual([]);
    // "Electric Galvanized" is a coating process, not a device: a bulk word in the title rules out device adjectives.
    expect(kinds('Binding Steel Wire 1.0mm Electric Galvanized\nPrice: $700 - $760 / Ton\nMin. Order: 25 Tons')).toEqual([]);
  });

  it('leaves specialty goods sold by the gram in a kilogram order', () => {
    expect(kinds('商品名称：天然紫水晶簇 原石 摆件\n价格：US $0.02 / 克\n最小起订量：1000 克')).toEqual([]);
  });
});

describe('market categories', () => {
  it('finds a category whose words sit apart in the title', () => {
    expect(kinds('Genuine Fox Fur Women Hooded Winter Coat Long\n$8.00 - $11.00 / Piece\nMin. Order: 2 Pieces')).toEqual(['price_range']);
  });

  it('rates a battery by voltage times charge', () => {
    const r = checker.check('LiFePO4 Battery Pack 24V 200Ah for RV Solar\n$38.00 - $45.00 / Piece\nMin. Order: 2 Pieces');
    expect(r.findings.map((f) => f.kind)).toEqual(['price_range']);
    expect(String(r.findings[0]!.evidence.referenceCategory)).toContain('4.8 kWh');
  });

  it('names a price that fits the market only in another unit as a wrong unit', () => {
    const r = checker.check('Deformed Steel Rebar HRB500 16mm\nPrice: $0.62 - $0.70 / Ton\nMin. Order: 50 Tons');
    expect(r.findings.map((f) => f.kind)).toEqual(['price_unit']);
    expect(r.findings[0]!.evidence.pricedPer).toBe('kilogram');
    const panel = checker.check('商品名称：单晶太阳能板 450W 光伏组件\n价格：US $0.21 / 块\n最小起订量：100 块');
    expect(panel.findings.map((f) => f.kind)).toEqual(['price_unit']);
  });

  it('does not read a look, taste or smell as the product', () => {
    expect(kinds('Cashmere Feel Acrylic Knitted Scarf Winter\n$0.90 - $1.20 / Piece\nMin. Order: 100 Pieces')).toEqual([]);
  });
});
