import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// "I'm not allowed to", contacts said to stay off "outside Alibaba", and a route refused after it in Chinese
// ("transfer outside 平台我们不做") keep the talk and the payment on the platform; the same words that move them still warn.
describe('a route or a contact ruled out', () => {
  it.each([
    'The "green app" you mentioned — sorry, I\'m not allowed to move to other apps. Let\'s finish the spec here.',
    "About the WeChat you asked for: we're not allowed to use other apps, let's keep it here.",
    "Thanks for your number, but I'm not able to add contacts outside Alibaba.com. Let's keep the details here.",
    'Bank transfer outside 平台我们不做 sorry, TA order 已经 create, 你 check My Alibaba > Orders',
    'Payment off platform 我们不接受哦，信保订单已经发您了',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));

  it.each([
    'You can pay outside Alibaba by bank transfer, it is cheaper for both of us.',
    'Bank transfer outside the platform is OK for us, 5% cheaper.',
    '付款走平台外的话我们给您便宜3%',
  ])('warns on %s', (t) => expect(checker.checkLocal(t).leak).toBe(true));
});
