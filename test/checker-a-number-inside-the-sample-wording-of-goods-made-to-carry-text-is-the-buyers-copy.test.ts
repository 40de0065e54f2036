import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// A phone number inside the sample wording of goods made to carry text (a sign, a decal, a hang tag, a mug), the quote
// opened after the words that say what the goods will read: the buyer's copy for their own goods, not the rep's contact.
// The rep's own number, outside such a quote or after the rep's own words, still leaks.
const passes: Array<[string, string]> = [
  ['hang tag sample text, zh', '吊牌上可以印您的文字，比如“订购热线 0912 345 678”，字体可选'],
  ['van decal reads', 'The van decal can read \'Smith Plumbing – 0412 555 018\', we cut it from reflective vinyl'],
  ['banner wording', 'Your banner text, for example "GRAND OPENING – BOOK NOW 0803 123 4567", fits on the 3x1m size'],
  ['mug print', '杯子上印的内容例如「外卖电话 021-6543 2109」都可以，单色印刷'],
];
const leaks: Array<[string, string]> = [
  ['a sample that is the rep\'s own line', 'Our LED sign sample says: for orders call me 07700 900123'],
  ['print, then the rep\'s number', 'We print logos on mugs. For quotes call 07700 900123'],
  ['招牌样品，然后我的手机', '招牌可以定制文字，有问题打我手机 138 1234 5678'],
];

describe('a number inside the sample wording of goods made to carry text is the buyer\'s copy', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
