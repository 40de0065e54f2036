import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// The text view folds "。" to "."; the context of a name (Trade Assurance, a social platform) is its own sentence, so a
// change of quantity or colour in the sentence before a Chinese full stop does not put a condition on Trade Assurance.
const passes: Array<[string, string]> = [
  ['a quantity changed, then the TA order', '数量改成 500 件，单价 3.2 美金。信保订单已经发起，您确认后付款即可。'],
  ['a colour changed, then the TA order in English words', '颜色我们改成了深蓝色。Trade Assurance 订单我已经起草好了，您在订单页面确认付款就行。'],
];
const leaks: Array<[string, string]> = [
  ['the price changed for the TA order in its own sentence', '信保订单的话，单价要改成 4.5 美金。'],
  ['TA dearer than T/T in one sentence', '走信保的话价格改成 4.5 美金，T/T 还是 4.2。'],
];

describe('a Chinese full stop ends the sentence that gives a name its context', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
