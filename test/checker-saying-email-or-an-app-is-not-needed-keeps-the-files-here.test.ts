import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// "No need to / you don't have to / 不需要 / 无需" before a channel negates it as "not" and 不用 do: the rep says the
// mail or the app is not needed and keeps the files in this chat. The same channel offered after an unrelated
// "no need to wait" is still offered.
describe('saying email or an app is not needed keeps the files here', () => {
  itPassesAndStillLeaks(
    checker,
    [
      ['no need to send the artwork by email', 'No need to send the artwork by email, just attach it here.'],
      ['no need for the buyer email', 'The catalogue is attached here, so there is no need to give us your email.'],
      ['Chinese: no need to add WhatsApp', '样品视频我们在这里发，不需要加 WhatsApp。'],
      ['Chinese: no need for mail', '检测报告在订单附件里，无需邮件发送。'],
    ],
    [
      ['no need to wait, then a handle', '不需要等，加我微信 abc_123 发你'],
      ['no need to register, then a number', 'No need to register anything, just add me on WhatsApp +86 138 0013 8000'],
      ['files by email after an unrelated no need', 'No need to worry about the size, I will send the drawings to your Gmail.'],
    ],
  );
});
