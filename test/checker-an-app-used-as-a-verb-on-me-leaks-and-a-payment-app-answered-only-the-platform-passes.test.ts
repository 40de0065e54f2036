import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

// (1) Chinese chat slang uses the app's name as the verb and the rep as its object ("v我一下", "WX我哈", "微信我 pls"): an
// invitation (messenger.yaml inviteAfter), not a mention. (2) A payment app echoed as the buyer's question and answered
// "不支持 / 不接受", or payment said to go only through the platform with 能 between ("只能走信保"), or a rule invoked as
// final ("rules are rules") rules the app out. Wordings invented.
const checker = createDraftChecker({ llm: null });
const verdict = (t: string) => checker.checkLocal(t).verdict;

describe('an app used as a verb on me leaks, and a payment app answered with only the platform passes', () => {
  it('leaks', () => {
    for (const t of ['宝，wx我一下，新款实拍发你', '亲 v 我哈，样衣视频在朋友圈'])
      expect(verdict(t), t).not.toBe('pass');
  });

  it('passes', () => {
    for (const t of [
      '支付宝付款？不接受的哦，只能走信保订单，信用卡和T/T都可以',
      'PayPal？不支持哈，只能在平台下单付款',
      "I'd happily jump on Telegram with you, but rules are rules, so let's sort the drawings out here.",
      '这个 V 我们是做成亮面的，另一款 W 是哑光',
      '飞机我们安排好了，下周三到港',
    ])
      expect(verdict(t), t).toBe('pass');
  });
});
