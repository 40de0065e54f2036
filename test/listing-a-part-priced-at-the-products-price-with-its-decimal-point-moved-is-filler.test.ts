import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A spare part labelled and priced as goods beside a machine passes; the same part priced at a machine SKU's price with
 * the decimal point moved (a hundredth, a thousandth of it) is the product's price in another unit, set up as filler.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);
const listing = (part: string) =>
  `商品名称：全自动灌装机 液体 定量\n价格设置：阶梯价\n  ≥1 台\tUS $5,200\n  ≥5 台\tUS $4,980\n最小起订量：1 台\nSKU 规格与价格：\n  单头款\tUS $5,200\n  双头款\tUS $6,400\n  ${part}\n运费：木箱海运，运费另报`;

describe('a part priced at a machine price with its decimal point moved', () => {
  it('is filler', () => {
    expect(kinds(listing('密封圈套装（单卖）\tUS $52.00'))).toContain('sku_filler');
    expect(kinds(listing('Spare nozzle set (sold separately)\tUS $6.40'))).toContain('sku_filler');
  });

  it('passes a spare part at a price of its own', () => {
    expect(kinds(listing('密封圈套装（单卖）\tUS $48.00'))).toEqual([]);
  });
});
