import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A price note whose number is joined to a word by a hyphen ("Price covers 2-colour print; plate fee refunded over 20000 pcs")
 * names how the goods are made, not a price: it is no $2 tier "over 20000 pcs" standing in the ladder (round 42, t42). A price
 * note with a real amount per quantity is still read. Our own wordings.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);
const ladder = '1000 - 9999 Pieces   10000 - 49999 Pieces   >= 50000 Pieces\n$0.21                $0.14                 $0.09';

describe('a hyphenated number in a price note', () => {
  it('is no tier price', () => {
    expect(kinds(`Custom Printed Kraft Pouch 250g with Zipper\n${ladder}\nPrice covers 2-colour print; plate fee refunded over 20000 pcs`)).toEqual([]);
    expect(checker.parse(`Custom Printed Kraft Pouch 250g with Zipper\n${ladder}\nPrice covers 2-colour print; plate fee refunded over 20000 pcs`).tiers).toHaveLength(3);
  });

  it('while bare amounts of a tier field are still prices', () => {
    expect(checker.parse('商品名称：帆布袋\n阶梯价：100-499 → 1.60；500-1999 → 1.35').tiers.map((x) => x.price.value)).toEqual([1.6, 1.35]);
  });
});
