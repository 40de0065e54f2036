import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// A certifier's, a standards body's or a government's own site, where the buyer checks a certificate or a rule, is
// not the seller's channel; the seller's own site, or a look-alike ending in another domain, still is a link.
const passes: Array<[string, string]> = [
  ['a CE certificate checked on the certifier\'s site', 'You can verify our CE certificate number on www.tuv.com, it is issued by TÜV Rheinland.'],
  ['Incoterms explained by the ICC', 'If you are unsure about FOB and CIF, the ICC explains Incoterms on iccwbo.org.'],
  ['a customs rule on a government site', '进口关税可以在 www.customs.gov.cn 上查询。'],
];
const leaks: Array<[string, string]> = [
  ['our own site', 'For the full catalogue check our site www.hengli-valves.com'],
  ['a look-alike government host', 'Download the catalogue at www.fda.gov.evil-shop.com'],
];

describe('public bodies\' and certifiers\' sites are not the seller\'s links', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
