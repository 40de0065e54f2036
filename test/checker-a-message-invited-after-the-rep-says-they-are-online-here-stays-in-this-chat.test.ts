import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// "Message me" after the rep says they are online or available right here ("I'm online here 8am-11pm, just msg me
// anytime", "we are available here on Alibaba 24/7, message us whenever you like"): the message comes to this chat.
// A message or a text invited on an app or to a number after such words still leaks.
const passes: Array<[string, string]> = [
  ['online here, msg me anytime', 'Sorry, no WeChat on our side, platform rule. But I\'m online here from 9 to 9, just msg me anytime'],
  ['available here on Alibaba, message us', 'We are available here on Alibaba 24/7, message us whenever you like'],
  ['reachable in this chat, ping me', 'I\'m reachable in this chat all weekend, ping me if the proof needs changes'],
];
const leaks: Array<[string, string]> = [
  ['online here, then message on an app', 'I\'m online here daily, message me on WhatsApp +86 138 1234 5678 for faster reply'],
  ['online here, then text a number', 'I\'m online here until 6pm, after that text me at 0917 555 0123'],
];

describe('a message invited after the rep says they are online here stays in this chat', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
