import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Contacts given by reference rather than typed plainly, and asks whose purpose is to reach the buyer off the platform:
// - the rep's number said to be a code the buyer sees ("my WhatsApp is the same as the item number", "手机号就是货号去掉
//   字母") or a number in a picture's watermark said to be the rep ("水印上那个号码就是我", "that number is mine");
// - a contact said to be on a page of the seller's named in other words (公司介绍页, 关于我们, "the about page");
// - the rep's account on another app, however the app is named, given as a display name or "the same as here";
// - the buyer's number asked so the rep can text, message or call them; where to find or tag the buyer on an app;
// - a video platform's channel of the seller's (优酷, Vimeo) like any social channel; an urgent line in an auto-reply;
// - a number read aloud in spoken Arabic (اتنين، تلاتة، تمانية, the feminine ending typed as ه).
// Codes, pictures and pages named without the rep's contact, and couriers texting the buyer, pass.
const leaks: Array<[string, string]> = [
  ['WhatsApp same as the item number', 'Our WhatsApp is the same as the item number on the label, just drop the letters: TX-2087-6543-210'],
  ['手机号就是货号', '我的手机号就是这款的货号去掉字母，您看下详情页就知道 😉'],
  ['水印上的号码是我', '主图左下角水印里那串数字就是我的私人号码哈'],
  ['watermark number is mine', 'Zoom into the watermark on photo 4, the number there is my own line'],
  ['about-us page', '我们的联系电话都在关于我们页面写着，您往下翻就能看到'],
  ['the about page', 'My mobile is on the about page of our site, scroll to the bottom'],
  ['same name as here, zh', '那个绿色的聊天软件上我的昵称跟阿里上一样，搜一下就有'],
  ['on there as, en', 'The app with the purple phone icon, I\'m on there as "Mia Ceramics"'],
  ['number asked, then a call', 'Could I get your mobile number? We\'ll call you to confirm the colours tomorrow'],
  ['手机号多少，打给您', '您的手机号码是多少？我们明天直接打给您确认'],
  ['where to tag the buyer on TikTok', 'Where can we find you on TikTok? We want to tag your shop in our video'],
  ['Vimeo channel searched', 'The factory tour is on our Vimeo channel, just search our company name there'],
  ['urgent line in an auto-reply', 'Auto-reply: we are at the Canton Fair until 20 Oct. For urgent matters 0917 555 0123'],
  ['spoken Arabic digits', 'رقمي صفر تسعه تمانيه، خمسه سته سبعه، اتنين تلاته اربعه واحد'],
];
const passes: Array<[string, string]> = [
  ['SKU same as model', 'The SKU number is the same as the model number, 2201-335'],
  ['watermark is the brand', '产品图片右下角的水印是我们的品牌名，不是联系方式'],
  ['about page shows certificates', 'Our company page shows the factory address and certificates'],
  ['the courier texts the buyer', 'What\'s your cell for the consignee? The courier will text you the tracking.'],
  ['urgent order number', 'Urgent order 2023 1234 5678 ships today'],
  ['a projector plays video apps', '这款投影仪支持优酷、爱奇艺等 app'],
  ['Arabic prices in words', 'عندنا تلاتة موديلات وسعر القطعة خمسة دولار'],
];

describe('a number passed off as a code or watermark, an account by the same name as here, and asks to text or tag the buyer are leaks', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
