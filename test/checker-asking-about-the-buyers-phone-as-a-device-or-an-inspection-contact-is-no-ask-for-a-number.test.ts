import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// "What is your phone brand / model / screen size" asks about a device the product must fit, not for a number; a
// contact person for the goods' inspection is an order step. Asking for the number or an app in the same breath leaks.
const passes: Array<[string, string]> = [
  ['phone brand for a charger', 'What is your phone brand? Our car charger has USB-C and Lightning versions.'],
  ['phone model for a case, zh', '请问您的手机是什么型号？我们的磁吸壳有苹果和三星的。'],
  ['phone screen size for glass', 'Could you tell me your phone screen size? We cut the privacy film to fit.'],
  ['phone OS for an app-controlled product', 'May I know your phone\'s operating system? The lamp app needs Android 9 or iOS 14.'],
  ['an inspection contact', 'Do you have a contact person for the quality inspection in your company? They can book a date with our QC team.'],
];
const leaks: Array<[string, string]> = [
  ['number and model together', 'What is your phone number and phone model?'],
  ['number asked, model after', '您的手机号是多少？手机型号也说一下'],
  ['model and WhatsApp', 'Tell me your phone model, and your WhatsApp'],
];

describe('asking about the buyer\'s phone as a device, or an inspection contact, is no ask for a number', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
