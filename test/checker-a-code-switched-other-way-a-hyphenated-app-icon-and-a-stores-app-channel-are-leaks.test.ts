import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// Another way to reach the buyer asked half in Chinese ("有别的 way to contact you 吗?"), an app described by a
// hyphenated icon ("the app with the blue paper-plane icon"), and the store's own channel on a messaging app ("we have a
// telegram channel …, want the link?") move the buyer off the platform. A device that reads such channels, a paper-plane
// kit and the talk kept here pass.
describe('a code-switched other way, a hyphenated icon and an app channel', () => {
  it.each([
    'dear, 有别的 way to contact you 吗? 这里 msg 我收不到 notification',
    '还有 another way to reach you 吗',
    "Search my name 'Elena Zhou Guangzhou hair' on the app with the blue paper-plane icon ✈️",
    'find me on the app with the white speech-bubble logo',
    'hi! we have a telegram channel where we post stock clearance every day, want the link?',
  ])('warns on %s', (t) => expect(checker.checkLocal(t).leak).toBe(true));

  it.each([
    'This speaker connects to Telegram channels and reads news aloud',
    'the kids love the paper-plane kit with the blue paper-plane icon on the box',
    '有别的颜色吗？ we have blue and red in stock',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));
});
