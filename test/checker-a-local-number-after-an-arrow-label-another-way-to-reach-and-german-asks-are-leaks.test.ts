import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// A market's customers labelled with an arrow before a local number ("Kenya clients → 0712 …"), as with a colon
// (rules/detection/phone.yaml, audienceLabel); "any other way to reach you" (ask-contact-more.yaml); the buyer's mobile
// or e-mail asked in German (multilingual.yaml, Handynummer and "schicken Sie mir"). The near misses: the consignee's
// number for the courier, a phone sold as goods, files asked in this chat.
describe('a local number after an arrow label, another way to reach, German asks', () => {
  it.each([
    'Kenya clients → 0712 345 678 (Peter)',
    '越南客户 -> 0912 345 678',
    'chat here is slow, is there any other way to reach you?',
    'Bitte geben Sie mir Ihre Handynummer, ich rufe Sie morgen an',
    'Senden Sie mir Ihre private E-Mail, dann schicke ich die Preisliste',
  ])('flags %s', (t) => expect(checker.checkLocal(t).leak).toBe(true));

  it.each([
    'Consignee → please fill the receiver phone in the order, DHL needs it',
    'Das Handy hat 256 GB Speicher und zwei SIM-Karten',
    'Bitte geben Sie die Telefonnummer des Empfängers in der Bestellung an, für den Spediteur',
    'Schicken Sie mir bitte die Zeichnung hier im Chat',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));
});
