import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Telling the buyer NOT to use another channel, or refusing to pay outside the platform, names the channel only to
// rule it out (FAQ 一). Written in new words, in Chinese, English and the buyers' languages.
const passes: Array<[string, string]> = [
  ['请勿 before an ask verb', '麻烦请勿在对话里留手机号，系统会屏蔽，规格问题直接在这儿问我就行。'],
  ['别 before an ask verb', '别发邮箱了，样品视频我稍后直接传到这里。'],
  ['不要 before adding an app', '请不要加我们微信哦，订单和售后都在阿里巴巴上处理。'],
  ['请勿 before an app name', '请勿添加任何自称我司员工的 QQ，我们只用国际站沟通。'],
  ['the platform named as what forbids the app', 'Apologies, Alibaba does not let us exchange Telegram contacts. I am here every day from 8am to 10pm.'],
  ['we are not allowed to share it', 'Dear friend, we are not allowed to share Skype IDs, so please send the drawing in this chat.'],
  ['the buyer\'s ask reported, the refusal in the next sentence', 'You asked for our WeChat. Unfortunately we cannot give it out, but I reply here within an hour.'],
  ['您要我的微信, refused next sentence', '您要我的微信。不好意思，不方便给，有问题在这里留言我马上回。'],
  ['Turkish negative imperative', 'Lütfen WhatsApp numaranızı mesaja eklemeyin, sorularınızı burada yanıtlıyoruz.'],
  ['Turkish: we do not use it', 'Telegram kullanmıyoruz, sipariş detaylarını burada konuşalım.'],
  ['French: merci de ne pas', 'Merci de ne pas partager votre numéro WhatsApp ici, nous répondons sur Alibaba.'],
  ['French: nous n\'utilisons pas', "Nous n'utilisons pas Telegram, restons sur Alibaba pour la commande."],
  ['Spanish: no nos envíe', 'Por favor no nos envíe su WhatsApp, preferimos responder en este chat.'],
  ['Portuguese: não compartilhe', 'Por favor, não compartilhe seu número de WhatsApp, respondemos pelo Alibaba.'],
  ['Vietnamese: only on Alibaba with a verb between', 'Dạ anh muốn nhắn qua Zalo nhưng bên em chỉ hỗ trợ trên Alibaba thôi ạ.'],
  ['refusing a discount for paying outside', 'Sorry, we cannot offer a lower price for paying outside the platform; Trade Assurance protects your money.'],
  ['refusing payment outside, with a button to order', 'We do not accept payment off Alibaba. Please use the Start Order button and pay by card there.'],
  ['Chinese refusal after the noun', '不好意思，私下转账我们这边不接受，请直接在平台下单付款。'],
  ['telling the buyer not to pay outside', 'Never wire the deposit to a private account off the platform; pay only through Trade Assurance.'],
  ['请勿向站外账户付款', '温馨提示：请勿向任何站外个人账户转账，所有款项都走信用保障。'],
  ['the buyer\'s request reported, then everything stays here', 'The client asked for our Viber; I told him all our messages stay on Alibaba.com.'],
];

// The same words where the rep still invites, asks or steers: still a leak.
const leaks: Array<[string, string]> = [
  ['别忘了 (don\'t forget) is no prohibition', '别忘了加我微信 lily_2024，图片在朋友圈。'],
  ['不要犹豫 (don\'t hesitate) is an invitation', '不要犹豫，发个手机号给我，我们马上联系您。'],
  ['n\'hésitez pas is an invitation', "N'hésitez pas à m'écrire sur WhatsApp au +33 6 12 34 56 78."],
  ['the platform\'s payment named only as skipped', 'Pay us directly by bank transfer, no need for Trade Assurance, it saves you the fee.'],
  ['a refusal of offline payment turned into an offer', '线下付款不能走信保，但是可以便宜5%，您考虑一下。'],
  ['a reported ask answered with the number', 'You asked for my WhatsApp. Here it is: +86 139 2222 3333'],
  ['an invitation whatever stays here', 'Add my Viber please, all other communication stays on Alibaba.'],
];

describe('drafts that forbid or refuse an off-platform channel or payment pass; invitations still block', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
