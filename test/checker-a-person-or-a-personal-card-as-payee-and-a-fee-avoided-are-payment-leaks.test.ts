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
