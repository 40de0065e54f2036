import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// The buyer's phone number asked for, a QR code to scan and talk on, and the talk put outside the platform, in the
// buyers' languages (languages.yaml contact-lang, multilingual.yaml channel-intl), and the Russian social network VK. An order's number, a QR code on the
// packaging, a warning about paying outside and the talk kept here still pass.
describe('a number, a QR code or the talk moved outside, in the buyers languages, is a leak', () => {
  itPassesAndStillLeaks(
    checker,
    [
      ['a Spanish order number to confirm', 'Por favor confirme su número de pedido para el envío.'],
      ['an Italian consignee phone for the courier', 'Il numero di telefono del destinatario serve al corriere per la consegna.'],
      ['a Spanish phone for sale', 'Su teléfono tiene batería de 5000 mAh y pantalla de 6.5 pulgadas.'],
      ['a Spanish QR code on the packaging', 'El código QR impreso en el embalaje lleva al manual de instalación.'],
      ['an Italian warning about paying outside', 'Il pagamento fuori da Alibaba non è protetto, quindi paghiamo solo con Trade Assurance.'],
      ['a Polish warning about paying outside', 'Płatność poza Alibaba nie jest chroniona, dlatego tylko Trade Assurance.'],
      ['a Spanish refusal to talk outside', 'No podemos hablar fuera de la plataforma, seguimos aquí.'],
      ['a Russian refusal of VK', 'Мы не пользуемся ВК, пишите здесь на Alibaba.'],
    ],
    [
      ['an Arabic ask for the phone', 'لو سمحت ممكن رقم هاتفك عشان نتكلم عن العرض'],
      ['a Turkish ask for the phone', 'Telefon numaranızı alabilir miyim? Sizi arayalım.'],
      ['a Vietnamese ask for the phone', 'Cho em xin số điện thoại của anh để em gọi tư vấn nhé'],
      ['a Spanish QR code to talk there', 'Señora Lucía, escanee el QR de la imagen que le envié y hablamos por allá con calma.'],
      ['a Polish QR code and the talk outside', 'Panie Adamie, proszę zeskanować kod QR ze zdjęcia i napisać do mnie, porozmawiamy poza platformą.'],
      ['an Italian talk outside Alibaba', 'Ci sentiamo fuori da Alibaba per il prezzo finale, così è più semplice.'],
      ['a Spanish contact kept outside', 'Podemos seguir en contacto fuera de la plataforma, le escribo mañana.'],
      ['a Russian VK group to write in', 'Подпишитесь на нашу группу ВКонтакте, там каталог и можно написать нам в личные сообщения.'],
      ['a Russian VK add', 'Добавьте меня в ВК, обсудим скидку там.'],
    ],
  );
});
