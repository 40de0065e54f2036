import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// The buyer told where they will find the rep's contact (a brochure, a page of a PDF, the line under the rep's name) is
// given the contact (主动给出联系方式) though no digit is typed. Product details found in the same places are not.
describe("a contact found in a document page or under the rep's name is given", () => {
  itPassesAndStillLeaks(
    checker,
    [
      ['specs found in the brochure', "You'll find the full specs in the brochure I sent, last page."],
      ['the price list on a page', 'Our price list is on page 4 of the catalogue, MOQ 200 pcs.'],
      ['Chinese: specs on a page', '详细参数在规格书第3页，您看一下。'],
    ],
    [
      ['the buyer will find the number in the brochure', 'You will find my mobile in the leaflet I attached, back page.'],
      ['short form in a pdf', 'u can see our contact in the quotation pdf, bottom of page 1'],
      ['the email on a page', "my email's on the last page of the price sheet"],
      ['the number beside the rep name', 'the number beside my name on our store page works on whatsapp too'],
    ],
  );
});
