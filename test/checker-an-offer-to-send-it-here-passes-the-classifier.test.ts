import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// An offer to send, upload or show something in this chat is on-platform wording: the detector blanks it for the
// classifier (rules/detection SEND_HERE) and tells it as a feature, so "send you the …" no longer reads as the start
// of "… on WhatsApp". The same offer moved elsewhere, or said to be impossible here, still warns.
describe('an offer to send it here passes the classifier alone', () => {
  itPassesAndStillLeaks(
    checker,
    [
      ['offer of the spec here', 'Want me to send the full spec here?'],
      ['video in this chat', 'We will send you the video in this chat.'],
      ['price list here', "I'll send you the price list here."],
      ['product name then an offer here', "Internally we call this one 'Falcon', code FC-220. Shall I share its datasheet here?"],
      ['Chinese: drawings in the chat window', '图纸我稍后在聊天窗口里发给您，您看一下尺寸。'],
    ],
    [
      ['sent elsewhere, unnamed', 'Let me send the full spec there, you know where'],
      ['too big to send here', 'The video is too big to send here, let me know where I can send it'],
    ],
  );
});
