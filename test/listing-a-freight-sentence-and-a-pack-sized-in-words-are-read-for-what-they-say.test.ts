import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('freight and pack sizes stated inside a sentence', () => {
  it('reads only the part naming the freight as the fee, not the price per gram before it', () => {
    const text = 'Saffron threads Super Negin: USD 1.90/gram, 10g jar USD 19, MOQ 100 g, express freight USD 60 per parcel (tracked).';
    const p = checker.parse(text);
    expect(p.shipping.map((s) => s.amount.usd)).toEqual([60]);
    expect(kinds(text)).toEqual([]);
  });

  it('still reads a shipping field with its published and charged parts', () => {
    const p = checker.parse('Bluetooth Speaker Mini\n$4.20/ Piece | 10 Pieces (Min. Order)\nShipping (published): $40.00; actually charged at checkout: $260.00');
    expect(p.shipping.map((s) => s.role)).toEqual(['published', 'charged']);
  });

  it('takes "one bundle 100g" as the page sizing its pack in the unit priced', () => {
    const text = 'Our weft hair price: 16 inch $1.05/g, 20 inch $1.40/g. One bundle 100g. MOQ 3 bundles.';
    expect(checker.parse(text).unitEquivalence).toBeTruthy();
    expect(kinds(text)).not.toContain('price_unit');
  });
});
