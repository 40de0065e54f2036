import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// An order reason said in the sentence before an ask excuses it only when it names order paperwork: a file too big for
// the chat is no reason to ask for a mailbox.
describe('the sentence before an ask', () => {
  it('excuses it when it names order paperwork', () => {
    expect(checker.checkLocal('Our accounts team issues the PI today. Could you give me your email?').verdict).toBe('pass');
  });
  it.each([
    'The sample video is too big for this chat. Reply with your email and I will send it over.',
    'The sample photos are ready. What is your email address?',
  ])('does not excuse it otherwise: %s', (text) => {
    expect(checker.checkLocal(text).verdict).toBe('block');
  });
});
