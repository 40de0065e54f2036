import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A part sold alone is filler when it only pulls the headline down; it is a product when the title offers it as goods
 * of their own, in the plural ("Bottles and Caps", "Spare Blades"). A singular part of the product ("Bottle with Cap")
 * sold alone for cents stays filler, and postage links never become products.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('parts the title offers as goods', () => {
  it('pass as products beside the main item', () => {
    expect(kinds('Amber Glass Dropper Bottles 30ml and Caps Wholesale / Spare Droppers & Caps\nType:\t30ml bottle with dropper\t$0.28\n\t50ml bottle with dropper\t$0.36\n\tdropper cap only\t$0.04\n\tscrew cap only\t$0.03\n$0.03 - $0.36/ Piece | 500 Piece/Pieces(Min. Order)')).toEqual([]);
  });

  it('still flag a singular part of the product sold alone for cents', () => {
    expect(kinds('Amber Glass Dropper Bottle 30ml with Cap\nType:\t30ml bottle with dropper\t$0.28\n\t50ml bottle with dropper\t$0.36\n\t60ml bottle with dropper\t$0.40\n\tcap only\t$0.01\n$0.01 - $0.40/ Piece | 500 Piece/Pieces(Min. Order)')).toEqual(['sku_filler']);
  });

  it('never excuse a postage link', () => {
    expect(kinds('Ceramic Mugs and Lids Set Wholesale / Spare Lids\nOption: mug with lid $2.40 | mug only $2.10 | spare lid $0.60 | shipping fee link $0.01\nMin. Order: 50 Pieces')).toEqual(['sku_filler']);
  });
});
