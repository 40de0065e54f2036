import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// The last digits of a number reach no one ("尾号6601", "ending in 4471"), and a quantity counted in the buyers' own
// word for pieces (uds, piezas, peças, Stück, szt, adet, шт) is a quantity, even when its digits are grouped like a
// phone number. A short number after a call verb, and a whole number after a piece word, are still phones.
const passes: Array<[string, string]> = [
  ['zh, the signer\'s phone by its last digits', '包裹昨天已签收，签收人手机尾号是 3852，请您确认一下是不是贵司同事。'],
  ['en, a card ending in four digits', 'Your payment by the card ending in 4471 went through on the TA order.'],
  ['es, a quantity range in uds', 'Precios: 2.000-9.999 uds a USD 0,92; desde 10.000 uds USD 0,85.'],
  ['pl, a quantity range in szt', 'Cena: 1 000-4 999 szt. 2,10 USD, powyżej 5 000 szt. 1,95 USD.'],
];
const leaks: Array<[string, string]> = [
  ['a short extension after a call verb', 'call me on ext 7290 any time'],
  ['a whole mobile after a quantity', 'MOQ 500 uds. Mi celular 0991 234 5678, escríbeme'],
];

describe("the last digits of a number and a quantity in the buyers' piece words are no phone", () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
