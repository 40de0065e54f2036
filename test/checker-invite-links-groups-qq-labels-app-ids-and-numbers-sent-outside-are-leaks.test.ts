import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Missed-leak classes found on drafts-t (written blind, fifteenth session), each beside the legitimate text that must
// still pass: a Discord invite link; joining the seller's Facebook group (社团/社團, Traditional Chinese too); QQ by its
// one-letter label in a signature; an app's account after "add me" or "ID"; the rep's number given by text message;
// the seller's own site's chat or service desk as where to ask; an address spelled with "Punkt"; Italian "scrivermi su
// WhatsApp" (on WhatsApp), where Spanish "su número" is the buyer's own; the rep's contact pointed at on a waybill, in a
// quotation's header or in a picture's watermark.
const passes: Array<[string, string]> = [
  ['a game shop name', 'Our gaming chairs ship from Ningbo, 50 pcs MOQ, USD 65/pc, black or red.'],
  ['the Facebook group of the buyer, no join', '您说的FB社团我们没有，产品图都在这个对话里，您看一下。'],
  ['a Q&A heading', 'Q: What is the MOQ?\nA: 500 pcs per colour, 25 days production.'],
  ['WeChat Pay on a POS', 'Our POS terminal supports WeChat Pay and Alipay, model P20, USD 86/pc for 100 pcs.'],
  ['save the file', 'Please save the drawing as PDF and send it here in this chat.'],
  ['the store page service button', '阿里巴巴店铺首页有在线客服按钮，您点一下就能找到我们。'],
  ['Spanish: call your own number', 'El mensajero puede llamar a su número +34 612 345 678 para confirmar la entrega.'],
  ['the receiver number on the waybill', '收件人电话我已经写在快递面单上了，快递员派送前会联系您。'],
  ['the live chat on Alibaba', 'The live chat on Alibaba is watched 24/7 by our team, ask anytime.'],
];
const leaks: Array<[string, string]> = [
  ['a Discord invite', 'We made a reseller server, invite link: discord.gg/cupsResellers — join and say hi.'],
  ['join our FB group', '歡迎加入我們的FB社團「杯業批發團」，新款每週都發在社團裡。'],
  ['QQ in a signature', '有问题随时联系。\n王丽 | 外贸部\nQ：2843 1190 57'],
  ['an ID after the app', 'If it is easier, voice call me on WeChat, ID is my name plus birthday Kevin0612.'],
  ['texted from my mobile', "I've just texted you from my mobile so you have my number, call it if the truck is late."],
  ['the site chat, in Chinese', '我们官网上有在线客服，您也可以去那边咨询价格。'],
  ['the site live chat', 'If it is urgent, please use the live chat on our official website, it is staffed 24/7.'],
  ['an address spelled with the German Punkt', 'Gerne per E-Mail: vertrieb (at) ningbo-tools (punkt) de, mein Kollege spricht Deutsch.'],
  ['Italian: write me on WhatsApp', 'Per qualsiasi dubbio può scrivermi su WhatsApp al +86 139 0571 2283.'],
  ['my number on the waybill', '我手机号就在上次寄样品的快递面单上，寄件人那一栏，您有空打给我。'],
  ['the mail in the quotation header', 'For further talks kindly revert to my official mail ID which is mentioned in the header of the attached quotation.'],
  ['the site address in a picture watermark', '我们官方网站的网址在营业执照那张图片下面的水印上，您可以去看看。'],
  ['a text message in Chinese', '我刚才用我自己的手机给您发了一条短信，您存一下我的号码，有急事直接打。'],
];

describe('invite links, groups, QQ labels, app IDs and numbers sent outside are leaks', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
