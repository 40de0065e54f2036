import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A backend form numbers its rows ("SKU 2:", "Tier 3:", "档位2：") and writes each its own way: an arrow, a colon, "=",
 * "price=", a run of spaces, with or without a currency. rows.ts rewrites any such row into the row the parser reads
 * (rows.yaml holds the label words), so its SKUs and tiers are judged like any other.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);
const parsed = (t: string) => checker.parse(t);

describe('numbered rows', () => {
  it('are read as SKUs and tiers whatever their separator', () => {
    const skus = parsed('Product name: Ceramic Vase Set\nSKU 1 => Large vase  $12.40\nSKU 2 -> Medium vase  $9.80\nMOQ: 10').skus;
    expect(skus.map((s) => s.price.usd)).toEqual([12.4, 9.8]);
    const tiers = parsed('产品名称：折叠椅 户外\n档位1：1-49 把   18.50\n档位2：50-199 把   17.20\n档位3：≥200 把   16.00').tiers;
    expect(tiers.map((x) => x.price.usd)).toEqual([18.5, 17.2, 16]);
  });

  it('flag a filler SKU and a cliff in the ladder', () => {
    expect(kinds('Product name: Wireless Mouse 2.4G Silent\nSKU 1: Mouse black → $4.80\nSKU 2: Mouse white → $4.80\nSKU 3: Battery cover only → $0.01\nMOQ: 5')).toContain('sku_filler');
    expect(kinds('Product: Office Desk 120cm\n  Option 1  Colour=Oak  price=48.00  stock=300\n  Option 2  Colour=Walnut  price=49.50  stock=120\n  Option 3  Colour=Screw pack  price=0.03  stock=9999')).toContain('sku_filler');
    expect(kinds('商品名称：户外折叠桌\n阶梯1：1-9 张  86.00\n阶梯2：10-49 张  84.00\n阶梯3：≥50 张  0.84')).toContain('price_ladder');
  });

  it('pass honest SKUs and a gentle ladder', () => {
    expect(kinds('Product name: Kitchen Knife Set Stainless\nSKU 1: 3-piece set → $8.90\nSKU 2: 5-piece set → $13.50\nSKU 3: 8-piece set with block → $21.00\nMOQ: 20')).toEqual([]);
    expect(kinds('Product name: Camping Lantern LED\nTier 1: 2-99 pcs   6.20\nTier 2: 100-499 pcs   5.80\nTier 3: >=500 pcs   5.30\nMOQ: 2')).toEqual([]);
  });
});
