import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// "just msg me here" after a tracking number keeps the talk in this chat: it neither invites a call nor turns the
// tracking number into a number to text. "text me here 138…" and a messenger still leak.
const passes: Array<[string, string]> = [
  ['tracking, then text me here', 'Sample sent, tracking 4521 8876 3310 (UPS). If you have any other question just text me here.'],
  ['msg me in this chat', 'Your parcel is on the way, AWB 6620 1187 4432. Anything else, msg me in this chat.'],
];
const leaks: Array<[string, string]> = [
  ['text me here, then a number', 'Text me here 13822076654'],
  ['msg me on WhatsApp', 'For details msg me on WhatsApp +86 138 2207 6654'],
];

describe('"msg me here" keeps the talk in this chat', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
