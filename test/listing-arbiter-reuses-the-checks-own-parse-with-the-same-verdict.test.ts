import { describe, expect, it } from 'vitest';
import { loadListingArbiter, parsedView } from '../src/listing/arbiter.js';
import { createListingChecker, DEFAULT_LISTING_RULES_DIR } from '../src/listing/index.js';

// Issue 15: the checker hands the arbiter the view of its own parse instead of parsing the listing again. Whatever the
// text (a pasted page, a full-width one the check reads half-widthed, a CSV export of several products, a rep's message
// with a hypothetical price, a one-line sentence), the checker's answer is the one the arbiter gives on a fresh parse.
// Our own wordings.
const TEXTS = [
  'Bamboo Cutting Board Set of 3\n10 - 49 Sets US$ 18.50\n50 - 199 Sets US$ 17.90\n>= 200 Sets US$ 0.90\nMin. order: 10 Sets',
  '不锈钢保温杯 500ml\n价格：ＵＳ＄３.２０ / 个\n起订量：２００ 个\n运费：US$ 0.01',
  'Title,Price,MOQ,Shipping\nCanvas Tote Bag,$2.10,100 pcs,$0.02\nJute Shopping Bag,$3.40,50 pcs,$45.00\n',
  'Hi, our listing shows $0.20 per pair but the real price is $2.60; if the buyer ordered 5000 pairs it would be $2.40.',
  'Wool Beanie Hat\nS: $4.10\nM: $4.20\nL: $4.30\nXL: $0.05 (sample color)\nMOQ 30 pieces',
  'Garden Hose 30m\nPrice: US$ 9.80 / piece\nMOQ: 1 piece\nShipping: US$ 0.01 (estimate)\nNote: orders under 500 pieces are not shipped',
];

describe('the listing arbiter inside the checker', () => {
  const arbiter = loadListingArbiter(DEFAULT_LISTING_RULES_DIR)!;
  const alone = createListingChecker({ arbiter: false });
  const withArbiter = createListingChecker();

  it('gives the verdict, findings and notes a fresh parse would', () => {
    for (const text of TEXTS) {
      const fresh = arbiter.decide(text, alone.check(text), (t) => parsedView(alone.parse(t)));
      expect(withArbiter.check(text)).toEqual(fresh);
    }
  });

  it('keeps nothing of one check for the next', () => {
    // The same texts in another order, each checked twice: a view kept from the listing before would show as a change.
    for (const text of [...TEXTS].reverse()) {
      const fresh = arbiter.decide(text, alone.check(text), (t) => parsedView(alone.parse(t)));
      expect(withArbiter.check(text)).toEqual(fresh);
      expect(withArbiter.check(text)).toEqual(fresh);
    }
  });
});
