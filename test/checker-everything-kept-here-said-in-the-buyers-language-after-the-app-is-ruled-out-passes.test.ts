import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// "Everything here" as a clause of its own in the buyer's language ("… não precisa mandar nada por WhatsApp, tudo aqui",
// "pas besoin de WhatsApp, tout ici") keeps the talk on the platform, as "everything here pls" does; "here" said to be
// slow, with the app asked about or offered, is still an invitation.
const passes: Array<[string, string]> = [
  ['Portuguese: nothing by WhatsApp, everything here', 'Olá, o Trade Assurance protege seu pagamento, não precisa mandar nada por WhatsApp, tudo aqui.'],
  ['French: no WhatsApp needed, everything here', 'Pas besoin de WhatsApp, tout ici.'],
];
const leaks: Array<[string, string]> = [
  ['Portuguese: everything here is slow, call the rep there', 'Tudo aqui é lento, me chama no WhatsApp.'],
  ['Portuguese: the app asked about, here is slow', 'Tem zap? tudo aqui demora.'],
];

describe('everything kept here, said in the buyer\'s language after the app is ruled out, passes', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
