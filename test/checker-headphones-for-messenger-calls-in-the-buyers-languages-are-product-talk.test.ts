import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Headphones, earphones or speakers sold for messenger calls, named in the buyer's language ("Diese Kopfhörer sind ideal
// für WhatsApp-Anrufe"), are product talk, as "the headset works great for WhatsApp calls" is; the rep asking to be
// written to there about them is still an invitation.
const passes: Array<[string, string]> = [
  ['German headphones for WhatsApp calls', 'Diese Kopfhörer sind ideal für WhatsApp-Anrufe, mit Geräuschunterdrückung.'],
  ['Spanish earphones for WhatsApp calls', 'Estos audífonos son ideales para llamadas de WhatsApp, con cancelación de ruido.'],
  ['French earphones for WhatsApp calls', 'Ces écouteurs sont parfaits pour les appels WhatsApp.'],
];
const leaks: Array<[string, string]> = [
  ['Spanish: write to the rep there about the earphones', 'Sobre los audífonos, escríbame por WhatsApp y le mando fotos.'],
  ['German: the headphone photos sent there, the number asked', 'Die Kopfhörer-Fotos schicke ich Ihnen per WhatsApp, geben Sie mir Ihre Nummer.'],
];

describe('headphones for messenger calls, in the buyers\' languages, are product talk', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
