import { describe, expect, it } from 'vitest';
import { createListingChecker } from '../src/listing/index.js';

/**
 * A rep who writes the same price per two measures of one kind ("$640/吨" and "$0.64/kg") states an honest conversion, not
 * a unit no buyer can order; a price per gram beside goods sold whole is still a false unit.
 */
const checker = createListingChecker();
const kinds = (t: string) => checker.check(t).findings.map((f) => f.kind);

describe('one price written per two measures', () => {
  it('passes a price per ton restated per kilogram', () => {
    expect(kinds('铝锭 A00 99.7% 平时按吨报 $2,300/吨，起订 20吨。想把链接改成 $2.30/kg，起订 20,000 kg，可以吗？')).toEqual([]);
    expect(kinds('Urea 46% we usually quote $420/ton, MOQ 25 tons. new page shows $0.42/kg, MOQ 25,000 kg. ok?')).toEqual([]);
  });

  it('still flags a price per kilogram far below the price per ton it should be', () => {
    expect(kinds('Urea 46% we usually quote $420/ton, MOQ 25 tons. new page shows $0.042/kg so it ranks first, MOQ 25,000 kg')).not.toEqual([]);
  });
});
