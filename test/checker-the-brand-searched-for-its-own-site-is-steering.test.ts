import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// The seller's own site reached by a search instead of a link: the brand searched for with its official site in
// view, in English and the buyers' languages, and more SKUs said to be on the company site. A search on
// Alibaba.com, or for a standard, stays on the platform or off the subject.
const leaks: Array<[string, string]> = [
  ['search our brand plus official site', 'Search our brand plus official site, you will see everything.'],
  ['es: busque nuestra marca en Google', 'Busque nuestra marca en Google, nuestra web oficial tiene todo.'],
  ['pt: pesquise nossa empresa no Google', 'Pesquise nossa empresa no Google, o site tem todos os modelos.'],
  ['the other SKUs on the company site', 'Only 200 items are listed here; the other SKUs are on our company site.'],
];

const passes: Array<[string, string]> = [
  ['our brand searched on Alibaba.com', 'Search our brand on Alibaba.com to see the other products.'],
  ['a standard searched on Google', 'You can google the standard ASTM A216 for the material details.'],
];

describe('the brand searched for its own site', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
