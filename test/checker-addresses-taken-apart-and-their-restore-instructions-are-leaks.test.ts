import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// A web or mail address taken apart so no filter sees it (spaced letters, odd separators, "company name + .com"),
// or written with stand-ins and an instruction to restore it: the buyer still gets the address (briefing: 引导买家
// 到站外). Real links, and "replace" or "remove the spaces" about the goods, are not addresses.
const leaks: Array<[string, string]> = [
  ['a domain in spaced letters', 'All 300 models are on our own site: w w w . hengda pumps . n e t'],
  ['a domain with a modifier-letter separator', '独立站下单更便宜：wwwˌhengdapumpˌcn'],
  ['www and 点 as words apart', '阿里店铺只放了一部分，会员价在 www 点 hengda-pump 点 com'],
  ['the company name in pinyin plus .com', '您在浏览器输入我们工厂名的拼音加 .cn 就能看到全部型号'],
  ['the company name in English plus .com', 'Our site is simply our company name in English plus .com, easy to remember.'],
  ['bars to be replaced with @ and a dot', 'Write to my colleague: mei.zhou｜hengdapump｜cn (replace the bars with @ and dot).'],
  ['把#换成@', '邮箱 sales#hengdapump.cn，把#换成@就行'],
  ['a site label and a hyphen-spelled name', 'Full range on our site: h-e-n-g-d-a-p-u-m-p . net'],
  ['a domain with the space to remove', 'Full price list at hengdapump .com (remove the space).'],
  ['the homepage URL said to be on a card', 'Please visit our homepage for the whole range, the URL is on our business card photo.'],
];

const passes: Array<[string, string]> = [
  ['the platform’s own address', 'Please visit www.alibaba.com and open your Trade Assurance order to pay.'],
  ['replacing a part of the product', 'Please replace the filter with a new one every three months.'],
  ['removing the spaces in grout', 'Remove the spaces between the tiles before grouting, then seal them.'],
  ['web design with domain endings', 'The website design, com and net versions are both ready for your approval.'],
  ['我们公司名 without a domain', '我们公司名的拼音是 Hengda，和品牌一样。'],
];

describe('addresses taken apart and restore instructions', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});

// The seller's own site, portal or map listing pointed at without an address: "head over to our company website",
// "our new B2B portal, register there", "we're on Google Maps, all our details are there".
describe('own sites, portals and map listings pointed at', () => {
  itPassesAndStillLeaks(
    checker,
    [
      ['the Alibaba store page', 'Head over to our Alibaba store page to see the full range.'],
      ['a map of the port', 'The port of Ningbo is easy to find on Google Maps, 40 km from us.'],
    ],
    [
      ['head over to our website', 'For the full range, head over to our company website, the address is on our store banner.'],
      ['a portal to register on', 'Our new dealer portal is live, register there for the wholesale prices.'],
      ['Google Maps with our details', 'We are on Google Maps as Hengda Pump Works, all our contact details are there.'],
    ],
  );
});

// The rep's contact put into a picture, video or file instead of the text.
describe('contacts put into pictures and files', () => {
  itPassesAndStillLeaks(
    checker,
    [
      ['a logo in the product photo', 'We added your logo in the product photo as you asked.'],
      ['refusing to put it in a picture', '我们不会把联系方式放在图片里，平台不允许'],
    ],
    [
      ['my number in the product photo', 'Alibaba doesn’t allow contacts in chat, so I put my number in the second product photo.'],
      ['微信号放在主图里', '我把微信号放在主图里了，您放大看一下'],
    ],
  );
});

// The rep's phone or email pointed at on a page instead of typed.
describe('contacts pointed at on a page', () => {
  itPassesAndStillLeaks(
    checker,
    [
      ['the buyer’s contact on the order page', '您的联系方式在订单页面可以修改'],
      ['the platform’s service line', 'Alibaba customer service phone is on the help page.'],
      ['products on the store page', 'Our products are all on our store page.'],
    ],
    [
      ['phone and email on the Contact Us page', 'You’ll find our phone and email on our store’s Contact Us page.'],
      ['点进去就能看到电话', '我们的联系方式都挂在公司简介页面，点进去就能看到手机和微信'],
    ],
  );
});

// Files fetched from the seller's own site or server, or already sent from its mailbox.
describe('files from the seller’s own site or mailbox', () => {
  itPassesAndStillLeaks(
    checker,
    [
      ['an app from the App Store', 'Download the app from the App Store to pair the lamp.'],
      ['the invoice from our company mail', 'I sent the invoice from our company mail for customs.'],
    ],
    [
      ['the catalogue from our website', 'Download the catalogue from our website’s download center.'],
      ['the price list from our company mail', 'Check your spam folder, we sent the price list from our company mail.'],
    ],
  );
});
