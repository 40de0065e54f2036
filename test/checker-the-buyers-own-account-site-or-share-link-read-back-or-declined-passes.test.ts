import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// What the buyer gave, read back by the rep: the buyer's own messenger account or social handle ("your Skype …", "您留言
// 里的 Line …"), the buyer's website ("your website www.…"), a link or share the buyer sent ("the link you sent",
// "thanks for the Dropbox link", "您发的链接"), a messenger link of the buyer's declined in its line, or the app asked
// for answered with "we're online right here". None is the rep giving a contact. The rep's own account, site or link,
// or an add or a call to the buyer's, stays a leak.
const passes: Array<[string, string]> = [
  ['the buyer\'s Skype noted, calls kept on Alibaba', 'Your Skype live:anna.k_design is noted, but our meetings run on Alibaba video call. Tuesday 4pm your time?'],
  ['the buyer\'s Instagram handle admired', 'We checked your Instagram @bloom.candles_uk — beautiful jars! Our amber 200ml would suit them, MOQ 1000.'],
  ['您留言里的 Line', '您留言里的 Line sunny_trade77 我们就不加了哈，报价我直接发这里。'],
  ['the buyer\'s website', 'Your website www.baltic-home.lt looks very professional. What quantity should I quote for the oak boards?'],
  ['贵司官网', '贵司官网 www.alpina-tools.ch 我看了，你们做的园林工具我们都能配套，先发您目录。'],
  ['the link the buyer sent, not opening', 'The bit.ly link you sent me doesn\'t open on our side, could you paste the product photo here?'],
  ['thanks for the form, specs asked here', 'Thanks for the survey form (forms.gle/Qx81k), but we can\'t fill in outside forms; please list the specs in this chat.'],
  ['the buyer\'s Dropbox link, files asked here', 'Thanks for your Dropbox link. Our IT blocks external drives, so please attach the drawings here in the chat.'],
  ['您发的网盘链接，文件请在这里传', '您分享的百度网盘链接我们公司打不开，麻烦直接在聊天窗口里上传图纸，20M 以内都可以。'],
  ['the buyer\'s Telegram link declined', 'Your Telegram link t.me/marco_imports — thank you, but we only chat on Alibaba. The video is coming here.'],
  ['您发的 WhatsApp 链接，不加', '您发的 wa.me/393471234567 我们这边不加哈，平台规定只能在阿里上沟通。'],
  ['the app asked for, answered with online here', 'You asked for our Viber last week — no problem, we\'re online right here 9am to 10pm, just write anytime.'],
  ['您之前要微信，我们在旺旺上在线', '您之前要我们的微信，我们每天都在旺旺上在线，直接这里留言就行。'],
  ['the buyer\'s number read back as theirs', 'Viber +48 601 555 732 — that\'s yours, right? We don\'t contact buyers there, but I answer here within the hour.'],
  ['您签名上的电话', '您签名上的电话 +48 601 555 732 我们就不打了，有问题直接这里说。'],
  ['您询盘里的 Telegram', '您询盘里的 Telegram sasha_parts77 我们这边不加哈，报价都发这里。'],
  ['微信二维码不扫', '您名片上的微信二维码我们就不扫了，所有沟通都在阿里上。'],
  ['您的邮箱不发邮件', '您的邮箱 olga.k@mail.ru 我们就不发邮件了，合同直接传到信保订单里。'],
  ['领英加了我，还是在阿里上说', '谢谢您在领英上加我，不过报价的事我们还是在阿里上聊。'],
  ['we will not call or message the buyer there', 'Your phone stays on the waybill for the courier only; we will not call or message you on WhatsApp.'],
];

const leaks: Array<[string, string]> = [
  ['the rep\'s own Skype', 'My Skype is live:rep.lin_88, add me and we can talk tonight.'],
  ['the rep adds the buyer\'s WeChat', '加您的微信 wxid_buyer2024 了，通过一下哈。'],
  ['the rep\'s own site beside the buyer\'s link', 'The link you sent is old; visit our site www.hengda-tools.com for the full catalogue.'],
  ['the rep\'s own WhatsApp link', 'Here is your WhatsApp link to reach me: wa.me/8613812345678'],
  ['the rep sends files to the buyer\'s drive', 'I will upload the files to your Google Drive folder tonight.'],
];

describe('the buyer\'s own account, site or share link read back or declined passes', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
