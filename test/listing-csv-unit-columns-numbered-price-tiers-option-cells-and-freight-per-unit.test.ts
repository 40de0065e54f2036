import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Catalogue exports name their columns in many ways: the price's unit ("price_unit", "计价单位") and the MOQ's own unit
 * ("moq_unit", "起订单位"), ladders as "price_tier_1_qty, price_tier_1", options with prices packed in a column the header
 * calls a price ("SKU规格:价格"), freight per unit of goods ("ship_cost_per_piece"). Each is read for what it says.
 */
const checker = createListingChecker();
const kinds = (t: string) => [...new Set(checker.check(t).findings.map((f) => f.kind))];

describe('unit columns', () => {
  it('a device priced per gram in the price_unit column is a false unit', () => {
    const csv = 'item,category,price,price_unit,moq,moq_unit\n"Bluetooth Speaker Portable 10W",Audio,0.05,gram,200,gram\n"Wired Earphones 3.5mm",Audio,0.85,piece,100,piece';
    expect(kinds(csv)).toContain('price_unit');
  });

  it('an MOQ in tons on goods priced per piece is a false MOQ', () => {
    const csv = '产品名称,起订量,起订单位,价格(USD),计价单位\n一次性塑料吸管 单支独立包装,2,吨,0.004,支\n一次性筷子 竹制,100000,双,0.006,双';
    expect(kinds(csv)).toEqual(['moq']);
  });

  it('passes goods whose price and MOQ name the same unit or convertible ones', () => {
    const csv = 'product_name,price,price_unit,moq,moq_unit\n"Raw Cane Sugar ICUMSA 600",420,ton,25,ton\n"Black Pepper Whole 5mm",3.80,kilogram,500,kilogram';
    expect(kinds(csv)).toEqual([]);
  });
});

describe('numbered price-tier columns', () => {
  it('a ladder starting far above the MOQ is a false MOQ', () => {
    const csv = 'code,title,moq,price_tier_1_qty,price_tier_1,price_tier_2_qty,price_tier_2\nWB-1,"Kraft Paper Bag with Handle",1,"3,000",0.22,"10,000",0.18';
    expect(kinds(csv)).toEqual(['moq']);
  });

  it('passes a ladder that starts at the MOQ', () => {
    const csv = 'code,title,moq,price_tier_1_qty,price_tier_1,price_tier_2_qty,price_tier_2\nWB-1,"Kraft Paper Bag with Handle",3000,"3,000",0.22,"10,000",0.18';
    expect(kinds(csv)).toEqual([]);
  });
});

describe('options packed in a column named as a price', () => {
  it('a give-away option that sets the headline is filler', () => {
    const csv = '编号,商品名称,规格:价格(USD),起订量\nTC-3,陶瓷马克杯 350ml 礼盒,"白色:2.40|蓝色:2.40|黑色:2.50|感谢卡:0.01|包装袋:0.03",100';
    expect(kinds(csv)).toEqual(['sku_filler']);
  });

  it('passes options that all cost what the product costs', () => {
    const csv = '编号,商品名称,规格:价格(USD),起订量\nTC-3,陶瓷马克杯 350ml 礼盒,"白色:2.40|蓝色:2.40|黑色:2.50",100';
    expect(kinds(csv)).toEqual([]);
  });
});

describe('freight per unit of goods', () => {
  it('a fee per piece many times the piece is inflated shipping', () => {
    const csv = 'sku,title,price_usd,ship_cost_per_piece,moq\nPC-1,"Silicone Phone Case",0.90,38.00,20';
    expect(kinds(csv)).toEqual(['shipping']);
  });

  it('passes an ordinary fee per piece', () => {
    const csv = 'sku,title,price_usd,ship_cost_per_piece,moq\nPC-1,"Silicone Phone Case",0.90,0.35,20';
    expect(kinds(csv)).toEqual([]);
  });
});

describe('an operator csv.yaml written before the moqUnit role', () => {
  it('still loads, and the MOQ then counts in the price unit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'haili-listing-rules-'));
    cpSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'rules', 'listing'), dir, { recursive: true });
    const file = join(dir, 'csv.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').split('\n').filter((l) => !l.includes('moqUnit:')).join('\n'));
    const older = createListingChecker({ rulesDir: dir });
    expect(older.check('sku,title,price,moq\nMG-1,"Ceramic Mug 350ml",2.10,100').verdict).toBe('ok');
  });
});
