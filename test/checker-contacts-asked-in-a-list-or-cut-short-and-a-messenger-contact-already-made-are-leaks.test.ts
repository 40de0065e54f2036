import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Asks for the buyer's contact that came second in a list ("your company name and email"), cut short ("留个方式"),
// or put as a question ("能不能…线下聊"); a choice of apps left to the buyer ("Line or Telegram, any is fine"); the buyer already written to or added on a messenger; a social app by its
// colour or letter; a store on AliExpress; an email whose domain is described instead of written. The legitimate
// look-alikes pass: a list for the courier, a list of no contact, a quoted account the rep keeps off, a marketplace
// named as where a product sells.
const passes: Array<[string, string]> = [
  ['the consignee address and phone for the courier', 'Could you confirm your delivery address and a phone number for the FedEx label?'],
  ['a list with no contact in it', 'Can you tell me your target price and the quantity per colour?'],
  ['a question that declines the move', '我们不能线下交易，付款请走信保订单。'],
  ['the buyer\'s app kept off, the file sent here', 'Thanks for your Telegram! We can\'t chat there though; I\'ve sent you the drawing here in the chat.'],
  ['a product that sells well on AliExpress', '这款收纳盒在速卖通上卖得很火，很多卖家都在拿货。'],
  ['the blue version of a product', 'The blue app-controlled toy car is sold out; the red one ships next week.'],
  ['a choice of contacts for the customs broker', 'Email or phone, either is fine for the customs broker, please add it in the order.'],
  ['an Amazon FBA shipment id', 'Your 6 pallets reached Amazon FBA.\nFBA shipment ID: FBA19QK2W7ZP\nThe POD is uploaded to the Alibaba order.'],
  ['a domain service with a placeholder', 'Our domain registration plan gives you admin@yourdomain for 12 USD a year.'],
];
const leaks: Array<[string, string]> = [
  ['company name and email asked together', 'Could you send me your company name and email so our sales team can follow up?'],
  ['office address and mobile for a visit', 'We will be in Dubai next month – may I have your office address and mobile to drop by?'],
  ['a contact cut short', '您好，您方便留个方式吗？'],
  ['a question that proposes talking offline', '能不能线下交易？这样便宜一点'],
  ['already messaged on the buyer\'s app', 'Got your Viber, thanks. I have messaged you there with the video.'],
  ['already added on WeChat', '收到您的微信号了，我刚加您了，麻烦通过一下'],
  ['a social page by its colour', 'we post the factory tour on the blue app, page name Hengli Tools, message us there'],
  ['an AliExpress store to search', 'Small orders are easier in our AliExpress store, just search the name Lumo Lights.'],
  ['a choice of apps left to the buyer', 'Viber is not convenient for you? Then Line or Telegram, any is fine for me.'],
  ['a Facebook account on its own line', 'New designs every week.\nfb: lumo_home88'],
  ['an email with its domain described', '技术问题请写信到 tech@ 我们公司的域名（公司名全拼 .com）'],
];

describe('contacts asked in a list or cut short, and a messenger contact already made', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
