import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Pointing at the platform's own buttons, a carrier's tracking page, or asking for a contact an order step needs
// (consignee phone for the courier, email for the invoice or customs, in the buyers' languages too) is allowed
// (FAQ 二).
const passes: Array<[string, string]> = [
  ['the Buy Samples button', 'For a trial, order the sample directly through the "Buy Samples" button, freight to Canada included.'],
  ['Start Order', 'Please order directly via Start Order on this listing, the price is already adjusted.'],
  ['Contact Supplier', 'If a colleague needs a quote too, he can click Contact Supplier on our store page.'],
  ['旺旺', '有问题随时在旺旺上找我们，工作日两小时内回复。'],
  ['a DHL tracking page', 'Shipped today. Tracking page: https://www.dhl.com/us-en/home/tracking.html?tracking-id=4921837465'],
  ['a UPS tracking link', 'Your parts are on the way: https://www.ups.com/track?tracknum=1Z84X0V20398765432'],
  ['a parcel tracker', 'You can follow it on https://parcelsapp.com/en/tracking/UA998877665CN'],
  ['快递100', '单号 YT8899776655，可以在 https://www.kuaidi100.com/ 查询物流。'],
  ['the buyer\'s number put back to confirm', 'For the delivery note, please confirm +52 55 4123 9876 is still the receiver\'s mobile.'],
  ['请核对 before the buyer\'s number', '发货前请核对收件人电话：0917 555 2231，地址已按订单填写。'],
  ['the number the buyer left on the order', '快递员会联系您订单里填写的手机 0912 345 678，请保持畅通。'],
  ['French: email for the invoice and customs', 'Pour la facture et le dédouanement, merci de nous indiquer votre e-mail de comptabilité.'],
  ['Spanish: phone for customs', 'Para la aduana necesitamos el teléfono del importador, por favor.'],
  ['email marketing as a product', 'Our bulk SMS and email marketing module is an add-on, delivered as a license key after payment on Alibaba.'],
  ['an app preinstalled on a tablet', '这款平板出厂内置 Telegram 和 YouTube，用户可以自行卸载。'],
  ['a product whose name holds an app name', '这款商品名叫“微信宝宝”，是婴儿安抚玩偶。'],
  ['an app printed on the goods', '这批帆布包有 Facebook 印花款和纯色款两种。'],
];

const leaks: Array<[string, string]> = [
  ['a personal site next to a tracking word', 'Track your order on www.lily-lights-shop.com and order there next time, cheaper.'],
  ['confirm, then the rep\'s own WhatsApp', 'To confirm the order, WhatsApp me at +86 138 2222 4444.'],
  ['a French ask with no paperwork reason', 'Envoyez-moi votre numéro WhatsApp pour discuter plus vite.'],
  ['asking for the email for newsletters', 'Leave me your email please, we send new arrivals every month.'],
];

describe('platform buttons, carrier tracking links and order reasons pass; real steering still blocks', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
