import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A rep's message whose first line names the product, a colon, then its prices ("custom printed neck lanyards 20mm
 * polyester: 100 pcs $0.95, 1,000 pcs $0.32, ...") has that name as its title, not a later sentence that names no price
 * ("the jump is because of screen setup"). So a made-to-order product is known as one: its ladder may fall with its
 * set-up cost and its sample is a proof of custom work. A name after the colon ("wig listing: 13x4 lace front human hair
 * wig, $6.50") is not cut off, and a field label before the colon is no title.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe("a rep's line naming the product before its prices", () => {
  it('takes the name before the colon as the title', () => {
    const t = 'custom woven patches iron-on 5cm: 100 pcs $1.10, 1,000 pcs $0.36, 10,000+ $0.20. the big drop is the loom setup. samples $30. does that look ok?';
    expect(checker.check(t).title).toBe('custom woven patches iron-on 5cm');
    expect(kinds(t)).toEqual([]);
  });

  it('keeps a product named after the colon, and reads no label as a title', () => {
    expect(checker.check('quick one - bag listing: 40x30 canvas tote bag natural, $0.95/piece, moq 50, 500+ $0.80').title).not.toBe('quick one - bag listing');
    expect(checker.check('Price: 100 pcs $1.10, 1,000 pcs $0.90. MOQ 100 pcs').title).not.toBe('Price');
  });

  it('still flags a stock item whose ladder falls off a cliff', () => {
    expect(kinds('plain polyester neck lanyards 20mm: 100 pcs $0.95, 1,000 pcs $0.09, 10,000+ $0.08. is that ok?')).toContain('price_ladder');
  });
});
