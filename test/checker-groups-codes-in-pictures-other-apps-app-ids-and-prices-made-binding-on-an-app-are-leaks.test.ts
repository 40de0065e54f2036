import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Channels offered without a contact typed out: the rep's group under any name (进口商群, 老板群, a dealers group) with
// the buyer pulled in; a code in a picture or catalogue page the rep sent, scanned to join or to reach the rep; another
// app asked for; the buyer's number asked with its dialling code; a contact to be looked up on a page ("见主页");
// the price on a messenger made the binding one; an app account given with its ID label only; the buyer asked to write
// first on an app; a green chat app described in Chinese. The look-alikes pass: a mass mailing (群发), a QR code printed
// on the goods, an app that runs the product, an order number to be looked up in the order, the Trade Assurance order
// as the binding price, and an ID the buyer is asked to check on the platform.
const passes: Array<[string, string]> = [
  ['a mass mailing is no group', '我们每月群发一次新品目录邮件，也邀请您参加广交会，展位号 11.2 B05。'],
  ['a QR code printed on the goods', 'The QR code printed on each carton links to the warranty page, scan it after delivery to register.'],
  ['an app that runs the product', 'Do you have another app for the smart plug? Ours pairs in the Tuya app within a minute.'],
  ['an order number to be looked up in the order', '运单号见信保订单详情页，物流信息每天更新。'],
  ['the Trade Assurance order as the binding price', '最终价格以信保订单为准，下单前我再确认一次运费。'],
  ['an ID checked on the platform', 'Please check your Alibaba member ID in the account settings, we need it for the order.'],
];
const leaks: Array<[string, string]> = [
  ['a group of distributors the buyer is pulled into', '我们有个中东经销商群，几百个同行天天报价，我拉您进群看看。'],
  ['a bosses group the buyer is invited to', '我们刚建了个老板交流群，您想不想进来？'],
  ['a community the buyer is added to, in English', 'I can add you to our wholesale buyers community, restock alerts go out there first.'],
  ['a code on a catalogue page scanned to join', 'Scan the code at the bottom of page 3 of the brochure and you join our clearance group.'],
  ['a code in a product photo said to be personal, mixed', '扫一下第二张产品图角落里的二维码，是我个人的，细节那边聊。'],
  ['a code in the price list picture that is the rep\'s own', 'The QR code on the price list picture is my private one, scan it when you are free.'],
  ['another app asked for to chat on', 'Messages here keep lagging, is there a different app we could chat on?'],
  ['the buyer\'s number asked with the country code', 'Could you give me your country code and phone? Our engineer in Riyadh will call you.'],
  ['the number asked with its area code, in Chinese', '方便告诉我您的区号和电话吗？我们当地的同事联系您。'],
  ['a contact to be looked up on the homepage', '我们的微信号见店铺首页横幅，加的时候备注型号。'],
  ['the price on WeChat made binding', '平台上的价格不是最新的，一律以微信上的报价为准。'],
  ['the price on WhatsApp made binding, in English', 'Ignore the listing price, the quote I sent you on WhatsApp is the final one.'],
  ['an app ID with letters only', 'Our Telegram username is hengtaiparts, the team answers within minutes.'],
  ['one ID for two slang app names', '纸飞机或者绿泡泡都行，账号都是 hengtaiparts'],
  ['the buyer asked to write first on an app', '您方便的话先在 WhatsApp 上给我留个言，我把视频传过去。'],
  ['a green chat app described in Chinese', '有问题到那个绿色气泡的聊天软件上找我，号码和这里的一样。'],
];

describe('groups, codes in pictures, other apps, app IDs and prices made binding on an app', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
