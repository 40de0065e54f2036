import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// An email address in the consignee's or importer's details, or the buyer's forwarder's, is theirs for the courier or
// customs (FAQ 二), as their phone numbers are; the rep's own address, or one the buyer is told to write to, is not.
const passes: Array<[string, string]> = [
  ['a consignee block with an email line', '收货人：Karim Benali\n电话：+213 550 12 34 56\n邮箱：karim.b@gmail.com\n地址：Oran, Algeria\n运单已经按这个信息做好了。'],
  ['the consignee email for the waybill, en', 'Receiver: Sofia Rossi, phone +39 347 123 4567, email sofia.rossi@libero.it. Please check before we book UPS.'],
  ['the courier mails the consignee', 'UPS 会把关税通知发到收件人邮箱 billing@nordimport.se，请您留意。'],
  ['the buyer\'s forwarder\'s email received', '收到您货代的邮箱 booking@cargo-link.pl 了，我们会把提单草稿发给他们确认。'],
];
const leaks: Array<[string, string]> = [
  ['the rep\'s own after the consignee', 'Consignee details received. For any problem email me at jack.chen@gmail.com'],
  ['where to write, after shipping details', 'Shipping details: for questions write to lily.wang@hotmail.com'],
  ['where to send, after the consignee', '收件人信息我们核对了，后续资料请发到 lily_88@163.com'],
];

describe('a consignee\'s or forwarder\'s email for the courier or customs is the buyer\'s', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
