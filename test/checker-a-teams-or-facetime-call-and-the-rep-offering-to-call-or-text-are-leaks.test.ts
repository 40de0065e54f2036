import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// A meeting app named with its meeting word ("a Teams meeting") or FaceTime, and the rep wishing or offering to call
// or text the buyer (SMS included), move the talk off the platform; the platform's own video call, a text here, a
// courier's text and a declined one do not.
describe('meeting apps and the rep calling or texting the buyer', () => {
  it.each([
    "I'll set up a Teams meeting with our engineer about the PCB layout.",
    'Can I FaceTime you tonight to show the machine running?',
    "FaceTime me when you're free, I'll show you the samples live.",
    'I can text you when the container leaves the port.',
    "Let me send you an SMS with the details, it's faster.",
    "I'd like to call you Monday and go through the drawings together.",
    'Would it be OK if I text you the updates instead? Alibaba messages are sometimes delayed.',
    '我给您发短信通知发货进度吧，平台消息有时候延迟',
    '到港了我短信通知您',
  ])('warns on %s', (t) => expect(checker.checkLocal(t).leak).toBe(true));

  it.each([
    'We can do a video call right here in Alibaba chat instead of Google Meet.',
    "Let's have a video call on Alibaba.com instead of Zoom, the button is in the chat.",
    "I'll text you here in the chat once the container leaves.",
    "Sorry, I can't text you, please keep the talk on Alibaba.",
    'The courier will text you before delivery.',
    'Our webcam is certified for Teams meetings and Zoom calls.',
    '老人机只能打电话发短信，装不了微信',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));
});
