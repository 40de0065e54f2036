import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// An app as the last item of a list whose clause is negated ("we never ask you to pay to a personal account or through
// WhatsApp", "不通过银行卡、PayPal或者微信收款"), and an app the rep did not add ("客户加我WhatsApp我没加"), are declined.
// An invitation in the list's own part ("…, so add me on WhatsApp or Skype") is not covered by the refusal before it.
const passes: Array<[string, string]> = [
  ['never … or through WhatsApp', 'Important: we will NEVER ask you to pay to a personal account or through WhatsApp. Payment is only via the Trade Assurance link.'],
  ['never … card, PayPal or WhatsApp', 'Please note we never request payment by bank card, PayPal or through WhatsApp. Use the Trade Assurance order only.'],
  ['will not contact … or on Telegram', 'Our staff will not contact you by phone or on Telegram, only in this Alibaba chat.'],
  ['不会让您…或者用微信', '我们不会让您私下转账或者用微信付款，请只在信保订单里付款。'],
  ['从不通过…或者微信', '我们从不通过银行卡、PayPal或者微信收款，付款只走信保。'],
  ['我没加 in the note', '客户加我WhatsApp我没加，准备这样回，帮我看下：\n\nHi Oscar, I\'ll keep following up here on Alibaba so you have every price on record.'],
  ['还没加', '微信我还没加他，先在这里回复您：价格是3.2美元。'],
  ['Line 我没加', '客户要加我Line我没加，这样回可以吗：Dear Ken, all files can be sent right here.'],
];
const leaks: Array<[string, string]> = [
  ['refusal, then add me', 'We don\'t take card payments, so add me on WhatsApp or Skype.'],
  ['or WhatsApp me', 'Never mind the catalogue or WhatsApp me for the price list.'],
  ['不收现金，或者加我微信', '我们不收现金，或者加我微信转账也行'],
];

describe('an app ending a negated list, or not added, is declined', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
