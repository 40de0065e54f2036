import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Listings typed by hand: a title line then "key: value" lines, bullets, labels in Chinese and English together, option
 * lines each with a price, a remark after a dash on the price line.
 */
const checker = createListingChecker();
const kinds = (t: string) => [...new Set(checker.check(t).findings.map((f) => f.kind))];

describe('bullets and labels in both languages', () => {
  it('reads a bulleted price under a two-language label and a hidden real MOQ in the note', () => {
    const text = 'Wool Felt Slippers\n• 单价 Unit price: $4.10/pair\n• 起订量 MOQ: 1 pair\n• 备注 Note: 800双起做 (we make from 800 pairs)';
    expect(checker.parse(text).headline?.min.value).toBe(4.1);
    expect(kinds(text)).toContain('moq');
  });

  it('keeps English two-word labels such as "Min. Order" whole', () => {
    const text = 'Desk Organizer Bamboo\nPrice: US$3.40 / Piece\nMin. Order: 200 Pieces\nSold in: cartons of 20';
    expect(checker.parse(text).moq?.qty).toBe(200);
  });
});

describe('option lines with prices', () => {
  it('joins bulleted option lines into SKUs and flags the give-away one', () => {
    const text = '标题：儿童保温杯 316\n- 粉色：US$5.80\n- 蓝色：US$5.80\n- 杯套单拍：US$0.02\n- 起订量：10个';
    expect(kinds(text)).toContain('sku_filler');
  });

  it('reads options written on one line with pipes under a heading', () => {
    const text = 'Linen Shirt Men\nSizes:\n  M $11.20 | L $11.20 | XL $11.60 | XXL $11.90\n  Gift bag only $0.03\nMOQ 5 pcs';
    expect(kinds(text)).toContain('sku_filler');
  });

  it('reads quantity lines as tiers, not options', () => {
    const text = '【硅胶手机壳】\n- 10-99个：US$1.20\n- 100-999个：US$1.10\n- ≥1000个：US$0.02\n- 起订量：10个';
    expect(checker.parse(text).tiers.length).toBe(3);
    expect(kinds(text)).toContain('price_ladder');
  });

  it('passes honest options with close prices', () => {
    const text = 'Enamel Camping Mug\n• White: US$2.30\n• Green: US$2.30\n• Navy: US$2.45\n• MOQ: 100 pcs';
    expect(kinds(text)).toEqual([]);
  });
});

describe('a price line with a remark after a dash', () => {
  it('reads the price and the container-only remark, so a one-piece MOQ is false', () => {
    const text = 'Steel Bunk Bed Frame\n$21.00/pc — full container price only (≥ 1x40HQ)\nMOQ: 1 pc';
    expect(kinds(text)).toContain('moq');
  });
});

describe('a price line that says shipping is free', () => {
  it('reads the amount per piece as the price, not as a shipping fee', () => {
    const text = 'Magnetic Car Phone Mount 车载磁吸支架\n$1.15/pc free shipping 包邮 (orders of 300+ pcs)\nMOQ 300';
    expect(checker.parse(text).shipping).toEqual([]);
    expect(kinds(text)).toEqual([]);
  });
});

describe('a price said to hold only from a quantity', () => {
  it('sets the real MOQ from "price valid for N pcs" and "N+ pcs only"', () => {
    expect(kinds('Knitted Beanie Hat\nPrice: $0.95/pc\nMOQ: 5 pcs\nprice valid for 4000 pcs')).toContain('moq');
    expect(kinds('Knitted Beanie Hat\nPrice: $0.95/pc\nMOQ: 5 pcs\nthis price 6000+ pcs only')).toContain('moq');
  });

  it('does not read a validity in days as a quantity', () => {
    expect(kinds('Knitted Beanie Hat\nPrice: $2.40/pc\nMOQ: 50 pcs\nprice valid for 30 days')).toEqual([]);
  });
});

describe('a price per gram scoped to a quantity in kilograms', () => {
  it('counts the tier in grams, so a one-kilogram MOQ is worth the grams it holds', () => {
    const text = 'Pure Copper Shot for Casting\n• Price: $0.015/g (≥2kg)\n• MOQ: 2000 g\n• Mill certificate included';
    const tier = checker.parse(text).tiers[0];
    expect(tier?.min).toBe(2000);
    expect(kinds(text)).toEqual([]);
  });
});
