import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('freight changed after the order', () => {
  const chair = (reply: string) =>
    `商品名称: Upholstered Dining Chair Velvet Gold Legs Modern\n价格: US$ 32.00 / 把\n最小起订量: 4 把\n运费: 运费模板「欧美快递」US$ 15.00 / 把\n客服快捷回复(已设置): "${reply}"`;

  it('reads an amount on a line that says the freight is modified after the order as the freight charged', () => {
    expect(kinds(chair('Dear, the shipping fee on the page is for reference, after you place the order we will modify freight to actual, normally US$ 60-90 per chair'))).toContain('shipping');
  });

  it('passes such a line when the amount is the published fee, and a second freight line with no change after the order', () => {
    expect(kinds(chair('Dear, after you place the order we will not modify the freight, it stays US$ 15.00 per chair'))).toEqual([]);
    expect(kinds('商品名称: Upholstered Dining Chair Velvet Gold Legs Modern\n价格: US$ 32.00 / 把\n最小起订量: 4 把\n运费: 运费模板「欧美快递」US$ 15.00 / 把\n海运整柜: US$ 2,400 / 40HQ (estimate, about 300 chairs)')).toEqual([]);
  });

  it("sums an amount the rep says is added on top of the freight shown ('adding $6/pc' to $8 is $14 charged)", () => {
    const lamp = (after: string) => `Riyadh buyer asked again about the freight. Our listing shows Shipping $8.00/pc for the LED desk lamp ($2.40/pc, MOQ 20),\n${after}\nShould I keep the $8 on the page?`;
    expect(kinds(lamp('but after payment we send a modify-price request adding $6/pc because real courier is $14.'))).toContain('shipping');
    // Nothing added after the order: the freight shown is the freight charged.
    expect(kinds(lamp('and the real courier cost is about $8 too, so nothing is added after payment.'))).not.toContain('shipping');
  });
});
