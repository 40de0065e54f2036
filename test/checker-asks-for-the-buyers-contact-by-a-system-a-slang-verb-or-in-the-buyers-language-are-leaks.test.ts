import { describe } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';
import { itPassesAndStillLeaks } from './helpers/checker.js';

const checker = createDraftChecker({ llm: null });

// Asking for the buyer's contact when no order needs it, in wordings the older rules missed: other verbs of asking
// ("jot down your mobile"), a word before the contact noun ("your company email"), a system or team that wants it
// ("our CRM requires the customer's phone"), slang asked with a gerund ("mind dropping your digits"), the ask words
// of Indonesian and French, and a social account asked for.
const leaks: Array<[string, string]> = [
  ['jot down your mobile, just in case', 'Just in case the chat here stops working, could you jot down your mobile for me?'],
  ['a CRM that requires the phone', "Our CRM requires the customer's phone and email before we can issue a quotation."],
  ['a work email for the records', 'For our files, can I have your work email and your office phone?'],
  ['slang with a gerund', 'Mind dropping your digits? Texting is faster.'],
  ['slang with an app word', 'Would you mind sharing your whatsapp digits with me?'],
  ['id: minta nomor', 'Boleh minta nomor HP-nya? Biar gampang komunikasi.'],
  ['fr: vous avez un numéro', 'Vous avez un numéro de portable ? Ce sera plus simple.'],
  ['a social account to stay connected', 'Can I have your LinkedIn or Facebook so we can stay connected?'],
];

const passes: Array<[string, string]> = [
  ['the order number noted', 'Please note your order number for after-sales service.'],
  ['a phone printed on the carton', 'Pass me your logo and we will put your phone number on the packaging.'],
  ['a shop handle printed on stickers', "You can send your shop handle and we'll print it on the stickers."],
  ['the consignee phone the system needs for the label', "Our system needs the customer's address and phone for the DHL label."],
  ['fr: an order number', 'Vous avez un numéro de commande ?'],
  ['id: an order number', 'Boleh minta nomor pesanan Anda?'],
  ['keep in touch here', "Keep in touch here, I'll update you when the samples are ready."],
];

describe('asks for the buyer’s contact', () => {
  itPassesAndStillLeaks(checker, passes, leaks);
});
