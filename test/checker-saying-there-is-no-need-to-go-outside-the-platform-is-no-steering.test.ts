import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

/**
 * "No need to pay anything outside Alibaba" tells the buyer the opposite of steering: there is no need to leave.
 * Naming another channel, or asking which one the buyer uses besides Alibaba, still leaks.
 */
const checker = createDraftChecker({ llm: null });

describe('no need to go outside the platform', () => {
  it.each([
    'No need to send any money outside Alibaba, just click Pay Now in the Trade Assurance order and we are notified.',
    "You don't have to contact anyone outside this chat, our engineer answers here too.",
    '您不用在平台以外付款，直接在信保订单里支付就可以。',
  ])('passes: %s', (text) => {
    expect(checker.checkLocal(text).verdict).toBe('pass');
  });

  it.each([
    'Besides Alibaba we also use other apps, which one do you prefer?',
    'No problem, apart from Alibaba what app do you use for chatting?',
    '您可以在平台以外付款，更便宜',
    '不用走平台，直接打到我们公司账户',
  ])('still leaks: %s', (text) => {
    expect(checker.checkLocal(text).verdict).not.toBe('pass');
  });
});
