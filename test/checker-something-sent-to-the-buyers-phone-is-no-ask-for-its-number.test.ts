import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// A device that sends alerts TO the buyer's phone asks for no number; asking the buyer to send or give their phone
// number still does.
const passes: Array<[string, string]> = [
  ['a sensor pushes alerts to the phone', 'The water sensor will send an alert to your phone through the Tuya app when it detects a leak.'],
  ['a camera sends clips onto the phone', 'This camera will send motion clips onto your mobile, and the cloud storage is optional.'],
];
const leaks: Array<[string, string]> = [
  ['send me your phone', 'Could you send me your phone number so I can explain the app?'],
  ['give your mobile', 'Please give us your mobile, the engineer will set it up.'],
];

describe('something sent to the buyer\'s phone is no ask for its number', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
