import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A rep asking about a SKU they name as a spare or replacement ("替换滤网" at $3.80 beside a $46 purifier, "extra blade" at
 * $1.90 beside a $16 blender) at a price such parts sell for: an add-on buyers order, as a labelled part priced as goods
 * is on a pasted listing. A token-priced one is still filler.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a spare part the rep prices as goods', () => {
  it('passes', () => {
    expect(kinds('空气净化器 SKU：标准款 $46、升级款 $58，还加了一个 "替换滤网" $3.80，老客户经常单独买，这样可以吗')).not.toContain('sku_filler');
    expect(kinds("Blender listing: 600W $16, 1000W $21, plus SKU 'extra blade' $1.90 since buyers ask for spares. Is that fine?")).not.toContain('sku_filler');
  });

  it('still flags one at a token price', () => {
    expect(kinds("Blender listing: 600W $16, 1000W $21, plus SKU 'extra blade' $0.01 so we show up in low price search")).toContain('sku_filler');
  });
});
