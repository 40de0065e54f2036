import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A SKU named only as a part ("Tube only", "仅外胎") beside the product with that part, priced at most of the product's price
 * (half or more), is the goods without a part: it barely moves the range and is no filler. The same SKU at a few percent of
 * the product still sets a false bottom of the range.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

const page = (cheap: string) => `首页 > 工具 > 手推车配件\n手推车轮胎 4.10/3.50-4 充气 加厚 带内胎\nUS $${cheap} - $11.50 / 条 | 500 条（起订量）\n规格：轮胎+内胎 $11.50 ｜ 仅外胎 $${cheap}\n运费：海运拼柜，运费以订舱为准`;

describe('a bare part SKU priced near the product', () => {
  it('is the goods without a part, no filler', () => {
    expect(kinds(page('6.80'))).toEqual([]);
  });

  it('is filler at a few percent of the product', () => {
    expect(kinds(page('0.30'))).toContain('sku_filler');
  });
});
