import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// The buyer's own service number put on their goods and read back for them to confirm, after their other details
// ("吊牌上印您店铺的网址和客服电话，请确认：www.…，+44 …"), is the buyer's copy, as their site is. The rep's own number beside
// the buyer's artwork is still a leak.
const passes: Array<[string, string]> = [
  ['the buyer\'s site and hotline on the hang tag, to confirm', '吊牌上印您店铺的网址和客服电话，请确认：www.lunashop.com，+44 20 7946 0958。'],
  ['the buyer\'s hotline on the colour box, to confirm', '彩盒侧面印贵司的品牌和售后热线，请确认一下：官网 www.kovacs-tools.hu，电话 +36 1 234 5678。'],
];
const leaks: Array<[string, string]> = [
  ['the buyer\'s logo printed, the rep\'s number given', '吊牌上印您的logo，我的电话 +86 138 1234 5678。'],
  ['the buyer\'s logo printed, the rep to be called', 'Your logo will be printed on the box; for the sample please call +86 138 1234 5678.'],
];

describe('the buyer\'s own number printed on their goods and read back to confirm is theirs', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
