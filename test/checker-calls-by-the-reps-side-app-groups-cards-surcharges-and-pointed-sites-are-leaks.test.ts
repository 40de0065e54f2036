import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itLeaksWithSpansAndPasses } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Missed-leak classes of round S17, each written here in new words (both languages where it applies), with
// legitimate twins that must still pass.
const leaks: Array<[string, string]> = [
  // A mailbox named after "our …" more than a window's width before it: a cut "our" is no buyer's "ur".
  ['address after "our purchasing department directly"', 'Send the artwork to our purchasing department directly: artwork@kingtop-pack.com, they will reply today.'],
  ['address after "our QC supervisor in person"', 'Kindly mail the test report to our QC supervisor in person - qc.li@hengda-valve.cn - before Friday.'],
  // Someone said not to use the platform is a reason to leave it, in the third person too.
  ['email asked to cc a colleague who "does not use Alibaba"', 'Could you share your email so I can loop in our designer? She does not use Alibaba at all.'],
  ['number asked since the boss "isn\'t on Alibaba"', 'Do you have a phone number for your boss? He isn\'t on Alibaba and we want to confirm the agency.'],
  ['电话：老板不用阿里', '您能留个电话吗？我们老板不用阿里，想直接跟您聊代理的事。'],
  // A group on a messenger made for the buyer.
  ['create a WeChat group after the deposit', 'Once the deposit is in I\'ll create a WeChat group with our packing team so you see every carton.'],
  ['set up a Telegram group for the order', 'After payment we can set up a Telegram group with production and QC, it is quicker for photos.'],
  ['建个微信群', '付款以后我们拉个微信群吧，生产和质检都在群里，每天给您发进度。'],
  // A call on a messenger, the call named before the app.
  ['voice call over WhatsApp at a time', 'Shall we do a voice call over WhatsApp tomorrow at 9am your time to go through the samples?'],
  ['video chat on Skype', 'A quick video chat on Skype this afternoon would help us show you the production line.'],
  // Someone on the rep's side will phone the buyer, who must give the number for it.
  ['our sales director will ring you', 'Our sales director will ring you tonight about the distributor price, what time is good?'],
  ['my colleague wants to phone you', 'My colleague from the export team wants to call you to explain the new catalogue.'],
  ['我们经理想给您打电话', '我们经理想亲自给您打个电话，聊一下独家代理的事情。'],
  // The platform's fee passed on to the buyer, or another route offered at the price before it.
  ['TA order carries the fee the platform charges us', 'For a Trade Assurance order the price is higher because Alibaba charges us a fee; or wire transfer at the original price.'],
  ['Alibaba order, or TT at the normal price', 'Via Alibaba order it is USD 5.35, or bank TT at our normal price of USD 5.10.'],
  ['信保单价高一点，TT按原价', '走信保的话单价要高一点，TT的话按原价给您。'],
  ['阿里订单或者直接电汇原价', '阿里订单要多 4%，或者直接电汇就是原价。'],
  // The rep's own site or number pointed at on pictures or goods.
  ['website printed on every carton', 'Our website is printed on every carton we ship, have a look there for the whole range.'],
  ['web address in the corner of each photo', 'My online shop link is on the corner of each photo I sent, prices are lower there.'],
  ['官网在产品图水印里', '我们官网就在每张产品图的水印里，您去看看全部款式和价格。'],
  ['my number is the one printed on the hang tag', 'My mobile is the one printed on the hang tag of the sample, call any time.'],
  ['号码印在唛头上', '我的手机号就印在外箱唛头上，到货后直接打给我。'],
  // A number labelled as a model or code but given to reach the rep.
  ['model number used to reach sales', 'Model no. TK-13925807314 — just dial it to reach our sales office.'],
  ['编号就是联系我的号', '产品编号 HX-13925807314，用这个号码就能直接联系我。'],
  // The buyer's business card asked for with the contact on it, and another way to reach the buyer.
  ['business card with the mobile', 'Could you snap your business card for me? The one with your mobile, our GM likes direct contact with key importers.'],
  ['名片带电话', '能不能把您的名片拍给我一下？要有电话和邮箱的那张。'],
  ['another way to reach you', 'Alibaba messages reach me late sometimes, is there another way I can contact you?'],
  ['其他方式联系您', '平台消息经常收不到，还有没有别的方式能联系到您？'],
  // A number asked to text something to.
  ['which number to text the proforma', 'Which number should we text the proforma to?'],
  ['what cell is best to SMS', 'What cell is best to SMS you the payment reminder?'],
  ['短信发到哪个号码', '付款提醒短信发到您哪个号码？'],
  // A meeting "on Google" with the app unnamed, and Telegram by its logo.
  ['meet online on Google', 'Can we meet online on Google on Thursday to check the mould?'],
  ['谷歌上见', '明天下午三点我们谷歌上见，过一下图纸。'],
  ['the app with the blue paper plane', 'Look me up on the app with the blue paper plane, same name as here.'],
  // An off-platform payment route the seller prefers, and a number told in pieces.
  ['we prefer Western Union', 'For the sample fee we would prefer Western Union, please.'],
  ['希望您用支付宝付', '样品费我们更希望您用支付宝付。'],
  ['number told in pieces', 'I cannot type my phone here, but it starts with 139 and ends with 7314, the middle is 2580.'],
  ['号码分段说', '我的手机号前三位139，中间2580，后四位7314。'],
];

const passes: Array<[string, string]> = [
  // (The window now reaches back to the whole "your" where it used to start at "our" and read the mailbox as the rep's.)
  ['the buyer\'s own purchasing email read back', 'Noted, your purchasing email address: buyer@acme-home.com, we will put it on the invoice.'],
  ['Alibaba named as what the rep uses', 'Our designer uses Alibaba chat too, she will send the artwork here.'],
  ['a watch that shows WhatsApp group messages', 'The smartwatch shows WhatsApp group messages and call alerts.'],
  ['the courier calls the receiver', 'The DHL courier will call you before delivery, please keep your phone on.'],
  ['a call in the Alibaba app', 'Our manager will call you on Alibaba video call at 3pm, just accept it in the app.'],
  ['TA and TT at the same price', 'Trade Assurance order or TT, the price is the same USD 5.10.'],
  ['信保和电汇同价', '信保和TT都是原价，您放心下单。'],
  ['logo printed on the carton', 'Our logo is printed on every carton side panel, as you asked.'],
  ['a model number with no call', 'Model no. HX-2024-0815, use it to find the spare parts in our catalogue.'],
  ['our cards in the parcel', '我们的名片随货一起寄给您了。'],
  ['another way to pay, TA only', 'Is there another way to pay? Sorry, we only take Trade Assurance here.'],
  ['the courier texts the receiver', 'Which number should the courier text on delivery day?'],
  ['Google Maps for the factory', 'Our factory shows on Google Maps if your driver needs the way for the visit.'],
  ['a paper plane model kit', 'This paper plane model kit comes in blue and red, MOQ 500 sets.'],
  ['Western Union warned against', 'We prefer Trade Assurance; please never pay anyone by Western Union.'],
  ['sizes told by first and last', 'Sizes start with 36 and end with 45 for this shoe.'],
];

describe('calls by the rep\'s side, app groups, cards, surcharges and pointed sites', () => {
  itLeaksWithSpansAndPasses(checker, leaks, passes);
});
