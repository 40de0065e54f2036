import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Beside tiles or flooring priced per square metre, a trim SKU named "(per piece)" (skirting, bullnose, a stair nosing) is
 * what the trade sells by the piece, an accessory in its own unit: it was read as a part sold alone, filler when it set
 * the bottom of the range. A SKU priced per metre beside goods sold by the piece still sells the material, and a give-away
 * at a cent is still filler.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a trim SKU priced per piece beside goods per square metre', () => {
  it('is no part sold alone', () => {
    expect(kinds('Product Name = Matt Porcelain Wall Tiles 300x600 Grey\nUnit of Measure = Square Meter\nPrice Setting = Price range by quantity: $0.95 - $6.40/Square Meter\nMin. Order Quantity = 300\nSKU Attributes = Light Grey $5.80 | Dark Grey $6.40 | Bullnose trim 300mm (per piece) $0.95')).toEqual([]);
  });

  it('leaves a cent give-away and a fabric per metre beside a sofa flagged', () => {
    expect(kinds('Product Name = Matt Porcelain Wall Tiles 300x600 Grey\nUnit of Measure = Square Meter\nPrice Setting = Price range by quantity: $0.01 - $6.40/Square Meter\nMin. Order Quantity = 300\nSKU Attributes = Light Grey $5.80 | Dark Grey $6.40 | Bullnose trim 300mm (per piece) $0.95 | Thank you card $0.01')).toContain('sku_filler');
    expect(kinds('Product Name = Modern 3 Seater Sofa\nUnit of Measure = Piece\nPrice Setting = Price range by quantity: $4.50 - $329.00/Piece\nMin. Order Quantity = 5\nSKU Attributes = Grey $299.00 | Beige $329.00 | Cover fabric (per meter) $4.50')).toContain('sku_filler');
  });
});
