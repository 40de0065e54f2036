import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// rules/detection/languages.yaml: Spanish, Portuguese, French, Russian, Arabic, Turkish and Vietnamese as classes.
describe('checker: asking about an app or an e-mail in the buyer\'s language is a leak', () => {
  const leaks = [
    '¿Usted tiene Telegram? Es más rápido para mandarle las fotos.',
    'Vocês têm WhatsApp? Mando o vídeo por lá.',
    'Vous avez Skype ? On pourra discuter du prix.',
    'А у вас есть вайбер? Туда скину каталог.',
    'هل لديك تليجرام؟ أرسل لك الكتالوج هناك.',
    'لنتحدث على سكايب غدا',
    "Telegram'ınız var mı? Fiyat listesini atayım.",
    'Mail adresinizi paylaşır mısınız?',
    'Anh cho em xin địa chỉ email nhé',
    'Пришлите вашу электронную почту, отправлю прайс.',
    'Лучше переведите оплату мне на карту, минуя Alibaba.',
  ];
  for (const text of leaks) it(text, () => expect(checker.checkLocal(text).leak).toBe(true));
});

describe('checker: the consignee\'s contact, the platform\'s rule and staying here pass in the buyer\'s language', () => {
  const ok = [
    'Para la aduana necesitamos el teléfono de contacto del importador, el pedido ya está pagado.',
    'Le transporteur a besoin du téléphone du destinataire pour la livraison de la commande.',
    'Su número de rastreo es 5521 8890 3317. Cualquier duda, escríbame por aquí.',
    'Me pidió mi WhatsApp, pero la plataforma no lo permite. Sigamos por aquí.',
    'Вы спросили мой телеграм, но правила Alibaba это запрещают, давайте общаться здесь.',
    'طلبت رقمي على الواتساب، لكن قواعد علي بابا لا تسمح بذلك، نكمل هنا.',
    'الحد الأدنى للطلب 300 قطعة، والدفع عبر ضمان التجارة في علي بابا.',
    'Anh hỏi Zalo của em nhưng quy định Alibaba không cho phép, mình trao đổi ở đây nhé.',
    'Не переводите деньги напрямую на карту, оплата только через Alibaba.',
  ];
  for (const text of ok) it(text, () => expect(checker.checkLocal(text).leak).toBe(false));
});
