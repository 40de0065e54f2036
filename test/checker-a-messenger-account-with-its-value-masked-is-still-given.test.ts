import { describe, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { expectCaughtWithEvidence, itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// A messenger label with its value masked, as reps paste a draft to ask about it and as the briefing's own examples
// show ("Email: *****@qq.com"), still gives the channel: "Regards, Ann / Wechat: +86-xxx-xxxx" is a signature with
// a WeChat account in it. Only messengers: a masked value after "Pay" or in a size is no account.
describe('a messenger account with its value masked', () => {
  it('blocks the label and its masked value, in a signature and alone, with the span and clause', () => {
    expectCaughtWithEvidence(checker, 'Thanks for your order. Regards, Ann / WhatsApp: +44-xxxx-xxxxxx', 'WhatsApp: +44-xxxx-xxxxxx', 'block');
    expectCaughtWithEvidence(checker, '有问题随时找我，微信：xxxxxx', '微信：xxxxxx', 'block');
    expectCaughtWithEvidence(checker, 'my telegram no: 79**-***-**12 for urgent things', 'telegram no: 79**-***-**12', 'block');
  });

  itPassesAndStillLeaks(
    checker,
    [
      ['a masked value after a payment method', 'We accept WeChat Pay: xxxx on the POS model, the buyer scans at the counter.'],
      ['sizes written with X', 'Sizes XXL and XXXL are in stock, the WhatsApp-style chat bubble print is on the back.'],
    ],
    [['a masked messenger id in Chinese after a colon', '签名档：Lily | 销售经理 | 微信号：lily_xxx']],
  );
});
