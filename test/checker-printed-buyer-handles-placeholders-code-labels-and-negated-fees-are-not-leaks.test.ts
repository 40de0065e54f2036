import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// False-alarm classes found on drafts-t (written blind, fifteenth session), each with its leaking twin: the buyer's own
// handle printed on the goods they order; a placeholder number shown on a sample; a number labelled as a material,
// a test report or a D-U-N-S number ("food contact" is no person's contact); a fee ruled out for Trade Assurance
// ("不用额外收"); the platform's ban with an adverb in it ("平台也不允许"); the buyer's mail received and the files
// sent here instead, or mail ruled out or the platform preferred to it; a team messenger kept internal; a product
// holding payment codes, a wallet kept for domestic sales; the buyer's number read back to confirm; resin buttons (扣扣子) that are not QQ.
const passes: Array<[string, string]> = [
  ['the buyer handle on a neon sign', 'The neon sign can show your IG handle, e.g. "@bella.nails", about 60x30cm, 12 colours.'],
  ['the buyer handle printed on a box, in Chinese', '盒子底部印你的 Instagram handle "@lunacandles" 没问题，烫金，打样今晚在这里发你。'],
  ['a placeholder number on a sample', '号码贴的样品图上写的 139 0000 0000 只是示意，客户拿到可以贴自己的号码。单价 2.1 元。'],
  ['a food contact report number', 'Food contact test report: LFGB 2205138627 and FDA report no. 1386279901 are uploaded on the product page.'],
  ['a material number on a PO', 'Your PO confirmed: mat. no. 138862790, 6,000 pcs, delivery week 30.'],
  ['material numbers on PO lines', 'PO confirmed:\n- Line 10: mat. no. 100057121, 8,000 pcs\n- Line 20: mat. no. 100057138, 12,000 pcs'],
  ['a scale that mails its reports', 'The app can export data as CSV or send a weekly report by email, USD 7.90/pc for 1,000 pcs.'],
  ['a D-U-N-S number', 'For your supplier form: D-U-N-S No.: 42-138-6279, registered in Ningbo.'],
  ['no extra fee for a TA order', '您下信保订单就可以，通过Alibaba.com Pay付款，我们不用额外收手续费。'],
  ['the platform also forbids it', '抱歉，平台也不允许我们引导站外沟通，图纸您直接在这个窗口发就行。'],
  ['the buyer mail received, files sent here', '收到您的邮箱了，不过样品图我直接在这里发您，方便您留存。'],
  ['the buyer mail not needed', '您的邮箱我们不需要，所有文件都在这个对话框里发。'],
  ['sent here rather than by mail', '视频太大的话我分几次在旺旺上发给您，不用邮箱。'],
  ['the platform preferred to mail', '您要的产品目录我用旺旺发给您，比邮件方便。'],
  ['an invoice 号码', '发票号码 13862790，金额 5,380 美元，请在订单里付款。'],
  ['a passport 号码', '护照号码 E13862790 和签证号码我们已经填在邀请函里了。'],
  ['a team messenger kept internal', '我们的企业微信只对内使用，您有问题在这里留言就好。'],
  ['a phone case slot for payment codes', '这款手机壳有微信支付宝扫码的卡槽设计，单价 1.2 美元，500 个起订。'],
  ['a wallet account for domestic sales', 'Our WeChat Pay merchant account is for domestic sales only; for your order please pay through Alibaba.com.'],
  ['the buyer number read back', 'Your company phone on the RFQ shows +44 20 7946 0958, is it still correct for the courier?'],
  ['resin buttons', '这款四眼树脂扣扣子，1万粒起订，每粒0.03元，颜色可以按色卡染。'],
];
const leaks: Array<[string, string]> = [
  ['our own handle, nothing printed', 'Follow our Instagram @lunacandleco for new scents every week, DM us there.'],
  ['our ins account in Chinese', '我们的 ins 账号 @mia.florals，您关注一下，私信我们。'],
  ['a real mobile to call', '有问题直接打我电话 139 0571 2283，比在这里快。'],
  ['a contact number after contact', 'For anything urgent contact me: 1386279901.'],
  ['we send the report by email', 'I will send you the weekly report by email, faster than here.'],
  ['a fee added for a TA order', '走信保的话我们要额外收3%手续费。'],
  ['the mail asked for the files', '样品图我发到您的邮箱里，您留一下邮箱。'],
  ['mail preferred to the platform', '邮件比这里方便，目录我发到您邮箱，您留一下邮箱地址。'],
  ['an invoice number, then my phone', '发票号码 13862790，有问题打我电话 139 0571 2283。'],
  ['the team messenger handed out', '我们的企业微信号是 kevin_2022，您加一下，有事在那边找我。'],
  ['a private wallet transfer', '请用微信支付转给我，我们的收款码发您。'],
  ['my number, then a question', 'Call me on +86 139 0571 2283, is that ok?'],
  ['QQ by its nickname', '加我扣扣 2843119057 详聊。'],
];

describe('printed buyer handles, placeholders, code labels and negated fees are not leaks', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
