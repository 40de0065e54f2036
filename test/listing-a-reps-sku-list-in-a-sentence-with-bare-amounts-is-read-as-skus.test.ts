import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A rep's SKU list written in a message is read as the listing's SKUs: after "SKUs are:", "SKU:", "Colors:" or "其它SKU："
 * (a qualifier before SKU is no label of its own), with bare amounts in the currency of the price beside them, split by
 * "|", " / " or a comma, the last one ending the rep's sentence. So a give-away or a token option among them is judged
 * as on a page; options that all cost their part of the range pass.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);
const skus = (t: string) => checker.parse(t).skus.map((s) => [s.name, s.price.value]);

describe("a rep's SKU list in a message", () => {
  it('reads options with bare amounts after an attribute heading and flags a give-away among them', () => {
    const t = 'is this listing ok:\nLadies Crossbody Bag PU Leather Small\n$1.50 - $9.60 / piece  MOQ 3 pcs\nColors: Black 9.60 / White 9.60 / Khaki 9.60 / Gift box 1.50\nthe box comes with the bag anyway';
    expect(skus(t)).toEqual([
      ['Black', 9.6],
      ['White', 9.6],
      ['Khaki', 9.6],
      ['Gift box', 1.5],
    ]);
    expect(kinds(t)).toContain('sku_filler');
  });

  it('reads "SKUs are:" lists and a list ending a sentence', () => {
    expect(skus('our listing: wireless doorbell kit, page says $2.20 - $14.00. SKUs are: 1 button 1 receiver 14 / 2 receivers 18 / battery 2.20. ok?').map((x) => x[1])).toEqual([14, 18, 2.2]);
    expect(skus('paste: Bamboo Toothbrush Set — $0.40 - $1.90/Set — 50 sets MOQ — SKU: 4 pack 1.90 | 2 pack 1.10 | travel case 0.40. fine?').map((x) => x[1])).toEqual([1.9, 1.1, 0.4]);
  });

  it('keeps 其它 with the SKU label', () => {
    const t = '我们有个 listing：\n产品：玻璃精油瓶 10ml\n其它SKU：10ml 棕色 $0.18 / 10ml 蓝色 $0.20 / 30ml $0.32\n页面显示价格 $0.01-0.32';
    expect(skus(t).map((x) => x[1])).toEqual([0.18, 0.2, 0.32]);
    expect(kinds(t)).not.toEqual([]);
  });

  it('passes options that all sit in the range', () => {
    expect(kinds('is this listing ok:\nLadies Crossbody Bag PU Leather Small\n$8.90 - $9.60 / piece  MOQ 3 pcs\nColors: Black 9.60 / White 9.60 / Khaki 8.90\nthanks')).toEqual([]);
  });
});
