import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// - "the phone line", "the title line" are lines of text, not the Line app.
// - A contact inside a quoted card layout or artwork proof, or a slogan on patches, is the product's printed text.
// - A product styled like an app ("Telegram-like chat bubbles" in a UI kit) is no channel, even after "our" and a chat word.
// - A delivery/release order's 号码 ("DO 号码 …", "提货单号码") labels the document's number, not a phone.
// - An app the rep admits to, with the talk kept here in the next clause ("我们有微信，不过还是在平台上沟通"), is declined.
// - Bank details said to show only in the platform's order are on the platform, whatever the buyer's quote asked.
// - An app named and the rep's own id given later in the same sentence ("Line works, my ID is …") is that app's account;
//   an Alibaba id is not.
// - A file sent "在 Line 上" (a weak app name framed as where it is sent) leaves the platform.
// - The buyer's contact checked as still current ("is your number still the same?") is an ask; an address or a number for
//   the order or its courier is not.
const passes: Array<[string, string]> = [
  ['an app look-alike in a product', 'Our chat template pack has Telegram-like bubbles and read receipts, USD 29 a seat.'],
  ['a delivery order number', '到港后凭 DO 号码 0502298811 提货，请转给您的货代。'],
  ['a release order number', '提货单号码 0552213344 已经发在订单附件里了。'],
  ['an app admitted, the talk kept here', '我们是有微信的，不过还是请您在平台上沟通，方便留记录。'],
  ['bank details only in the order', '您写的“把账户信息发我邮箱”我们做不到，收款账户只会显示在信保订单里。'],
  ['a production line', '这批照片我排在生产 line 上再拍一组，然后在这里发您。'],
  ['a shipping address still current', 'Is your delivery address still the same for the second order?'],
  ['an invoice name still current', '发票抬头还是原来那个公司吗？'],
  ['the buyer\'s details in a card proof', 'For the name cards, your artwork with \'Maria Ruiz, maria@ruizdesign.es, +34 612 345 678\' prints fine on 400gsm.'],
  ['the platform id after a production line', 'The production line is full this week; my Alibaba ID is cn1520_abc if you search the store.'],
  ['an app ruled out, the platform account given', 'We don\'t use WhatsApp; my account here is lisa_2020 on Alibaba.'],
  ['a line of a card\'s text', 'The proof looks good; we will move the phone line and the title line 1mm left before printing.'],
  ['a slogan on patches', 'The \'call me maybe\' embroidered patches come in six colours, USD 0.28 each.'],
];
const leaks: Array<[string, string]> = [
  ['an app invited after a look-alike', 'Our chat app has Telegram-like bubbles; add me on Telegram for a demo.'],
  ['a number to call after a document label', 'DO 号码 0502298811，有事打我电话这个号。'],
  ['an app admitted and offered', '我们有微信，加我 lin_8899 吧，聊得快。'],
  ['bank details by mail', '银行账户信息我让财务邮件发您。'],
  ['photos sent on Line', 'New catalogue photos 我在 Line 上传给您。'],
  ['a number checked as still current', 'Quick one, is your mobile number still the same? I want to send you the new swatches.'],
  ['an app checked in Chinese', '您的微信号还是之前那个吗？新品我发您。'],
  ['an app, then the rep\'s id later in the sentence', 'Kakao or Line both work for us, my ID is mina.trade_7 on both.'],
  ['an app, then our account in Chinese', '飞书上沟通更快，我们的账号是 chen_fabric88。'],
  ['the rep\'s own card read out', 'My card reads: \'Tom Lee, +86 138 0013 8000\', call me anytime.'],
];

describe('look-alike apps, document numbers, a kept channel, and a contact checked as still current', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
