import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// The buyer's own store on another marketplace, named as theirs in their language ("su tienda en Mercado Libre",
// "Trendyol'daki mağazanız"), is the rep's reading of the buyer's business; and an alarm, detector or sensor that texts
// the buyer's phone ("O alarme envia SMS para o seu celular") is a feature of the goods. The rep's own store there, or
// the buyer's phone asked for, is still a leak.
const passes: Array<[string, string]> = [
  ['Spanish: the buyer\'s store on Mercado Libre', 'Su tienda en Mercado Libre se ve muy profesional, nuestros productos le quedarían bien.'],
  ['French: the buyer\'s store on Amazon', 'Votre boutique sur Amazon est très belle, nos étuis iraient bien avec.'],
  ['Turkish: the buyer\'s store on Trendyol', "Trendyol'daki mağazanız çok güzel, ürünlerimiz size uyar."],
  ['Portuguese: an alarm that texts the buyer\'s phone', 'O alarme envia SMS para o seu celular quando detecta movimento.'],
  ['Polish: a sensor that texts the buyer\'s phone', 'Czujnik wysyła SMS na Pana telefon, gdy wykryje wyciek wody.'],
];
const leaks: Array<[string, string]> = [
  ['Spanish: the rep\'s own store there, searched by name', 'Tenemos tienda en Mercado Libre, búsquenos como HX Home.'],
  ['Spanish: the buyer\'s phone asked for, alerts sent there', '¿Me pasa su teléfono? Le mando las alertas de envío por ahí.'],
  ['Portuguese: the buyer\'s phone asked for, the alarm video sent there', 'Me passa seu celular? Te mando o vídeo do alarme por lá.'],
];

describe('the buyer\'s own marketplace store, and an alarm that texts the buyer\'s phone, in their language, pass', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
