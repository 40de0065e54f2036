import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// The importer's phone on the invoice, a number put "as the consignee contact on the AWB", and a balance paid on the
// Trade Assurance order page "不用转到任何个人账户" are order talk; the rep's own number or a private account still leak.
const passes: Array<[string, string]> = [
  ['the importer\'s phone on the invoice', 'For customs in Turkey, the importer\'s tax number 9876543210 and phone 0533 987 65 43 are on the commercial invoice.'],
  ['a number as the contact on the AWB', 'I put +971 50 765 4321 as the receiver contact on the AWB, like you asked.'],
  ['the balance on the TA order page, no private account', '尾款您直接在信保订单页面付就可以，不用转到任何个人账户。'],
];
const leaks: Array<[string, string]> = [
  ['the rep\'s own number on the AWB', 'I put my number +966 55 123 4567 as the contact on the AWB, call me'],
  ['our office after importer details', 'Importer details done. For questions call our office 0532 123 45 67'],
  ['the TA order skipped for a private account', '尾款不用付到信保订单里，直接打到我个人账户'],
];

describe('an importer or AWB contact, and a payment kept in the TA order, are order talk', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
