import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// The courier's own call or message to the number it holds (the waybill's, the consignee's) is the delivery talking to
// the buyer (FAQ 二), not the rep giving a contact: "the courier rang the number on the label", "快递员拨了运单上的号码",
// "the carrier sends the duty bill by WhatsApp to the consignee". The rep's own number or app stays a contact.
const passes: Array<[string, string]> = [
  ['the driver rang the label number', 'The driver rang the number on the label (+27 82 555 0143) at 9am but got no answer. He will come back Thursday.'],
  ['FedEx called the phone on the AWB', 'FedEx called the phone on the AWB, +61 412 555 019, twice yesterday; please pick up, they need the unit number.'],
  ['快递员拨了运单上的号码', '快递员昨天拨了运单上的号码 +90 532 555 0147，没人接，包裹退回网点了，麻烦您联系一下。'],
  ['司机打了面单上的电话', '司机打了面单上的电话（+971 50 555 0188）两次，您看看是不是号码填错了。'],
  ['the carrier texts the consignee the customs bill', 'UPS normally texts the customs invoice to the receiver by WhatsApp, so keep an eye on your phone next week.'],
  ['the courier messages the recipient before delivery', 'Aramex usually contacts the recipient on WhatsApp a day before delivery to agree a time.'],
  ['清关行通过WhatsApp通知收件人', '到港后清关行一般会通过WhatsApp把税单发给收货人，您留意一下手机。'],
];

const leaks: Array<[string, string]> = [
  ['the courier called, then the rep\'s own number', 'The courier called the number on the waybill. If it fails again, call me at +86 138 2345 6789.'],
  ['the courier, then the rep invites on WhatsApp', 'DHL will text the receiver, and you can also add me on WhatsApp +86 137 1234 5678 for updates.'],
  ['快递, then the rep\'s WeChat', '快递员打了面单上的电话没人接，您加我微信 wx_cargo2024 我帮您跟进。'],
];

describe('a courier calling or messaging the consignee number is no contact given', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
