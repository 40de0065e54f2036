import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Session 39 (issue 15, sku_filler recall): a give-away (sku.yaml fillerNames: a card, a gift, a sticker) offered as a SKU of
 * the listing at a token price (sku.pennyUsd) is filler, whether a rep's sentence names it, a SKU list holds it or a summary
 * row gives it as the lowest SKU. Only as a SKU: a freight line at $0, a spare part at its own real price, a cheap product
 * whose every size costs cents, keep their verdict.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a give-away SKU at a token price', () => {
  it('a rep sentence, Chinese', () => {
    expect(kinds('保温杯那个链接加了一个贺卡0.01美金的SKU，同事说别家都这样')).toContain('sku_filler');
  });
  it('a SKU list line under its header', () => {
    expect(kinds('SKU list:\n6-cup kettle  $14.80  stock 800\n8-cup kettle  $17.20  stock 600\nSticker (free gift) $0.01 stock 99999')).toContain('sku_filler');
  });
  it("a summary row whose lowest SKU is a gift", () => {
    expect(kinds('product,lowest_sku_name,lowest_sku_price,main_sku_price\nCeramic Teapot Set,Gift card,0.01,12.50')).toContain('sku_filler');
  });
});

describe('not a give-away SKU', () => {
  it('a spare part as the lowest SKU at its own price', () => {
    expect(kinds('产品名称,最低价SKU,最低价,主款价\n电动牙刷,替换刷头(单卖),1.20,18.00')).not.toContain('sku_filler');
  });
  it('a free shipping line beside SKU prices', () => {
    expect(kinds('SKU: 500ml bottle $2.40 | 750ml bottle $2.90\nShipping fee: US$0.00 for 200 pieces')).not.toContain('sku_filler');
  });
});
