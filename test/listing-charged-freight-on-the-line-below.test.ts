import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * Freight raised after the order is often stated on the line under the shipping field, without naming shipping again
 * ("Billed at checkout: $120.00 (adjusted)"). That line continues the field: a charge far above the published fee is a
 * shipping finding. A charge equal to the published fee is not.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('a charged amount on the line under the shipping field', () => {
  it('is read as the charged freight', () => {
    expect(kinds('Bamboo Cutting Board Set 3 pcs\n10 - 99 Sets\t$4.60\n>=100 Sets\t$4.10\nMin. Order: 10 Sets\nShipping: $12.00 (10 sets, economy)\nBilled at checkout: $120.00, adjusted by seller')).toContain('shipping');
  });

  it('passes when the charge matches the published fee', () => {
    expect(kinds('Bamboo Cutting Board Set 3 pcs\n10 - 99 Sets\t$4.60\n>=100 Sets\t$4.10\nMin. Order: 10 Sets\nShipping: $12.00 (10 sets, economy)\nBilled at checkout: $12.00')).not.toContain('shipping');
  });
});
