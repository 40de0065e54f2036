import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A rep's message that writes its ladder in a sentence and says the set-up (mould, plates, engineering, fixtures) is the
 * main cost of small runs describes goods made to order, whatever its first line: a steep first step is the set-up spread
 * over the order. Steps written "10k pcs" count ten thousand, and a step priced "$4.90 total" is its price per piece over
 * its quantity; the steps are no SKUs named "10k pcs each". A ladder that falls past the quantity it spans is still a bait.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a ladder in a message that names its set-up cost', () => {
  it('is judged as made to order', () => {
    expect(kinds('we do custom enamel pins. 50pcs $1.60, 500pcs $0.30, 5000pcs $0.12. I know it looks steep but the mould + setup is the main cost on small runs')).toEqual([]);
  });

  it('reads 10k as ten thousand and a step total per piece', () => {
    expect(kinds('Custom membrane keypad tiers: 10 pcs $38 total, 200 pcs $2.10 each, 5k pcs $0.24 each. tooling and fixtures are the big part for short runs.')).toEqual([]);
  });

  it('still flags a step that falls faster than its quantity rises', () => {
    expect(kinds('we do custom enamel pins. 50pcs $1.60, 100pcs $0.02, 5000pcs $0.015. the mould + setup is the main cost')).toContain('price_ladder');
  });
});
