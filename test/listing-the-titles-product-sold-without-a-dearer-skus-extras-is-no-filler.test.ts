import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A SKU that sells the title's own product without the extras a dearer SKU adds ("Case only" beside "Case + 9H tempered
 * glass" under a phone-case title, "Strap only" beside "Strap + tool kit") is the product, not a bare accessory pulling the
 * range down: the words that sell it alone ("only", "single") say nothing of what it is. At a token price it is still
 * filler. Our own wordings (round 45).
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe("the title's product sold without the extras", () => {
  it('is no filler', () => {
    expect(kinds('Shockproof TPU Tablet Case for iPad 10.2\n$2.60 - $3.90 / Piece | 20 Pieces (Min. Order)\nStyle:  Case only  $2.60 | Case + stylus pen  $3.90')).toEqual([]);
    expect(kinds('Nylon Watch Strap 22mm Quick Release\n$1.80 - $2.90 / Piece | 50 Pieces (Min. Order)\nOption:  Strap only  $1.80 | Strap + tool kit  $2.90')).toEqual([]);
  });

  it('is still filler at a token price', () => {
    expect(kinds('Nylon Watch Strap 22mm Quick Release\n$0.01 - $2.90 / Piece | 50 Pieces (Min. Order)\nOption:  Strap only  $0.01 | Strap + tool kit  $2.90')).toContain('sku_filler');
  });
});
