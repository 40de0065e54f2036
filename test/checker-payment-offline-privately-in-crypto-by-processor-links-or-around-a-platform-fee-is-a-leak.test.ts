import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Payment moved off the platform in words the earlier rules missed: another method the seller takes (crypto, Wise),
// a wallet address, a processor's own link or invoice, offline or private payment, a red packet, cash at the factory,
// direct transfer as the only way, the platform's route surcharged, half of the order paid around it, an account said
// to differ from the platform's, and another way to pay because the platform's fee is high. The look-alikes pass:
// a refusal of those methods, an offline shop to visit, a platform coupon, a platform fee only complained of, a
// product that takes wallets, and a warning against processor links.
const passes: Array<[string, string]> = [
  ['crypto refused', '抱歉，USDT 和西联我们都不收，请在信保订单里付款。'],
  ['an offline showroom to visit', '我们线下展厅也有样品，欢迎来看，下单照样走信保。'],
  ['a platform coupon', '平台红包可以直接抵扣运费，下单时自动使用。'],
  ['a platform fee complained of, the price kept', 'Alibaba fees are too high for us to lower the price again, sorry, this is our best offer.'],
  ['a platform fee complained of, the order kept', '平台手续费挺高的，不过我们还是走信保，价格已经含了。'],
  ['a kiosk that takes wallets', 'The kiosk accepts Alipay, WeChat Pay and bank cards out of the box.'],
  ['a warning against processor links', 'Never pay a Stripe or PayPal link someone sends you; only pay inside the Alibaba order.'],
  ['private phone calls declined', '私下打电话平台就管不了了，我们还是在这里沟通吧。'],
];
const leaks: Array<[string, string]> = [
  ['a crypto method the seller takes', 'We also accept USDT for the balance if that is easier for you.'],
  ['a crypto method accepted, in Chinese', '比特币我们也收，汇率按当天算。'],
  ['a wallet address', 'Our ERC20 address is below, send the deposit there.'],
  ['a processor invoice', 'I will email you a PayPal invoice for the sample, much simpler than an order here.'],
  ['offline payment for the rest', '定金在平台付，剩下的款线下给我们就行。'],
  ['offline payment for big orders', '金额超过一万美金的话走线下，我们再让两个点。'],
  ['private transfer for half the order', '信保订单只做一半，另一半私下转账给工厂。'],
  ['the deposit to a domestic account', '先把定金打到我们国内账户，我们马上排产。'],
  ['a red packet for the sample fee', '样品费不多，发个微信红包给我们就行。'],
  ['cash at the factory', 'You can just pay us cash when you come to the factory next month.'],
  ['direct transfer as the only way', 'For the first order we take direct bank transfer only.'],
  ['the platform\'s route surcharged', '在阿里下单要加 4%，直接打款就按原价。'],
  ['an account differing from the platform\'s', 'Our account in Shenzhen is different from the one on Alibaba, please remit to this one.'],
  ['another way to pay because of the platform fee', 'The Trade Assurance fee is too high, just pay us by Wise and save it.'],
  ['another way to pay because of the platform fee, in Chinese', '阿里的手续费太高了，您直接转账给我们吧。'],
];

describe('payment offline, privately, in crypto, by processor links or around a platform fee', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
