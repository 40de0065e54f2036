import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// Round 46's false alarms, by class, in wordings of our own:
// - a site named where a certificate or report is looked up ("can be verified at intertek.com"), and certifiers' and
//   inspection firms' own sites, are no mailbox and no channel of the rep's;
// - a messenger listed beside apps nobody chats with a seller on (media, maps, stores) is what a device runs;
// - a Thai production line (ไลน์ผลิต) is no Line app, and an order's or invoice's "separate line" is no Line either;
// - the talk kept here said with "stay" in Italian or German, and a contact said to have been removed, decline it;
// - the platform's own payment product (Alibaba.com Pay) and its SNS sharing are the platform, not a route off it;
// - a friendly "不用哦" answering a question about a QR payment conditions no Trade Assurance, nor does a free
//   replacement added to the next order make a Trade Assurance surcharge.
// The same words giving a contact or refusing the platform are still leaks.
describe('a site checked at, an app list, a stay in Italian and the platform’s own pay or sharing', () => {
  it.each([
    'The test report number can be verified at intertek.com, just type it in.',
    'Our bamboo towels are GOTS certified; the licence can be checked at global-standard.org.',
    'The label number of our curtains is listed at oeko-tex.com under Label Check.',
    'Our tablets come with YouTube, WhatsApp and Netflix preinstalled.',
    'Nosso rádio 2 DIN roda Android 12 com WhatsApp, Waze e Spotify, e tem Bluetooth.',
    'เราจะไลฟ์สดบน Alibaba วันศุกร์ โชว์ไลน์ผลิตใหม่ของปั๊มน้ำครับ',
    'The sea freight balance is USD 640, I\'ll add it to the proforma as a separate line.',
    'Il cliente chiede il mio WhatsApp, ma preferisco rimanere su Alibaba per la protezione dell\'ordine.',
    'Den WhatsApp-Kontakt gebe ich nicht raus, wir bleiben lieber hier auf Alibaba.',
    'Sorry, our old auto-reply showed a Skype ID; it has been removed now, we follow up only here.',
    '之前 auto-reply 里有 WeChat ID，已经 deleted 了，以后都在这里 follow up',
    'With Alibaba.com Pay you can now pay in GBP directly, the money goes to our collection account through the platform.',
    '我们的新品会通过国际站同步到Facebook，您在平台上关注我们店铺就行',
    '二维码付款？不用哦，直接在订单里用信用卡或T/T付，走信保有保障',
    'The refund is partial: 8 of 300 faucets leaked, so USD 96 comes back via Trade Assurance, or we add 10 free pieces to your next order.',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));

  it.each([
    'sales at hengli dot com',
    'email me: lily.chen at hengli dot com',
    'Add my WhatsApp +86 138 1234 5678, YouTube for videos',
    'Scrivimi su WhatsApp +39 347 123 4567',
    'Please add my Line: pump_th88',
    'Pay in EUR directly to our company account instead of Alibaba.com Pay, it\'s cheaper.',
    '信保不用了，我们只做T/T',
    '不用信保，直接T/T更便宜',
    'If you pay via Trade Assurance we must add 4% fee',
  ])('warns on %s', (t) => expect(checker.checkLocal(t).leak).toBe(true));
});
