import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// National-format numbers of other countries (UK 07…, Saudi 05…, Indonesia 08…, Mexico +52 1…, Nigeria, Australia,
// fixed lines in France, Germany, Italy, Poland, the Netherlands) introduced by a call, ring, save or WhatsApp word
// in the draft's language, the region read from the text. Order, model, HS and tracking numbers stay numbers.
const leaks: string[] = [
  "Our agent in Manchester can show you samples, ring him on 07700 900123.",
  "For Riyadh buyers, call our sales on 0551234567.",
  "Save this: 0812 3456 7890, our Jakarta office WA.",
  "Mi cel en Guadalajara: +52 1 33 1234 5678",
  "Call me on 07911 123456 when you land in London.",
  "WA me 0812-3456-7890 ya kak",
  "Text our rep in Lagos on 0803 123 4567.",
  "Llámame al 55 1234 5678, estoy en CDMX.",
  "Please ring 0412 345 678, our Sydney showroom.",
  "Appelez notre bureau à Paris au 01 42 68 53 07 pour le prix.",
  "沙特那边可以打我们代理电话 0551234567",
  "Rufen Sie uns an: 030 12345678, Büro Berlin.",
  "Chiamaci al 02 1234 5678, ufficio di Milano.",
  "Zadzwoń do nas: 22 123 45 67, biuro w Warszawie.",
  "Bel ons op 020 123 4567, kantoor Amsterdam.",
];

const passes: string[] = [
  "Order 0551234567 shipped to Riyadh yesterday.",
  "The price is 0812 per set in IDR thousands? No — 812,000 IDR per set.",
  "Model 07700-900123 fits the UK plug.",
  "HS code 0812 3456 78 for Indonesia customs.",
  "Tracking 0803123456 for your Lagos parcel.",
  "La commande 01 42 68 53 07 est partie hier.",
  "Appelez-nous ici sur Alibaba, le prix est 2,35 EUR pour 500 pièces.",
];

describe('national numbers of other countries after a call verb are phone numbers', () => {
  for (const text of leaks) {
    it(`flags: ${text}`, () => {
      const r = checker.checkLocal(text);
      expect(r.leak, JSON.stringify(r.findings.map((f) => f.rule))).toBe(true);
      const f = r.findings.find((x) => x.category === 'phone');
      expect(f, 'a phone finding').toBeDefined();
      expect(f!.excerpt).toMatch(/\d{2,}/);
      expect(text.slice(f!.start, f!.end)).toBe(f!.excerpt);
    });
  }
  for (const text of passes) {
    it(`passes: ${text}`, () => {
      const r = checker.checkLocal(text);
      expect(r.leak, JSON.stringify(r.findings.map((f) => [f.rule, f.excerpt]))).toBe(false);
    });
  }
});
