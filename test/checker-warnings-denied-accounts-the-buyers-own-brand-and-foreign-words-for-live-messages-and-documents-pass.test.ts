import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itLeaksWithSpansAndPasses } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Session 44 (drafts-t44's false alarms, FPR 5.2%, "other" languages 10%): legitimate drafts that name an app, an
// account or a number for some other reason than reaching the rep. A scam warning in the buyer's language (the app is
// where the impostors write), the company saying it has no account there at all, a private account warned against, a
// document's number labelled in Turkish, Indonesian or Russian or an RFQ's number, the buyer's shop or brand as the
// owner of the account or site printed on the goods, a French or Spanish live stream "en direct" on the store, a device
// that shows "tin nhắn" (messages), a card said to carry no contact, and the platform's own meeting link. The same
// channels given or asked for still leak.
describe('warnings, denied accounts, the buyer own brand and foreign words for live, messages and documents pass', () => {
  itLeaksWithSpansAndPasses(
    checker,
    [
      ['an app offered in Turkish', "WhatsApp numaram 0532 441 2290, oradan yazın lütfen"],
      ['another app after the denial', '我们在Facebook上没有账号，你加我Instagram: lily.hair88'],
      ['a private account to pay into', 'Please send the deposit to my personal account, it is faster.'],
      ['a private account to pay into, pt', 'Pode pagar na minha conta pessoal, é mais rápido.'],
      ['a payment direct to our account, es', 'Pague directamente a nuestra cuenta, es más barato.'],
      ['a payment direct to our account, fr', 'Paiement direct sur notre compte, sans passer par Alibaba.'],
      ['a call asked about the RFQ', 'Please call me on 0917-555-2083 about the RFQ.'],
      ['a number to text, after the last msg', 'in my last msg I forgot: msg me 0917 555 2083'],
      ['a Zoom link to the mailbox', 'Zoom 链接我发您邮箱，明天10点开会'],
      ['the rep\'s own site to order on', '去我们网站 www.hengda-cookware.com 下单更便宜'],
      ['a number to call after a label, tr', 'Telefon numaram 0532 441 2290, konşimento için arayın.'],
      ['bank details mailed', '银行信息我单独发您邮箱'],
      ['the buyer asked whether they use the app, es', '¿Ustedes usan WhatsApp? Le escribo por ahí, es más rápido.'],
      ['our real account after a disowned one', "That's not our account, our real Instagram is @hengda_official88, follow us there"],
    ],
    [
      ['a scam warning, tr', 'Dikkat: WhatsApp üzerinden bizim adımıza mesaj atan dolandırıcılar var. Ödemeyi sadece Trade Assurance ile yapın.'],
      ['a scam warning, en, fake agents', 'Careful: fake "Alibaba agents" on Instagram and Telegram are selling our lamps cheaper. Only this store is ours.'],
      ['no account there, zh', '我们公司在TikTok上没有开任何账号，只在阿里巴巴国际站销售。'],
      ['no account there, zh, official page', '工厂在Instagram没有官方主页，有人用我们图片的都不是我们。'],
      ['a private account warned against, en', 'Do not transfer the balance to a private account, whoever asks; pay only in the Trade Assurance order.'],
      ['a private account warned against, es', 'Nunca transfiera el dinero a una cuenta personal, solo pague dentro del pedido de Alibaba.'],
      ['a private account warned against, pt', 'O pagamento é só pelo Trade Assurance; nunca envie dinheiro para conta pessoal de ninguém.'],
      ['an RFQ number', 'Your RFQ 0815-223-9910 has been answered, please check the quotation on Alibaba.'],
      ['an RFQ number, zh', '询价单号 0917 5552 083 已报价，请在平台查看'],
      ['a container number, tr', 'GTİP kodu 9403.60.10, konteyner numarası MSKU 7654321, belgeler siparişte.'],
      ['a container number, id', 'Dokumen sudah diunggah, nomor kontainer CMAU 4567890 dan nomor HS 9506.91.0000.'],
      ['an invoice number, ru', 'Номер инвойса 2204-0187-55, оплата через Trade Assurance.'],
      ['a PO number from the last msg', 'Sorry, in my last msg the 0812 3345 6789 was the PO number from your file, not a phone.'],
      ['the buyer shop Instagram on the box, zh', '吊牌上印您品牌的TikTok账号没问题，发设计稿给我们就行'],
      ['the buyer shop handle on the box, en', "We can print your shop's Instagram handle @luxe.hair.co on the box, as in your artwork."],
      ['the buyer site in the artwork', '您设计稿上的网址 www.casabella.mx 我们会照印在彩盒侧面'],
      ['a live stream, fr', 'Nous serons en direct sur notre boutique Alibaba jeudi à 10h, suivez la boutique pour le rappel.'],
      ['a live stream, es', 'Estaremos en directo en nuestra tienda de Alibaba el viernes, ¡síganos!'],
      ['a watch shows messages, vi', 'Chiếc đồng hồ này hiển thị tin nhắn Zalo và cuộc gọi đến, pin dùng 7 ngày.'],
      ['a card with no contact', 'The insert card does not show any contact information, only the care steps.'],
      ['the platform meeting link, mixed', '验厂用阿里巴巴的 meeting link，时间您定，我在这里发'],
      ['a bill of lading number, es', 'El conocimiento de embarque número 123456789 ya está en el pedido.'],
      ['a bill of lading number, tr', 'Konşimento numarası 1234567890, mallar yolda.'],
      ['a bill of lading number, ko', '원산지 증명서는 주문에 올렸습니다. 선하증권 번호 1234567890.'],
      ['bank details kept in the order, mixed', '银行信息都在信保 order 里，不用 email 给您'],
      ['customers of a market use the app, es', 'Nuestros clientes en México usan mucho WhatsApp para vender; por eso ofrecemos fotos sin marca de agua.'],
      ['customers of a market use the app, pt', 'Muitos clientes no Brasil usam o Zap para vender, então mandamos as fotos sem logo aqui.'],
      ['customers of a market sell there, ru', 'Клиенты в Казахстане продают через Telegram, поэтому фото без логотипа отправим здесь.'],
      ['someone else post, not our account', 'A blogger posted our lamp on Instagram last week, it is not our account, but nice to see!'],
    ],
  );
});
