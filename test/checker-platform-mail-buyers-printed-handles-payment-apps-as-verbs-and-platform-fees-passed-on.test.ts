import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Four classes a held-out set still got wrong: the platform's own mail in any tense ("Alibaba sent …", "Alibaba should
// email you …") is no move to email; the buyer's own social handle printed or engraved on their goods is customisation;
// a payment app used as the verb ("Revolut it to me") is a payee off the platform, while refusing such apps by name
// passes; and a price that differs because of the platform's fee is a Trade Assurance surcharge.
const leaks: Array<[string, string]> = [
  ['an app as the verb', "Sample fee is only 35 USD, Revolut it to me and I'll post the sample tomorrow."],
  ['Venmo and Zelle to us', 'Sample fee 40 USD — you can Venmo it to us or Zelle the money to our boss, whatever is easier.'],
  ['TA dearer because of the platform fee', 'Price is 4.20 USD per piece by T/T. If you want Trade Assurance order, it will be 4.45 because of the platform fee.'],
  ['TA price including the service fee', 'If you order with Trade Assurance, the unit price is 2.35 including the Alibaba service fee; by direct T/T 2.25.'],
  ['our own handle printed', 'We will print OUR Instagram @gz_bags_factory on the box so your customers can find us too.'],
  ['our TikTok engraved on your box', 'We will engrave our TikTok @gzbags on your box so your customers find us.'],
];

const passes: Array<[string, string]> = [
  ['Alibaba sent the link', 'Check your inbox, Alibaba sent the payment link for the Trade Assurance order to your registered email.'],
  ['the platform emailed', 'The shipping documents are in the order on Alibaba; the platform emailed you the B/L copy this morning too.'],
  ['Alibaba should email', 'I uploaded the drawings to the order attachments; Alibaba should email you a notice that a new file is available.'],
  ['your TikTok engraved', 'Your TikTok @kitchen.with.sara will be laser engraved on the handle as you asked, please confirm the font.'],
  ['客户的 Instagram 印在盒子上', '包装盒侧面印上客户的Instagram账号 @homely.decor 和网址，按客户提供的设计稿。'],
  ['your Facebook page embossed', "Your Facebook page name 'Luna Candles' will be embossed on the lid — confirm spelling please."],
  ['apps refused by name', "We don't accept Revolut or Zelle, please pay the sample through the Alibaba order link I sent."],
  ['the platform fee absorbed', 'Trade Assurance costs you nothing extra — we pay the platform fee on our side, price stays 2.25.'],
  ['one price for all', 'Price is 4.20 USD per piece for orders of 1000 pcs, 3.95 above 5000 pcs. All orders go through Trade Assurance.'],
];

describe('platform mail, buyers\' printed handles, payment apps as verbs and platform fees passed on', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
