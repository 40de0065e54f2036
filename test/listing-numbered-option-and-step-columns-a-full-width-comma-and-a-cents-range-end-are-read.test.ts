import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Numbered columns in any spelling ("qty_step_2", "cost_2", "款式1/价格1", "一档数量/一档价格") are a ladder or a product's
 * options; a full-width comma before a quantity range ends the amount before it ("$9，100-499件"); a range's second price
 * with cents is read whole whatever word follows it ("$0.40-0.65 一副"); a lone MOQ beside a note column is a sheet whose
 * note can state the real minimum.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('numbered columns', () => {
  it('read a ladder whose quantity columns carry the number after a word', () => {
    const csv = 'item_code,title,qty_step_1,cost_1,qty_step_2,cost_2,qty_step_3,cost_3,unit\nWB-9,"Wooden Toy Train Set 40pcs",1,36.00,100,33.50,500,0.12,Set';
    expect(kinds(csv)).toContain('price_ladder');
  });
  it('read a ladder numbered in Chinese (一档/二档)', () => {
    const csv = '商品标题,单位,一档数量,一档价格,二档数量,二档价格,三档数量,三档价格\n纯棉方巾 34x34,条,50,1.80,500,1.65,5000,0.02';
    expect(kinds(csv)).toContain('price_ladder');
  });
  it('keep a steady numbered ladder with a price column named for its currency clean', () => {
    const csv = 'product,unit,moq,step1_qty,step1_usd,step2_qty,step2_usd,step3_qty,step3_usd\n"Printed Paper Shopping Bag",piece,500,500,0.46,5000,0.33,20000,0.27';
    expect(kinds(csv)).toEqual([]);
  });
  it('read options with their prices over pairs of columns', () => {
    const zh = '产品,款式1,价格1,款式2,价格2,款式3,价格3\n儿童自行车 16寸,整车,65.00,铃铛贴纸,0.01,说明卡,0.01';
    expect(kinds(zh)).toContain('sku_filler');
    const en = 'product,option_1,price_1,option_2,price_2\n"Folding Camping Chair","Chair with bag",18.50,"Chair with cup holder",21.00';
    expect(kinds(en)).toEqual([]);
  });
});

describe('amounts', () => {
  it('end at a full-width comma before a quantity range', () => {
    const t = '报价：1-49套 $9，500-999套 $7.6，1000套以上 $6.9，量大是因为换了模具';
    const p = checker.parse(t);
    expect(p.tiers.map((x) => x.price.usd)).toEqual([9, 7.6, 6.9]);
    expect(kinds(t)).not.toContain('price_ladder');
  });
  it('keep a thousands comma that is one', () => {
    expect(checker.parse('雕刻机\n价格：$12，500 / 台').headline?.min.usd).toBe(12500);
  });
  it('read a range whose second price has cents and a word after it', () => {
    const zh = checker.parse('不锈钢耳钉 $0.40-0.65 一副，一打起批');
    expect([zh.headline?.min.usd, zh.headline?.max?.usd]).toEqual([0.4, 0.65]);
    const en = checker.parse('hair clips $1.10 - 1.45 each');
    expect([en.headline?.min.usd, en.headline?.max?.usd]).toEqual([1.1, 1.45]);
  });
});

describe('an MOQ sheet', () => {
  it('reads a note column beside a single MOQ', () => {
    const csv = 'ref,title,moq,moq_unit,production_note\nQ-12,Kraft Mailer Box Printed,1,piece,"we do not run jobs under 3000 pcs"';
    expect(kinds(csv)).toContain('moq');
  });
});
