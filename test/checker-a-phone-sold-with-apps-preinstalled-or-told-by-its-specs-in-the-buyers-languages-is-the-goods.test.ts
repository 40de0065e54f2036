import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// A phone or tablet that comes with an app preinstalled, or a phone word beside the device's screen, battery or SIM,
// is the goods sold, also when a question word ("¿tiene…?", "var mı", "vous avez") stands near it; the buyer asked
// whether they use the app, or for their number, is still an invitation.
const passes: Array<[string, string]> = [
  ['Spanish: apps preinstalled on the phone sold', 'El teléfono tiene WhatsApp y Telegram preinstalados, pantalla de 6.5 pulgadas.'],
  ['Turkish: the app comes preinstalled, a question answered', 'Bu telefonda WhatsApp önceden yüklü gelir, Türkçe menü var mı diye sormuştunuz: evet var.'],
  ['French: the phone has the app preinstalled', "Le téléphone a WhatsApp préinstallé, vous avez d'autres questions ?"],
  ['Arabic: the phone told by its screen and battery', 'هل لديك سؤال؟ الهاتف يأتي بشاشة 6.7 بوصة وبطارية 5000 مللي أمبير.'],
];
const leaks: Array<[string, string]> = [
  ['Spanish: the buyer asked whether they use the app', '¿Usted tiene WhatsApp? Es más rápido por ahí.'],
  ['Turkish: the buyer asked for their WhatsApp', "WhatsApp'ınız var mı? Daha kolay."],
  ['Spanish: the buyer asked for their number', '¿Me puede dar su número de teléfono?'],
  ['the tablet preinstalled, then the buyer asked to go there', 'El tablet viene con WhatsApp preinstalado; ¿usa WhatsApp usted? Le escribo ahí.'],
];

describe('a phone sold with apps preinstalled, or told by its specifications, in the buyers\' languages is the goods', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
