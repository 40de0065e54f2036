import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Payment outside the platform's order (briefing: 拒绝买家使用线上交易): bank details naming a person or a personal bank
// card as payee, a fee avoided by paying another way, and "don't place the order on Alibaba" before paying a company
// account even after "to keep it simple". A company as beneficiary on a Trade Assurance page, the buyer's own card and
// a fee saved within Trade Assurance are not.
const leaks: Array<[string, string]> = [
  ['a person as beneficiary', 'Deposit details: Beneficiary: ZHOU MEI, Bank: Bank of Communications, Ningbo branch.'],
  ['户名 a person', '定金请打到：户名 周梅，开户行 工商银行宁波分行'],
  ['a personal card number', 'For the sample fee, card no. 6217 0000 1234 5678 901, ICBC.'],
  ['a fee avoided by wire', 'To skip the 2.9% charge, just pay by wire transfer and we ship the same day.'],
  ['省手续费直接转账', '为了省手续费，您直接转账到我们这边就行'],
  ['keep it simple, pay our company account', 'To keep it simple, no need to order on Alibaba, you pay to our company account.'],
];

const passes: Array<[string, string]> = [
  ['a company as beneficiary', 'Beneficiary: Ningbo Hengda Pump Co., Ltd, Bank of China, for the Trade Assurance T/T.'],
  ['the buyer’s own card', 'Your credit card number 5500 0000 0000 0004 was declined on the order page, please try another card.'],
  ['a fee saved within Trade Assurance', 'To avoid the bank fee, pay in USD through Trade Assurance.'],
];

describe('a person or a personal card as payee, and a fee avoided', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});

// Other routes around the order: PayPal friends and family even a sentence after the name, a money-transfer service,
// a staff member as receiver, the seller's own payment link at lower fees, and the next order placed directly.
describe('PayPal F&F, money transfer, staff receivers, own payment links and direct orders', () => {
  itPassesAndStillLeaks(
    checker,
    [
      ['a direct order on Alibaba', 'Please place the order directly with us on Alibaba via Trade Assurance.'],
      ['the warehouse manager receives goods', 'The recipient is our warehouse manager, Mr. Wang will sign for the goods.'],
      ['the Alibaba payment page', 'Please pay through our Alibaba payment page, no extra fee.'],
      ['PayPal F&F warned against', 'Never pay anyone by PayPal friends and family, it has no protection.'],
    ],
    [
      ['PayPal, then friends and family', 'Could you send the sample fee by PayPal? Friends and family please.'],
      ['settle via Western Union', 'Kindly settle the balance via Western Union, we ship after that.'],
      ['our cashier as receiver', 'The receiver name is our cashier Ms. Zhou, bank details follow.'],
      ['our own payment link', 'We can take payment through our own payment link, lower fees than Alibaba.'],
      ['the next order straight with us', 'Next time place the order straight with us by email and we will invoice you.'],
      ['直接跟我们下单', '下次您直接跟我们下单，价格再低一点'],
    ],
  );
});

// The platform said to be unneeded for paying ("pay us by bank transfer, no need for Alibaba"), unless it is a warning.
describe('paying with the platform said to be unneeded', () => {
  itPassesAndStillLeaks(
    checker,
    [['a warning about paying without Trade Assurance', 'Without Trade Assurance you have no protection, so please don’t pay by wire outside it.']],
    [
      ['no need for Alibaba', 'Next time you can pay us by bank transfer, no need for Alibaba.'],
      ['skip Trade Assurance, then pay', 'Skip the Trade Assurance order this time and pay the deposit by T/T.'],
    ],
  );
});

describe('bank details on the seller’s own PI', () => {
  itPassesAndStillLeaks(
    checker,
    [['the Trade Assurance order page', 'Our bank details are on the Trade Assurance order page, pay there.']],
    [['our HSBC details on the PI', 'Our HSBC details are on the PI, please wire the full amount there.']],
  );
});

describe('the seller’s own account said to be fine', () => {
  itPassesAndStillLeaks(
    checker,
    [['our Alibaba account', 'Our Alibaba account is fine, the order went through.']],
    [['our HK account is fine', 'We never ask buyers to pay outside Alibaba. For this order though, our HK account is fine, see PI.']],
  );
});

describe('the order sent by email', () => {
  itPassesAndStillLeaks(
    checker,
    [['a PO emailed for a Trade Assurance order', 'Please send your PO to our email and we will create the Trade Assurance order on Alibaba.']],
    [
      ['the next PO to our email', 'For the next order, send your PO to our email and we will arrange production directly.'],
      ['订单发到邮箱', '下次的订单直接发到我们邮箱就行，我们安排生产'],
    ],
  );
});

describe('the order taken past the platform in Chinese', () => {
  itPassesAndStillLeaks(
    checker,
    [['a refund without the service desk', '退款不用通过平台客服，直接在订单里申请就可以']],
    [['订单不用通过平台', 'Hi Maria, 以后订单 directly 找我就行, 不用通过平台, price 更好.']],
  );
});
