import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// The buyer's page judged right after its name ("您的 Instagram 做得很好，我们可以给您做 custom logo packaging", "your
// Instagram looks great") is the rep's compliment on the buyer's business, even with a "给您" offer of goods after it;
// the buyer's account asked for, or the rep asked to be added there, is still a leak.
const passes: Array<[string, string]> = [
  ['the buyer\'s Instagram complimented, packaging offered', 'Dear, 您的 Instagram 做得很好，我们可以给您做 custom logo packaging。'],
  ['the buyer\'s Douyin complimented, a ring light offered', '您的抖音拍得很专业，我们的补光灯很适合您。'],
];
const leaks: Array<[string, string]> = [
  ['the buyer\'s WhatsApp asked for', '您的 WhatsApp 发我一下吧。'],
  ['the buyer\'s Instagram complimented, then the account asked for', '您的 Instagram 很好看，发我一下账号我关注您。'],
];

describe('the buyer\'s social page complimented after its name is no account asked for', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
