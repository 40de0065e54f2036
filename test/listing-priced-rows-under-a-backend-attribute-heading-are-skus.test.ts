import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * The backend heads its option rows with the attribute they are listed by ("规格属性：颜色", "SKU attribute: Colour"), each
 * row a name, a price and its stock ("米白 | $8.40 | 库存 300", "- Sage / $6.20 / stock 150"): the rows are SKUs, so a
 * give-away at a cent among them is a filler SKU (round 43). Real colours at one price stay clean. Our own wordings.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('priced rows under an attribute heading', () => {
  it('a give-away among them is filler', () => {
    expect(kinds('产品名称：折叠收纳凳\n规格属性：颜色\n米白 | $8.40 | 库存 300\n深灰 | $8.40 | 库存 260\n赠品卡片 | $0.01 | 库存 9999')).toEqual(['sku_filler']);
    expect(kinds('Product: Linen Table Runner 14x72in\nSKU attribute: Colour\n- Sage / $6.20 / stock 150\n- Oat / $6.20 / stock 90\n- Swatch card / $0.01 / stock 0')).toEqual(['sku_filler']);
  });

  it('real options pass', () => {
    const text = 'Product: Linen Table Runner 14x72in\nSKU attribute: Colour\n- Sage / $6.20 / stock 150\n- Oat / $6.20 / stock 90\n- Sand / $6.80 / stock 40';
    expect(checker.parse(text).skus).toHaveLength(3);
    expect(kinds(text)).toEqual([]);
  });
});
