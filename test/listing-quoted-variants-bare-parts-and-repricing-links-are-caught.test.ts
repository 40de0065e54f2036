import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Fakes the check used to miss: variants named in quotes ("Variant 'Sample' $0.01") are SKUs; a SKU that sells the
 * goods without their working part ("bare cable, no connectors", "无接头") is not the product; a token price to be
 * changed after payment is not the real price; an order the seller says it also takes sets the real MOQ; heels at
 * cents a pair are far below any market. Honest counterparts pass.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('variants named in quotes', () => {
  it('reads them as SKUs and flags token ones', () => {
    const text = "Custom Woven Labels for Clothing\n100-499 pcs  $0.12\n500-1999 pcs  $0.08\n2000+ pcs  $0.05\nMOQ: 100 pieces\nOption 'Artwork setup only' $0.00\nOption 'Sample label' $0.01";
    expect(checker.parse(text).skus.map((s) => s.name)).toEqual(['Artwork setup only', 'Sample label']);
    expect(kinds(text)).toContain('sku_filler');
  });
});

describe('the goods without their working part', () => {
  it('flags a bare cable beside finished cables', () => {
    expect(kinds('产品：HDMI 高清线 2.1版 8K\n价格：US$0.12 - 2.80 /条\n起订量：50 条\nSKU：1m US$1.10 | 2m US$1.60 | 5m US$2.80 | 裸线（不带插头）US$0.12')).toContain('sku_filler');
    expect(kinds('HDMI Cable 2.1 8K Braided\nUS$0.12 - 2.80 / Piece | MOQ 50 Pieces\nVariants:\n  1m  $1.10\n  2m  $1.60\n  5m  $2.80\n  Bare cable without connectors  $0.12')).toContain('sku_filler');
  });

  it('passes a variant without a battery at a real price', () => {
    expect(kinds('产品：无线鼠标 静音\n价格：US$2.20 - 2.90 /个\n起订量：50 个\nSKU：黑色 US$2.90 | 白色 US$2.90 | 黑色 不含电池 US$2.20')).toEqual([]);
  });
});

describe('a token price to be changed after payment', () => {
  it('flags it in Chinese and English', () => {
    expect(kinds('标题：定制印刷 无纺布袋\n价格：US$0.01 /个\n起订量：1 个\nSKU：拍下后联系客服改价')).not.toEqual([]);
    expect(kinds('Title: Custom Printed Paper Cups 8oz\nPrice: $0.01 / Piece\nMOQ: 1 Piece\nNote: price will be adjusted after payment according to your logo')).not.toEqual([]);
  });
});

describe('an order the seller says it also takes', () => {
  it('flags an MOQ far above the order accepted', () => {
    expect(kinds("Stainless Steel Tumbler 20oz Double Wall\nPrice: $2.10-2.60 / Piece\nMOQ: 1000 Pieces\nNote: we can accept 2 pieces order for testing, the MOQ on page is for the system")).toContain('moq');
  });

  it('passes a small gap between the MOQ and a trial order', () => {
    expect(kinds('Stainless Steel Tumbler 20oz Double Wall\nPrice: $2.10-2.60 / Piece\nMOQ: 100 Pieces\nWe also accept 50 pieces trial order with a small surcharge')).toEqual([]);
  });
});

describe('heeled shoes', () => {
  it('flags heels at cents a pair and passes them at a real price', () => {
    expect(kinds('标题：欧美女鞋 高跟鞋 尖头 细跟\n价格：US$0.30 /双\n起订量：2 双')).toContain('price_range');
    expect(kinds('标题：欧美女鞋 高跟鞋 尖头 细跟\n价格：US$6.80 /双\n起订量：2 双')).toEqual([]);
    expect(kinds('Title: High Heels Silicone Heel Grips Anti-slip\nPrice: $0.05 / Pair\nMOQ: 100 Pairs')).toEqual([]);
  });
});
