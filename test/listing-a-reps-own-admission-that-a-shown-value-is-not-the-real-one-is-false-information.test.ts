import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createListingChecker, DEFAULT_LISTING_RULES_DIR, ListingRulesError, loadListingRules } from '../src/listing/index.js';

const checker = createListingChecker();
const check = (text: string) => checker.check(text);
const kinds = (text: string) => check(text).findings.map((f) => f.kind);

// Invented wordings: a rep saying in their own words that what the listing shows is not what is sold or charged.
describe("the rep's own admission that a value shown is not the real one", () => {
  it('a SKU said to be there to pull the lowest price down is filler, with the SKU clause and a fix', () => {
    const r = check('boss asked us to add a "gift pouch" option at $0.02 under the bluetooth speaker so the lowest price becomes 0.02 in search');
    expect(r.fake).toBe(true);
    expect(r.findings.map((f) => f.kind)).toContain('sku_filler');
    const f = r.findings.find((x) => x.kind === 'sku_filler')!;
    expect(f.clause).toMatch(/滥用SKU/);
    expect(f.fix).toMatch(/SKU/);
  });

  it('a SKU nobody buys, kept for clicks, is filler', () => {
    expect(kinds('our mop listing reads $0.05-$6.40, the 0.05 one is a spare clip variant. nobody buys the clip, it is there for more clicks')).toContain('sku_filler');
    expect(kinds('拖把链接加了个“挂钩”规格 0.05 美金，没人买，就是让最低价变成 0.05')).toContain('sku_filler');
  });

  it('a unit changed so the price looks tiny, or goods really sold per pack, is a false price unit', () => {
    expect(kinds('我们把彩色粉笔的单位从“桶”改成了“克”，价格就显示 $0.002，搜索排前面')).toContain('price_unit');
    expect(kinds('页面 $0.9/双，起订 1 双，实际我们是按箱卖的，一箱 12 双 $10')).toContain('price_unit');
    expect(kinds('we changed the unit to gram on the candle wax listing so it ranks first')).toContain('price_unit');
  });

  it('an MOQ said to be a placeholder or only for ranking is a false MOQ, in a CSV remark cell too', () => {
    expect(kinds('产品,单位,起订量,价格,备注\n定制 帆布袋,个,1,0.80,"页面起订1只是占位，印花款500个起"')).toContain('moq');
    expect(kinds('Item: Ceramic Mug 11oz\nPrice: US$ 1.10\nMOQ: 1 Piece\nNote: MOQ 1 is only for ranking, we start at 800 pcs')).toContain('moq');
  });

  it('free or zero freight charged after the order is false shipping', () => {
    expect(kinds('product,unit,moq,price,shipping\n"Desk Lamp LED",Piece,1,6.20,"$0 (freight billed after payment)"')).toContain('shipping');
    expect(kinds('页面写包邮，客户下单后另收运费 20 美金')).toContain('shipping');
    expect(kinds('Shipping: $3.00 to US\nPrice: $12.00 / Piece\nRemark: after buyers pay we send another freight link for the rest')).toContain('shipping');
  });

  it('a price kept after the goods sold out, or set for exposure, is a false price', () => {
    expect(kinds('区间价：US$ 1.50 ~ 16.00\n备注：1.50 是去年清仓的价格，早就卖完了，没删')).toContain('price_range');
    expect(kinds('我们的轴承挂 $0.5 一个，是为了多拿点曝光，询盘来了再报真实价格')).toContain('price_range');
    expect(kinds('Price: $0.30 - $4.00\nRemark: 0.30 was a promo, sold out long ago but never removed')).toContain('price_range');
  });
});

describe('an honest explanation is no admission', () => {
  it.each([
    'the $0.20 fabric swatch SKU is a real product, buyers order it to feel the cloth before bulk',
    'free shipping is real on our yoga mats, the freight is built into the unit price',
    'MOQ 3 on the page because these are in stock, nothing extra is charged later',
    'the sea freight on the marble table is real, it ships by sea and the quote is at cost',
    '页面包邮，运费已经含在单价里了，下单后不会另收',
    '备用滤芯这个规格是真实卖的配件，真的有人买',
  ])('%s', (text) => {
    const r = check(text);
    expect(r.findings.filter((f) => /own words|自己写明/.test(f.detail))).toEqual([]);
  });

  it('a price shown by the same unit it is sold in passes', () => {
    expect(check('Product: Steel Wire Rope 6mm\nUnit: Meter\nPrice: US$ 0.35 - 0.42\nMOQ: 500 Meters\nRemark: cut to length, sold per meter').fake).toBe(false);
  });
});

describe('admissions.yaml is data, validated on load', () => {
  it('a cue that is no regular expression is refused, naming the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'listing-admissions-'));
    cpSync(DEFAULT_LISTING_RULES_DIR, dir, { recursive: true });
    const file = join(dir, 'admissions.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^notReal:\n/m, "notReal:\n  - '(unclosed'\n"));
    expect(() => loadListingRules(dir)).toThrow(ListingRulesError);
    expect(() => loadListingRules(dir)).toThrow(/notReal/);
  });

  it('a topic naming no listing kind is refused', () => {
    const dir = mkdtempSync(join(tmpdir(), 'listing-admissions-'));
    cpSync(DEFAULT_LISTING_RULES_DIR, dir, { recursive: true });
    const file = join(dir, 'admissions.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('- kind: moq', '- kind: mood'));
    expect(() => loadListingRules(dir)).toThrow(/topics/);
  });

  it('without the file the check still runs and reads no admission', () => {
    const dir = mkdtempSync(join(tmpdir(), 'listing-admissions-'));
    cpSync(DEFAULT_LISTING_RULES_DIR, dir, { recursive: true, filter: (src) => !src.endsWith('admissions.yaml') });
    const plain = createListingChecker({ rulesDir: dir });
    expect(plain.check('我们轴承挂 $0.5 一个，为了曝光，询盘来了再报真实价格').findings.some((f) => /自己写明/.test(f.detail))).toBe(false);
  });
});
