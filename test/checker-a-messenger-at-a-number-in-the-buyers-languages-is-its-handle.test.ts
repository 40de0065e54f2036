import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// "On WhatsApp at <number>" in the buyers' languages ("al", "au", "ao", "allo", "unter") labels the number as the app's
// handle (rules/detection/messenger.yaml, handleLabel), and Italian "write me / call me" invites as the other languages'
// do. The near misses: a model code and a price after "al", the courier's messenger.
describe('a messenger at a number, in the buyer’s language', () => {
  it.each([
    'Per le foto mi scriva su WhatsApp al 320 555 1234',
    'Contactez-moi sur Viber au 07 11 22 33 44',
    'Fale comigo no WhatsApp ao 11 98765 4321',
    'Erreichen Sie mich auf WhatsApp unter 0176 1234 5678',
    'Chiamami su Telegram, sono @lucia_borse88',
  ])('flags %s', (t) => expect(checker.checkLocal(t).leak).toBe(true));

  it.each([
    'Il modello WA-3300 al prezzo di 9,50 USD, ordine minimo 300 pezzi',
    'Il WhatsApp del corriere è sulla bolla, lo contatta lui per la consegna',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));
});
