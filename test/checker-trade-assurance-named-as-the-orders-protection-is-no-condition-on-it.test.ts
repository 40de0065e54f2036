import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// "这样订单有信保保障" praises Trade Assurance; a "不用" said of something else in the same sentence (the app the
// buyer asked for) is no condition on it. "大单才有信保保障" (only big orders) still is one.
const passes: Array<[string, string]> = [
  ['an app declined, TA praised', '您提到的那个蓝色小软件我们不用的，沟通都放在国际站，这样您的订单有信保保障。'],
  ['covered by TA, English', 'The messenger in your message is too slow for our team, so we stay here where every order is covered by Trade Assurance.'],
];
const leaks: Array<[string, string]> = [
  ['only big orders get TA protection', '大单才有信保保障，小单我们不用信保，直接打款就行。'],
  ['TA with a surcharge', '走信保的话要加3个点手续费。'],
];

describe('Trade Assurance named as the order\'s protection is no condition on it', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
