import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Leaks that name no messenger or phone: an email spelled with any country's two-letter domain; an account or payment
// said to go round the platform, in one language or two; the buyer's usual or social app asked for, or the talk moved
// to any or another app; the buyer's contact asked with "give me" and a marketing reason in the next sentence; the
// rep's line to call with the document its number is printed on. The buyer's own customers' apps, app icons to print,
// a refusal and the courier's number stay legitimate.
const passes: Array<[string, string]> = [
  ['zh, the apps of the buyer\'s own customers', '您的顾客一般用什么社交软件？我们的吊牌可以印对应的图标。'],
  ['en, app icons printed on goods', 'Your favourite chat app logos can go on the mug wrap, MOQ 300.'],
  ['en, another app refused', "Sorry, we can't talk on any other app you like, only here on Alibaba."],
  ['zh, the account only in the order', '我们的账户只在信保订单里显示，不走平台的付款我们不接受。'],
  ['en, a booth number with a spelled dot', 'We are at hall 9 dot 2, stand C14, see you at the fair.'],
  ['en, the courier\'s number on the waybill', 'Please ring the courier, the number is on the waybill in the parcel.'],
  ['en, the buyer\'s email for the invoice', 'Could you share your email for the commercial invoice? Our logistics team will attach the customs papers to the order.'],
];
const leaks: Array<[string, string]> = [
  ['a Czech mailbox spelled out', 'pište na obchod at sklarnalux dot cz, pošlu ceník'],
  ['a Romanian mailbox spelled out', 'send the RFQ to vanzari at mobilacasa dot ro'],
  ['an account for later orders round the platform', 'For your next orders (not through Alibaba) our account: HSBC, acct 808-123456-838'],
  ['mixed, the platform skipped', '尾款直接 wire 给我们就行，no need 走 Alibaba，省点手续费'],
  ['pt, the platform skipped', 'Se pagar por transferência direta dou 3% de desconto, sem passar pelo Alibaba'],
  ['zh, the buyer\'s usual chat app asked', '您一般用什么聊天软件？我们换到那边聊更快'],
  ['mixed, another app', 'Alibaba 太慢了, can we chat on 其他 app?'],
  ['en, any app the buyer likes', "We can talk on whatever app you prefer, just tell me which one."],
  ['en, the buyer\'s favourite app', 'Tell me your usual messaging app and I will ping you there.'],
  ['mixed, contact for marketing in the next sentence', 'Can you 把 phone 和 email 发我一下?\n我们 marketing team 每月推 new arrivals'],
  ['en, the line to call and where its number is', 'For spare parts just ring my mobile, the number is printed on the invoice in the box.'],
];

describe('an account round the platform, a country domain spelled out and any other app asked for are leaks', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
