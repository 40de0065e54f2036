import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * The seller backend's edit form copied as a table: "label<TAB>value" rows, and sub-tables whose header names the
 * currency and unit once over rows of bare numbers. Copying collapses tabs to spaces, drops stars, moves the table
 * on its side; the same numbers must come out, so the same rules apply as for the "label：value" form.
 */
const checker = createListingChecker();
const parse = (t: string) => checker.parse(t);
const tiersOf = (t: string) => parse(t).tiers.map((x) => [x.min, x.unit?.id, x.price.value, x.price.currency]);

const FORM = [
  '产品名称*\t1.8L Stainless Steel Electric Kettle',
  '计量单位*\t件 (Piece/Pieces)',
  '最小起订量*\t500\t件',
  '起订量（件）\tFOB价格（USD）',
  '≥500\t5.43',
  '≥1000\t4.86',
  '≥3000\t4.37',
  '规格报价',
  '插头\tEU / UK / US',
  '物流设置',
  '运费模板\t平台物流',
  '预估运费（500件）\t12,210.00 USD',
  '货值\t2,715.00 USD',
  '合计\t14,925.00 USD',
  '样品价格\t16.29 USD/件',
].join('\n');

describe('backend form pasted as a table', () => {
  it('reads the title, MOQ, the tier sub-table with its header currency and unit, and the order summary', () => {
    const p = parse(FORM);
    expect(p.layout).toBe('zh_backend');
    expect(p.title).toBe('1.8L Stainless Steel Electric Kettle');
    expect([p.moq?.qty, p.moq?.unit?.id]).toEqual([500, 'piece']);
    expect(p.tiers.map((x) => [x.min, x.unit?.id, x.price.value])).toEqual([
      [500, 'piece', 5.43],
      [1000, 'piece', 4.86],
      [3000, 'piece', 4.37],
    ]);
    expect(p.shipping.map((s) => [s.amount.value, s.estimate])).toEqual([[12210, true]]);
    expect([p.order?.qty, p.order?.subtotal.value, p.total?.value]).toEqual([500, 2715, 14925]);
    expect(p.sample?.price.value).toBe(16.29);
  });

  it('reads a SKU sub-table (name, price in yuan, stock) and the headline range whose currency is in its label', () => {
    const p = parse(
      ['产品名称*\t全光谱水族LED灯', '最小起订量*\t20\t件', '价格区间（元）\t6.50 ~ 67.21', '规格报价', '长度\t价格（元）\t库存', '60cm\t52.71\t3000', '30cm\t34.77\t9999', '补差价专拍\t6.50\t9999', '物流设置'].join('\n'),
    );
    expect([p.headline?.min.value, p.headline?.max?.value, p.headline?.min.currency]).toEqual([6.5, 67.21, 'CNY']);
    expect(p.skus.map((s) => [s.name, s.price.value, s.price.currency])).toEqual([
      ['60cm', 52.71, 'CNY'],
      ['30cm', 34.77, 'CNY'],
      ['补差价专拍', 6.5, 'CNY'],
    ]);
  });

  it('reads the same form when the tabs became runs of spaces', () => {
    const p = parse(FORM.replace(/\t/g, '   '));
    expect(p.tiers.map((x) => [x.min, x.price.value])).toEqual([
      [500, 5.43],
      [1000, 4.86],
      [3000, 4.37],
    ]);
    expect([p.moq?.qty, p.order?.subtotal.value]).toEqual([500, 2715]);
  });

  it('reads a SKU table with two name columns, a 单价（元/件） header and prices written with a sign or a unit', () => {
    const p = parse(['商品名称\t保温杯', '最小起订量\t100\t件', '颜色\t容量\t单价（元/件）\t库存', '黑色\t500ml\t¥25.00\t300', '白色\t750ml\t28.50/件\t200'].join('\n'));
    expect(p.skus.map((s) => [s.name, s.price.value, s.price.currency])).toEqual([
      ['黑色 500ml', 25, 'CNY'],
      ['白色 750ml', 28.5, 'CNY'],
    ]);
  });

  it('reads a tier table laid on its side (quantities in one row, prices in the next)', () => {
    expect(tiersOf(['产品名称\t竹砧板', '最小起订量\t100\t件', '起订量（件）\t100-999\t1000-4999\t≥5000', 'FOB价格（USD）\t2.10\t1.95\t1.80'].join('\n'))).toEqual([
      [100, 'piece', 2.1, 'USD'],
      [1000, 'piece', 1.95, 'USD'],
      [5000, 'piece', 1.8, 'USD'],
    ]);
  });

  it('reads "≥ 1,000" with a space and thousands separators, and a header without its own unit (the form\'s 计量单位 applies)', () => {
    expect(tiersOf(['产品名称\t砖', '计量单位\t平方米', '最小起订量\t1000\t平方米', '起订量\t价格（USD）', '≥ 1,000\t4.20', '≥ 5,000\t3.90'].join('\n'))).toEqual([
      [1000, 'square_meter', 4.2, 'USD'],
      [5000, 'square_meter', 3.9, 'USD'],
    ]);
  });

  it('leaves the radio-button row "价格设置 ○ 根据数量设置价格" and free-text rows alone', () => {
    const p = parse(['产品名称*\tKettle', '价格设置\t○ 根据数量设置价格\t● 根据规格设置价格', '最小起订量*\t50\t件', '发货期\t20 天（≤500件），超出协商'].join('\n'));
    expect(p.skus).toEqual([]);
    expect(p.tiers).toEqual([]);
    expect(p.moq?.qty).toBe(50);
  });
});

describe('the same rules apply to the table form', () => {
  it('flags inflated freight against the goods value', () => {
    const r = checker.check(FORM.replace('12,210.00 USD', '488,063,184.81 USD').replace('14,925.00 USD', '488,065,899.81 USD'));
    expect(r.findings[0]?.kind).toBe('shipping');
  });

  it('passes the honest form, and flags a filler SKU row in the table', () => {
    expect(checker.check(FORM).verdict).toBe('ok');
    const filler = ['产品名称*\tWiFi Camera', '最小起订量*\t20\t件', '价格区间（USD）\t0.01 ~ 14.42', '颜色\t价格（USD）\t库存', 'EU\t14.42\t800', 'Thank you card\t0.01\t300', 'US\t14.42\t3000', 'UK\t14.42\t800'].join('\n');
    expect(checker.check(filler).findings.map((f) => f.kind)).toContain('sku_filler');
  });

  it('flags free shipping advertised in the 营销 row while the summary charges freight', () => {
    const r = checker.check(['产品名称*\t丝巾', '最小起订量*\t50\t件', '起订量（件）\tFOB价格（USD）', '≥50\t5.16', '≥200\t4.63', '营销\t本商品包邮（卖家承担运费）', '预估运费（50件）\t307.00 USD', '货值\t258.00 USD', '合计\t565.00 USD'].join('\n'));
    expect(r.findings.map((f) => f.kind)).toContain('shipping');
  });
});

describe('the colon form with the table form\'s habits', () => {
  it('reads a required-field star before the colon, and a currency named in the label of a colon field', () => {
    const p = parse('产品名称*：竹砧板\n最小起订量*：100 件\n价格区间（元）：18.00 ~ 25.00');
    expect(p.title).toBe('竹砧板');
    expect([p.headline?.min.value, p.headline?.max?.value, p.headline?.min.currency]).toEqual([18, 25, 'CNY']);
  });
});

describe('the form pasted through a document', () => {
  it('reads a markdown table and 【label】 fields like the tab form', () => {
    const p = parse(
      ['【产品名称】保温杯 500ml', '【最小起订量】100 件', '| 起订量（件） | FOB价格（USD） |', '|---|---|', '| ≥100 | 3.20 |', '| ≥500 | 2.85 |', '| ≥2000 | 2.40 |'].join('\n'),
    );
    expect(p.title).toBe('保温杯 500ml');
    expect(p.moq?.qty).toBe(100);
    expect(p.tiers.map((x) => [x.min, x.price.value])).toEqual([
      [100, 3.2],
      [500, 2.85],
      [2000, 2.4],
    ]);
  });
});

describe('tier rows that name their quantity 起订量 / MOQ', () => {
  it('reads "起订量 1-99件，单价 25元/件" as a tier, not as the MOQ field', () => {
    const p = parse('商品名称：保温杯\n阶梯价格：\n起订量 1-99件，单价 25元/件\n起订量 100-999件，单价 22元/件\n起订量 ≥1000件，单价 20元/件\n最小起订量：1件');
    expect(p.tiers.map((x) => [x.min, x.price.value, x.price.currency])).toEqual([
      [1, 25, 'CNY'],
      [100, 22, 'CNY'],
      [1000, 20, 'CNY'],
    ]);
    expect(p.moq?.qty).toBe(1);
    expect(checker.check('商品名称：保温杯\n起订量 1-99件，单价 25元/件\n起订量 ≥100件，单价 24元/件\n最小起订量：1件').verdict).toBe('ok');
  });
});

describe('a SKU named after a fee', () => {
  it('reads "运费补差链接 ¥1.00" under 规格 as a SKU (the filler), and "运费：¥20.00" as the shipping field', () => {
    const text = '商品标题：纯棉T恤\n价格：¥15.00-¥25.00/件\n起批量：≥100件\n规格：\n白色 S码 ¥15.00\n黑色 M码 ¥16.00\n运费补差链接 ¥1.00\n红色 L码 ¥17.00\n运费：¥20.00';
    const p = parse(text);
    expect(p.skus.map((s) => s.name)).toContain('运费补差链接');
    expect(p.shipping.map((s) => s.amount.value)).toEqual([20]);
    expect(checker.check(text).findings[0]?.kind).toBe('sku_filler');
  });
});

describe('the English seller backend copied as a table', () => {
  it('reads it like the Chinese one, and the rules flag its bait tier', () => {
    const text = 'Product Name*\tLED Flood Light 100W\nMOQ*\t50\tPieces\nQuantity (Pieces)\tFOB Price (USD)\n>=50\t6.20\n>=500\t5.90\n>=2000\t0.55\nEstimated Freight (50 Pieces)\t45.00 USD\nGoods Value\t310.00 USD\nTotal\t355.00 USD';
    const p = parse(text);
    expect(p.title).toBe('LED Flood Light 100W');
    expect(p.tiers.map((x) => [x.min, x.price.value])).toEqual([
      [50, 6.2],
      [500, 5.9],
      [2000, 0.55],
    ]);
    expect([p.order?.subtotal.value, p.total?.value]).toEqual([310, 355]);
    expect(checker.check(text).findings[0]?.kind).toBe('price_ladder');
    expect(checker.check(text.replace('0.55', '5.60')).verdict).toBe('ok');
  });
});
