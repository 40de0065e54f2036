import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// Type two of the violation (拒绝买家使用线上交易) in wordings the older rules missed: the money itself as the subject
// ("the deposit can go straight to ..."), a bank's name between "our" and "account", the seller's own PayPal,
// the platform's order skipped or replaced while paying, the fee saved by paying direct, an account pointed at in
// the draft or named by its holder.
const leaks: Array<[string, string]> = [
  ['the deposit as the subject, our factory account', "The deposit can go straight to our factory's bank account, we will send the PI with the account info."],
  ['a bank name between our and account', 'Pay the balance to our Bank of China account directly and we ship the same day.'],
  ['the money to the owner’s HSBC account', "Kindly arrange the 30% advance to the account below, it's our owner's HSBC account in Hong Kong."],
  ['the company account in China, TA too slow', 'Deposit via Alibaba is too slow, can you transfer the deposit to our company account in China?'],
  ['to a personal card, arrives faster', '货款可以直接转到我个人卡上，到账快一些。'],
  ['payment through the company account, fee too high', '这次付款走对公账户吧，平台手续费太高了。'],
  ['the seller’s own PayPal', 'PayPal is fine, please send as goods and services to our company PayPal.'],
  ['PayPal to the seller’s email', 'For orders under $500 please use PayPal to my email, Alibaba charges too much.'],
  ['PayPal account of the company, zh', '可以用PayPal付样品费，发到我们公司的PayPal账号。'],
  ['PayPal to me, zh', '样品费50美金，您PayPal给我就行，我发您账号。'],
  ['wire instead of the online order to avoid the charge', 'To avoid the service charge, kindly pay via bank wire instead of the online order.'],
  ['pt: direct to us to save the fee', 'Para economizar a taxa, pode transferir direto para nós.'],
  ['not using the Alibaba order this time', "Let's not use the Alibaba order this time, just T/T us the deposit."],
  ['no need to place an order on Alibaba', 'No need to place an order on Alibaba, just send the deposit to our account and we start production.'],
  ['not through the Alibaba checkout', 'Please pay via the bank details on our PI, not through Alibaba checkout.'],
  ['handled offline after paying', "After you pay, no need to confirm on Alibaba, we'll handle it offline."],
  ['no Alibaba order needed', 'Payment terms: 30% deposit by T/T to our bank (details in the attached PI), balance before shipment. No Alibaba order needed.'],
  ['an account pointed at with its holder, zh', '付款请直接打到下面这个账户：中国银行 6217 xxxx xxxx 1234 户名张伟'],
  ['es: in the name of our manager', 'Puede pagarnos por Western Union, a nombre de nuestro gerente.'],
];

const passes: Array<[string, string]> = [
  ['the account shown in the Alibaba order', 'The deposit goes to the account shown in the Alibaba order.'],
  ['a refund to the buyer’s account', 'We will refund the money to your account within 3 days.'],
  ['paying to a personal account forbidden', "Please don't pay to our personal account, only via Alibaba."],
  ['Trade Assurance never skipped', 'We never skip Trade Assurance, your payment is protected.'],
  ['no need to worry, Trade Assurance protects', 'No need to worry about the payment, Trade Assurance protects it.'],
  ['money received, zh', '我们已经收到您的定金，已到账。'],
  ['production after the money arrives, zh', '定金到账后我们安排生产。'],
  ['a colleague’s account on Alibaba', "Our manager's Alibaba account will send you the revised order."],
  ['PayPal on the checkout, not to my email', 'Please pay by PayPal on the Alibaba checkout, not to my email.'],
  ['a route named as not accepted', 'Western Union is not accepted; please use the Trade Assurance order.'],
  ['the balance in the same TA order', 'The balance is paid in the same Trade Assurance order before shipment.'],
];

describe('payment to the seller’s account or around the platform’s order', () => {
  for (const [name, text] of leaks) {
    it(`leak: ${name}`, () => {
      const r = checker.checkLocal(text);
      expect(r.leak, r.explain.join('\n')).toBe(true);
      expect(r.findings.some((f) => f.category === 'payment'), r.explain.join('\n')).toBe(true);
    });
  }
  for (const [name, text] of passes) {
    it(`passes: ${name}`, () => {
      const r = checker.checkLocal(text);
      expect(r.verdict, r.explain.join('\n')).toBe('pass');
    });
  }
});
