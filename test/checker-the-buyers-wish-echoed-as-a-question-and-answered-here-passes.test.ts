import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// The buyer's wish echoed back as a question to check it ("您的意思是要发邮箱？", "do you mean by email?") reports the buyer;
// the rep's answer after the question mark is the rep's own: keeping the file here passes, giving the contact leaks.
describe("the buyer's wish echoed as a question and answered here passes", () => {
  itPassesAndStillLeaks(
    checker,
    [
      ['Chinese: echo then drag it here', '您的意思是想把图纸发到邮箱？不用的，直接在这个对话框上传就可以'],
      ['English: echo then upload here', 'Do you mean sending the drawing by email? No need, just upload it in this chat.'],
    ],
    [
      ['Chinese: echo then the handle', '您是想加微信吗？可以，我微信是 hx_lamp88'],
      ['English: echo then the number', 'Do you mean WhatsApp? Sure, mine is +86 138 1234 5678'],
    ],
  );
});
