import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * SKU filler beyond give-away names: a spare part or single component priced at a few percent of the product,
 * a token-priced trial pack beside one product SKU, and the option rows that carry them (a header with no colon,
 * options joined by " / ", a sample price inside a sentence). Accessory sets must still pass.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('rows under a SKU header with no colon', () => {
  it('reads them as SKUs, a fee link among them included', () => {
    const text = '商品名称：硅胶折叠水杯\nSKU规格与价格\n灰色　US$1.60\n粉色　US$1.60\n补差价专用链接　US$0.01\n最小起订量：50个';
    const p = checker.parse(text);
    expect(p.skus.map((s) => s.name)).toEqual(['灰色', '粉色', '补差价专用链接']);
    expect(p.shipping).toEqual([]);
    expect(kinds(text)).toEqual(['sku_filler']);
  });
});

describe('options joined by " / "', () => {
  it('splits them into named SKUs instead of reading the next name as a unit', () => {
    const text = 'Electric Kettle 1.7L Stainless\n$0.40 - $14.00 / Piece\nOption: Kettle 1.7L  $14.00 / Lid knob  $0.40 / Kettle 1.5L  $12.50\nMOQ 200';
    const p = checker.parse(text);
    expect(p.skus.map((s) => [s.name, s.price.value])).toEqual([
      ['Kettle 1.7L', 14],
      ['Lid knob', 0.4],
      ['Kettle 1.5L', 12.5],
    ]);
    expect(kinds(text)).toContain('sku_filler');
  });
});

describe('a part at a few percent of the product', () => {
  it('is flagged whatever its name when it sits apart from every product price', () => {
    expect(kinds('商品名称：电动牙刷 成人\nSKU：\n白色 $11.50\n黑色 $11.50\n刷头 单支 $0.25\n最小起订量：100 支')).toEqual(['sku_filler']);
    expect(kinds('Office Chair Mesh Ergonomic\nColor:\nBlack  $42.00\nGrey  $42.00\nCaster wheel  $0.60\nArm pad  $0.90\nMin. Order: 10 Pieces')).toEqual(['sku_filler']);
  });

  it('passes an accessory set whose cheap items are the product', () => {
    expect(kinds('Cake Decorating Tool Set\nStyle:\nTurntable  $6.50\nPiping bag  $0.05\nCoupler  $0.07\nNozzle tip  $0.09\nScraper  $0.12\nMin. Order: 100 Pieces')).toEqual([]);
  });
});

describe('two SKUs', () => {
  it('flags a token-priced trial pack beside the product', () => {
    expect(kinds('商品名称：猫砂 豆腐砂 6L\nSKU：6L 袋装 $3.20 | 试用装 50g $0.01\n最小起订量：100 袋')).toEqual(['sku_filler']);
  });

  it('passes two honest sizes', () => {
    expect(kinds('商品名称：猫砂 豆腐砂\nSKU：6L 袋装 $3.20 | 2.5L 袋装 $1.50\n最小起订量：100 袋')).toEqual([]);
  });
});

describe('a sample price inside a sentence', () => {
  it('is the sample, not an option row priced far above the rest', () => {
    const text = 'Bamboo Cutting Board 3 pcs Set\nVariations:\nNatural 3pcs set   $5.40\nDark 3pcs set   $5.60\nMOQ 200 sets. Sample $25 /set';
    const p = checker.parse(text);
    expect(p.sample?.price.value).toBe(25);
    expect(p.skus.length).toBe(2);
    expect(kinds(text)).toEqual([]);
  });
});

describe('an option row whose name starts with "Sample"', () => {
  it('is a SKU (a filler one), while the Samples field stays the sample', () => {
    const text = 'Porcelain Floor Tile 600x600 Matt\n$0.03 - $9.80/ Square Meter | 100 Square Meters(Min. Order)\nColor:  Light grey ...  $9.80\n        Beige ...  $9.80\n        Sample piece 10x10cm  $0.03\nSamples: $15.00/Square Meter';
    const p = checker.parse(text);
    expect(p.skus.map((s) => s.name)).toContain('Sample piece 10x10cm');
    expect(p.sample?.price.value).toBe(15);
    expect(kinds(text)[0]).toBe('sku_filler');
  });

  it('leaves the backend sample MOQ field out of the product MOQ', () => {
    const p = checker.parse('商品名称：陶瓷杯\n最小起订量：500 个\n价格：$1.20/个\n样品起订量：1\n样品价格：$5.00');
    expect(p.moq?.qty).toBe(500);
  });
});

describe('give-away and trial-pack names', () => {
  it('count as filler in both languages when far below the product', () => {
    expect(kinds('商品名称：护手霜 50g\nSKU：\n玫瑰 $1.40\n茉莉 $1.40\n樱花 $1.40\n空瓶 $0.20\n最小起订量：500 支')).toEqual(['sku_filler']);
    expect(kinds('Hand Cream 50g\nScent:\nRose  $1.40\nJasmine  $1.40\nSakura  $1.40\nTrial size 5g  $0.18\nMin. Order: 500 Pieces')).toEqual(['sku_filler']);
  });
});
