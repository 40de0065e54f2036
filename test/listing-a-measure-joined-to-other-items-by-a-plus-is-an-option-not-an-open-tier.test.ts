import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * An option row that starts with the goods' size and adds items with a plus ("50ml + gift box", "500g + 礼盒 + 手提袋") is one
 * of the SKUs, priced per item: the plus joins items, it does not open a tier "50 ml and up", so the listing is no price per
 * millilitre or gram. A tier written "1000+ pcs" still reads as a tier.
 */
const checker = createListingChecker();
const check = (t: string) => checker.check(t);

describe('a measure joined to other items by a plus', () => {
  it('is an option priced per item, no price per millilitre (en, zh)', () => {
    const en = check('SKU settings\nProduct: 50ml Hand Cream OEM Private Label\n ▸ 50ml tube only          $0.85\n ▸ 50ml tube + gift box    $1.10\n ▸ 50ml + gift box + pouch $1.35\nPrice range: $0.85 - $1.35');
    expect(en.findings.map((f) => f.kind)).toEqual([]);
    const zh = check('SKU 设置\n产品：500g 红枣 新疆 若羌灰枣\n ▸ 500g 袋装        $3.20\n ▸ 500g + 礼盒      $4.10\n ▸ 500g + 礼盒 + 手提袋 $4.60\n价格区间：$3.20 - $4.60');
    expect(zh.findings.map((f) => f.kind)).toEqual([]);
  });

  it('leaves a quantity with a plus before its unit a tier', () => {
    expect(check('Home > Beauty > Hand Cream\n50ml Hand Cream OEM Private Label\n100-999 pcs $2.00\n1000+ pcs $0.20\n100 pcs (Min. Order)').findings.map((f) => f.kind)).toContain('price_ladder');
  });
});
