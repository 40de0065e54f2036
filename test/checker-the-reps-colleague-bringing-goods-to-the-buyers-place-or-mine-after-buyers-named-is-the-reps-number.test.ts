import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// A colleague of the rep bringing something to the buyer's office, then a local number, gives the colleague's contact;
// "mine is …" after the buyers of a market are named gives the rep's. The buyer's number read back for delivery does not.
describe("the rep's colleague bringing goods to the buyer's place, or mine after buyers named, is the rep's number", () => {
  itPassesAndStillLeaks(
    checker,
    [
      ['the buyer number for delivery', 'We will deliver to your warehouse: 0803 555 2210 is the receiver number, right?'],
    ],
    [
      ['the colleague brings samples to the buyer office', 'Our Accra colleague can bring the samples to your office on Friday - 024 412 3344'],
      ['mine after buyers are named', 'Most Kenyan buyers like texting, mine is 0722 410 553. Send me the qty'],
    ],
  );
});
