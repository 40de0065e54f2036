import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Session 40 (drafts-t40 and round 39's false alarms): a site or an address the draft warns the buyer against is a
// scammer's, not the rep's; a courier's account bills the freight, no buyer pays into it; "信保 only，不接受 <an off-platform
// way to pay>" keeps the payment on the platform; a device or accessory holding a contact word (iPhone, 手机壳) labels no
// number; a product used with an app is no channel; "directly" said of the platform's own order paper, or an incentive
// to pay outside denied, is no steering; a colour or contract number labels the number after it. The near twins that
// really give a contact or steer the payment still leak.
describe('a scam warning, a courier account, a device word and on-platform payment wording pass', () => {
  itPassesAndStillLeaks(
    checker,
    [
      ['a look-alike domain warned against', "Heads up: the mail you received from 'alibaba-notice.top' is fake, do not click anything in it"],
      ['a look-alike address warned against', 'That message from service@alibaba-verify.net is not from us, it is phishing, please delete it'],
      ['a phishing address in Chinese', '那封来自 support@ali-payment-check.com 的邮件是钓鱼的，不要点里面的链接'],
      ['a courier account billing freight', 'Samples go out on our FedEx account 7731 2290 (our account, freight prepaid), nothing for you to pay'],
      ['a courier account in Chinese', '样品用我们的顺丰月结账号寄，运费我们出'],
      ['Trade Assurance only, Western Union refused', '付款只走信保 only，不接受 Western Union 和 MoneyGram'],
      ['a case model after an iPhone', '保护壳型号：KC-0815-331 for iPhone 14，KC-0815-332 for 14 Pro'],
      ['a phone case for a video call', 'Kak, casing ini tidak menutupi kamera waktu video call WA, aman'],
      ['the order form filled directly', 'For customs we need the importer tax ID and email, you can fill them in the order form directly.'],
      ['paying in the sample order', '样品费已经在样品单里改好了，直接付款就可以'],
      ['no discount for paying outside', 'There is no discount for paying outside Trade Assurance, the price is the same and TA covers you.'],
      ['a colour number', 'Frame colour number 13912345678 series is matte black, see page 4 of the catalogue'],
      ['a contract number explained', '合同号 0803-555-1234 是我们内部编的号，按客户国家区号开头'],
    ],
    [
      ['the rep calls the address their own', 'Beware of fake emails. Our only mailbox is kevin.sales@gmail.com, write to me there'],
      ['a private account to pay into', 'Pay the balance to our HK account instead, it is fine, see the PI'],
      ['Trade Assurance refused', '这单信保做不了，直接T/T吧'],
      ['a phone number given', 'My mobile is 139 1234 5678, call me anytime'],
      ['a discount for paying outside', 'We give 3% discount for paying outside Trade Assurance'],
      ['a contract number to call', '合同号 0803-555-1234，有事直接打这个号码找我'],
    ],
  );
});
