import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// "Our customer's website" on a hang tag or carton is the buyer's own site for the print, as "your website" is; the
// classifier reads it without its shape. The rep's own site ("our website"), printed or not, still leaks.
const passes: Array<[string, string]> = [
  ['our customer\'s website on the hang tag', 'Please print our customer\'s website www.marisol-home.es on the hang tag, as in the artwork the buyer sent.'],
  ['客户的网站印在吊牌上', '我们会把客户的网站 www.marisol-home.es 印在吊牌上，请确认。'],
  ['your website on the carton', 'We can print your website www.brightlamps.co.uk on the carton as you asked.'],
];
const leaks: Array<[string, string]> = [
  ['our website printed, visit it', 'Please print our website www.hengtai-parts.com on the hang tag, and visit it for the price list.'],
  ['our customers love our website', 'Our customers love our website www.hengtai-parts.com, check it for prices.'],
];

describe('the buyer\'s site named as our customer\'s, for the print, is the buyer\'s', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
