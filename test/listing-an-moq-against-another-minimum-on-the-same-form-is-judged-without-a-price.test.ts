import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A form or note that gives the MOQ field and, beside it, another minimum the seller really holds ("MOQ (shown on page):
 * 1 Piece" over "Production MOQ (internal): 2000 pcs per design", "最小起订量：1 pc" over "开模 MOQ 5000 pcs, we will not
 * accept small order", "普通起订量：2 件" over "定制起订量：LOGO定制 起订 99999999 件") states a false MOQ whether or not a
 * price was pasted with it. Without a price it was read as no listing. A customisation minimum a real buyer can reach stays
 * clean.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('an MOQ against another minimum on the same form is judged without a price', () => {
  it('flags a page MOQ of one beside an internal production MOQ (backend, en)', () => {
    const form = [
      'Product: Bamboo Fiber Dinner Plate Set Kids Tableware',
      'MOQ (shown on page): 1 Piece',
      'Production MOQ (internal): 2000 pcs per design',
      'Stock quantity: 0',
      'Ready to Ship: Yes',
    ].join('\n');
    expect(kinds(form)).toContain('moq');
  });

  it('flags a customisation MOQ no buyer could reach beside the product MOQ (backend, zh)', () => {
    const form = ['商品名称：硅胶手机壳 iPhone 13 系列', '普通起订量：2 件', '定制起订量：LOGO定制 起订 99999999 件'].join('\n');
    expect(kinds(form)).toContain('moq');
  });

  it('passes a customisation MOQ a buyer can order (backend, zh)', () => {
    const form = ['商品名称：硅胶手机壳 iPhone 13 系列', '普通起订量：2 件', '定制起订量：LOGO定制 起订 500 件（丝印）'].join('\n');
    expect(checker.check(form).fake).toBe(false);
  });
});
