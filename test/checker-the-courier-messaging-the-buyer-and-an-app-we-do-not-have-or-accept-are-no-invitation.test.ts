import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// The courier, its driver or the buyer's forwarder messaging the buyer on an app to arrange a delivery is not the rep
// inviting them there; nor is an app the rep says they do not accept orders through ("不接受通过微信下单"). The rep's
// own account after such words still leaks.
const passes: Array<[string, string]> = [
  ['the courier will message the buyer', 'Aramex will send you a WhatsApp message before delivery to confirm the time, please reply to them.'],
  ['the forwarder\'s agent may contact the buyer', 'Your forwarder\'s agent may contact you on WeChat to arrange the pickup, that\'s normal.'],
  ['no orders taken through WeChat', '我们不接受通过微信下单，请在阿里上下单，这样有信保。'],
];
const leaks: Array<[string, string]> = [
  ['the courier, then the rep\'s own number', 'The courier will contact you on WhatsApp, my number is +86 138 1234 5678'],
  ['the courier, then add me', '我们的快递员会用微信联系您，加我微信 abc_123'],
  ['no app, then another one offered', 'KakaoTalk 我们这边没有，加我 WhatsApp 吧'],
];

describe('the courier messaging the buyer, and an app we do not have or accept, are no invitation', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
