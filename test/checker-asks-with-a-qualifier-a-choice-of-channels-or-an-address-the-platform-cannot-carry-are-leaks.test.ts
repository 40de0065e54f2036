import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Asking for the buyer's contact (briefing: 主动索要联系方式) in wordings the ask rules missed: a qualifier between the
// pronoun and the contact word, "an email address" for a file the platform will not carry, and a choice of channels
// offered. An address an order step needs (invoice, customs, the waybill) stays allowed (FAQ 二).
const leaks: Array<[string, string]> = [
  ['您的公司邮箱是', '以后的图纸我都发邮件给您，请问您的公司邮箱是？'],
  ['您的手机号能发我', '您的手机号能发我一下吗？我们老板想直接跟您聊。'],
  ['an email address for a big video', 'The test video is 200MB and Alibaba can’t send it, could you give me an email address to send it?'],
  ['a choice of channels', 'Where can I send the new price list? Email or WhatsApp, whatever you like.'],
  ['邮箱还是微信都行', '新品图册我每月更新，发您邮箱还是微信都行，您选'],
];

const passes: Array<[string, string]> = [
  ['an email address for the invoice', 'Could you give me an email address for the commercial invoice? Customs needs it.'],
  ['您的公司邮箱 for the invoice', '请问您的公司邮箱是多少？发票需要寄过去。'],
  ['the waybill phone, either is fine', 'For the DHL waybill I need a phone or email of the consignee, whichever you prefer.'],
];

describe('asks with a qualifier, a choice of channels, or an address the platform cannot carry', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});

// Asking which other chat app the buyer is on, the best number to reach them, or their personal contact (which no order
// step needs, even when an invoice is named beside it). An app that runs the product and the courier's number stay allowed.
describe('asks for the buyer’s other app, best number or personal contact', () => {
  itPassesAndStillLeaks(
    checker,
    [
      ['the waybill’s best number', 'For the FedEx waybill, what is the best number to reach you on delivery day?'],
      ['the best time here', 'What is the best time to reach you here on Alibaba?'],
      ['never asking for a personal email', 'For your security, we never ask for your personal email or phone; everything stays in this chat.'],
      ['您的个人信息 kept private', '您的个人信息我们会保密，订单信息都在平台上'],
    ],
    [
      ['what other app', 'Which other app are you using? This chat drops my pictures.'],
      ['which chat tool', 'Which chat tool do you prefer? We can use yours.'],
      ['the best number to reach you', 'Thanks for the inquiry on Alibaba. Our engineer will call you, what is the best number to reach you?'],
      ['a personal email beside the invoice', 'Your sample ships tomorrow. Please give me your personal email so I can send the invoice and our new offers.'],
      ['您的私人手机', '方便的话留一下您的私人手机，我们经理想直接跟您聊'],
    ],
  );
});

// Moving the talk to email or the phone, or asking whether the buyer has a personal number.
describe('moving the talk to email or phone', () => {
  itPassesAndStillLeaks(
    checker,
    [['email for the invoice', 'Can we switch to email for the invoice? Customs needs a PDF.']],
    [
      ['switch to email', 'Can we switch to email? This chat is not convenient for attachments.'],
      ['a personal number', 'Do you have a personal number? Our boss wants to call you.'],
    ],
  );
});

describe('the buyer put on a marketing list', () => {
  itPassesAndStillLeaks(
    checker,
    [['never added to a list', 'We never add your email to a mailing list, don’t worry.']],
    [
      ['customs, and the newsletter too', 'Customs clearance needs your email, and we will also add you to our newsletter.'],
      ['加到群发名单', '我把您的邮箱加到我们的客户群发名单里，以后有新品第一时间通知'],
    ],
  );
});

describe('a colleague to call directly, or their number sent privately', () => {
  itPassesAndStillLeaks(
    checker,
    [
      ['the courier calls the consignee', 'The courier will call him directly before delivery.'],
      ['a driver’s phone for the delivery', '您联系他的手机就行，他是DHL的司机'],
    ],
    [
      ['call him, his number by PM', 'Hi Peter, 报价附上。我们老板明天去迪拜, 你可以直接 call him, 他的 number 我 PM 给你.'],
      ['call our engineer directly', 'For the installation, call our engineer directly on his mobile, he speaks English.'],
    ],
  );
});
