import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Contacts written so the rules could not read them: in Traditional Chinese (微信號, 聯繫, 帳戶), a messenger by its sound
// (瓦次艾普, 斯盖普, fei shu), an app emoji with an account after it, and an email with spaces in the domain, reversed or
// given in parts. A flight code after a plane emoji, a homophone the rep rules out and "a dot com company" pass.
const leaks: Array<[string, string]> = [
  ['帳戶 in Traditional', '貨款直接轉到我個人帳戶就行'],
  ['郵箱 asked in Traditional', '請留下您的郵箱，我把新目錄發給您'],
  ['瓦次艾普 and an invitation', '图片太多，瓦次艾普联系我吧'],
  ['斯盖普 to chat', '明天斯盖普上聊一下细节'],
  ['fei shu in pinyin', '我们用 fei shu 聊吧，账号 hd_mei2020'],
  ['a plane emoji and an account', 'Faster reply here ✈️ hengdamei88'],
  ['spaces inside the domain', 'You can email our export desk: export@ hengda pump .com'],
  ['a dot com address in words', 'Our mailbox: orders at hengdapump, a dot com address'],
  ['written backwards', 'mail: moc.pmupadgneh@srdro (read it backwards)'],
  ['the first part and the provider', 'The first part of my email is meizhou2020, and it’s a Gmail account.'],
];

const passes: Array<[string, string]> = [
  ['a flight code after a plane', '✈️ CA1234 lands in Frankfurt at 9am, the goods clear customs tomorrow.'],
  ['a homophone ruled out', '瓦次艾普很多客户都用，但我们只在阿里沟通哦'],
  ['a dot com company', 'We are a dot com company at Ningbo port since 1999.'],
  ['Traditional order talk', '您的訂單已經發貨，物流單號在訂單頁面可以查看。'],
];

describe('Traditional Chinese, homophones, emoji accounts and emails in pieces', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});

// An address told as "name at company" with no ending, judged by its own clause; the green-phone app proposed instead.
describe('a name at a company as the address, and the green-phone app instead', () => {
  itPassesAndStillLeaks(
    checker,
    [
      ['an email to customs at a port', 'Please send the email to customs at Ningbo port.'],
      ['an app with a green icon that runs the lamp', 'The app with the green icon controls the lamp colour.'],
    ],
    [
      ['not supposed to, but it is', 'I’m not supposed to post my email here, but it’s mei.zhou at hengdapump.'],
      ['the green-phone app instead', 'Sorry, no WhatsApp on Alibaba. Let’s use the app with the green phone instead.'],
    ],
  );
});
