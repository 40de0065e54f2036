import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Naming the platform as where the buyer's number was seen (the RFQ, the Alibaba profile) does not keep a phone call on
// it. The platform's own voice or video call, or a call the rep declines, does.
describe('the rep phoning the buyer on a number seen on the platform is a leak', () => {
  itPassesAndStillLeaks(
    checker,
    [
      ['the platform video call', "We'll call you on the Alibaba video call tomorrow to show the line."],
      ['Chinese: the platform voice call', '我们明天用旺旺语音打给您，带您看一下生产线'],
      ['declined', 'Your number is on the RFQ but we cannot call you, Alibaba rules, let us talk here.'],
    ],
    [
      ['Chinese: number seen in the RFQ', '在RFQ上看到您的手机了，我下午打给您聊聊价格'],
      ['English: number on the Alibaba profile', 'Found your phone on your Alibaba buyer profile, we will ring you this evening.'],
    ],
  );
});
