import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

// A number read back as the buyer's ("is this your number …?", "您的手机是 … 吗？") was lowered as the buyer's own
// detail, which it is when read back for the courier. With the rep's own call or message to the buyer on it in the
// same or the next sentence ("I tried calling", "I'll ring you", "我早上给您打了", "le llamé"), the number is how the
// rep reaches the buyer off the platform: phone.yaml repCallsIt. The courier's or the driver's call, and numbers in a
// shipping block, stay the buyer's. Wordings invented.
const checker = createDraftChecker({ llm: null });
const verdict = (t: string) => checker.checkLocal(t).verdict;

describe('a buyer number read back with the rep calling it is a leak', () => {
  it('leaks', () => {
    for (const t of [
      'Hello, is this your line 0803 555 2190? We rang this morning, nobody picked up.',
      'Is this your number 0412 555 7812? I called earlier about the panels.',
      '0532 741 88 20 是您的号码吧？我们下午打了两次',
    ])
      expect(verdict(t), t).toBe('block');
  });

  it("the courier's call or a read-back for the waybill stays the buyer's", () => {
    for (const t of [
      'Is 0803 555 2190 your number? The DHL driver tried calling you twice about the delivery.',
      'Please confirm your phone 0712 884 301 for the courier, the rider will ring on arrival.',
      '收件人电话 0532 741 88 20 对吧？快递员昨天打了没人接',
    ])
      expect(verdict(t), t).toBe('pass');
  });
});
