import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itLeaksWithSpansAndPasses } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Round S17: an account given right after a pretend decline, a condition ("unless you want to: …") taken for the buyer's
// words, and Trade Assurance priced up by a percentage or against a bank-transfer price. Written in new words.
const leaks: Array<[string, string]> = [
  ['pretend decline, then the WeChat id', 'Rules say no WeChat on Alibaba... that is ken_trade77 though, just add me.'],
  ['pretend decline, then the Telegram handle', 'Can\'t put my Telegram here, here it is: mia.parts2020'],
  ['平台不让，不过号是', '阿里不让留 WhatsApp，不过我的号是 amy-led99 哈，懂的都懂。'],
  ['"unless you want to" then the number', 'No calls needed. Unless you prefer it: +971 50 123 4567.'],
  ['TA with a plus percentage after "but"', 'Trade Assurance fine, but total +2.5% for the platform.'],
  ['TA with a plus percentage right after it', 'Trade Assurance +4% on the invoice value, bank TT no fee.'],
  ['two prices per route', 'Unit price via Trade Assurance: USD 1.85. Unit price via bank transfer: USD 1.78.'],
  ['two lead times per route', 'Trade Assurance orders ship in 40 days, TT orders ship in 25 because we get paid first.'],
  ['信保和TT交期不同', '信保单 40 天出货，TT 的话只要 25 天。'],
  // The way to find the account told instead of the account.
  ['搜公司全名找到我', '微信不方便直接给您，您搜一下我们工厂全名就能加到我。'],
  ['search our brand name to find me', 'I can\'t post my Telegram here, but search our brand name there and you\'ll find me.'],
  // Code-switched: the account word in English after a Chinese owner, and the platform skipped in English.
  ['打到我们公司 HSBC account', '定金 30% 直接打到我们公司 HSBC account 就行。'],
  ['不用走 Alibaba', '尾款不用走 Alibaba 了，直接转给我们。'],
];

const passes: Array<[string, string]> = [
  ['an impostor\'s id disowned', 'Someone on WeChat says it\'s ken_trade77 from our company. That is not us, please report it.'],
  ['a watch model after the app', 'The band supports WhatsApp alerts, it\'s the WX2000 model.'],
  ['"unless you want to" a change kept here', 'We will ship Friday, unless you want to change the colour — just tell me here.'],
  ['a price rise with TA as usual', 'Steel went up, so prices +3% from next month; please order through Trade Assurance as usual.'],
  ['a search on the platform', '微信我们不用，您在阿里上搜我们工厂全名就能找到我们店铺。'],
  ['the Alibaba account shows the payment', '您付款后我们的 Alibaba account 会显示到账，我们马上安排生产。'],
  ['two routes at one price', 'Unit price via Trade Assurance: USD 1.85. Unit price via bank transfer: USD 1.85, the same either way.'],
];

describe('pretend declines, conditions and Trade Assurance priced per route', () => {
  itLeaksWithSpansAndPasses(checker, leaks, passes);
});
