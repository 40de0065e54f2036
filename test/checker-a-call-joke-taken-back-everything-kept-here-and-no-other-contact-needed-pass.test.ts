import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// English false alarms of one family: the rep keeps the talk here in a closing aside ("everything here pls"), takes a
// joke about calling back ("just kidding, we talk here"), or says no other contact is needed. A real offer beside
// the same words is still a leak.
const passes: Array<[string, string]> = [
  ['apps listed, then everything kept here', "Not on Viber or Line for business, sorry. All here please, thanks!"],
  ['a call joke taken back', 'Ring me tonight? haha joking, let\'s talk here. Which size do you need?'],
  ['no other contact needed for the courier', 'The courier will text the phone on your order before delivery, no need to send any other contact.'],
];
const leaks: Array<[string, string]> = [
  ['a number after the joke', 'just kidding, we talk here. or WhatsApp me at +44 7911 123456 if faster'],
  ['another contact asked outright', 'Got any other contact? this app is slow.'],
];

describe('a call joke taken back, everything kept here and no other contact needed pass', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
