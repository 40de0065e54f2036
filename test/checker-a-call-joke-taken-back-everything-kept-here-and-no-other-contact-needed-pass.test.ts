import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// English false alarms of one family: the rep keeps the talk here in a closing aside ("everything here pls"), takes a
// joke about calling back ("just kidding, we talk here"), says no other contact is needed, or names a move off the
// platform only to say it gains nothing ("won't make it cheaper"). A real offer beside
// the same words is still a leak.
const passes: Array<[string, string]> = [
  ['apps listed, then everything kept here', "Not on Viber or Line for business, sorry. All here please, thanks!"],
  ['a call joke taken back', 'Ring me tonight? haha joking, let\'s talk here. Which size do you need?'],
  ['a move off the platform said to gain nothing', "Taking the deal off Alibaba wouldn't get you a better price, the quote is the same, so let's keep it on the platform."],
  ['no other contact needed for the courier', 'The courier will text the phone on your order before delivery, no need to send any other contact.'],
];
const leaks: Array<[string, string]> = [
  ['a number after the joke', 'just kidding, we talk here. or WhatsApp me at +44 7911 123456 if faster'],
  ['a move off the platform said to gain something', "Let's deal directly off Alibaba, it will be cheaper for you."],
  ['another contact asked outright', 'Got any other contact? this app is slow.'],
];

describe('a call joke taken back, everything kept here and no other contact needed pass', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
