import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { foldLetters, foldText } from '../src/checker/normalize.js';

const checker = createDraftChecker({ llm: null });

// Contact words and invitations in the languages the platform's buyers write in (rules/detection/multilingual.yaml).
// [language, draft, text the finding must cover]
const leaks: Array<[string, string, string]> = [
  ['Spanish: WhatsApp me', 'Escríbeme por WhatsApp y te mando el catálogo completo', 'WhatsApp'],
  ['Spanish: ask for the number', '¿Me das tu número? Te llamo esta tarde', 'número'],
  ['Portuguese: call me on zap', 'Me chama no zap que eu te passo os preços', 'zap'],
  ['Portuguese: your number', 'Me passa seu telefone que amanhã eu ligo', 'telefone'],
  ['Turkish: write on WhatsApp', "WhatsApp'tan yazın, kataloğu göndereyim", 'WhatsApp'],
  ['Turkish: give your number', 'Telefon numaranızı verir misiniz?', 'Telefon'],
  ['Vietnamese: ask for the phone', 'Chị cho em xin số điện thoại nhé', 'số điện thoại'],
  ['Vietnamese: message on Zalo', 'Anh nhắn Zalo cho em để em gửi ảnh', 'Zalo'],
  ['Russian: write on WhatsApp', 'Пишите в ватсап, пришлю фото', 'ватсап'],
  ['Russian: leave your number', 'Оставьте ваш телефон, перезвоним', 'телефон'],
  ['Japanese: WhatsApp in katakana', 'ワッツアップで連絡ください', 'ワッツアップ'],
  ['Japanese: tell me your contact', 'メールアドレスを教えてください', 'メールアドレス'],
  ['Korean: KakaoTalk id', '카카오톡 아이디 알려주세요', '카카오톡'],
  ['Korean: contact', '전화번호 알려주시면 연락드릴게요', '전화번호'],
  ['Arabic: message me on WhatsApp', 'راسلني على واتساب من فضلك', 'واتساب'],
  ['Arabic: send your number', 'ارسل رقمك لو سمحت', 'رقم'],
  ['Persian: send your number', 'شماره تون رو بفرستید', 'شماره'],
  ['French: your number', 'Envoyez-moi votre numéro de portable', 'numéro'],
  ['Indonesian: WA', 'Kirim nomor WA kakak ya', 'WA'],
  ["Spanish: let's talk there", 'Platiquemos por WhatsApp, es más cómodo', 'WhatsApp'],
  ["Portuguese: talk to me there", 'Fala comigo no whats, respondo rapidinho', 'whats'],
  ["Turkish: let's talk there", "Telegram'dan konuşalım mı?", 'Telegram'],
  ["Russian: let's continue there", 'Давайте общаться в вотсап', 'вотсап'],
  ["Japanese: let's talk on LINE", 'LINEで話しましょう', 'LINE'],
  ["Korean: talk on KakaoTalk", '카톡으로 대화해요', '카톡'],
  ["Arabic: let's talk there", 'نتكلم على واتساب أسهل', 'واتساب'],
  ["Persian: let's talk there", 'بیایید در واتساپ صحبت کنیم', 'واتساپ'],
  ['Thai: add on LINE', 'แอดไลน์มาได้เลยนะคะ จะส่งรูปให้', 'ไลน์'],
  ['Thai: ask for the phone', 'ขอเบอร์โทรของคุณหน่อยครับ', 'เบอร์'],
  ['Hindi: message on WhatsApp', 'मुझे व्हाट्सएप पर मैसेज भेजिए', 'व्हाट्सएप'],
  ['Hindi: give your number', 'आपका नंबर दीजिए, मैं कॉल करूंगा', 'नंबर'],
  ['Spanish: ask for the mailbox', 'Pásame tu correo y te mando el catálogo en PDF', 'correo'],
];

// The same words for an order, a model, a consignee, a feature or a refusal.
const legit: Array<[string, string]> = [
  ['Spanish order number', 'El número de pedido es 2024-55817, sale mañana'],
  ['Spanish consignee phone', 'Para el envío necesitamos el teléfono del destinatario'],
  ['Spanish refusal', 'No usamos WhatsApp, seguimos por Alibaba'],
  ['Portuguese stays here', 'Prefiro continuar aqui no Alibaba, obrigado'],
  ['Turkish order number', 'Sipariş numaranız 4471, kargoya verildi'],
  ['Vietnamese order number', 'Số đơn hàng của anh là 88213'],
  ['Russian order number', 'Номер заказа 55123, отправим завтра'],
  ['Japanese order number', '注文番号は 771234 です。明日発送します'],
  ['Japanese production line', '生産ラインを来月増設します'],
  ['Korean order number', '주문번호는 55123입니다. 내일 배송됩니다'],
  ['Arabic order number', 'رقم الطلب 55123، سيتم الشحن غدا'],
  ['French order number', 'Le numéro de commande est 55123'],
  ['Japanese refusal after the word', '電話でのご連絡は控えております。こちらのチャットでお願いします'],
  ['Korean refusal after the word', '전화번호는 알려드릴 수 없어요. 알리바바 채팅으로 연락 주세요'],
  ['Turkish refusal after the word', 'WhatsApp numaramı veremem, Alibaba kuralları'],
  ['Spanish: we stay here', 'Por WhatsApp no, seguimos aquí en Alibaba que es más seguro'],
  ['Portuguese: we stay here', 'Prefiro não usar WhatsApp, vamos continuar aqui no Alibaba'],
  ['Spanish shipment email', 'Para el envío, el agente de aduanas le mandará un correo con la factura'],
  ['Spanish feature', '¿La lámpara tiene función de WhatsApp? No, solo Bluetooth'],
];

// Numbers: a contact word in the buyer's language makes a local number a phone; an order or model label in it does not.
const numbersLeak = [
  'Mi número es 0412-555-0193, cualquier cosa me avisas',
  'شماره من ۰۹۱۲۳۴۵۶۷۸۹',
  'Para pedidos al por mayor marque al 33 1842 7730, con gusto le atendemos',
];
const numbersLegit = [
  'Sipariş no 0532 441 22 90 kargoda',
  'Номер заказа 8 916 555 12 34',
  '注文番号 080-1234-5678',
  '주문번호 010-2345-6789',
  'Pedido número 612 345 678, sale mañana',
  'Заказ номер 8 916 555 12 34 отправлен',
  'ऑर्डर नंबर 9876543210 कल भेजा जाएगा',
  'หมายเลขคำสั่งซื้อ 0812345678 จัดส่งพรุ่งนี้',
];

describe('contact words and invitations in other languages', () => {
  it.each(numbersLeak)('a local number with a contact word blocks: %s', (draft) => {
    expect(checker.checkLocal(draft).verdict).toBe('block');
  });

  it.each(numbersLegit)('a mobile-shaped order number under its own label passes the rules: %s', (draft) => {
    expect(checker.checkLocal(draft).findings.filter((f) => f.category === 'phone')).toEqual([]);
  });

  it.each(leaks)('%s blocks: %s', (_cls, draft, covered) => {
    const r = checker.checkLocal(draft);
    expect(r.verdict).toBe('block');
    expect(r.findings.some((f) => draft.slice(f.start, f.end).includes(covered) || covered.includes(draft.slice(f.start, f.end)))).toBe(true);
  });

  it.each(legit)('%s passes: %s', (_cls, draft) => {
    expect(checker.checkLocal(draft).verdict).toBe('pass');
  });

  it('rules are folded like the text, so words in their own spelling match the folded view', () => {
    for (const w of ['número', 'номер', 'ワッツアップ', 'số điện thoại', 'ください', 'ไลน์', 'व्हाट्सएप']) expect(foldText(w).s).toBe(foldLetters(w));
    expect(foldLetters('\\bNo\\s(?:A|B)')).toBe('\\bNo\\s(?:A|B)'); // ASCII, so regex syntax, is untouched
    expect(foldLetters('☎️?')).toBe('☎️?'); // an emoji keeps its variation selector, so '?' still applies to it
  });
});
