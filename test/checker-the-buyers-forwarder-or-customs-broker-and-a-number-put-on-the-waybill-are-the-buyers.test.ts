import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// The buyer's own forwarder or customs broker, whose contact the rep received or confirms, and a number written
// onto the waybill ("填在运单上"), are the buyer's for the shipment (FAQ 二); the rep's own colleague or forwarder is not.
const passes: Array<[string, string]> = [
  ['the buyer\'s forwarder received, zh', '收到您的货代信息了：Kuehne+Nagel Ningbo，联系人 Lisa，电话 0574-8765 4321，我们会跟他们约提货时间。'],
  ['the buyer\'s forwarder noted, en', 'Noted your forwarder\'s details: DSV Shanghai, contact Tom, tel 021-6123 4567. We will arrange the pickup with them.'],
  ['the buyer\'s customs broker, to the waybill', '清关由您指定的报关行负责，联系人 Ivan，电话 +7 812 555-12-34，这些信息我们会填在运单上。'],
  ['a number written onto the waybill', 'Omar 的号码 +971 50 123 4567 我已经打印在空运提单上了。'],
];
const leaks: Array<[string, string]> = [
  ['our own forwarder to call', 'Our forwarder contact: Kelly 0755-8888 1234, call her directly'],
  ['our colleague for the buyer\'s forwarder', '您的货代可以联系我们的同事 Kelly，电话 0755-8888 1234'],
];

describe('the buyer\'s forwarder or customs broker, and a number put on the waybill, are the buyer\'s', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
