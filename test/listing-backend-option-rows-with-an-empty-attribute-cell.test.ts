import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * The backend's SKU table copied as cells: the attribute ("颜色", "尺寸") is written on its first row only, and the rows
 * under it start with an empty cell ("<TAB>白色<TAB>US$8.60"). Those rows are options of the same attribute, so a give-away
 * or a part among them is judged like any SKU, and a row of real variants passes.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

const table = (rows: string[]) => `商品标题：陶瓷 马克杯 350ml 北欧\nSKU 规格与价格：\n颜色\t${rows[0]}\n${rows.slice(1).map((r) => `\t${r}`).join('\n')}\n起订量：50 件`;

describe('backend option rows whose attribute cell is empty', () => {
  it('are all read as SKUs', () => {
    const p = checker.parse(table(['白色\tUS$2.40', '灰色\tUS$2.40', '蓝色\tUS$2.60']));
    expect(p.skus.map((s) => s.price.value)).toEqual([2.4, 2.4, 2.6]);
  });

  it('flag a packaging row priced at cents', () => {
    expect(kinds(table(['白色\tUS$2.40', '灰色\tUS$2.40', '蓝色\tUS$2.60', '纸盒\tUS$0.02']))).toContain('sku_filler');
  });

  it('pass real colour variants', () => {
    expect(kinds(table(['白色\tUS$2.40', '灰色\tUS$2.40', '蓝色\tUS$2.60', '渐变彩色\tUS$3.10']))).toEqual([]);
  });
});
