import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

// The parser asks its cheap word tests of the whole paste first and reads a line's remarks only where the paste holds the
// word; it finds a line's every match without String.prototype.matchAll; and it answers "is this line nothing but its
// price" without masking the line when a word stands beside the amount. These pin what each must still read.
const checker = createListingChecker();
const parse = (t: string) => checker.parse(t);

describe('a remark on one line of a paste', () => {
  it('is read when its word opens the first line or closes the last one', () => {
    expect(parse('Gross weight: 12 kg\nPrice: US $5.00 / piece\nMOQ: 10 pieces').grossWeightKg).toBe(12);
    expect(parse('Price: US $5.00 / piece\nMOQ: 10 pieces\nLead: sea freight arrives in 35 days').seaTransit?.days).toBe(35);
  });

  it('is read in a paste checked right after one that lacked the word (nothing is carried over between pastes)', () => {
    expect(parse('Price: US $5.00 / piece\nMOQ: 10 pieces').grossWeightKg).toBeUndefined();
    expect(parse('Price: US $5.00 / piece\nMOQ: 10 pieces\n毛重：8 公斤').grossWeightKg).toBe(8);
    expect(parse('Price: US $5.00 / piece\nMOQ: 10 pieces').grossWeightKg).toBeUndefined();
  });

  it('reads every pack a line sizes, in brackets or after an equals sign, each time the line is read', () => {
    const text = 'Price: US $0.50 / piece\nMin. order: 1 carton (200 pcs), 1 box (20 pcs)\n1 roll = 50 meters';
    for (let k = 0; k < 2; k++) {
      const sizes = (parse(text).unitSizes ?? []).map((s) => `${s.unit.id}:${s.qty}:${s.of.id}`);
      expect(sizes.length).toBeGreaterThanOrEqual(3);
      expect(new Set(sizes).size).toBe(sizes.length);
    }
  });
});

describe('a price on a line of its own', () => {
  it('is the headline over an MOQ line, with or without its unit after a slash', () => {
    expect(parse('Ceramic Mug 350ml\nUS$7.80\nMin. order: 50 pieces').headline?.min.value).toBe(7.8);
    expect(parse('Ceramic Mug 350ml\nUS$7.80 / piece\nMin. order: 50 pieces').headline?.min.value).toBe(7.8);
  });

  it('is not one when a word stands beside the amount', () => {
    expect(parse('Ceramic Mug 350ml\nSample US$7.80\nMin. order: 50 pieces').headline?.min.value).not.toBe(7.8);
  });
});
