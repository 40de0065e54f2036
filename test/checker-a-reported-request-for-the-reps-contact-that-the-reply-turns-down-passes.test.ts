import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// The buyer's request for the rep's own contact, in any quoting style (reported "you asked for our ...", 您上一条问,
// short marked quotes that mix a Latin app name with Chinese), turned down with any decline (不行, "won't", 不给,
// "never", everything kept here, the file sent here instead) is not the rep giving or asking for a contact. The same
// quotes followed by the rep giving it are still leaks.
const passes: Array<[string, string]> = [
  ['"you asked for our" two apps, then sorry', 'Haha, you asked for our Skype and Facebook at once 🙂 Sorry, we only chat here on Alibaba.com.'],
  ['您问我们的微信, then declined', '您问我们的微信，不好意思，我们只在国际站沟通'],
  ['a short mixed quote, 不行', '「加个Line吧」——这个真不行，我们所有沟通都在国际站。'],
  ['a short mixed quote, everything goes through the platform', '『发个WhatsApp号』不行哦，订单都走平台，您在这里留言就好。'],
  ['您上一条问, answered here', '您上一条问“怎么联系你们经理”，经理也看这个账号，我请他在这里回复您。'],
  ['the buyer\'s number, then "won\'t" contact outside', "Thanks for your +971 50 123 4567. I won't message you outside the platform; updates stay in this chat."],
  ['"never contact you outside"', 'Noted your number. We will never contact you outside Alibaba, all updates come here.'],
  ['your msg quoted, 不给微信', '— your msg: "can I have your WeChat?" —\n我们不给微信哈，就在这里聊。'],
  ['an email request granted in this chat window', '您提到想让我邮件发一下报价，没问题，我已经把报价单上传到这个聊天窗口了。'],
  ['an email request granted in the order\'s documents', '> Can you email me the packing list?\n\nSure — it is now uploaded to the order under Documents, download it there anytime.'],
];

const leaks: Array<[string, string]> = [
  ['"you asked for our WeChat", then given', 'You asked for our WeChat, here it is: lin_hl_0532'],
  ['您问我们的微信, then given', '您问我们的微信，好的，加我 wx: abc_123'],
  ['a short mixed quote, then agreed with a number', '「加个WhatsApp吧」好的，+86 138 1234 5678'],
  ['you asked for my WhatsApp, then added', 'you asked for my whatsapp, sure, add me +86 138 1234 5678'],
];

describe('a reported request for the rep\'s contact that the reply turns down', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
