import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A listing whose own note calls the price shown a placeholder ("Internal: $1 placeholder — real quote 28k-45k depending on
 * config", "price is just a placeholder", "价格是占位的") says that price is not what a buyer pays: a false price like "contact
 * for real price". A price that is real and a note about something else stay clean.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a price the listing calls a placeholder is not the real price', () => {
  it('flags a one-dollar machine whose note calls the price a placeholder (backend, en)', () => {
    const form = ['Product: Automatic Water Bottle Filling Capping Line 2000BPH', 'Price: US$ 1.00 / Set', 'MOQ: 1 Set', 'Internal: $1 placeholder — real quote 28k-45k depending on config'].join('\n');
    expect(kinds(form)).toContain('price_range');
  });

  it('flags a price the form says is only a placeholder (backend, zh)', () => {
    const form = ['商品名称：整体橱柜 定制 实木', '价格：US$ 1.00 / 套', '起订量：1 套', '备注：价格只是占位的，实际量尺寸报价'].join('\n');
    expect(kinds(form)).toContain('price_range');
  });

  it('passes the same machine at its real price with no such note (backend, en)', () => {
    const form = ['Product: Automatic Water Bottle Filling Capping Line 2000BPH', 'Price: US$ 28,000.00 - 45,000.00 / Set', 'MOQ: 1 Set'].join('\n');
    expect(checker.check(form).fake).toBe(false);
  });
});
