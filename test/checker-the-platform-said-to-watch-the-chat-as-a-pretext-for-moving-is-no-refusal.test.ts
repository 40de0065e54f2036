import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// Found on drafts-t20: "can we continue this conversation somewhere else? Alibaba monitors the chat and I can't give the
// best price here". The platform watching the chat, told as why something cannot be said here, is the pretext for the
// move, not a rule that rules the move out. Told as why the talk stays here, it still is one.
describe('the platform said to watch the chat as the pretext for moving the talk', () => {
  it.each([
    'Hi, can we continue this conversation somewhere else? Alibaba monitors the chat and I cannot give the real price here',
    'Could we talk somewhere more private? Alibaba checks all chats, so we can\'t discuss the discount here',
    'Let\'s chat outside Alibaba. The platform reads all messages, so I can\'t quote the best price here',
  ])('flags %s', (t) => expect(checker.checkLocal(t).leak).toBe(true));

  it.each([
    'You asked to continue somewhere else; sorry, Alibaba monitors the chat and we must stay here.',
    'Alibaba monitors the chat for safety, so please don\'t move the talk somewhere else.',
    'Alibaba checks conversations now, so we only talk here. The best price is in the quotation above.',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));
});
