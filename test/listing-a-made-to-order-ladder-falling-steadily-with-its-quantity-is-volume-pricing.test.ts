import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Goods made to the buyer's design (custom, OEM, moulded, embroidered) spread their set-up over the run, so their volume
 * pricing falls at a comparable rate at every step, however far it falls in all: a ladder of three or more tiers whose
 * every step falls at least a third as fast, per quantity step, as its steepest one, and never so fast that a bigger
 * order costs less in all, is no bait ladder. A cliff after gentle steps, or a step that makes the bigger order cheaper in
 * all, still is; stock goods keep the plain step limit.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a made-to-order ladder falling steadily with its quantity', () => {
  it('passes however far it falls in all', () => {
    expect(kinds('Custom Embroidered Patches Iron On Merrow Border\n10 - 99 Pieces  $2.80\n100 - 999 Pieces  $0.95\n1000 - 9999 Pieces  $0.36\n>= 10000 Pieces  $0.14')).not.toContain('price_ladder');
    expect(kinds('商品名称：OEM 注塑加工 ABS 外壳 来图定做\n阶梯价：\n  10-99 个 US $2.80\n  100-999 个 US $0.95\n  1000-9999 个 US $0.36\n  ≥10000 个 US $0.14\n最小起订量：10 个')).not.toContain('price_ladder');
  });

  it('still flags a cliff after gentle steps, a step that makes the bigger order cheaper in all, and stock goods', () => {
    expect(kinds('Custom Embroidered Patches Iron On Merrow Border\n10 - 99 Pieces  $2.80\n100 - 999 Pieces  $2.60\n1000 - 9999 Pieces  $2.45\n>= 10000 Pieces  $0.14')).toContain('price_ladder');
    expect(kinds('Custom Embroidered Patches Iron On Merrow Border\n10 - 99 Pieces  $2.80\n100 - 199 Pieces  $0.95\n200 - 999 Pieces  $0.09')).toContain('price_ladder');
    expect(kinds('Brass Hex Standoff M3 x 10mm Female-Female\n10 - 99 Pieces  $2.80\n100 - 999 Pieces  $0.95\n1000 - 9999 Pieces  $0.36\n>= 10000 Pieces  $0.14')).toContain('price_ladder');
  });
});
