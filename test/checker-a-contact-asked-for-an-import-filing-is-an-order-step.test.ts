import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// The filings an import needs (an FDA prior notice, an import permit, Saudi SABER, Brazil's INMETRO) are order steps like
// customs (FAQ 二): a contact asked for one is the order's. The same contact asked for prices or a call is a leak.
describe('a contact asked for an import filing', () => {
  it.each([
    "For the FDA prior notice please give your US agent's phone and email; we only type them into the filing.",
    "We need the importer's email for the SABER certificate, please send it with the shipping address in the order.",
    'The import permit form asks for your phone number and email, please fill it in the order details.',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));

  it.each([
    'Please give me your email so I can send you our full price list directly.',
    'We need your phone number so our manager can call you about a better price.',
  ])('warns on %s', (t) => expect(checker.checkLocal(t).leak).toBe(true));
});
