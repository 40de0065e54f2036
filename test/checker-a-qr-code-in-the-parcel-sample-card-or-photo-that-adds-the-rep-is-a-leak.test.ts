import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// A code the buyer scans to add or reach the rep is the rep's own channel wherever it sits: in the parcel, on a
// card with the sample, on the packaging or in a photo. A product's own code (authenticity, manual, warranty) adds
// nobody, and a scan the rep declines is no invitation.
const passes: Array<[string, string]> = [
  ['zh, an authenticity code on the box', '每个彩盒上都印了防伪二维码，客户扫一下就能查真伪'],
  ['en, a manual code on the packaging', 'The QR code printed on the packaging opens the installation manual PDF.'],
  ['es, a manual code on the label', 'Escanee el código QR de la etiqueta para ver el manual de instalación.'],
  ['en, a declined scan', 'Sorry, I cannot scan QR codes to add anyone, company rule, let us keep chatting here.'],
];
const leaks: Array<[string, string]> = [
  ['zh, a card in the sample box', '样品盒里放了张卡片，上面有二维码，到货后扫一扫就能加到我'],
  ['zh, printed on the carton', '二维码我让工厂印在外箱上了，扫码加我，以后直接找我下单'],
  ['en, a card in the parcel', 'There is a little card in your parcel, just scan the code on it to add me, better prices there'],
  ['es, a code in the photo', 'Escanea el QR de la segunda foto para agregarme y te paso el precio'],
  ['pt, a code on the card', 'Escaneie o QR do cartão na caixa para me adicionar, te passo desconto'],
  ['fr, a code in the picture', "Scannez le QR sur la photo pour m'ajouter, je vous fais un prix"],
];

describe('a QR code in the parcel, sample, card or photo that adds the rep is a leak', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
