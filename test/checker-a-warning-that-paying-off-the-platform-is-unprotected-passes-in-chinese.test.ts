import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// "站外付款没有任何保障" warns the buyer, as "paying outside is not protected" does in English; a concession after the
// warning ("有风险，但是…直接转我们公司账户") is still a payment leak.
const passes: Array<[string, string]> = [
  ['off-platform payment has no protection', '站外付款没有任何保障，建议您在信保订单里付款。'],
  ['the platform does not protect transfers outside', '平台外的转账阿里是不保护的，所以我们只收信保订单的款。'],
  ['risky outside', '平台外打款风险很大，请只在订单页面付款。'],
];
const leaks: Array<[string, string]> = [
  ['a concession after the warning', '站外付款有风险，但是我们合作很久了，直接转我们公司账户吧'],
  ['outside praised', '站外付款手续费低，转到我个人账户就行'],
];

describe('a warning that paying off the platform is unprotected passes, in Chinese too', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
